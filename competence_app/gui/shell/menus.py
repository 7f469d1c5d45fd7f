"""The menu bar: every command, its shortcut (from shortcuts.py) and when it is available."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from competence_app.gui.shell.later import later
from competence_app.i18n import translate

# Imported when a command is first chosen: the menus are made at start-up, before the
# person's page is shown, and these modules (dialogs, documents) are not needed until then.
commands = later("competence_app.gui.shell.commands")
data_transfer = later("competence_app.gui.shell.data_transfer")
feedback_commands = later("competence_app.gui.shell.feedback_commands")
paper_people = later("competence_app.gui.dialogs.paper_people")
shared_laptop = later("competence_app.gui.shell.shared_laptop")
worksheet_commands = later("competence_app.gui.shell.worksheet_commands")

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell
    from competence_app.gui.shell.context import AppContext


# Whether a command needs a person's profile open (the workspace), or works from the
# welcome page and the chooser too.
ALWAYS = False
WITH_PROFILE = True


def menu_titles(bar: QMenuBar) -> list[QMenu]:
    """The menu bar's menus, still empty: at start-up their titles are in the first frame
    with the person's page, and build_menus fills them just after (the bar keeps its height,
    so nothing on the page moves)."""
    return [
        bar.addMenu(translate("Menus", "&File")),
        bar.addMenu(translate("Menus", "&View")),
        bar.addMenu(translate("Menus", "&Go")),
        bar.addMenu(translate("Menus", "&Plan")),
        bar.addMenu(translate("Menus", "G&roup")),
        bar.addMenu(translate("Menus", "&Help")),
    ]


def build_menus(menus: list[QMenu], context: AppContext, shell: Shell) -> list[QAction]:
    """Fill the menus menu_titles made; returns the actions that wait for a profile to exist."""
    # Imported here, not with the module: the titles are made before the first page is
    # painted, the commands just after it.
    from competence_app import settings
    from competence_app.gui.shell import shortcuts
    from competence_app.gui.shell.command import do, run

    waiting: list[QAction] = []
    file_menu, view_menu, go_menu, plan_menu, group_menu, help_menu = menus
    # Before text fields: on Linux a field takes Ctrl+E (Export) as "end of line".
    shortcuts.MenuKeysFirst(shell.window())

    def command(function, *args):
        return run(context, shell, function, *args)

    def add(menu, text, slot, keys=(), needs=WITH_PROFILE) -> QAction:
        action = menu.addAction(text)
        if keys:
            action.setShortcuts([shortcuts.sequence(key) for key in keys])
        action.triggered.connect(slot)
        if needs:
            action.setEnabled(False)
            waiting.append(action)
        return action

    menu = file_menu
    add(
        menu,
        translate("Menus", "Start a &new reflection…"),
        command(commands.new_reflection),
        [shortcuts.NEW_REFLECTION],
    )
    add(menu, translate("Menus", "About &me…"), command(commands.edit_profile))
    add(
        menu,
        translate("Menus", "S&witch person…"),
        command(commands.switch_person),
        [shortcuts.SWITCH_PERSON],
    )
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "&Export plan…"),
        command(commands.export_plan),
        [shortcuts.EXPORT_PLAN],
    )
    add(
        menu,
        translate("Menus", "&Print…"),
        command(commands.print_plan),
        [shortcuts.PRINT_PLAN],
    )
    add(
        menu,
        translate("Menus", "Export my involvement &record…"),
        command(commands.export_involvement_record),
    )
    menu.addSeparator()
    add(menu, translate("Menus", "Export my &data…"), command(data_transfer.export_my_data))
    add(
        menu,
        translate("Menus", "Protect my profile with a pass&phrase…"),
        command(shared_laptop.protect_profile),
    )
    add(
        menu,
        translate("Menus", "I'm &done on this laptop…"),
        command(shared_laptop.done_on_this_laptop),
    )
    add(
        menu,
        translate("Menus", "&Import data…"),
        command(data_transfer.import_data_files),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "Import feedbac&k…"),
        command(feedback_commands.import_feedback),
    )
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "Use a &framework file…"),
        command(commands.use_framework_file),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "Use the &standard framework"),
        command(commands.use_framework_file, ""),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(menu, translate("Menus", "&Backups…"), command(commands.manage_backups))
    add(menu, translate("Menus", "&Delete all my data…"), command(commands.delete_all_data))
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "&Quit"),
        lambda: shell.window().close(),
        [shortcuts.QUIT],
        needs=ALWAYS,
    )

    menu = view_menu
    add(
        menu,
        translate("Menus", "&Larger text"),
        command(commands.change_text_size, +1),
        [shortcuts.LARGER_TEXT, shortcuts.LARGER_TEXT_EQUALS],
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&Smaller text"),
        command(commands.change_text_size, -1),
        [shortcuts.SMALLER_TEXT],
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&Normal text size"),
        command(commands.change_text_size, None),
        [shortcuts.NORMAL_TEXT],
        needs=ALWAYS,
    )

    menu.addSeparator()
    contrast = add(menu, translate("Menus", "&High contrast"), lambda: None, needs=ALWAYS)
    contrast.setCheckable(True)
    contrast.setChecked(bool(settings.load(context.data_dir)[settings.HIGH_CONTRAST.key]))
    contrast.toggled.connect(lambda on: do(context, shell, commands.toggle_high_contrast, on))
    easy = add(menu, translate("Menus", "&Easy read wording"), lambda: None, needs=ALWAYS)
    easy.setCheckable(True)
    easy.setChecked(context.framework.easy_read)
    easy.toggled.connect(lambda on: do(context, shell, commands.toggle_easy_read, on))
    _add_languages(context, shell, menu.addMenu(translate("Menus", "&Language")))

    menu = go_menu
    add(
        menu,
        translate("Menus", "&Reflect"),
        lambda: shell.show_tab("reflect"),
        [shortcuts.SHOW_REFLECT],
    )
    add(
        menu,
        translate("Menus", "R&esults"),
        lambda: shell.show_tab("results"),
        [shortcuts.SHOW_RESULTS],
    )
    add(
        menu,
        translate("Menus", "&Plan"),
        lambda: shell.show_tab("plan"),
        [shortcuts.SHOW_PLAN],
    )
    add(
        menu,
        translate("Menus", "My &involvement"),
        lambda: shell.show_tab("involvement"),
        [shortcuts.SHOW_INVOLVEMENT],
    )

    menu = plan_menu
    add(
        menu,
        translate("Menus", "&Ask my mentor or someone else for feedback…"),
        command(commands.ask_for_feedback),
    )
    add(
        menu,
        translate("Menus", "&Enter feedback from paper…"),
        command(commands.enter_feedback_from_paper),
    )
    add(
        menu,
        translate("Menus", "Feedback I have &received…"),
        command(feedback_commands.feedback_history),
    )

    menu = group_menu
    add(
        menu,
        translate("Menus", "&Start a session…"),
        command(commands.start_session),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&End the session"),
        command(commands.end_session),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(
        menu,
        translate("Menus", "Print a &blank worksheet…"),
        command(worksheet_commands.print_blank_worksheet),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "Enter answers from &paper…"),
        command(commands.enter_from_paper),
    )
    add(
        menu,
        translate("Menus", "Enter a paper sheet for a ne&w person…"),
        command(paper_people.enter_for_new_people),
        needs=ALWAYS,
    )
    menu.addSeparator()
    add(menu, translate("Menus", "S&hare with my group…"), command(commands.share_with_group))
    add(
        menu,
        translate("Menus", "&Group summary…"),
        command(commands.group_summary),
        needs=ALWAYS,
    )

    menu = help_menu
    add(
        menu,
        translate("Menus", "&Keyboard shortcuts"),
        command(commands.keyboard_shortcuts),
        [shortcuts.SHOW_SHORTCUTS],
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&Where is my data?"),
        command(commands.where_is_my_data),
        needs=ALWAYS,
    )
    add(
        menu,
        translate("Menus", "&About Citizen Leadership Companion"),
        command(commands.about),
        needs=ALWAYS,
    )
    return waiting


def _add_languages(context: AppContext, shell: Shell, menu) -> None:
    """One choice per language, each named in its own words, plus following the system."""
    from PySide6.QtGui import QActionGroup

    from competence_app import i18n, settings
    from competence_app.gui.shell.command import run

    group = QActionGroup(menu)
    saved = settings.load(context.data_dir)[settings.LANGUAGE.key]
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
        action.triggered.connect(run(context, shell, commands.change_language, code))
