"""An organisation's own framework with 6 or 12 competences works through reflection,
results, plan documents, sharing and the group summary."""

from __future__ import annotations

import tomllib

import pytest

from competence_app.domain.framework import default_framework_path, parse_framework
from competence_app.domain.model import CompetenceAnswer, RoleAnswer


def framework_with(count: int):
    with open(default_framework_path(), "rb") as handle:
        data = tomllib.load(handle)
    shipped = data["competences"]
    competences = []
    for n in range(count):
        base = dict(shipped[n % len(shipped)])
        base["id"] = f"local_{n}"
        base["name"] = f"{base['name']} {n + 1}" if n >= len(shipped) else base["name"]
        if n < len(shipped):
            base["id"] = shipped[n]["id"]
        competences.append(base)
    data["competences"] = competences
    for role in data["roles"]:
        role["weights"] = {c["id"]: (n % 3) + 1 for n, c in enumerate(competences)}
    data["framework"]["id"] = f"local-{count}"
    return parse_framework(data, f"local-{count}.toml")


@pytest.mark.parametrize("count", [6, 12])
def test_reflect_results_and_export_with_any_number_of_competences(
    count, tmp_path, qtbot, monkeypatch
):
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.reports.export import export_plan
    from competence_app.reports.options import ExportOptions
    from competence_app.store import plans, profiles, reflections
    from competence_app.store.database import open_database

    framework = framework_with(count)
    folder = prepare_data_dir(tmp_path / "data")
    db = open_database(database_path(folder))
    person = profiles.create_profile(db, "Local")
    reflection = reflections.create_reflection(db, person.id, "", framework.id, framework.version)
    for n, competence in enumerate(framework.competences):
        reflections.save_competence_answer(
            db, reflection.id, CompetenceAnswer(competence.id, level=n % 5 + 1, develop=n == 0)
        )
    reflections.save_role_answer(db, reflection.id, RoleAnswer(framework.roles[0].id, 2, 4))
    goal = plans.create_goal(db, person.id, "A local goal", [framework.competences[-1].id])
    db.close()

    window = MainWindow(folder, framework=framework)
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    assert len(window.workspace.flow.pages) == count + 4
    assert window.workspace.flow.progress_label.text() == f"Page 1 of {count + 4}"
    window.show_tab("results")
    assert window.workspace.results.competence_model.rowCount() == count
    window.workspace.show_plan()
    assert window.workspace.plan.editor.title.text() == goal.title
    for kind in ("pdf", "html", "md"):
        out = export_plan(
            window.context.db,
            framework,
            person.id,
            ExportOptions(format=kind),
            tmp_path / f"plan.{kind}",
        )
        assert out.stat().st_size > 0
    text = (tmp_path / "plan.md").read_text("utf-8")
    assert framework.competences[-1].name in text
    window.close()


@pytest.mark.parametrize("count", [6, 12])
def test_worksheet_with_any_number_of_competences(count, tmp_path, qapp):
    from pypdf import PdfReader

    from competence_app.reports.worksheet import export_worksheet

    framework = framework_with(count)
    out = export_worksheet(framework, tmp_path / "sheet.pdf")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert f"{count}. {framework.competences[-1].name}" in words
    assert f"{count + 1}. {framework.roles[0].name}" in words


def test_file_use_a_framework_file_checks_it_switches_and_is_remembered(
    open_window, data_dir, person, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from competence_app import settings
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    window = open_window(data_dir)
    broken = tmp_path / "broken.toml"
    broken.write_text("[framework]\nid = 'x'\n", "utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warned.append(text))
    assert not do(window.context, window, commands.use_framework_file, str(broken))
    assert "broken.toml" in warned[0] and "'level_names' is missing" in warned[0]
    assert len(window.workspace.flow.pages) == 13, "nothing changed"

    own = tmp_path / "ours.toml"
    shipped = default_framework_path().read_text("utf-8")
    own.write_text(
        shipped.replace('name = "Lobbying"', 'name = "Speaking up to decision makers"'), "utf-8"
    )
    assert do(window.context, window, commands.use_framework_file, str(own))
    names = [page.competence.name for page in window.workspace.flow.pages[:9]]
    assert "Speaking up to decision makers" in names
    assert settings.load(data_dir)["framework_file"] == str(own)

    assert do(window.context, window, commands.use_framework_file, "")
    assert "Lobbying" in [page.competence.name for page in window.workspace.flow.pages[:9]]
    assert settings.load(data_dir)["framework_file"] == ""


def test_the_chosen_framework_is_used_at_the_next_start(person, data_dir, tmp_path):
    from test_startup import run_python

    from competence_app import settings

    own = tmp_path / "ours.toml"
    own.write_text(
        default_framework_path()
        .read_text("utf-8")
        .replace('name = "Mediating"', 'name = "Bringing people together"'),
        "utf-8",
    )
    settings.save(data_dir, settings.FRAMEWORK_FILE.key, str(own))
    probe = (
        "import sys\n"
        "from competence_app.gui.shell import main_window\n"
        "from PySide6.QtWidgets import QApplication\n"
        "original = main_window.MainWindow.load\n"
        "def load(self):\n"
        "    original(self)\n"
        "    print([c.name for c in self.context.framework.competences], flush=True)\n"
        "    QApplication.exit(0)\n"
        "main_window.MainWindow.load = load\n"
        "from competence_app.cli import main\n"
        "main(['--data-dir', sys.argv[1]])\n"
    )
    out = run_python(probe, str(data_dir))
    assert "Bringing people together" in out.stdout, out.stderr
