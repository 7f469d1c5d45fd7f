"""The menu bar: every command is there, waits for a profile where it must, and has its keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def menu_texts(window):
    return {
        menu.title().replace("&", ""): [
            a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()
        ]
        for menu in (a.menu() for a in window.menuBar().actions())
    }


def test_menus_on_the_welcome_page_offer_only_what_makes_sense(open_window, data_dir):
    window = open_window(data_dir)
    enabled = {
        a.text().replace("&", "")
        for menu in (m.menu() for m in window.menuBar().actions())
        for a in menu.actions()
        if a.isEnabled() and not a.isSeparator()
    }
    assert "Import data…" in enabled and "Quit" in enabled and "Where is my data?" in enabled
    assert "Export plan…" not in enabled and "Delete all my data…" not in enabled


def test_menus_and_shortcuts_move_between_pages(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    texts = menu_texts(window)
    assert texts["File"][:5] == [
        "Start a new reflection…",
        "About me…",
        "Switch person…",
        "Export plan…",
        "Print…",
    ]
    assert texts["Group"] == [
        "Start a session…",
        "End the session",
        "Print a blank worksheet…",
        "Enter answers from paper…",
        "Enter a paper sheet for a new person…",
        "Share with my group…",
        "Group summary…",
    ]
    assert texts["View"] == [
        "Larger text",
        "Smaller text",
        "Normal text size",
        "High contrast",
        "Easy read wording",
        "Language",
    ]
    assert texts["Help"] == [
        "Keyboard shortcuts",
        "Where is my data?",
        "About Citizen Leadership Companion",
    ]
    assert "Use a framework file…" in texts["File"] and "Backups…" in texts["File"]
    assert texts["Go"] == ["Reflect", "Results", "Plan", "My involvement"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentWidget().isAncestorOf(window.workspace.involvement)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentWidget().isAncestorOf(window.workspace.plan)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentWidget().isAncestorOf(window.workspace.results)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentWidget() is window.workspace.flow


def test_help_lists_every_shortcut_from_the_menus(open_window, data_dir, person):
    from competence_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog

    window = open_window(data_dir)
    dialog = ShortcutsDialog(window)
    rows = {
        dialog.model.cell(r, 1): dialog.model.cell(r, 0) for r in range(dialog.model.rowCount())
    }
    assert rows["Plan"] == "Ctrl+3"
    assert rows["My involvement"] == "Ctrl+4"
    assert rows["Larger text"].startswith("Ctrl++")
    assert rows["Next page of the reflection"] == "PgDown or Alt+Right"
    assert "Choose a level (on a competence page)" in rows


def test_menu_titles_are_in_the_first_page_frame_and_commands_follow(
    qtbot, framework, data_dir, person
):
    """At start-up the bar shows its menus with the person's page, and their commands come
    just after that page is painted, without the bars (and so the page) moving."""
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    window = MainWindow(prepare_data_dir(data_dir), framework=framework)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    assert window.load()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Go", "Plan", "Group", "Help"]
    assert window.menuBar().isVisible()  # in the frame painted next, with the page
    page_top = window.stack.mapTo(window, window.stack.rect().topLeft()).y()
    assert page_top >= window.menuBar().height() > 0  # the page starts below the bar
    assert window.statusBar().isVisible()  # and ends above the status bar
    page_height = window.stack.height()
    qtbot.waitUntil(lambda: not window.context.opening())
    texts = menu_texts(window)
    assert "Export plan…" in texts["File"] and "Larger text" in texts["View"]
    export = next(
        a for m in window.menuBar().actions() for a in m.menu().actions() if "Export" in a.text()
    )
    assert export.isEnabled()  # the person's profile is open: their commands are there
    assert window.stack.mapTo(window, window.stack.rect().topLeft()).y() == page_top
    assert window.stack.height() == page_height
