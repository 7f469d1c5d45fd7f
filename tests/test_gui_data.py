"""Data safety as a person meets it: a second window, a damaged file, restoring a backup."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from competence_app.gui.shell.main_window import EXIT_IN_USE, MainWindow
from competence_app.paths import database_path


def test_a_second_window_on_the_same_folder_says_so_and_does_not_write(
    open_window, data_dir, person, qtbot, monkeypatch, framework
):
    first = open_window(data_dir)
    warnings, failures = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warnings.append(text))
    second = MainWindow(data_dir, framework=framework)
    qtbot.addWidget(second)
    second.load_failed.connect(lambda code, message: failures.append(code))
    assert second.load() is False
    assert "already open" in warnings[0]
    assert failures == [EXIT_IN_USE]
    assert second.context.db is None
    assert first.workspace.flow.isVisible()


def test_damaged_data_is_explained_on_opening(open_window, data_dir, person, qtbot, monkeypatch):
    window = open_window(data_dir)  # makes the first daily backup
    window.close()
    database_path(data_dir).write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text, *a: shown.append(text))
    again = open_window(data_dir)
    assert "put aside, not deleted" in shown[0]
    assert again.reflection.label == "Start of programme"


def test_restoring_a_backup_from_the_file_menu(open_window, data_dir, person, qtbot, monkeypatch):
    from competence_app.gui.dialogs import backups_dialog
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do
    from competence_app.store import backups

    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.handle_digit(2)
    older = backups.make_backup(window.context.db.conn, data_dir, "manual")
    page.handle_digit(5)
    assert window.reflection.competence(page.competence.id).level == 5

    def choose_first(dialog):
        dialog.chosen = str(older)
        return True

    monkeypatch.setattr(backups_dialog.BackupsDialog, "exec", choose_first)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    do(window.context, window, commands.manage_backups)
    assert window.workspace.flow.pages[0].levels.value() == 2
    reasons = {b.reason for b in backups.list_backups(data_dir)}
    assert "before-restore" in reasons


def test_backups_dialog_lists_what_each_backup_holds(open_window, data_dir, person, qtbot):
    from competence_app.gui.dialogs.backups_dialog import BackupsDialog

    window = open_window(data_dir)
    dialog = BackupsDialog(data_dir, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "(daily): 1 reflection, 0 goals" in dialog.list.item(0).text()
    assert dialog.restore_button.isEnabled()


def test_delete_all_my_data_after_typing_the_name(
    open_window, data_dir, person, qtbot, monkeypatch
):
    from competence_app.gui.shell import commands, privacy
    from competence_app.gui.shell.command import do

    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.example.setFocus()
    qtbot.keyClicks(page.example, "a very private memory of the ward")
    page.flush()

    def confirm(dialog):
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.confirm, "delete")
        assert not dialog.ok.isEnabled(), "a name is set, so the name is what confirms"
        dialog.confirm.clear()
        qtbot.keyClicks(dialog.confirm, "robin")
        assert dialog.ok.isEnabled()
        return True

    monkeypatch.setattr(privacy.DeleteDialog, "exec", confirm)
    assert do(window.context, window, commands.delete_all_data)
    assert window.workspace is None, "back to the welcome page"
    assert window.context.profile is None
    window.close()
    leftovers = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"a very private memory" not in leftovers
    assert b"Robin" not in leftovers


def test_delete_confirmation_says_which_extra_files_go(qtbot, data_dir):
    """The confirmation names the backups and the damaged copy a repair set aside."""
    from competence_app.gui.shell.privacy import DeleteDialog
    from competence_app.paths import prepare_data_dir
    from competence_app.store import backups as backup_store
    from competence_app.store.database import open_store

    folder = prepare_data_dir(data_dir)
    db = open_store(folder).db
    backup_store.make_backup(db.conn, folder, "manual")
    db.close()
    (folder / "damaged-20260101-000000-companion.sqlite3").write_bytes(b"old words")
    from competence_app import i18n

    i18n.install("en")  # as the app does at start: English has its plural forms too
    dialog = DeleteDialog("Robin", None, folder)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "2 backups" in text
    assert "1 damaged copy put aside after a repair" in text
    assert "Half-made" not in text
