"""Status changes a screen reader says out loud: saved, not saved, an export finished."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from competence_app.gui.shell import status


@pytest.fixture
def heard(monkeypatch):
    """What a listening screen reader would be told, as (message, urgent) pairs."""
    said = []

    def update(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), event.politeness() == assertive))

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said


def test_a_saved_answer_is_announced_once_not_at_every_save(
    open_window, data_dir, person, qtbot, heard
):
    window = open_window(data_dir)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # choose level 3
    assert window.saved_label.text().startswith("Saved at")
    assert heard == [("Saved", False)]
    assert window.saved_label.accessibleDescription() == "Saved"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert heard == [("Saved", False)], "not again within a few seconds"


def test_no_saved_announcement_while_typing(open_window, data_dir, person, qtbot, heard):
    window = open_window(data_dir)
    window.workspace.flow.pages[0].example.setFocus()
    qtbot.keyClicks(window.workspace.flow.pages[0].example, "We met")
    window.workspace.flow.flush()
    assert window.saved_label.text().startswith("Saved at")
    assert heard == []


def test_a_failed_save_is_announced_at_once_and_so_is_the_recovery(
    open_window, data_dir, person, qtbot, heard, monkeypatch
):
    from competence_app.store import reflections

    window = open_window(data_dir)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    real = reflections.save_competence_answer

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(reflections, "save_competence_answer", full_disk)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert len(heard) == 1, "said once, not at every retry"
    assert window.saved_label.text().startswith("Not saved yet:")
    message, urgent = heard[0]
    assert message.startswith("Not saved yet:") and "disk" in message and urgent
    monkeypatch.setattr(reflections, "save_competence_answer", real)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert heard[-1] == ("Saved", False), "back to normal is said too"


def test_a_finished_export_is_announced(
    open_window, data_dir, person, tmp_path, monkeypatch, heard
):
    from competence_app.gui.dialogs import export_dialog
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = open_window(data_dir)
    heard.clear()
    do(window.context, window, commands.export_plan)
    assert target.exists()
    assert heard and heard[-1][0].startswith("Plan exported to ")
    assert window.statusBar().currentMessage() == heard[-1][0]


def test_nothing_is_built_when_no_screen_reader_listens(qapp, monkeypatch):
    from PySide6.QtWidgets import QLabel

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: False))
    sent = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(sent.append))
    label = QLabel()
    status.announce(label, "Saved")
    assert sent == [] and label.accessibleDescription() == "Saved"
