"""Typing in a paper worksheet by keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from competence_app.gui.dialogs.paper_entry import PaperEntryDialog

# Per competence: level (0 = not had the chance yet), confidence, develop (1 = yes).
PAPER = [
    (3, 2, 1),
    (4, 3, 0),
    (0, 1, 0),
    (2, 2, 1),
    (5, 3, 0),
    (1, 1, 1),
    (3, 2, 0),
    (4, 2, 0),
    (2, 1, 1),
]
ROLES = [(1, 3), (2, 2), (0, 4), (3, 3)]


def test_a_whole_worksheet_in_35_keystrokes(qtbot, framework):
    dialog = PaperEntryDialog(framework, "Dev")
    qtbot.addWidget(dialog)
    grid = dialog.grid
    keys = 0
    for row in PAPER:
        for digit in row:
            qtbot.keyClick(grid, Qt.Key(Qt.Key.Key_0 + digit))
            keys += 1
    for now, wish in ROLES:
        qtbot.keyClick(grid, Qt.Key(Qt.Key.Key_0 + now))
        qtbot.keyClick(grid, Qt.Key(Qt.Key.Key_0 + wish))
        keys += 2
    assert keys == 35

    answers = grid.answers()
    assert [(a.level, a.not_yet, a.confidence, a.develop) for a in answers.competences] == [
        (level or None, level == 0, confidence, develop == 1)
        for level, confidence, develop in PAPER
    ]
    assert [(a.now, a.wish) for a in answers.roles] == ROLES


def test_digits_out_of_range_are_ignored_and_enter_skips_a_row(qtbot, framework):
    dialog = PaperEntryDialog(framework, "Dev")
    qtbot.addWidget(dialog)
    grid = dialog.grid
    qtbot.keyClick(grid, Qt.Key.Key_7)  # no level 7
    assert grid.item(0, 0).text() == "" and grid.currentColumn() == 0
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 0)
    qtbot.keyClick(grid, Qt.Key.Key_4)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Backspace)
    assert grid.item(1, 0).text() == ""
    assert grid.answers().competences == []


def test_paper_answers_become_a_new_reflection(open_window, data_dir, person, qtbot, monkeypatch):
    from competence_app.gui.dialogs import paper_entry
    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    window = open_window(data_dir)

    def type_in(dialog):
        # A modal dialog has the keyboard, as it would for real.
        dialog.setModal(True)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.grid.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.grid)
        for digit in (5, 3, 1):
            qtbot.keyClick(dialog.grid, Qt.Key(Qt.Key.Key_0 + digit))
        return True

    monkeypatch.setattr(paper_entry.PaperEntryDialog, "exec", type_in)
    do(window.context, window, commands.enter_from_paper)
    made = window.reflection
    assert made.label == "From paper"
    assert made.competence(framework_first_id(window)).level == 5
    assert window.workspace.results.competence_model.cell(0, 1) == "5 · Guiding others"


def framework_first_id(window):
    return window.context.framework.competences[0].id


def test_paper_sheets_for_new_people_in_one_step(
    open_window, data_dir, person, qtbot, monkeypatch, framework
):
    """Name, grid, saved, next sheet: each new person gets one reflection, never an empty one."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from competence_app.gui.dialogs import paper_entry
    from competence_app.paths import database_path
    from competence_app.store import profiles, reflections, sessions
    from competence_app.store.database import open_database

    window = open_window(data_dir)
    sessions.start_session(window.context.db, "Cohort 4", "2026-12-01")
    robin = window.context.profile
    names = iter([("Sam", True), ("Ali", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(names))
    digits = iter([(4, 2, 1), (2, 3, 0)])

    def type_in(dialog):
        dialog.setModal(True)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.grid.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.grid)
        for digit in next(digits):
            qtbot.keyClick(dialog.grid, Qt.Key(Qt.Key.Key_0 + digit))
        dialog.hide()
        return True

    monkeypatch.setattr(paper_entry.PaperEntryDialog, "exec", type_in)
    offers = []

    def answer(box):
        offers.append(box.text())
        # "Next sheet" after the first, "Done" after the second.
        wanted = "Next sheet" if len(offers) == 1 else "Done"
        button = next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
        box.clickedButton = lambda: button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.text().replace("&", "") == "Enter a paper sheet for a new person…"
    )
    action.trigger()
    assert offers == [
        "Sam's sheet is saved as their first reflection.",
        "Ali's sheet is saved as their first reflection.",
    ]
    db = open_database(database_path(data_dir))
    try:
        people = {p.name: p for p in profiles.list_profiles(db)}
        assert set(people) == {"Robin", "Sam", "Ali"}
        sam = reflections.list_reflections(db, people["Sam"].id)
        assert len(sam) == 1  # no empty reflection left behind
        first = framework.competences[0].id
        assert (sam[0].label, sam[0].competence(first).level) == ("From paper", 4)
        assert sam[0].session == "Cohort 4"  # counted with the session in the group summary
        assert sam[0].competence(first).confidence == 2
        assert len(reflections.list_reflections(db, people["Ali"].id)) == 1
        assert profiles.current_profile(db).id == robin.id  # the laptop's person stays
    finally:
        db.close()
    assert window.context.profile.id == robin.id


def test_a_cancelled_sheet_leaves_no_new_person(open_window, data_dir, person, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from competence_app.gui.dialogs import paper_entry, paper_people
    from competence_app.paths import database_path
    from competence_app.store import profiles
    from competence_app.store.database import open_database

    window = open_window(data_dir)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sam", True))
    monkeypatch.setattr(paper_entry.PaperEntryDialog, "exec", lambda dialog: False)
    assert paper_people.enter_sheets_for_new_people(window.context, window) == 0
    db = open_database(database_path(data_dir))
    try:
        assert [p.name for p in profiles.list_profiles(db)] == ["Robin"]
    finally:
        db.close()
