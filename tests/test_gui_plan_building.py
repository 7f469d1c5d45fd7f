"""Building a plan quickly: ideas as actions, support needs with no kind until chosen,
what gets in the way, and fields that show all of their text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from competence_app.paths import database_path
from competence_app.store import plans, profiles
from competence_app.store.database import open_database


def stored_plan(data_dir):
    db = open_database(database_path(data_dir))
    try:
        return plans.load_plan(db, profiles.current_profile(db).id)
    finally:
        db.close()


def open_plan_with_goal(open_window, data_dir, competence_ids=("lobbying",)):
    window = open_window(data_dir)
    window.resize(1366, 740)
    window.workspace.show_plan()
    window.workspace.plan.create_goal("Lobbying: meet my MP", list(competence_ids), [])
    return window, window.workspace.plan.editor


def test_ideas_for_the_goals_competence_become_actions_in_one_click(
    open_window, data_dir, person, framework, qtbot
):
    window, editor = open_plan_with_goal(open_window, data_dir)
    ideas = framework.competence("lobbying").develop
    assert len(editor.ideas.buttons) == len(ideas)
    assert editor.ideas.isVisibleTo(editor)
    qtbot.mouseClick(editor.ideas.buttons[0], Qt.MouseButton.LeftButton)
    assert [a.text for a in stored_plan(data_dir).goals[0].actions] == [ideas[0]]
    assert not editor.ideas.buttons[0].isEnabled()  # already an action
    assert editor.ideas.buttons[1].isEnabled()
    # Linking another competence offers its ideas too.
    editor.competence_boxes["research"].click()
    assert len(editor.ideas.buttons) == len(ideas) + len(framework.competence("research").develop)


def test_a_new_support_need_has_no_kind_until_one_is_chosen(open_window, data_dir, person, qtbot):
    window, editor = open_plan_with_goal(open_window, data_dir)
    qtbot.mouseClick(editor.add_support_button, Qt.MouseButton.LeftButton)
    row = editor._support_rows[-1]
    assert row.category.currentData() == ""
    assert row.category.currentText() == "Choose what kind of support…"
    assert stored_plan(data_dir).goals[0].supports[0].support_id == ""
    row.category.setCurrentIndex(row.category.findData("expenses"))
    assert stored_plan(data_dir).goals[0].supports[0].support_id == "expenses"


def test_support_detail_is_multi_line_and_shows_all_its_text(open_window, data_dir, person, qtbot):
    window, editor = open_plan_with_goal(open_window, data_dir)
    editor.add_support()
    detail = editor._support_rows[-1].detail
    assert isinstance(detail, QPlainTextEdit)
    text = (
        "Travel to the quarterly panel paid within two weeks, and carer cover for the "
        "afternoon, because my mother cannot be left alone for more than an hour."
    )
    detail.setFocus()
    qtbot.keyClicks(detail, text)
    qtbot.wait(100)
    assert detail.verticalScrollBar().maximum() == 0  # nothing hidden behind a scroll bar
    editor.flush()
    assert stored_plan(data_dir).goals[0].supports[0].detail == text


def test_what_gets_in_the_way_can_be_answered_by_a_support_request(
    open_window, data_dir, person, framework, qtbot
):
    window, editor = open_plan_with_goal(open_window, data_dir)
    barriers = editor.barriers
    assert barriers.isVisibleTo(editor)
    names = [framework_barrier.name for framework_barrier in framework.barriers]
    assert len(barriers.rows.buttons) == len(names)
    qtbot.mouseClick(barriers.rows.buttons[1], Qt.MouseButton.LeftButton)
    need = stored_plan(data_dir).goals[0].supports[0]
    assert (need.support_id, need.detail) == ("", f"{names[1]}: ")
    assert editor._support_rows[-1].detail.toPlainText() == f"{names[1]}: "


def test_the_reflections_label_field_shows_its_whole_text(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    window.resize(1366, 740)
    qtbot.wait(20)
    edit = window.workspace.flow.label_edit
    for text in ("Start of programme", "Start of the leadership programme, first day"):
        edit.setText(text)
        qtbot.wait(20)
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(text) + 8, text


def test_a_long_action_reads_from_its_first_word(qtbot):
    """Shown in a narrow row, a long action starts at its beginning, not half-way through."""
    from competence_app.domain.plan import Action
    from competence_app.gui.pages.plan_rows import ActionRow

    text = "Write a three-minute story about respite care for the partnership board"
    row = ActionRow(Action("a1", text), 1)
    qtbot.addWidget(row)
    row.resize(300, row.sizeHint().height())
    row.show()
    assert row.text.text() == text
    assert row.text.cursorPosition() == 0
