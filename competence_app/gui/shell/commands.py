"""What the menu commands do, one small function each, kept out of the main window.

Each takes the app context and the shell (see command.py) and is run through
`command.do`, which has saved what was typed before the command starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from competence_app.gui.shell import saving
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell
    from competence_app.gui.shell.context import AppContext


def create_reflection(context, label: str):
    """A new reflection for the current person, in the facilitator's session if one is on."""
    from competence_app.domain.analysis import carried_forward
    from competence_app.store import reflections

    framework = context.framework
    previous = reflections.latest_reflection(context.db, context.profile.id)
    with context.db.atomic():
        created = reflections.new_reflection(
            context.db, context.profile.id, label, framework.id, framework.version
        )
        # "I want to develop this" carries forward as the starting answer, shown ticked
        # and changeable, so results and the plan do not start again from nothing.
        for answer in carried_forward(framework, previous):
            reflections.save_competence_answer(context.db, created.id, answer)
            created.competences[answer.competence_id] = answer
    return created


def new_reflection(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.small import ask_label

    label = ask_label(shell.window())
    if label is None:
        return
    created = []

    def create() -> None:
        created.append(create_reflection(context, label))

    if saving.write(context, shell.window(), create):
        context.events.reflections_listed.emit()
        shell.show_reflection(created[0])


def edit_profile(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.small import ProfileDialog
    from competence_app.store import profiles

    profile = context.profile
    dialog = ProfileDialog(context.framework, profile, shell.window())
    if dialog.exec():
        profile.name = dialog.form.name.text().strip()
        profile.self_words = dialog.form.words()
        if saving.write(
            context,
            shell.window(),
            lambda: profiles.update_profile(context.db, profile),
            retry_key=("profile", profile.id),
        ):
            context.events.profile_changed.emit()


def export_plan(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.export_dialog import run_export

    written = run_export(context, shell.window(), shell.reflection)
    if written is not None:
        shell.say(translate("commands", "Plan exported to {name}").format(name=written.name))


def export_involvement_record(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.record_dialog import run_record_export

    written = run_record_export(context, shell.window())
    if written is not None:
        shell.say(
            translate("commands", "Involvement record exported to {name}").format(name=written.name)
        )


def print_plan(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.export_dialog import run_print

    run_print(context, shell.window(), shell.reflection)


def about(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.small import about_dialog

    about_dialog(shell.window(), context.framework, context.data_dir).exec()


def manage_backups(context: AppContext, shell: Shell) -> None:
    """Show the backups; restore one after backing up the data as it is now."""
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from competence_app.gui.dialogs.backups_dialog import BackupsDialog
    from competence_app.paths import database_path
    from competence_app.store import backups

    dialog = BackupsDialog(context.data_dir, shell.window())
    if not dialog.exec() or dialog.chosen is None:
        return
    chosen = Path(dialog.chosen)
    try:
        backups.make_backup(context.db.conn, context.data_dir, "before-restore")
    except backups.BackupError as error:
        QMessageBox.warning(
            shell.window(), translate("commands", "Nothing was restored"), str(error)
        )
        return
    problems = []

    def restore() -> None:
        try:
            backups.restore_file(chosen, database_path(context.data_dir))
        except backups.BackupError as error:
            problems.append(str(error))

    from competence_app.gui.shell.busy import busy

    with busy(shell.window(), translate("commands", "Restoring the backup…")):
        shell.reopen(restore)
    if problems:
        QMessageBox.warning(
            shell.window(), translate("commands", "Nothing was restored"), problems[0]
        )
    else:
        QMessageBox.information(
            shell.window(),
            translate("commands", "Backup restored"),
            translate("commands", "Your data is back to how it was in that backup."),
        )


def delete_all_data(context: AppContext, shell: Shell) -> bool:
    """Delete this person's data for good, then start again at the welcome page."""
    from PySide6.QtWidgets import QMessageBox

    from competence_app.gui.shell.privacy import DeleteDialog
    from competence_app.store import erase

    dialog = DeleteDialog(context.profile.name, shell.window(), context.data_dir)
    if not dialog.exec():
        return False
    profile_id = context.profile.id
    problems = []

    def wipe() -> None:
        from competence_app.paths import database_path
        from competence_app.store.database import open_database

        db = open_database(database_path(context.data_dir))
        try:
            erase.erase_profile(db, context.data_dir, profile_id)
        except Exception as error:  # noqa: BLE001 - reported to the person, data stays as it was
            problems.append(str(error))
        finally:
            db.close()

    shell.reopen(wipe)
    if problems:
        QMessageBox.warning(
            shell.window(), translate("commands", "Not everything was deleted"), problems[0]
        )
        return False
    return True


def where_is_my_data(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.shell.privacy import where_is_my_data as show

    show(shell.window(), context.data_dir)


def switch_person(context: AppContext, shell: Shell) -> None:
    shell.show_chooser()  # the workspace saves anything typed as it closes


def start_session(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.sessions import SessionDialog
    from competence_app.store.sessions import start_session

    dialog = SessionDialog(shell.window())
    if dialog.exec():
        context = context
        name, day = dialog.name.text(), dialog.day_iso()
        if saving.write(context, shell.window(), lambda: start_session(context.db, name, day)):
            context.events.session_changed.emit()


def end_session(context: AppContext, shell: Shell) -> None:
    from competence_app.store.sessions import end_session

    if saving.write(context, shell.window(), lambda: end_session(context.db)):
        context.events.session_changed.emit()


def enter_from_paper(context: AppContext, shell: Shell) -> None:
    """Type in a paper worksheet as a new reflection for the current person."""
    from competence_app.gui.dialogs.paper_entry import PaperEntryDialog
    from competence_app.store import reflections

    dialog = PaperEntryDialog(
        context.framework,
        context.profile.name or translate("commands", "this person"),
        shell.window(),
    )
    if not dialog.exec():
        return
    answers = dialog.grid.answers()
    created = []

    def save() -> None:
        with context.db.atomic():
            reflection = create_reflection(context, translate("commands", "From paper"))
            for answer in answers.competences:
                reflections.save_competence_answer(context.db, reflection.id, answer)
            for answer in answers.roles:
                reflections.save_role_answer(context.db, reflection.id, answer)
        created.append(reflections.get_reflection(context.db, reflection.id))

    if saving.write(context, shell.window(), save):
        context.events.reflections_listed.emit()
        shell.show_reflection(created[0], tab="results")


def ask_for_feedback(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.feedback_dialog import ask_for_feedback as ask

    written = ask(context, shell.window(), shell.reflection)
    if written is not None:
        shell.say(translate("commands", "Feedback pack saved as {name}").format(name=written.name))


def enter_feedback_from_paper(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.feedback_paper import enter_feedback_from_paper as enter

    if enter(context, shell.window()):
        shell.say(translate("commands", "Feedback from paper saved"))


def share_with_group(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.share_dialog import share_with_group as share

    share(context, shell.window(), shell.reflection)


def group_summary(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.group_window import GroupWindow

    group = GroupWindow(context.framework, shell.window(), data_dir=context.data_dir)
    group.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    group.show()


def change_text_size(context: AppContext, shell: Shell, step: int | None) -> None:
    from competence_app import files
    from competence_app.gui.look import text_size, theme

    try:
        size = text_size.change(context.data_dir, step)
        theme.refresh()  # rings and tick boxes drawn by a style sheet grow with the text
    except files.WriteFailedError as failure:
        shell.say(
            translate("commands", "The text size could not be remembered ({reason}).").format(
                reason=failure.reason
            )
        )
        return
    shell.say(translate("commands", "Text size {size} %").format(size=size))


def use_framework_file(context: AppContext, shell: Shell, chosen: str | None = None) -> bool:
    """Switch to an organisation's own framework file, checked first; remembered for the folder.

    chosen None asks with a file dialog; "" goes back to the framework that comes with the app.
    """
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from competence_app import files, i18n, settings
    from competence_app.domain.framework import (
        FrameworkError,
        default_framework_path,
        load_framework,
    )

    if chosen is None:
        chosen, _ = QFileDialog.getOpenFileName(
            shell.window(),
            translate("commands", "Use a framework file"),
            "",
            translate("commands", "Framework files (*.toml)"),
        )
        if not chosen:
            return False
    path = Path(chosen) if chosen else default_framework_path(i18n.current_language())
    try:
        framework = load_framework(path)
    except FrameworkError as error:
        QMessageBox.warning(
            shell.window(), translate("commands", "This framework file cannot be used"), str(error)
        )
        return False
    try:
        settings.save(context.data_dir, settings.FRAMEWORK_FILE.key, str(chosen))
    except files.WriteFailedError as failure:
        QMessageBox.warning(shell.window(), translate("commands", "Not remembered"), failure.reason)
    shell.use_framework(framework)
    shell.say(
        translate("commands", "Framework in use: {title}, version {version}").format(
            title=framework.title, version=framework.version
        )
    )
    return True


def keyboard_shortcuts(context: AppContext, shell: Shell) -> None:
    from competence_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(shell.window()).exec()


def _remember(context: AppContext, shell: Shell, option, value) -> None:
    """Keep a View choice for the data folder; if the disk says no, the choice still
    applies now, and the person is told it will not be kept."""
    from competence_app import files, settings

    try:
        settings.save(context.data_dir, option.key, value)
    except files.WriteFailedError as failure:
        shell.say(
            translate("commands", "The choice could not be remembered ({reason}).").format(
                reason=failure.reason
            )
        )


def toggle_high_contrast(context: AppContext, shell: Shell, on: bool) -> None:
    from competence_app import settings
    from competence_app.gui.look import theme

    theme.set_high_contrast(on)
    _remember(context, shell, settings.HIGH_CONTRAST, int(on))


def toggle_easy_read(context: AppContext, shell: Shell, on: bool) -> None:
    """Short sentences, one idea each, for descriptions and level sentences, shown at once."""
    from competence_app import settings

    shell.use_wording(easy=on)
    _remember(context, shell, settings.EASY_READ, int(on))


def change_language(context: AppContext, shell: Shell, code: str) -> None:
    """Speak another language from now on ("" follows the computer's), remembered."""
    from competence_app import i18n, settings

    _remember(context, shell, settings.LANGUAGE, code)
    shell.use_language(i18n.chosen_language(code))
