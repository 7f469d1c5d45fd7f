"""The menu bar: every command, its shortcut (from shortcuts.py) and when it is available."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from competence_app.gui import commands, data_transfer, shortcuts

if TYPE_CHECKING:
    from competence_app.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(window: MainWindow) -> list[QAction]:
    """Fill the window's menu bar; returns the actions that wait for a profile to exist."""
    waiting: list[QAction] = []

    def add(menu, text, slot, shortcut=None, needs_workspace=True) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(shortcuts.sequence(shortcut))
        action.triggered.connect(slot)
        if needs_workspace:
            action.setEnabled(False)
            waiting.append(action)
        return action

    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    add(file_menu, _tr("Start a &new reflection…"), window.new_reflection, shortcuts.NEW_REFLECTION)
    add(file_menu, _tr("About &me…"), lambda: commands.edit_profile(window))
    add(
        file_menu,
        _tr("S&witch person…"),
        lambda: commands.switch_person(window),
        shortcuts.SWITCH_PERSON,
    )
    file_menu.addSeparator()
    add(
        file_menu, _tr("&Export plan…"), lambda: commands.export_plan(window), shortcuts.EXPORT_PLAN
    )
    add(file_menu, _tr("&Print…"), lambda: commands.print_plan(window), shortcuts.PRINT_PLAN)
    file_menu.addSeparator()
    add(file_menu, _tr("Export my &data…"), lambda: data_transfer.export_my_data(window))
    add(
        file_menu,
        _tr("&Import data…"),
        lambda: data_transfer.import_data_files(window),
        needs_workspace=False,
    )
    file_menu.addSeparator()
    add(
        file_menu,
        _tr("Use a &framework file…"),
        lambda: commands.use_framework_file(window),
        needs_workspace=False,
    )
    add(
        file_menu,
        _tr("Use the &standard framework"),
        lambda: commands.use_framework_file(window, ""),
        needs_workspace=False,
    )
    file_menu.addSeparator()
    add(file_menu, _tr("&Backups…"), lambda: commands.manage_backups(window))
    add(file_menu, _tr("&Delete all my data…"), lambda: commands.delete_all_data(window))
    file_menu.addSeparator()
    add(file_menu, _tr("&Quit"), window.close, shortcuts.QUIT, needs_workspace=False)

    view = bar.addMenu(_tr("&View"))
    larger = add(
        view,
        _tr("&Larger text"),
        lambda: commands.change_text_size(window, +1),
        shortcuts.LARGER_TEXT,
        needs_workspace=False,
    )
    larger.setShortcuts(
        [
            shortcuts.sequence(shortcuts.LARGER_TEXT),
            shortcuts.sequence(shortcuts.LARGER_TEXT_EQUALS),
        ]
    )
    add(
        view,
        _tr("&Smaller text"),
        lambda: commands.change_text_size(window, -1),
        shortcuts.SMALLER_TEXT,
        needs_workspace=False,
    )
    add(
        view,
        _tr("&Normal text size"),
        lambda: commands.change_text_size(window, None),
        shortcuts.NORMAL_TEXT,
        needs_workspace=False,
    )

    go = bar.addMenu(_tr("&Go"))
    add(go, _tr("&Reflect"), lambda: window.workspace.show_reflect(), shortcuts.SHOW_REFLECT)
    add(go, _tr("R&esults"), window.show_results, shortcuts.SHOW_RESULTS)
    add(go, _tr("&Plan"), lambda: window.workspace.show_plan(), shortcuts.SHOW_PLAN)

    group = bar.addMenu(_tr("G&roup"))
    add(
        group,
        _tr("&Start a session…"),
        lambda: commands.start_session(window),
        needs_workspace=False,
    )
    add(group, _tr("&End the session"), lambda: commands.end_session(window), needs_workspace=False)

    help_menu = bar.addMenu(_tr("&Help"))
    add(
        help_menu,
        _tr("&Where is my data?"),
        lambda: commands.where_is_my_data(window),
        needs_workspace=False,
    )
    add(
        help_menu,
        _tr("&About Citizen Leadership Companion"),
        lambda: commands.about(window),
        needs_workspace=False,
    )
    return waiting
