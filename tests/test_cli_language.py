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
