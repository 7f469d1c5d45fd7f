"""Every control a screen reader can land on has a name: its own text, a label that points
at it (a buddy), or an accessible name. Walks every page and dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
)


def unnamed(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if type(widget).__name__ in ("QLineEdit",) and isinstance(widget.parent(), QComboBox):
            continue  # the editor inside a combo box is named by the combo
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # likewise the editor inside a date field
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own parts (headers, scroll bars, spin arrows) are named by Qt
        if isinstance(widget.parent(), QWidget) and isinstance(widget.parent().parent(), QComboBox):
            continue  # a combo box's drop-down list is named by the combo box
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.replace("&", "").strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_page_of_the_main_window(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    window.workspace.flow.pages[0].develop.setChecked(True)
    window.show_tab("results")
    window.workspace.results.starters.buttons[0].click()  # a goal, so the goal editor is filled
    window.workspace.plan.editor.add_action()
    window.workspace.plan.editor.add_support()
    assert unnamed(window) == []


def test_the_welcome_page_and_the_chooser(open_window, data_dir, qtbot):
    window = open_window(data_dir)
    assert unnamed(window) == []


def test_every_dialog(open_window, data_dir, person, qtbot, tmp_path):
    from screens import every_dialog

    window = open_window(data_dir)
    dialogs = every_dialog(window, data_dir)
    problems = {type(d).__name__: unnamed(d) for d in dialogs}
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_walker_notices_a_nameless_control(qapp):
    root = QWidget()
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Something")
    assert unnamed(root) == ["QLineEdit in QWidget"]
