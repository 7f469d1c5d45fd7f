"""Share with my group: the consent screen says exactly what goes in, extras one by one."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import database_path
from competence_app.store import reflections
from competence_app.store.database import open_database

STORY = "the day the ward listened to me"


def test_consent_screen_and_the_file_hold_no_story_unless_ticked(
    open_window, data_dir, person, qtbot, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import share_dialog

    _, reflection = person
    db = open_database(database_path(data_dir))
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("active_listening", level=4, example=STORY)
    )
    db.close()
    window = open_window(data_dir)
    dialog = share_dialog.ShareDialog(window.context, window.reflection, window)
    qtbot.addWidget(dialog)
    before = dialog.contents.text()
    assert STORY not in before
    assert "name" in before.lower()
    dialog.extra_boxes["stories"].setChecked(True)
    assert dialog.contents.text() != before, "the consent text follows each tick"
    assert STORY in json.dumps(dialog.share(), ensure_ascii=False)
    dialog.extra_boxes["stories"].setChecked(False)

    monkeypatch.setattr(share_dialog.ShareDialog, "exec", lambda d: True)
    # Changed with issue 19: a save dialog where a name can be typed, not a folder picker.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, proposed, filters: (str(tmp_path / Path(proposed).name), filters),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    written = share_dialog.share_with_group(window.context, window, window.reflection)
    raw = written.read_bytes()
    assert written.name.endswith(".share.json")
    assert STORY.encode() not in raw and b"Robin" not in raw
    assert json.loads(raw)["competences"][0]["level"] == 4


def test_save_dialogs_start_in_documents_or_the_last_folder_for_that_kind(
    open_window, data_dir, person, tmp_path, monkeypatch
):
    from competence_app.gui.dialogs import save_dialog, share_dialog
    from competence_app.gui.shell import data_transfer

    save_dialog.forget_folders()
    window = open_window(data_dir)
    asked = []
    typed = {"share": tmp_path / "usb" / "for-sam", "data": None}
    (tmp_path / "usb").mkdir()

    def dialog(parent, title, proposed, filters):
        asked.append(Path(proposed))
        target = typed.pop("share", None)
        return (str(target), filters) if target else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(share_dialog.ShareDialog, "exec", lambda d: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    written = share_dialog.share_with_group(
        window.context, window, window.workspace.flow.reflection
    )
    # A typed name is taken as the file's name (a folder picker said "Directory not found").
    assert written == tmp_path / "usb" / "for-sam.share.json" and written.exists()
    documents = save_dialog.documents_folder()
    assert asked[0].parent == documents
    assert asked[0].name.startswith("group-share-") and asked[0].name.endswith(".share.json")
    # The next share starts where the last one went; a data file still starts in Documents.
    share_dialog.share_with_group(window.context, window, window.workspace.flow.reflection)
    assert asked[1].parent == tmp_path / "usb"
    data_transfer.export_my_data(window.context, window)
    assert asked[2].parent == documents
    assert asked[2].name.startswith("my-reflections-")
    save_dialog.forget_folders()


def test_the_involvement_extras_are_ticked_only_at_that_moment(
    open_window, data_dir, person, framework, qtbot, monkeypatch, tmp_path
):
    """The preview says the numbers the file will hold; a new dialog starts unticked."""
    from test_involvement_record import entries

    from competence_app.gui.dialogs import share_dialog
    from competence_app.store import involvement as store

    profile, _ = person
    db = open_database(database_path(data_dir))
    for entry in entries(framework, profile.id):
        store.save_involvement(db, entry)
    db.close()
    window = open_window(data_dir)
    dialog = share_dialog.ShareDialog(window.context, window.reflection, window)
    qtbot.addWidget(dialog)
    assert not dialog.extra_boxes["involvement"].isChecked()
    assert not dialog.extra_boxes["expenses_owed"].isChecked()
    assert "nothing from your involvement record" in dialog.contents.text()
    dialog.extra_boxes["expenses_owed"].setFocus()
    qtbot.keyClick(dialog.extra_boxes["expenses_owed"], Qt.Key.Key_Space)
    share = dialog.share()
    assert "involvement" not in share and len(share["expenses_owed"]) == 2
    assert "2 expenses still owed to you, waiting" in dialog.contents.text()
    raw = json.dumps(share)
    assert "Harbour" not in raw and "40.00" not in raw and "4000" not in raw

    again = share_dialog.ShareDialog(window.context, window.reflection, window)
    qtbot.addWidget(again)
    assert not again.extra_boxes["expenses_owed"].isChecked()
    assert "expenses_owed" not in again.share()


def test_the_last_folder_of_each_kind_is_kept_across_a_restart_and_never_a_file_name(
    qapp, data_dir, tmp_path, monkeypatch
):
    import subprocess
    import sys

    from competence_app import settings
    from competence_app.gui.dialogs import save_dialog
    from competence_app.paths import prepare_data_dir

    folder = prepare_data_dir(data_dir)
    usb = tmp_path / "usb stick"
    usb.mkdir()
    save_dialog.forget_folders()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, proposed, filters: (str(usb / "robin-story-plan.pdf"), filters),
    )
    chosen, _ = save_dialog.ask_save_path(None, save_dialog.PLAN, "t", "plan.pdf", "", folder)
    assert chosen == usb / "robin-story-plan.pdf"
    save_dialog.forget_folders()  # what this run remembers is gone, as after a restart

    kept = (folder / settings.PREFERENCES_NAME).read_text("utf-8")
    assert "usb stick" in kept
    assert "robin-story-plan" not in kept  # the folder only, never the file's name
    # A new process on the same data folder starts the next plan there; other kinds
    # still start in Documents.
    code = (
        "import sys; from pathlib import Path;"
        "from competence_app.gui.dialogs.save_dialog import start_folder, documents_folder;"
        "d = Path(sys.argv[1]);"
        "print(start_folder('plan', d)); print(start_folder('share', d) == documents_folder())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.stdout.splitlines() == [str(usb), "True"]
    # A folder that is gone (a USB stick taken out) gives Documents again.
    usb.rename(tmp_path / "elsewhere")
    assert save_dialog.start_folder("plan", folder) == save_dialog.documents_folder()


def test_a_read_only_data_folder_still_remembers_the_folder_until_the_app_closes(
    qapp, tmp_path, monkeypatch
):
    from competence_app import files
    from competence_app.gui.dialogs import save_dialog

    def refuse(*args, **kwargs):
        raise files.WriteFailedError(tmp_path, OSError(30, "Read-only file system"), False)

    monkeypatch.setattr(files, "write_atomically", refuse)
    save_dialog.forget_folders()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "share.json"), "")
    )
    save_dialog.ask_save_path(None, save_dialog.SHARE, "t", "x.share.json", "", tmp_path)
    assert save_dialog.start_folder("share", tmp_path) == tmp_path
    save_dialog.forget_folders()
