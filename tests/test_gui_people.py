"""Several people on one laptop, and a facilitator's session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from competence_app.paths import database_path
from competence_app.store import profiles, reflections
from competence_app.store.database import open_database


def add_person(data_dir, name):
    db = open_database(database_path(data_dir))
    person = profiles.create_profile(db, name)
    reflections.create_reflection(db, person.id, f"{name}'s first")
    db.close()
    return person


def test_with_two_people_the_app_opens_on_a_chooser(open_window, data_dir, person, qtbot):
    add_person(data_dir, "Bea")
    window = open_window(data_dir)
    assert window.workspace is None
    from competence_app.gui.dialogs.chooser import ProfileChooser

    chooser = window.findChild(ProfileChooser)
    names = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert names == ["Robin", "Bea"]
    chooser.list.setCurrentRow(0)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert window.context.profile.name == "Robin"
    assert window.reflection.label == "Start of programme"

    # File > Switch person… goes back to the chooser; Bea's own reflection opens.
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    do(window.context, window, commands.switch_person)
    chooser = window.findChild(type(chooser))
    chooser.list.setCurrentRow(1)
    chooser.open_button.click()
    assert window.context.profile.name == "Bea"
    assert window.reflection.label == "Bea's first"


def test_rename_and_delete_a_person(open_window, data_dir, person, qtbot, monkeypatch):
    from competence_app.gui.dialogs.chooser import ProfileChooser

    add_person(data_dir, "Bea")
    window = open_window(data_dir)
    chooser = window.findChild(ProfileChooser)
    chooser.list.setCurrentRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Beatrix", True))
    chooser._rename()
    assert chooser.list.item(1).text() == "Beatrix"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    chooser._delete()
    assert chooser.list.count() == 2, "nothing deleted without a yes"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    chooser._delete()
    # One person left: the app opens straight on their reflection.
    assert window.workspace is not None
    assert window.context.profile.name == "Robin"
    db = open_database(database_path(data_dir))
    assert [p.name for p in profiles.list_profiles(db)] == ["Robin"]
    db.close()


def test_a_new_person_from_the_chooser_gets_the_welcome(open_window, data_dir, person, qtbot):
    from competence_app.gui.dialogs.chooser import ProfileChooser
    from competence_app.gui.pages.welcome import WelcomePage

    add_person(data_dir, "Bea")
    window = open_window(data_dir)
    window.findChild(ProfileChooser).new_person.emit()
    welcome = window.findChild(WelcomePage)
    qtbot.keyClicks(welcome.form.name, "Cai")
    welcome.start_button.click()
    assert window.context.profile.name == "Cai"
    db = open_database(database_path(data_dir))
    assert len(profiles.list_profiles(db)) == 3
    db.close()


def test_reflections_made_during_a_session_carry_its_name(
    open_window, data_dir, person, qtbot, monkeypatch
):
    from competence_app.gui.dialogs import sessions
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    window = open_window(data_dir)

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Cohort 4, day 1")
        return True

    monkeypatch.setattr(sessions.SessionDialog, "exec", fill)
    do(window.context, window, commands.start_session)
    assert window.session_label.text() == "Session: Cohort 4, day 1"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    do(window.context, window, commands.new_reflection)
    made = window.reflection
    assert (made.session, made.label) == ("Cohort 4, day 1", "Cohort 4, day 1")
    do(window.context, window, commands.end_session)
    assert window.session_label.text() == ""
    do(window.context, window, commands.new_reflection)
    assert window.reflection.session == ""
