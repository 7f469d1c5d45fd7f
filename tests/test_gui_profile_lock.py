"""Shared laptops: a passphrase for a profile, asked for when it is opened; "I'm done on this
laptop" takes the data away and leaves nothing behind."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import profiles, reflections, sealing
from competence_app.store.database import open_database

STORY = "what the discharge nurse said to my mother"
PASS = "seven green bicycles"


@pytest.fixture
def two_people(data_dir, framework):
    folder = prepare_data_dir(data_dir)
    db = open_database(database_path(folder))
    for name in ("Ines", "Sam"):
        person = profiles.create_profile(db, name)
        reflection = reflections.create_reflection(db, person.id, "Start")
        reflections.save_competence_answer(
            db,
            reflection.id,
            CompetenceAnswer(framework.competences[0].id, level=2, example=f"{name}: {STORY}"),
        )
    db.close()
    return folder


def people(window):
    return {p.name: p for p in profiles.list_profiles(window.context.db)}


def test_protecting_then_switching_back_asks_for_the_passphrase(
    open_window, two_people, qtbot, monkeypatch
):
    from competence_app.gui.dialogs import profile_lock
    from competence_app.gui.shell import shared_laptop

    window = open_window(two_people)  # the chooser: two people here
    window.open_profile(people(window)["Ines"].id)
    assert window.context.profile.name == "Ines"

    def set_passphrase(dialog):
        qtbot.keyClicks(dialog.new, PASS)
        qtbot.keyClicks(dialog.repeat, PASS)
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(profile_lock.PassphraseDialog, "exec", set_passphrase)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert shared_laptop.protect_profile(window.context, window)
    assert "protected" in told[-1]
    raw = b"".join(p.read_bytes() for p in two_people.rglob("*") if p.is_file())
    assert b"Ines: " + STORY.encode() not in raw
    assert b"Sam: " + STORY.encode() in raw, "Sam's words are Sam's choice"

    # Sam takes the keyboard, then someone tries Ines's profile with the wrong words.
    window.open_profile(people(window)["Sam"].id)
    assert window.context.profile.name == "Sam"
    tries = []

    def wrong_then_cancel(dialog):
        qtbot.keyClicks(dialog.passphrase, "not it")
        dialog.try_open()
        tries.append(dialog.problem.text())
        return 0

    monkeypatch.setattr(profile_lock.OpenDialog, "exec", wrong_then_cancel)
    window.open_profile(people(window)["Ines"].id)
    assert "does not open" in tries[0]
    assert window.workspace is None and window.context.profile is None, "back to the chooser"

    def right(dialog):
        qtbot.keyClicks(dialog.passphrase, PASS)
        dialog.try_open()
        return dialog.result()

    monkeypatch.setattr(profile_lock.OpenDialog, "exec", right)
    window.open_profile(people(window)["Ines"].id)
    assert window.context.profile.name == "Ines"
    page = next(p for p in window.workspace.flow.pages if hasattr(p, "example"))
    assert page.example.toPlainText() == f"Ines: {STORY}"


def test_a_short_or_mismatched_passphrase_is_refused_kindly(qtbot):
    from competence_app.gui.dialogs.profile_lock import PassphraseDialog

    dialog = PassphraseDialog(locked=False)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog._check()
    assert "at least 8" in dialog.problem.text() and not dialog.result()
    dialog.new.setText("long enough words")
    dialog.repeat.setText("long enough word")
    dialog._check()
    assert "not the same" in dialog.problem.text()


def test_done_on_this_laptop_saves_the_data_file_then_removes_the_profile(
    open_window, two_people, monkeypatch, tmp_path
):
    from competence_app.exchange.reading import read_data_file
    from competence_app.gui.shell import shared_laptop

    window = open_window(two_people)
    window.open_profile(people(window)["Ines"].id)
    target = tmp_path / "usb" / "ines"
    target.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert shared_laptop.done_on_this_laptop(window.context, window)
    saved = next(target.parent.glob("ines*"))
    assert read_data_file(saved).reflection_count == 1
    assert "removed from this laptop" in told[-1]
    assert set(people(window)) == {"Sam"}
    window.close()
    raw = b"".join(p.read_bytes() for p in two_people.rglob("*") if p.is_file())
    assert b"Ines: " + STORY.encode() not in raw
    assert b"Sam: " + STORY.encode() in raw


def test_command_line_export_of_a_protected_profile_is_refused(two_people, tmp_path, capsys):
    from competence_app.cli import main

    db = open_database(database_path(two_people))
    ines = next(p for p in profiles.list_profiles(db) if p.name == "Ines")
    sealing.set_passphrase(db, ines.id, PASS)
    sealing.forget(db)
    db.close()
    out = tmp_path / "plan.md"
    code = main(
        [
            "export",
            "--format",
            "md",
            "--output",
            str(out),
            "--profile",
            "Ines",
            "--data-dir",
            str(two_people),
        ]
    )
    assert code == 2 and "protected with a passphrase" in capsys.readouterr().err
    assert not out.exists()
    code = main(
        [
            "export-data",
            "--output",
            str(tmp_path),
            "--profile",
            "Ines",
            "--data-dir",
            str(two_people),
        ]
    )
    assert code == 2 and "protected with a passphrase" in capsys.readouterr().err


def test_a_protected_profile_is_deleted_only_with_its_passphrase(
    open_window, two_people, monkeypatch
):
    from competence_app.gui.dialogs import profile_lock

    db = open_database(database_path(two_people))
    ines = next(p for p in profiles.list_profiles(db) if p.name == "Ines")
    sealing.set_passphrase(db, ines.id, PASS)
    sealing.forget(db)
    db.close()
    window = open_window(two_people)
    monkeypatch.setattr(profile_lock.OpenDialog, "exec", lambda dialog: 0)
    window._delete_person(ines.id)
    assert "Ines" in people(window), "not deleted without the passphrase"

    def right(dialog):
        dialog.passphrase.setText(PASS)
        dialog.try_open()
        return dialog.result()

    monkeypatch.setattr(profile_lock.OpenDialog, "exec", right)
    window._delete_person(ines.id)
    assert set(people(window)) == {"Sam"}


def test_export_of_a_protected_profile_can_keep_the_file_locked_and_import_asks(
    open_window, two_people, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QInputDialog

    from competence_app.gui.dialogs import profile_lock
    from competence_app.gui.shell import data_transfer

    db = open_database(database_path(two_people))
    ines = next(p for p in profiles.list_profiles(db) if p.name == "Ines")
    sealing.set_passphrase(db, ines.id, PASS)
    db.close()
    window = open_window(two_people)

    def give_passphrase(dialog):
        dialog.passphrase.setText(PASS)
        dialog.try_open()
        return dialog.result()

    monkeypatch.setattr(profile_lock.OpenDialog, "exec", give_passphrase)
    window.open_profile(ines.id)

    def keep_locked(box):
        box.clickedButton = lambda: next(
            b for b in box.buttons() if "locked" in b.text().replace("&", "")
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_locked)
    target = tmp_path / "locked"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    written = data_transfer.export_my_data(window.context, window)
    assert STORY.encode() not in written.read_bytes()

    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or (PASS, True))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(written)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert data_transfer.import_data_files(window.context, window)
    assert asked and "locked" in asked[0]
