"""A full disk or a read-only database while saving: told once, nothing lost, saving resumes."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

from competence_app.gui.shell import saving
from competence_app.paths import database_path
from competence_app.store import reflections
from competence_app.store.database import open_database


def stored_level(data_dir, competence_id):
    db = open_database(database_path(data_dir))
    try:
        person = db["profiles"].rows.__next__()
        return reflections.latest_reflection(db, person["id"]).competence(competence_id).level
    finally:
        db.close()


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: shown.append(text))
    return shown


def test_full_disk_is_explained_once_and_the_answer_saved_when_space_returns(
    open_window, data_dir, person, qtbot, monkeypatch, warnings
):
    monkeypatch.setattr(saving, "RETRY_MS", 50)
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.handle_digit(2)
    assert stored_level(data_dir, page.competence.id) == 2

    real_save = reflections.save_competence_answer

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reflections, "save_competence_answer", disk_full)
    page.handle_digit(4)
    page.handle_digit(5)
    assert len(warnings) == 1, "told once, not at every change"
    assert "disk seems to be full" in warnings[0]
    assert "keep trying" in warnings[0]
    assert window.saved_label.text().startswith("Not saved yet")
    assert page.levels.value() == 5, "the answer stays on screen"
    assert stored_level(data_dir, page.competence.id) == 2, "nothing half-written"

    monkeypatch.setattr(reflections, "save_competence_answer", real_save)
    qtbot.waitUntil(lambda: stored_level(data_dir, page.competence.id) == 5, timeout=2000)
    assert window.saved_label.text().startswith("Saved at")
    assert saving.pending_count(window.context) == 0


def test_read_only_database_then_writable_again(
    open_window, data_dir, person, qtbot, monkeypatch, warnings
):
    monkeypatch.setattr(saving, "RETRY_MS", 50)
    window = open_window(data_dir)
    window.context.db.execute("PRAGMA query_only = ON")  # as a read-only folder would behave
    page = window.workspace.flow.pages[1]
    page.handle_digit(3)
    page.example.setFocus()
    qtbot.keyClicks(page.example, "kept safe")
    page.flush()
    assert len(warnings) == 1
    assert "cannot be written to" in warnings[0]
    assert page.example.toPlainText() == "kept safe"

    window.context.db.execute("PRAGMA query_only = OFF")
    qtbot.waitUntil(lambda: stored_level(data_dir, page.competence.id) == 3, timeout=2000)
    window.close()
    again = open_window(data_dir)
    assert again.workspace.flow.pages[1].example.toPlainText() == "kept safe"
