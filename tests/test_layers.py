"""The layers under the window never load Qt: importing them, and using them, leaves it out.

Each check runs in a fresh interpreter, so nothing another test imported can hide a
Qt import. Only the modules whose job is Qt (documents laid out by Qt's text
engine, Qt's translator) may load it; the window's own code lives in gui/.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "competence_app"

# The modules outside gui/ that load Qt on purpose, and why.
QT_BY_DESIGN = {
    "competence_app.pseudo": "a Qt translator that pseudo-localises every text",
    "competence_app.reports.export": "prints through Qt's printer, imported only when printing",
    "competence_app.reports.worksheet": "prints the worksheet through Qt's printer, imported only when printing",
    "competence_app.group.report": "the group report's Qt fallbacks, imported only when used",
}
# Not imported here: running it starts the window.
NOT_IMPORTED = {"competence_app.__main__", "competence_app.cli.gui"}


def modules_outside_the_gui() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[1:2] == ("gui",):
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name not in QT_BY_DESIGN and name not in NOT_IMPORTED:
            names.append(name)
    return names


def run_fresh(code: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


IMPORT_IN_TURN = textwrap.dedent(
    """
    import importlib, json, sys
    for name in sys.argv[1:]:
        importlib.import_module(name)
        if "PySide6" in sys.modules:
            print(json.dumps(name))
            break
    else:
        print(json.dumps(None))
    """
)


def test_no_module_outside_the_gui_loads_qt_when_imported():
    remaining, loaders = modules_outside_the_gui(), []
    assert "competence_app.wording" in remaining and "competence_app.cli.common" in remaining
    while remaining:
        # One interpreter for all, a new one after each module that loads Qt (to name them all).
        culprit = json.loads(run_fresh(IMPORT_IN_TURN, *remaining))
        if culprit is None:
            break
        loaders.append(culprit)
        remaining = remaining[remaining.index(culprit) + 1 :]
    assert loaders == []


def test_the_modules_that_use_qt_on_purpose_are_still_there():
    for name in QT_BY_DESIGN:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


# A person with a reflection and a goal, made through the store, in a data folder.
PERSON = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path

    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.domain.model import CompetenceAnswer
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import plans, profiles, reflections
    from competence_app.store.database import open_database

    framework = load_framework(default_framework_path())
    folder = prepare_data_dir(Path(tempfile.mkdtemp()) / "data")
    db = open_database(database_path(folder))
    person = profiles.create_profile(db, "Robin", ["carer"])
    first = reflections.create_reflection(db, person.id, "Start", created_at="2026-01-10T10:00:00")
    for competence in framework.competences:
        reflections.save_competence_answer(
            db, first.id, CompetenceAnswer(competence.id, level=2, example="A first story")
        )
    later = reflections.create_reflection(db, person.id, "Later", created_at="2026-03-10T10:00:00")
    for competence in framework.competences:
        reflections.save_competence_answer(db, later.id, CompetenceAnswer(competence.id, level=4))
    plans.create_goal(db, person.id, "Chair a meeting", [framework.competences[0].id])
    first, later = reflections.list_reflections(db, person.id)
    """
)

# One public use of each layer that must work without Qt. (The doctor is not one: it
# reports Qt's own version, so it loads Qt on purpose; only importing it must not.)
LAYERS = {
    "domain": """
        from competence_app.domain import analysis
        assert analysis.role_fits(framework, later)
        assert analysis.compare(framework, first, later)
    """,
    "store": """
        assert plans.load_plan(db, person.id).goals[0].title == "Chair a meeting"
        assert [p.name for p in profiles.list_profiles(db)] == ["Robin"]
    """,
    "exchange": """
        from competence_app.exchange import export_data, import_data, read_data_file
        from competence_app.store.database import open_memory
        written = export_data(db, person.id, framework, folder.parent / "robin.companion.json")
        assert read_data_file(written).reflection_count == 2
        assert import_data(open_memory(), written).added
    """,
    "settings": """
        from competence_app import settings
        settings.save(folder, settings.EASY_READ.key, 1)
        assert settings.load(folder)[settings.EASY_READ.key] == 1
    """,
    "wording": """
        from competence_app import wording
        from competence_app.domain import analysis
        assert wording.comparison_sentences(framework, analysis.compare(framework, first, later))
        assert wording.reflection_title(later).endswith("Later")
    """,
    "reports content": """
        from competence_app.reports import content
        from competence_app.reports.options import SECTIONS
        plan = content.load_content(db, framework, person.id, frozenset(SECTIONS))
        assert "Chair a meeting" in plan.goals[0].heading and plan.competences
    """,
    "group summary": """
        from competence_app.group.loading import load_shares
        from competence_app.group.share import ShareExtras, build_share, write_share
        from competence_app.group.summary import summarise
        written = write_share(
            build_share(db, framework, person.id, later.id, ShareExtras()), folder.parent
        )
        result = load_shares([written], framework)
        assert summarise(result, framework).people == 1
        assert result.summary_line().startswith("1 ")
    """,
    "file checks": """
        from competence_app import filecheck, fieldcheck
        from competence_app.domain import feedback
        path = folder.parent / "mine.feedback.json"
        path.write_text('{"format": "%s", "schema_version": 1}' % feedback.FORMAT_ID)
        kind = filecheck.Kind("a feedback file", feedback.MAX_FILE_BYTES)
        document = filecheck.read_json(path, kind)
        assert filecheck.check_header(
            document, kind, path.name, format_id=feedback.FORMAT_ID,
            newest=feedback.SCHEMA_VERSION,
        ) == 1
        assert fieldcheck.problems_of({"a": 7}, {"a": fieldcheck.whole(1, 5)})
    """,
    "formats and words": """
        from datetime import date
        from decimal import Decimal
        from competence_app import formats, i18n
        assert formats.date_text(date(2026, 3, 1)) and formats.number_text(2.5) == "2.5"
        assert formats.money_text(Decimal("12.5"), "EUR")
        assert i18n.translate("cli", "Stopped. Nothing has been changed.").startswith("Stopped")
    """,
    "files": """
        import errno
        from competence_app import files
        target = files.write_atomically(folder.parent / "note.txt", b"hello")
        assert target.read_bytes() == b"hello"
        failure = files.WriteFailedError(target, OSError(errno.ENOSPC, "full"), True)
        assert "not enough space" in files.explain(failure, "the note")
    """,
    "charts": """
        from matplotlib.figure import Figure
        from competence_app import charts
        figure = Figure()
        charts.draw_radar(figure, framework, [charts.Series("", {c.id: 3 for c in framework.competences})])
        assert figure.axes
    """,
    "command line for data files": """
        from competence_app import cli
        out = folder.parent / "cli"
        out.mkdir()
        assert cli.main(["--data-dir", str(folder), "export-data", "-o", str(out)]) == 0
        assert cli.main(["--data-dir", str(folder), "import", *map(str, out.iterdir())]) == 0
    """,
}


@pytest.mark.parametrize("layer", list(LAYERS))
def test_each_layer_works_without_qt(layer):
    code = (
        PERSON
        + textwrap.dedent(LAYERS[layer])
        + ("\nassert 'PySide6' not in sys.modules, 'Qt was loaded'\nprint('ok')\n")
    )
    assert run_fresh(code).splitlines()[-1] == "ok"
