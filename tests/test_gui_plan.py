"""The plan page, driven as a person would: from a priority to a goal with actions and support."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.paths import database_path
from competence_app.store import plans, profiles, reflections
from competence_app.store.database import open_database


@pytest.fixture
def with_priorities(data_dir, person, framework):
    profile, reflection = person
    db = open_database(database_path(data_dir))
    for i, competence in enumerate(framework.competences):
        reflections.save_competence_answer(
            db,
            reflection.id,
            CompetenceAnswer(competence.id, level=i % 5 + 1, develop=competence.id == "lobbying"),
        )
    reflections.save_role_answer(db, reflection.id, RoleAnswer("citizen_leader", now=1, wish=4))
    db.close()
    return profile


def stored_plan(data_dir):
    db = open_database(database_path(data_dir))
    try:
        return plans.load_plan(db, profiles.current_profile(db).id)
    finally:
        db.close()


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_goal_from_a_priority_with_action_and_support_survives_reopening(
    open_window, data_dir, with_priorities, qtbot, monkeypatch
):
    window = open_window(data_dir)
    window.show_tab("results")
    starters = window.workspace.results.starters
    names = [b.accessibleName() for b in starters.buttons]
    assert names == [
        "Make a goal: Lobbying",
        "Make a goal: Grow into the Citizen Leader role",
    ]
    qtbot.mouseClick(starters.buttons[0], Qt.MouseButton.LeftButton)

    plan = window.workspace.plan
    editor = plan.editor
    assert window.workspace.currentWidget().isAncestorOf(plan)
    assert editor.competence_boxes["lobbying"].isChecked()
    assert QApplication.focusWidget() is editor.title
    # Changed with issue 19: the suggested start ("Lobbying: ") is finished, not retyped.
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Meet my MP about respite care")
    type_into(qtbot, editor.why, "Carers in our town wait months for a break.")
    box = editor.role_boxes["disruptor_advocate"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)

    editor.add_action()
    row = editor._action_rows[-1]
    assert QApplication.focusWidget() is row.text
    qtbot.keyClicks(row.text, "Ask the carers' centre for two stories")
    qtbot.keyClick(row.text, Qt.Key.Key_Tab)
    row.due.enabled.click()
    row.done.click()

    editor.add_support()
    need = editor._support_rows[-1]
    need.category.setCurrentIndex(need.category.findData("expenses"))
    type_into(qtbot, need.detail, "Travel to Westminster paid within two weeks")
    qtbot.keyClick(need.detail, Qt.Key.Key_Tab)

    plan.list.setCurrentRow(plan.list.count() - 2)  # Looking after myself
    type_into(qtbot, plan.wellbeing.drains, "Meetings moved at the last minute")
    plan.list.setCurrentRow(plan.list.count() - 1)  # My mentor
    type_into(qtbot, plan.mentor.name, "Priya")
    window.close()

    saved = stored_plan(data_dir)
    goal = saved.goals[0]
    assert goal.title == "Meet my MP about respite care"
    assert goal.why == "Carers in our town wait months for a break."
    assert goal.competence_ids == ["lobbying"]
    assert goal.role_ids == ["disruptor_advocate"]
    assert [(a.text, bool(a.due), a.done) for a in goal.actions] == [
        ("Ask the carers' centre for two stories", True, True)
    ]
    assert [(s.support_id, s.detail) for s in goal.supports] == [
        ("expenses", "Travel to Westminster paid within two weeks")
    ]
    assert saved.wellbeing.drains == "Meetings moved at the last minute"
    assert saved.mentor.name == "Priya"

    again = open_window(data_dir)
    again.workspace.show_plan()
    editor = again.workspace.plan.editor
    assert editor.title.text() == goal.title
    assert editor._action_rows[0].text.text() == "Ask the carers' centre for two stories"
    assert editor._action_rows[0].done.isChecked()
    assert editor._support_rows[0].category.currentData() == "expenses"
    assert "Meet my MP" in again.workspace.plan.list.item(0).text()

    # ...and the reopened plan goes out through File > Export plan…
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from competence_app.gui.dialogs import export_dialog

    target = data_dir.parent / "plan.pdf"
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda dialog: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert export_dialog.run_export(again.context, again, again.reflection) == target
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Meet my MP about respite care" in words
    assert "Ask the carers' centre for two stories" in words
    assert "Travel to Westminster paid within two weeks" in words


def test_goal_from_scratch_and_removing_it(open_window, data_dir, person, qtbot, monkeypatch):
    window = open_window(data_dir)
    window.workspace.show_plan()
    plan = window.workspace.plan
    assert plan.stack.currentIndex() == 3, "an empty plan explains how to start"
    qtbot.mouseClick(plan.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(plan.editor.title, "Join a peer network")
    plan.editor.status.setCurrentIndex(plan.editor.status.findData("under_way"))
    assert "Under way" in plan.list.item(0).text()
    assert stored_plan(data_dir).goals[0].status == "under_way"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    plan.remove_current_goal()
    assert len(stored_plan(data_dir).goals) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    plan.remove_current_goal()
    assert stored_plan(data_dir).goals == []
    assert plan.stack.currentIndex() == 3


def test_text_typed_a_moment_ago_survives_adding_and_removing_rows(
    open_window, data_dir, with_priorities, qtbot
):
    """Clicking "Add an action" straight after typing must not lose what was typed."""
    window = open_window(data_dir)
    window.show_tab("results")
    window.workspace.results.starters.buttons[0].click()
    editor = window.workspace.plan.editor
    editor.add_action()
    qtbot.keyClicks(editor._action_rows[-1].text, "Phone the patient panel chair")
    editor.add_action()  # at once, before the pause that would save the text
    editor.add_support()
    qtbot.keyClicks(editor._support_rows[-1].detail, "A lift to the meeting")
    editor._remove_action(editor._action_rows[-1].action)
    goal = stored_plan(data_dir).goals[0]
    assert [a.text for a in goal.actions] == ["Phone the patient panel chair"]
    assert [s.detail for s in goal.supports] == ["A lift to the meeting"]


def test_make_a_goal_twice_opens_the_same_goal_and_results_name_it(
    open_window, data_dir, with_priorities, qtbot
):
    window = open_window(data_dir)
    window.show_tab("results")
    starters = window.workspace.results.starters
    qtbot.mouseClick(starters.buttons[0], Qt.MouseButton.LeftButton)
    editor = window.workspace.plan.editor
    # A start to finish, not a ready-made "Work on Lobbying".
    assert editor.title.text() == "Lobbying: "
    assert editor.title_hint.isVisibleTo(editor)
    assert QApplication.focusWidget() is editor.title
    assert editor.title.cursorPosition() == len("Lobbying: ")
    qtbot.keyClicks(editor.title, "meet my MP")
    editor.flush()
    assert not editor.title_hint.isVisibleTo(editor)

    window.show_tab("results")
    starters = window.workspace.results.starters
    assert starters.buttons[0].text() == "Open the goal"
    assert starters.buttons[0].accessibleName() == "Open the goal: Lobbying: meet my MP"
    assert (
        "Already in your plan: \u201cLobbying: meet my MP\u201d."
        in starters.findChildren(type(window.saved_label))[0].text()
    )
    qtbot.mouseClick(starters.buttons[0], Qt.MouseButton.LeftButton)
    assert window.workspace.plan.editor.goal.title == "Lobbying: meet my MP"
    # The results page's own signal, as a second press from an older view would send it:
    window.workspace.make_goal("Lobbying: ", ["lobbying"], [])
    assert len(stored_plan(data_dir).goals) == 1
