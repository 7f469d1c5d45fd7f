"""Slow work shows that it is under way: a wait cursor and a small window saying what is
happening, gone again once the work is done (or has failed)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from competence_app.paths import database_path
from competence_app.store import plans, profiles
from competence_app.store.database import open_database


@pytest.fixture
def with_goal(data_dir, person):
    db = open_database(database_path(data_dir))
    profile = profiles.current_profile(db)
    plans.create_goal(db, profile.id, "Chair the carers' forum", ["mediating"])
    db.close()


def showing() -> list[str]:
    """The texts of the progress windows a person can see now."""
    return [
        d.labelText()
        for d in QApplication.topLevelWidgets()
        if isinstance(d, QProgressDialog) and d.isVisible()
    ]


def test_a_slow_plan_export_shows_progress_until_it_is_written(
    open_window, data_dir, with_goal, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import export_dialog
    from competence_app.reports import export

    window = open_window(data_dir)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    during = {}
    real_export = export.export_plan

    def slow_export(*args, **kwargs):
        during["windows"] = showing()
        during["cursor"] = QApplication.overrideCursor() is not None
        time.sleep(0.4)  # longer than the 300 ms after which people wonder
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export, "export_plan", slow_export)
    assert export_dialog.run_export(window.context, window, window.reflection) == target
    assert during == {"windows": ["Writing your plan…"], "cursor": True}
    assert target.exists()
    assert showing() == [] and QApplication.overrideCursor() is None


def test_progress_goes_away_when_the_export_fails(
    open_window, data_dir, with_goal, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import export_dialog
    from competence_app.reports import export
    from competence_app.reports.options import ExportError

    window = open_window(data_dir)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.pdf"), "")
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: warned.append(text))

    def failing(*args, **kwargs):
        raise ExportError("The disk is full.")

    monkeypatch.setattr(export, "export_plan", failing)
    assert export_dialog.run_export(window.context, window, window.reflection) is None
    assert warned == ["The disk is full."]
    assert showing() == [] and QApplication.overrideCursor() is None


def test_reading_share_files_shows_progress(qtbot, framework, monkeypatch, tmp_path):
    from competence_app.group import loading
    from competence_app.gui.dialogs.group_window import GroupWindow

    window = GroupWindow(framework)
    qtbot.addWidget(window)
    during = []
    real_load = loading.load_shares

    def slow_load(paths, framework):
        during.append(showing())
        return real_load(paths, framework)

    monkeypatch.setattr(loading, "load_shares", slow_load)
    window.set_paths([tmp_path])
    assert during == [["Reading the share files…"]]
    assert showing() == []
