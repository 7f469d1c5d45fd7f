"""The menu bar: every command, its shortcut (from shortcuts.py) and when it is available."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from competence_app import settings
from competence_app.gui import commands, data_transfer, shortcuts, worksheet_commands

if TYPE_CHECKING:
    from competence_app.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


# Whether a command needs a person's profile open (the workspace), or works from the
# welcome page and the chooser too.
ALWAYS = False
WITH_PROFILE = True


def build_menus(window: MainWindow) -> list[QAction]:
    """Fill the window's menu bar; returns the actions that wait for a profile to exist."""
    waiting: list[QAction] = []

    def add(menu, text, slot, keys=(), needs=WITH_PROFILE) -> QAction:
        action = menu.addAction(text)
        if keys:
            action.setShortcuts([shortcuts.sequence(key) for key in keys])
        action.triggered.connect(slot)
        if needs:
            action.setEnabled(False)
            waiting.append(action)
        return action

    bar = window.menuBar()
    menu = bar.addMenu(_tr("&File"))
    add(menu, _tr("Start a &new reflection…"), window.new_reflection, [shortcuts.NEW_REFLECTION])
    add(menu, _tr("About &me…"), lambda: commands.edit_profile(window))
    add(
        menu,
        _tr("S&witch person…"),
        lambda: commands.switch_person(window),
        [shortcuts.SWITCH_PERSON],
    )
    menu.addSeparator()
    add(menu, _tr("&Export plan…"), lambda: commands.export_plan(window), [shortcuts.EXPORT_PLAN])
    add(menu, _tr("&Print…"), lambda: commands.print_plan(window), [shortcuts.PRINT_PLAN])
    menu.addSeparator()
    add(menu, _tr("Export my &data…"), lambda: data_transfer.export_my_data(window))
    add(menu, _tr("&Import data…"), lambda: data_transfer.import_data_files(window), needs=ALWAYS)
    menu.addSeparator()
    add(
        menu,
        _tr("Use a &framework file…"),
        lambda: commands.use_framework_file(window),
        needs=ALWAYS,
    )
    add(
        menu,
        _tr("Use the &standard framework"),
        lambda: commands.use_framework_file(window, ""),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(menu, _tr("&Backups…"), lambda: commands.manage_backups(window))
    add(menu, _tr("&Delete all my data…"), lambda: commands.delete_all_data(window))
    menu.addSeparator()
    add(menu, _tr("&Quit"), window.close, [shortcuts.QUIT], needs=ALWAYS)

    menu = bar.addMenu(_tr("&View"))
    add(
        menu,
        _tr("&Larger text"),
        lambda: commands.change_text_size(window, +1),
        [shortcuts.LARGER_TEXT, shortcuts.LARGER_TEXT_EQUALS],
        needs=ALWAYS,
    )
    add(
        menu,
        _tr("&Smaller text"),
        lambda: commands.change_text_size(window, -1),
        [shortcuts.SMALLER_TEXT],
        needs=ALWAYS,
    )
    add(
        menu,
        _tr("&Normal text size"),
        lambda: commands.change_text_size(window, None),
        [shortcuts.NORMAL_TEXT],
        needs=ALWAYS,
    )

    menu.addSeparator()
    contrast = add(menu, _tr("&High contrast"), lambda: None, needs=ALWAYS)
    contrast.setCheckable(True)
    contrast.setChecked(bool(settings.load(window.context.data_dir)[settings.HIGH_CONTRAST.key]))
    contrast.toggled.connect(lambda on: commands.toggle_high_contrast(window, on))

    menu = bar.addMenu(_tr("&Go"))
    add(menu, _tr("&Reflect"), lambda: window.workspace.show_reflect(), [shortcuts.SHOW_REFLECT])
    add(menu, _tr("R&esults"), window.show_results, [shortcuts.SHOW_RESULTS])
    add(menu, _tr("&Plan"), lambda: window.workspace.show_plan(), [shortcuts.SHOW_PLAN])

    menu = bar.addMenu(_tr("G&roup"))
    add(menu, _tr("&Start a session…"), lambda: commands.start_session(window), needs=ALWAYS)
    add(menu, _tr("&End the session"), lambda: commands.end_session(window), needs=ALWAYS)
    menu.addSeparator()
    add(
        menu,
        _tr("Print a &blank worksheet…"),
        lambda: worksheet_commands.print_blank_worksheet(window.context, window),
        needs=ALWAYS,
    )
    add(menu, _tr("Enter answers from &paper…"), lambda: commands.enter_from_paper(window))
    menu.addSeparator()
    add(menu, _tr("S&hare with my group…"), lambda: commands.share_with_group(window))
    add(menu, _tr("&Group summary…"), lambda: commands.group_summary(window), needs=ALWAYS)

    menu = bar.addMenu(_tr("&Help"))
    add(
        menu,
        _tr("&Keyboard shortcuts"),
        lambda: commands.keyboard_shortcuts(window),
        [shortcuts.SHOW_SHORTCUTS],
        needs=ALWAYS,
    )
    add(menu, _tr("&Where is my data?"), lambda: commands.where_is_my_data(window), needs=ALWAYS)
    add(
        menu,
        _tr("&About Citizen Leadership Companion"),
        lambda: commands.about(window),
        needs=ALWAYS,
    )
    return waiting
