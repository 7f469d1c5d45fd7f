"""The command line speaks the terminal's language: with LANG=es_ES (or --language es) no
sub-command says a word of English, in its messages, its refusals or the doctor's report."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from competence_app import APP_NAME

ROOT = Path(__file__).resolve().parent.parent
# Words of the English messages that no Spanish sentence holds.
ENGLISH = {
    "the", "is", "are", "has", "been", "was", "and", "of", "to", "in", "it", "yet",
    "nothing", "please", "file", "files", "folder", "could", "not", "there", "yes",
    "counted", "saved", "problem", "everything", "fine", "version", "database", "none",
    "your", "give", "opens", "any", "their", "comes", "back", "record", "date", "write",
    "example", "nobody", "reflection", "stopped",
}  # fmt: skip


@pytest.fixture
def place():
    """A folder whose path holds no English word (pytest's own names do)."""
    folder = Path(tempfile.mkdtemp(prefix="datos-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def run(place: Path, *args: str, lang: str = "es_ES.UTF-8") -> str:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    environment.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "competence_app", *args],
        capture_output=True,
        text=True,
        cwd=place,
        env=environment,
        timeout=300,
    )
    return result.stdout + result.stderr


def commands(place: Path) -> dict[str, list[str]]:
    empty = place / "vacia"
    empty.mkdir()
    (place / "malo.companion.json").write_text("[]", "utf-8")
    (place / "malo.share.json").write_text('{"format": "otro"}', "utf-8")
    return {
        "export-data": ["export-data", "-o", str(place), "--data-dir", str(empty)],
        "import": ["import", str(place / "malo.companion.json"), "--data-dir", str(empty)],
        "export": ["export", "--format", "pdf", "--output", str(place / "plan.pdf"),
                   "--data-dir", str(empty)],
        "group-summary": ["group-summary", str(place / "malo.share.json"), "-o",
                          str(place / "grupo.pdf")],
        "doctor": ["doctor", "--data-dir", str(empty)],
        "import-feedback": ["import-feedback", str(place / "malo.companion.json"),
                            "--data-dir", str(empty)],
        "feedback-pack": ["feedback-pack", "--output", str(place / "paquete.html"),
                          "--data-dir", str(empty)],
        "involvement": ["involvement", "--output", str(place / "registro.pdf"),
                        "--data-dir", str(empty)],
    }  # fmt: skip


def english_words(text: str) -> set[str]:
    text = text.replace(APP_NAME, "")
    return {word for word in re.findall(r"[A-Za-z]+", text) if word.lower() in ENGLISH}


@pytest.mark.parametrize("how", ["LANG", "--language"])
def test_no_sub_command_says_a_word_of_english(place, how):
    for name, args in commands(place).items():
        if how == "LANG":
            said = run(place, *args)
        else:
            said = run(place, "--language", "es", *args, lang="C.UTF-8")
        assert said.strip(), name
        assert english_words(said) == set(), f"{name}: {said}"


def test_in_english_the_same_commands_are_english(place):
    """The check above would see English if there were any."""
    for name, args in commands(place).items():
        assert english_words(run(place, *args, lang="C.UTF-8")), name


def test_the_apps_own_help_lists_its_commands_in_the_terminals_language(place):
    spanish = run(place, "--help")
    assert "escribir tu plan en un archivo PDF, Word (DOCX)" in spanish
    assert "traer de vuelta archivos de comentarios" in spanish
    assert "write your plan" not in spanish
    english = run(place, "--help", lang="en_GB.UTF-8")
    assert "write your plan to a PDF, Word (DOCX)" in english
    # --language wins over the terminal's language.
    assert "write your plan to a PDF" in run(place, "--language", "en", "--help")


# A sub-command's own --help: its description, its options' help and argparse's own words.
HELP = {
    "export": (
        ["Escribir tu plan de desarrollo en un archivo", "el archivo que se escribe",
         "todas menos wellbeing, stories y feedback", "la carpeta de datos que se usa",
         "uso: competence-app export", "mostrar esta ayuda y terminar"],
        ["Write your development plan to a file", "the file to write",
         "all but wellbeing, stories and feedback", "the data folder to use",
         "usage: competence-app export", "show this help message and exit"],
    ),
    "group-summary": (
        ["Hacer un resumen anónimo de un grupo", "archivos compartidos, o carpetas con ellos",
         "A4 (por defecto) o Letter", "uso: competence-app group-summary", "argumentos:"],
        ["Make an anonymous summary of a group", "share files, or folders of them",
         "A4 (the default) or Letter", "usage: competence-app group-summary",
         "positional arguments:"],
    ),
    "import-feedback": (
        ["Traer archivos de comentarios (.feedback.json", "de quién son los comentarios",
         "los archivos de comentarios", "opciones:"],
        ["Bring feedback files (.feedback.json", "whose feedback it is",
         "the feedback files", "options:"],
    ),
}  # fmt: skip


def flat(text: str) -> str:
    """The help as one line: argparse wraps it at the terminal's width."""
    return " ".join(text.split())


@pytest.mark.parametrize("name", sorted(HELP))
def test_a_sub_commands_help_speaks_the_terminals_language(place, name):
    spanish_lines, english_lines = HELP[name]
    spanish = flat(run(place, name, "--help"))
    for line in spanish_lines:
        assert line in spanish, f"{line!r} not in {spanish}"
    for line in english_lines:
        assert line not in spanish
    english = flat(run(place, name, "--help", lang="en_GB.UTF-8"))
    for line in english_lines:
        assert line in english, f"{line!r} not in {english}"
    # --language wins over the terminal's language.
    assert english_lines[0] in flat(run(place, "--language", "en", name, "--help"))


@pytest.fixture
def robin(place):
    """A data folder with Robin, who has reflections, a plan and an involvement record;
    the app was set to English there, so the documents are English and the terminal
    still speaks its own language."""
    from test_involvement_record import entries
    from test_reports_sample import make_person

    from competence_app import settings
    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import involvement
    from competence_app.store.database import open_database

    folder = place / "datos"
    framework = load_framework(default_framework_path())
    db = open_database(database_path(prepare_data_dir(folder)))
    try:
        profile, _ = make_person(db, framework, "Robin")
        for entry in entries(framework, profile.id):
            involvement.save_involvement(db, entry)
    finally:
        db.close()
    settings.save(folder, settings.LANGUAGE.key, "en")
    return folder


# What a person with data is told: (arguments, Spanish words said, whether the file is written).
WITH_DATA = {
    "feedback-pack": (
        ["--output", "paquete.html", "--relation", "peer"],
        "Tu paquete de comentarios se ha guardado como paquete.html. Dáselo a tu par:",
        True,
    ),
    "feedback-pack refused": (
        ["--output", "paquete.html", "--sections", ","],
        "Nombra al menos una sección: summary,",
        False,
    ),
    "involvement": (
        ["--output", "registro.csv", "--from", "2026-04-01", "--to", "2026-12-31"],
        "El registro de tu participación se ha guardado como registro.csv.",
        True,
    ),
    "involvement refused": (
        ["--output", "registro.csv", "--from", "01/04/2026"],
        "--from '01/04/2026' no es una fecha. Escríbela como AÑO-MES-DÍA",
        False,
    ),
    "involvement ending refused": (
        ["--output", "registro.txt"],
        "El registro no se puede guardar como «txt». Termina el nombre del archivo en .pdf,",
        False,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(WITH_DATA))
def test_a_document_and_its_refusals_are_told_in_the_terminals_language(place, robin, name):
    args, spanish, written = WITH_DATA[name]
    command = name.split()[0]
    said = run(place, command, *args, "--data-dir", str(robin))
    assert spanish in said, said
    assert english_words(said) == set(), said
    assert (place / args[1]).is_file() == bool(written)
    english = run(place, command, *args, "--data-dir", str(robin), lang="en_GB.UTF-8")
    assert english_words(english), english


# argparse's own words for a mistake, none of which a Spanish message holds.
ARGPARSE_ENGLISH = {"usage", "required", "unrecognized", "expected", "argument", "arguments",
                    "invalid", "choice", "choose", "from", "following"}  # fmt: skip
MISTAKES = {
    "an unknown option": ["--bogus"],
    "an option without its value": ["--data-dir"],
    "an unknown command": ["exprot"],
    "a command without what it needs": ["export"],
    "a value not on offer": ["--language", "fr"],
    "a sub-command's value missing": ["export", "--format", "pdf", "--output"],
}


def mistake_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z]+", text) if word.lower() in ARGPARSE_ENGLISH}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_mistake_on_the_command_line_is_told_in_the_terminals_language(place, mistake):
    """Python's argparse says these in English only; the app says them in Spanish too,
    whether the mistake is caught before a sub-command or inside one."""
    args = MISTAKES[mistake]
    english = run(place, *args, lang="C.UTF-8")
    told = [line for line in english.splitlines() if ": error: " in line]
    assert told and mistake_words(told[0]), english  # the check can see English
    for said in (run(place, *args), run(place, "--language", "es", *args, lang="C.UTF-8")):
        # The usage above it names options and their values (--version, FILE): code, not words.
        told = [line for line in said.splitlines() if ": error: " in line]
        assert told and said.startswith("uso: "), said
        assert mistake_words(told[0]) == set() and english_words(told[0]) == set(), said
