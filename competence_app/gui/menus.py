"""The menu bar: every command, its shortcut (from shortcuts.py) and when it is available."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from competence_app import settings
from competence_app.gui import (
    commands,
    data_transfer,
    paper_people,
    profile_lock,
    shortcuts,
    worksheet_commands,
)
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.gui.main_window import MainWindow


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
    menu = bar.addMenu(translate("Menus", "&File"))
    add(
        menu,
        translate("Menus", "Start a &new reflection…"),
        window.new_reflection,
        [shortcuts.NEW_REFLECTION],
    )
    add(menu, translate("Menus", "About &me…"), lambda: commands.edit_profile(window))
    add(
        menu,
        translate("Menus", "S&witch person…"),
        lambda: commands.switch_person(window),
        [shortcuts.SWITCH_PERSON],
    )
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "&Export plan…"),
        lambda: commands.export_plan(window),
        [shortcuts.EXPORT_PLAN],
    )
    add(
        menu,
        translate("Menus", "&Print…"),
        lambda: commands.print_plan(window),
        [shortcuts.PRINT_PLAN],
    )
    menu.addSeparator()
    add(menu, translate("Menus", "Export my &data…"), lambda: data_transfer.export_my_data(window))
    add(
        menu,
        translate("Menus", "Protect my profile with a pass&phrase…"),
        lambda: profile_lock.protect_profile(window),
    )
    add(
        menu,
        translate("Menus", "I'm &done on this laptop…"),
        lambda: profile_lock.done_on_this_laptop(window),
    )
    add(
        menu,
        translate("Menus", "&Import data…"),
        lambda: data_transfer.import_data_files(window),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "Use a &framework file…"),
        lambda: commands.use_framework_file(window),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "Use the &standard framework"),
        lambda: commands.use_framework_file(window, ""),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(menu, translate("Menus", "&Backups…"), lambda: commands.manage_backups(window))
    add(menu, translate("Menus", "&Delete all my data…"), lambda: commands.delete_all_data(window))
    menu.addSeparator()
    add(menu, translate("Menus", "&Quit"), window.close, [shortcuts.QUIT], needs=ALWAYS)

    menu = bar.addMenu(translate("Menus", "&View"))
    add(
        menu,
        translate("Menus", "&Larger text"),
        lambda: commands.change_text_size(window, +1),
        [shortcuts.LARGER_TEXT, shortcuts.LARGER_TEXT_EQUALS],
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&Smaller text"),
        lambda: commands.change_text_size(window, -1),
        [shortcuts.SMALLER_TEXT],
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&Normal text size"),
        lambda: commands.change_text_size(window, None),
        [shortcuts.NORMAL_TEXT],
        needs=ALWAYS,
    )

    menu.addSeparator()
    contrast = add(menu, translate("Menus", "&High contrast"), lambda: None, needs=ALWAYS)
    contrast.setCheckable(True)
    contrast.setChecked(bool(settings.load(window.context.data_dir)[settings.HIGH_CONTRAST.key]))
    contrast.toggled.connect(lambda on: commands.toggle_high_contrast(window, on))
    easy = add(menu, translate("Menus", "&Easy read wording"), lambda: None, needs=ALWAYS)
    easy.setCheckable(True)
    easy.setChecked(window.context.framework.easy_read)
    easy.toggled.connect(lambda on: commands.toggle_easy_read(window, on))
    _add_languages(window, menu.addMenu(translate("Menus", "&Language")))

    menu = bar.addMenu(translate("Menus", "&Go"))
    add(
        menu,
        translate("Menus", "&Reflect"),
        lambda: window.workspace.show_reflect(),
        [shortcuts.SHOW_REFLECT],
    )
    add(menu, translate("Menus", "R&esults"), window.show_results, [shortcuts.SHOW_RESULTS])
    add(
        menu,
        translate("Menus", "&Plan"),
        lambda: window.workspace.show_plan(),
        [shortcuts.SHOW_PLAN],
    )

    menu = bar.addMenu(translate("Menus", "G&roup"))
    add(
        menu,
        translate("Menus", "&Start a session…"),
        lambda: commands.start_session(window),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&End the session"),
        lambda: commands.end_session(window),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "Print a &blank worksheet…"),
        lambda: worksheet_commands.print_blank_worksheet(window.context, window),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "Enter answers from &paper…"),
        lambda: commands.enter_from_paper(window),
    )
    add(
        menu,
        translate("Menus", "Enter a paper sheet for a ne&w person…"),
        lambda: paper_people.enter_for_new_people(window),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(
        menu, translate("Menus", "S&hare with my group…"), lambda: commands.share_with_group(window)
    )
    add(
        menu,
        translate("Menus", "&Group summary…"),
        lambda: commands.group_summary(window),
        needs=ALWAYS,
    )

    menu = bar.addMenu(translate("Menus", "&Help"))
    add(
        menu,
        translate("Menus", "&Keyboard shortcuts"),
        lambda: commands.keyboard_shortcuts(window),
        [shortcuts.SHOW_SHORTCUTS],
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&Where is my data?"),
        lambda: commands.where_is_my_data(window),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&About Citizen Leadership Companion"),
        lambda: commands.about(window),
        needs=ALWAYS,
    )
    return waiting


def _add_languages(window: MainWindow, menu) -> None:
    """One choice per language, each named in its own words, plus following the system."""
    from PySide6.QtGui import QActionGroup

    from competence_app import i18n

    group = QActionGroup(menu)
    saved = settings.load(window.context.data_dir)[settings.LANGUAGE.key]
    system = i18n.LANGUAGES[i18n.system_language()]
    choices = [
        ("", translate("Menus", "Same as this computer ({language})").format(language=system))
    ]
    choices += list(i18n.LANGUAGES.items())
    for code, name in choices:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == saved or (code == "" and saved not in i18n.LANGUAGES))
        group.addAction(action)
        action.triggered.connect(lambda _=False, code=code: commands.change_language(window, code))
