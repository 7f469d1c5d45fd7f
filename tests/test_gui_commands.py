"""Menu commands run in one way: what was typed is saved first, and a failing disk is explained."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

GUI = Path(__file__).resolve().parent.parent / "competence_app" / "gui" / "shell"


def _action(window, text: str):
    (found,) = [
        action
        for menu in (a.menu() for a in window.menuBar().actions())
        for action in menu.actions()
        if action.text().replace("&", "") == text
    ]
    return found


def test_a_command_sees_what_was_typed_a_moment_ago(open_window, data_dir, person):
    from competence_app.gui.shell.command import do
    from competence_app.store import reflections

    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.example.insertPlainText("Chaired the carers' forum")  # no pause in typing yet

    def read_back(context, shell):
        stored = reflections.get_reflection(context.db, shell.reflection.id)
        return stored.competence(page.competence.id).example

    assert do(window.context, window, read_back) == "Chaired the carers' forum"


def test_the_menu_exports_what_was_just_typed(
    open_window, data_dir, person, qtbot, monkeypatch, tmp_path
):
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.example.setFocus()
    qtbot.keyClicks(page.example, "Chaired the carers' forum")
    target = tmp_path / "me.companion.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    _action(window, "Export my data…").trigger()
    assert "Chaired the carers' forum" in target.read_text("utf-8")


def test_a_disk_failing_under_a_command_is_said_in_plain_words(
    open_window, data_dir, person, monkeypatch
):
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do
    from competence_app.store import backups

    window = open_window(data_dir)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    # Restoring a backup first makes one of the data as it is now: here the disk is full.
    monkeypatch.setattr(
        "competence_app.gui.dialogs.backups_dialog.BackupsDialog.exec",
        lambda dialog: setattr(dialog, "chosen", "old.sqlite3") or 1,
    )
    monkeypatch.setattr(backups, "make_backup", full_disk)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warned.append((t, text)))
    assert do(window.context, window, commands.manage_backups) is None
    assert warned == [
        (
            "That did not work",
            "The computer's disk seems to be full or unavailable. Free some space and try again.",
        )
    ]
    assert window.workspace.isVisible(), "the person carries on where they were"


def test_commands_do_not_reach_back_into_the_main_window():
    """The window composes menus and commands; they know it only as a Shell (command.py)."""
    for name in ("commands.py", "menus.py", "data_transfer.py", "worksheet_commands.py"):
        tree = ast.parse((GUI / name).read_text("utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }
        assert "competence_app.gui.shell.main_window" not in imported, name
