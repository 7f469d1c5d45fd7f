"""Pages are made ready when first shown, not at start-up, and nobody can tell the difference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_only_the_page_on_show_is_laid_out_at_start(open_window, data_dir, person):
    window = open_window(data_dir)
    flow = window.workspace.flow
    assert flow.pages[0].isVisible() and window.isAncestorOf(flow.pages[0])
    # Joining the window styles and lays out every control: the others wait for their turn.
    assert not any(window.isAncestorOf(page) for page in flow.pages[1:])
    assert not window.workspace.results_built() and not window.workspace.plan_built()


def test_a_page_shown_later_is_read_and_reached_by_tab_as_before(
    open_window, data_dir, person, qtbot
):
    window = open_window(data_dir)
    flow = window.workspace.flow
    flow.pages[0].levels.focus_choice()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    second = flow.pages[1]
    assert second.isVisible() and second.levels.has_focus_inside()
    # From the label, Tab goes into the page before Previous and Next.
    flow.label_edit.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is flow.previous_button:
            break
    assert any(second.isAncestorOf(widget) for widget in reached[:-1])
    assert reached[-1] is flow.previous_button


def test_results_and_plan_are_built_when_first_opened(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    workspace = window.workspace
    workspace.show_results()
    assert workspace.results_built()
    qtbot.waitUntil(workspace.results.isVisible)
    assert not workspace.plan_built()
    workspace.show_plan()
    assert workspace.plan_built()
    qtbot.waitUntil(workspace.plan.isVisible)


def test_the_first_switch_to_results_says_it_is_drawing(open_window, data_dir, person, monkeypatch):
    import sys

    from PySide6.QtWidgets import QProgressDialog

    said = []
    monkeypatch.setattr(QProgressDialog, "show", lambda dialog: said.append(dialog.labelText()))
    # As in a fresh start: the charts' module (and so matplotlib) not loaded yet.
    monkeypatch.delitem(sys.modules, "competence_app.charts", raising=False)
    window = open_window(data_dir)
    window.workspace.show_results()
    assert said == ["Drawing your results…"]
    window.workspace.show_reflect()
    window.workspace.show_results()
    assert said == ["Drawing your results…"], "only the first time, which takes seconds"


def test_only_the_page_on_show_is_made_at_start(open_window, data_dir, person):
    window = open_window(data_dir)
    flow = window.workspace.flow
    # Making a page's controls is most of opening a reflection: the others wait.
    assert [index for index, _page in flow.pages.made()] == [flow.current_index()]
    assert flow.page_list.count() == len(flow.pages)


def test_a_page_made_later_shows_the_saved_answers(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    flow = window.workspace.flow
    flow.pages[0].handle_digit(3)
    flow.pages[0].example.setPlainText("A story told at the forum")
    flow.flush()
    window.close()
    again = open_window(data_dir)
    later = again.workspace.flow
    assert 1 not in dict(later.pages.made())
    assert later.pages[0].levels.value() == 3
    assert later.pages[0].example.toPlainText() == "A story told at the forum"
    # The list marks answered pages without making them.
    assert "✓" in later.page_list.item(0).text()
    assert "✓" not in later.page_list.item(1).text()
