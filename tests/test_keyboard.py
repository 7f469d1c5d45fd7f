"""Everything by keyboard: Tab reaches every control of every page and dialog, in reading
order, with focus drawn; a whole reflection and a plan export with keys alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.paths import database_path
from competence_app.store import plans, profiles, reflections
from competence_app.store.database import open_database

# Two controls whose tops differ by less than this sit on the same line.
SAME_LINE_PX = 8


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def region(widget: QWidget, root: QWidget) -> QWidget:
    """The part of the screen a control reads in: its scrolling page, or the window itself.

    A scrolling page and what is beside it (a list of pages, the Next button) are read
    one after the other, so order is only compared inside one region.
    """
    node = widget
    while node is not None and node is not root:
        if isinstance(node, QScrollArea):
            return node
        node = node.parentWidget()
    return root


def place(widget: QWidget, root: QWidget) -> tuple[int, int]:
    """Where a control sits in its region, unaffected by how far the page is scrolled."""
    area = region(widget, root)
    if area is widget:
        return (0, 0)
    anchor = area.widget() if isinstance(area, QScrollArea) else root
    point = widget.mapTo(anchor, QPoint(0, 0))
    return point.y(), point.x()


def reachable(root: QWidget) -> set[QWidget]:
    """Every control a person should be able to Tab to under root."""
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if not widget.isVisibleTo(root.window()) or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy gets focus instead (a date field's text part)
        if widget.objectName().startswith("qt_") or widget.window() is not root.window():
            continue  # Qt's own inner parts, and pop-ups
        found.add(widget)
    return found


def same_choice(a: QWidget, b: QWidget) -> bool:
    """Radio buttons of one exclusive group are a single Tab stop; arrows move inside it."""
    return (
        isinstance(a, QRadioButton)
        and isinstance(b, QRadioButton)
        and a.group() is not None
        and a.group() is b.group()
    )


def focus_cycle(qtbot, root: QWidget, start: QWidget | None = None) -> list[QWidget]:
    """Press Tab until focus comes round again; the stops in order, the first one at the
    top left of the window. Checks on the way that every stop shows it has focus."""
    if start is not None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is not None, "nothing has focus to start from"
    first = focused()
    # Focus is drawn once the keyboard has been used in the window, as for a person.
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is first
    cycle: list[QWidget] = []
    not_drawn = []
    for _ in range(300):
        widget = focused()
        if widget in cycle:
            break
        cycle.append(widget)
        with_focus = widget.grab().toImage()
        press(qtbot, Qt.Key.Key_Tab)
        for _section in range(5):  # Tab steps through day, month and year in a date first
            if focused() is not widget:
                break
            press(qtbot, Qt.Key.Key_Tab)
        if widget.grab().toImage() == with_focus and widget is not focused():
            not_drawn.append(describe(widget))
    else:
        raise AssertionError("Tab never came back round")
    assert not_drawn == [], f"focus not drawn on {not_drawn}"
    window_level = [w for w in cycle if region(w, root) is root or isinstance(w, QScrollArea)]
    first = min(window_level or cycle, key=lambda w: place_in_window(w, root))
    at = cycle.index(first)
    return cycle[at:] + cycle[:at]


def place_in_window(widget: QWidget, root: QWidget) -> tuple[int, int]:
    point = widget.mapTo(root, QPoint(0, 0))
    return point.y(), point.x()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text!r})"


def out_of_order(cycle: list[QWidget], root: QWidget) -> list[str]:
    """Pairs, within one region, where the next stop is above, or left on the same line."""
    problems = []
    last_in: dict[int, QWidget] = {}
    for widget in cycle:
        key = id(region(widget, root))
        before = last_in.get(key)
        last_in[key] = widget
        if before is None:
            continue
        (y0, x0), (y1, x1) = place(before, root), place(widget, root)
        if y1 < y0 - SAME_LINE_PX or (abs(y1 - y0) <= SAME_LINE_PX and x1 < x0 - SAME_LINE_PX):
            problems.append(f"{describe(before)} at {(y0, x0)} -> {describe(widget)} at {(y1, x1)}")
    return problems


def unreached(cycle: list[QWidget], root: QWidget) -> list[str]:
    missing = []
    for widget in reachable(root):
        if widget in cycle or any(same_choice(widget, other) for other in cycle):
            continue
        missing.append(describe(widget))
    return sorted(missing)


def check_tabbing(qtbot, root: QWidget, start: QWidget | None = None) -> list[QWidget]:
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window())
    cycle = focus_cycle(qtbot, root, start)
    assert unreached(cycle, root) == []
    assert out_of_order(cycle, root) == []
    return cycle


@pytest.fixture(autouse=True)
def app_style(qapp):
    """The look the app runs with (see gui/shell/app.py run): its style sheet draws the rings."""
    from PySide6.QtWidgets import QStyleFactory

    from competence_app.gui.look import theme

    before = qapp.style().name()
    theme.install()  # the app's palette and style sheet: focus must show under them too
    yield
    qapp.setStyle(QStyleFactory.create(before))


# -- data ---------------------------------------------------------------------------


@pytest.fixture
def rich_person(data_dir, person, framework):
    """Two reflections (so the look-back question shows), priorities, a goal with an
    action and a support need: every kind of control on screen somewhere."""
    profile, first = person
    db = open_database(database_path(data_dir))
    for index, competence in enumerate(framework.competences):
        answer = CompetenceAnswer(competence.id, level=index % 5 + 1, develop=index < 2)
        reflections.save_competence_answer(db, first.id, answer)
    reflections.save_role_answer(db, first.id, RoleAnswer("citizen_leader", now=1, wish=4))
    reflections.create_reflection(db, profile.id, "Later", framework.id, framework.version)
    goal = plans.create_goal(db, profile.id, "Chair the carers' forum", ["mediating"])
    plans.add_action(db, goal.id, "Shadow the current chair twice")
    plans.add_support(db, goal.id, "training", "A place on the facilitation course")
    db.close()
    return profile


# -- tabbing through every page -------------------------------------------------------


def test_tab_reaches_everything_on_the_welcome_page(open_window, data_dir, qtbot, framework):
    window = open_window(data_dir)
    cycle = check_tabbing(qtbot, window)
    names = [w.accessibleName() or getattr(w, "text", str)() for w in cycle]
    assert "Name or pseudonym, optional" in names and "&Start my reflection" in names
    # One tick box for each self-description word of the framework.
    words = window.context.framework.self_descriptions
    assert len([w for w in cycle if isinstance(w, QCheckBox)]) == len(words)


def test_tab_reaches_everything_on_each_kind_of_reflection_page(
    open_window, data_dir, rich_person, qtbot
):
    window = open_window(data_dir)
    flow = window.workspace.flow
    competence = flow.pages[0]
    assert competence.look_back_box.isVisible(), "a later reflection asks to look back"
    cycle = check_tabbing(qtbot, window, competence.levels.buttons()[0])
    for control in (competence.example, competence.develop, flow.next_button, flow.label_edit):
        assert control in cycle
    assert competence.look_back.buttons()[0] in cycle
    assert cycle.index(competence.example) < cycle.index(competence.look_back.buttons()[0])

    flow.go_to(10)  # a role page, with Previous enabled
    role = flow.pages[10]
    cycle = check_tabbing(qtbot, window, role.now.buttons()[0])
    assert role.wish.buttons()[0] in cycle and role.notes in cycle
    assert flow.previous_button in cycle

    flow.go_to(len(flow.pages) - 1)  # the last page: "See my results"
    cycle = check_tabbing(qtbot, window, flow.pages[-1].now.buttons()[0])
    assert "results" in flow.next_button.text() and flow.next_button in cycle


def test_tab_reaches_everything_on_the_results_page(open_window, data_dir, rich_person, qtbot):
    window = open_window(data_dir)
    window.show_tab("results")
    results = window.workspace.results
    qtbot.waitUntil(results.isVisible)  # a page built on first view is shown a moment later
    results.shown.setCurrentIndex(1)  # the first reflection, with things to develop
    results.compare.setCurrentIndex(1)  # compared with the later one
    qtbot.waitUntil(lambda: all(b.isVisible() for b in results.starters.buttons))
    cycle = check_tabbing(qtbot, window, results.shown)
    for control in (results.shown, results.compare, results.competence_table, results.role_table):
        assert control in cycle
    assert results.starters.buttons and all(b in cycle for b in results.starters.buttons)


def test_tab_reaches_everything_on_the_plan_page(open_window, data_dir, rich_person, qtbot):
    window = open_window(data_dir)
    window.workspace.show_plan()
    plan = window.workspace.plan
    qtbot.waitUntil(plan.isVisible)
    plan.list.setCurrentRow(0)
    editor = plan.editor
    editor.target.enabled.setChecked(True)  # the date box comes alive
    cycle = check_tabbing(qtbot, window, plan.list)
    for control in (editor.title, editor.status, editor.target.edit, plan.new_button):
        assert control in cycle
    row = editor._action_rows[0]
    assert cycle.index(row.text) < cycle.index(editor.who), "actions come before who can help"

    plan.list.setCurrentRow(plan.list.count() - 1)  # mentor, or looking after myself
    check_tabbing(qtbot, window, plan.list)


def test_tab_reaches_everything_on_the_chooser(open_window, data_dir, person, qtbot):
    db = open_database(database_path(data_dir))
    profiles.create_profile(db, "Sam", [])
    db.close()
    window = open_window(data_dir)
    cycle = check_tabbing(qtbot, window)
    assert [w.text() for w in cycle if isinstance(w, QPushButton)][0] == "&Open"


def test_tab_reaches_everything_in_every_dialog(open_window, data_dir, rich_person, qtbot):
    from competence_app.store import backups

    window = open_window(data_dir)
    backups.make_backup(window.context.db.conn, data_dir, "manual")  # a backup to restore
    problems = {}
    from screens import every_dialog

    for dialog in every_dialog(window, data_dir):
        name = type(dialog).__name__ + (" (printing)" if getattr(dialog, "printing", False) else "")
        dialog.show()
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
            cycle = focus_cycle(qtbot, dialog)
            found = unreached(cycle, dialog) + out_of_order(cycle, dialog)
            if found:
                problems[name] = found
            assert cycle, name
        finally:
            dialog.close()
    assert problems == {}


def test_high_contrast_keeps_focus_visible(qapp):
    from PySide6.QtGui import QPalette

    from competence_app.gui.look import contrast

    palette = contrast.high_contrast_palette()
    role = QPalette.ColorRole
    assert palette.color(role.Highlight) != palette.color(role.Window)
    assert palette.color(role.Highlight) != palette.color(role.WindowText)
    assert ":focus" in contrast.INDICATORS, "tick boxes and rings show focus in their own colour"


# -- a whole reflection by keyboard -------------------------------------------------------


def test_a_whole_reflection_from_the_welcome_page_by_keys_alone(
    open_window, data_dir, qtbot, framework
):
    window = open_window(data_dir)
    assert focused().accessibleName() == "Name or pseudonym, optional"
    qtbot.keyClicks(focused(), "Ama")
    while not (isinstance(focused(), QPushButton) and "Start" in focused().text()):
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)

    flow = window.workspace.flow
    count = len(framework.competences)
    for index in range(count):
        page = flow.pages[index]
        assert page.isVisible() and page.levels.has_focus_inside()
        press(qtbot, Qt.Key(Qt.Key.Key_0 + index % 5 + 1))
        press(qtbot, Qt.Key.Key_Tab)  # to confidence: Space picks the first, arrows move
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Right)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.example
        qtbot.keyClicks(focused(), f"Story {index}")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.develop
        if index % 3 == 0:
            press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_PageDown)
    for offset in range(len(framework.roles)):
        page = flow.pages[count + offset]
        assert page.isVisible() and page.now.has_focus_inside()
        press(qtbot, Qt.Key(Qt.Key.Key_0 + offset))
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key(Qt.Key.Key_4 - offset))
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.notes
        qtbot.keyClicks(focused(), "notes")
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)  # past Previous, onto "See my results" or Next
        assert focused() is flow.next_button
        press(qtbot, Qt.Key.Key_Return)
    assert window.workspace.currentWidget().isAncestorOf(window.workspace.results)

    db = open_database(database_path(data_dir))
    try:
        profile = profiles.current_profile(db)
        saved = reflections.list_reflections(db, profile.id)[-1]
    finally:
        db.close()
    assert profile.name == "Ama"
    for index, competence in enumerate(framework.competences):
        answer = saved.competence(competence.id)
        assert (answer.level, answer.confidence, answer.example, answer.develop) == (
            index % 5 + 1,
            2,
            f"Story {index}",
            index % 3 == 0,
        )
    for offset, role in enumerate(framework.roles):
        answer = saved.role(role.id)
        assert (answer.now, answer.wish, answer.notes) == (offset, 4 - offset, "notes")


# -- exporting the plan by keyboard -----------------------------------------------------


def test_a_plan_export_by_keys_alone(
    open_window, data_dir, rich_person, qtbot, tmp_path, monkeypatch
):
    from competence_app.gui.dialogs import export_dialog
    from competence_app.reports.options import ExportOptions

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = open_window(data_dir)
    export_dialog.remember(window.context, ExportOptions(format="odt"))
    seen = {}

    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        try:
            qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
            seen["focus"] = describe(focused())
            press(qtbot, Qt.Key.Key_Up)  # from ODT up to DOCX
            press(qtbot, Qt.Key.Key_Up)  # and up to PDF
            seen["pdf"] = dialog.format_buttons["pdf"].isChecked()
            press(qtbot, Qt.Key.Key_Return)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave the test waiting on a dialog

    QTimer.singleShot(0, in_the_dialog)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == {
        "focus": "QRadioButton('OpenDocument (ODT), to add notes in LibreOffice')",
        "pdf": True,
    }
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_a_menu_shortcut_wins_over_the_text_field_that_has_the_focus(
    open_window, data_dir, person, qtbot, monkeypatch
):
    from PySide6.QtCore import QEvent

    from competence_app.gui.dialogs import export_dialog
    from competence_app.gui.shell import shortcuts

    watched, overrides = [], []
    original = shortcuts.MenuKeysFirst.eventFilter

    def spy(self, target, event):
        watched.append(target)
        if event.type() == QEvent.Type.ShortcutOverride:
            overrides.append(target)
        return original(self, target, event)

    monkeypatch.setattr(shortcuts.MenuKeysFirst, "eventFilter", spy)
    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: opened.append(1) or 0)
    window = open_window(data_dir)
    story = window.workspace.flow.pages[0].example
    story.setFocus()
    qtbot.waitUntil(story.hasFocus)
    qtbot.keyClicks(story, "We met")
    # On Linux desktops a text field takes Ctrl+E as "end of line": the menu is asked first.
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert story in overrides
    assert opened == [1], "Export plan… opened, from inside the story box"
    # Only the field with the focus is watched, never every control of the window.
    assert watched and all(isinstance(w, shortcuts.TEXT_FIELDS) for w in watched)
    # Keys that are no menu's still edit the text.
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    assert story.toPlainText() == ""
