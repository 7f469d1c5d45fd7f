"""Every page, goal and the results page opens at its top, with focus on its first control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QScrollArea

from competence_app.gui.shell import commands
from competence_app.gui.shell.command import do


def scroll_of(widget) -> QScrollArea:
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    assert widget is not None, "the page is not in a scroll area"
    return widget


def at_top(widget) -> bool:
    return scroll_of(widget).verticalScrollBar().value() == 0


def test_a_second_reflection_opens_page_one_at_its_top(
    open_window, data_dir, person, qtbot, monkeypatch
):
    window = open_window(data_dir)
    window.resize(1366, 700)
    qtbot.wait(20)
    flow = window.workspace.flow
    page = flow.pages[0]
    # The person read to the bottom of page 1 and ticked "I want to develop this".
    area = scroll_of(page)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    page.develop.setFocus()
    assert not at_top(page)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("After the course", True))
    do(window.context, window, commands.new_reflection)
    qtbot.wait(20)
    assert flow.current_index() == 0
    assert at_top(flow.pages[0])
    assert flow.pages[0].levels.isAncestorOf(window.focusWidget())


def test_next_page_opens_at_its_top(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    window.resize(1366, 700)
    flow = window.workspace.flow
    second = flow.pages[1]
    flow.go_to(1)  # a page is put in its scroll area when first shown (start-up speed)
    scroll_of(second).verticalScrollBar().setValue(400)  # left half-way down earlier
    flow.go_to(0)
    flow.pages[0].levels.focus_choice()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert flow.current_index() == 1
    assert at_top(second)
    assert second.levels.isAncestorOf(window.focusWidget())


def test_see_my_results_opens_results_at_its_top(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    window.resize(1366, 700)
    flow = window.workspace.flow
    flow.go_to(len(flow.pages) - 1)
    flow.pages[-1].now.focus_choice()
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    results = window.workspace.results
    assert window.workspace.currentWidget() is window.workspace._results_tab
    assert at_top(results.shown)
    assert window.focusWidget() is results.shown


def test_a_new_goal_opens_with_its_heading_in_view(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    window.resize(1366, 700)
    window.workspace.show_plan()
    plan = window.workspace.plan
    first = plan.create_goal("First")
    for _ in range(4):
        plan.editor.add_action()
    area = scroll_of(plan.editor)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    plan.create_goal("Second")
    qtbot.wait(20)
    assert first is not None
    assert at_top(plan.editor)
    assert window.focusWidget() is plan.editor.title


def test_i_want_to_develop_this_carries_forward_visibly_and_changeably(
    open_window, data_dir, person, qtbot, monkeypatch
):
    window = open_window(data_dir)
    flow = window.workspace.flow
    lobbying = next(
        p for p in flow.pages if getattr(p, "competence", None) and p.competence.id == "lobbying"
    )
    lobbying.develop.click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("After the course", True))
    do(window.context, window, commands.new_reflection)
    assert lobbying.develop.isChecked()
    assert lobbying.carried_note.isVisibleTo(lobbying)
    assert not flow.pages[0].carried_note.isVisibleTo(flow.pages[0])
    window.show_tab("results")
    assert window.workspace.results.priorities.text() == "Lobbying."
    # Changeable: unticking it is saved like any answer.
    window.workspace.show_reflect()
    lobbying.develop.click()
    assert not lobbying.carried_note.isVisibleTo(lobbying)
    from competence_app.paths import database_path
    from competence_app.store import reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(data_dir))
    latest = reflections.latest_reflection(db, person[0].id)
    db.close()
    assert latest.label == "After the course"
    assert not latest.competence("lobbying").develop
    assert latest.competence("lobbying").level is None  # only the wish came along, no level
