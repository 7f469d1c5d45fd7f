"""Feedback in the window: File > Import feedback… (or a file dropped on the window), the
giver's levels beside the person's on Results, comments and suggested steps on the Plan."""

from __future__ import annotations

import pytest
from feedback_samples import answer, person_with_pack, write
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import feedback
from competence_app.store.database import open_database


@pytest.fixture
def ines(data_dir, framework):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    person = person_with_pack(db, framework)
    db.close()
    return person


@pytest.fixture
def told(monkeypatch):
    """What the window said in message boxes, and a Yes to every question."""
    said = {"question": [], "information": [], "warning": []}

    def question(parent, title, text, *args, **kwargs):
        said["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "information", lambda p, t, text, *a: said["information"].append(text)
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: said["warning"].append(text))
    return said


def menu_action(window, text):
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text}")


def test_import_feedback_from_the_file_menu(
    open_window, data_dir, ines, told, monkeypatch, tmp_path
):
    saved = write(tmp_path, answer(ines.pack))
    window = open_window(data_dir)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(saved)], ""))
    menu_action(window, "Import feedback…").trigger()
    (shown,) = told["question"]
    assert "Sam (mentor), given on 20 November 2026" in shown
    assert "8 comments and 2 levels seen" in shown
    assert "your own answers do not change" in shown
    assert told["information"][-1].startswith("Kept 1 new round of feedback.")
    (kept,) = feedback.load_rounds(window.context.db, ines.profile.id)
    assert kept.giver_name == "Sam"
    assert window.workspace.currentIndex() == 1  # Results, where it sits beside their own

    # The same file again: kept once, and said so before and after.
    menu_action(window, "Import feedback…").trigger()
    assert "already here: it will be kept once, not twice" in told["question"][-1]
    assert "Already here, exactly the same, so kept once" in told["information"][-1]
    assert len(feedback.load_rounds(window.context.db, ines.profile.id)) == 1


def test_feedback_for_someone_else_is_refused_with_its_place(
    open_window, data_dir, ines, framework, told, monkeypatch, tmp_path
):
    window = open_window(data_dir)
    other = person_with_pack(window.context.db, framework, name="Robin")
    saved = write(tmp_path, answer(other.pack))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(saved)], ""))
    menu_action(window, "Import feedback…").trigger()
    assert told["question"] == []
    assert "pack_id: this feedback answers a plan from someone else" in told["warning"][0]
    assert feedback.load_rounds(window.context.db, other.profile.id) == []


def test_a_feedback_file_dropped_on_the_window_is_brought_in(
    open_window, data_dir, ines, told, tmp_path
):
    saved = write(tmp_path, answer(ines.pack))
    window = open_window(data_dir)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert len(told["question"]) == 1
    assert len(feedback.load_rounds(window.context.db, ines.profile.id)) == 1
