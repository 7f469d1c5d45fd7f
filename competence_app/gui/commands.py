"""What the menu commands do, one small function each, kept out of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from competence_app.gui import saving
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.gui.main_window import MainWindow


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


def new_reflection(window: MainWindow) -> None:
    from competence_app.gui.dialogs import ask_label

    label = ask_label(window)
    if label is None:
        return
    window.workspace.flush()
    context = window.context
    created = []

    def create() -> None:
        created.append(create_reflection(context, label))

    if saving.write(context, window, create):
        context.events.reflections_listed.emit()
        window.workspace.show_reflection(created[0])


def edit_profile(window: MainWindow) -> None:
    from competence_app.gui.dialogs import ProfileDialog
    from competence_app.store import profiles

    context = window.context
    profile = context.profile
    dialog = ProfileDialog(context.framework, profile, window)
    if dialog.exec():
        profile.name = dialog.form.name.text().strip()
        profile.self_words = dialog.form.words()
        if saving.write(
            context,
            window,
            lambda: profiles.update_profile(context.db, profile),
            retry_key=("profile", profile.id),
        ):
            context.events.profile_changed.emit()


def export_plan(window: MainWindow) -> None:
    from competence_app.gui.export_dialog import run_export

    window.workspace.flush()
    written = run_export(window.context, window, window.workspace.reflection)
    if written is not None:
        from competence_app.gui import status

        message = translate("commands", "Plan exported to {name}")
        status.show_message(window, message.format(name=written.name))


def print_plan(window: MainWindow) -> None:
    from competence_app.gui.export_dialog import run_print

    window.workspace.flush()
    run_print(window.context, window, window.workspace.reflection)


def about(window: MainWindow) -> None:
    from competence_app.gui.dialogs import about_dialog

    about_dialog(window, window.context.framework, window.context.data_dir).exec()


def manage_backups(window: MainWindow) -> None:
    """Show the backups; restore one after backing up the data as it is now."""
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from competence_app.gui.backups_dialog import BackupsDialog
    from competence_app.paths import database_path
    from competence_app.store import backups

    context = window.context
    dialog = BackupsDialog(context.data_dir, window)
    if not dialog.exec() or dialog.chosen is None:
        return
    chosen = Path(dialog.chosen)
    window.workspace.flush()
    try:
        backups.make_backup(context.db.conn, context.data_dir, "before-restore")
    except backups.BackupError as error:
        QMessageBox.warning(window, translate("commands", "Nothing was restored"), str(error))
        return
    problems = []

    def restore() -> None:
        try:
            backups.restore_file(chosen, database_path(context.data_dir))
        except backups.BackupError as error:
            problems.append(str(error))

    from competence_app.gui.busy import busy

    with busy(window, translate("commands", "Restoring the backup…")):
        window.reopen(restore)
    if problems:
        QMessageBox.warning(window, translate("commands", "Nothing was restored"), problems[0])
    else:
        QMessageBox.information(
            window,
            translate("commands", "Backup restored"),
            translate("commands", "Your data is back to how it was in that backup."),
        )


def delete_all_data(window: MainWindow) -> bool:
    """Delete this person's data for good, then start again at the welcome page."""
    from PySide6.QtWidgets import QMessageBox

    from competence_app.gui.privacy import DeleteDialog
    from competence_app.store import erase

    context = window.context
    dialog = DeleteDialog(context.profile.name, window, context.data_dir)
    if not dialog.exec():
        return False
    profile_id = context.profile.id
    window.workspace.flush()
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

    window.reopen(wipe)
    if problems:
        QMessageBox.warning(
            window, translate("commands", "Not everything was deleted"), problems[0]
        )
        return False
    return True


def where_is_my_data(window: MainWindow) -> None:
    from competence_app.gui.privacy import where_is_my_data as show

    show(window, window.context.data_dir)


def switch_person(window: MainWindow) -> None:
    window.show_chooser()  # the workspace saves anything typed as it closes


def start_session(window: MainWindow) -> None:
    from competence_app.gui.sessions import SessionDialog
    from competence_app.store.sessions import start_session

    dialog = SessionDialog(window)
    if dialog.exec():
        context = window.context
        name, day = dialog.name.text(), dialog.day.text()
        if saving.write(context, window, lambda: start_session(context.db, name, day)):
            window.show_session()


def end_session(window: MainWindow) -> None:
    from competence_app.store.sessions import end_session

    context = window.context
    if saving.write(context, window, lambda: end_session(context.db)):
        window.show_session()


def enter_from_paper(window: MainWindow) -> None:
    """Type in a paper worksheet as a new reflection for the current person."""
    from competence_app.gui.paper_entry import PaperEntryDialog
    from competence_app.store import reflections

    context = window.context
    dialog = PaperEntryDialog(
        context.framework, context.profile.name or translate("commands", "this person"), window
    )
    if not dialog.exec():
        return
    answers = dialog.grid.answers()
    window.workspace.flush()
    created = []

    def save() -> None:
        with context.db.atomic():
            reflection = create_reflection(context, translate("commands", "From paper"))
            for answer in answers.competences:
                reflections.save_competence_answer(context.db, reflection.id, answer)
            for answer in answers.roles:
                reflections.save_role_answer(context.db, reflection.id, answer)
        created.append(reflections.get_reflection(context.db, reflection.id))

    if saving.write(context, window, save):
        context.events.reflections_listed.emit()
        window.workspace.show_reflection(created[0])
        window.workspace.show_results()


def share_with_group(window: MainWindow) -> None:
    from competence_app.gui.share_dialog import share_with_group as share

    window.workspace.flush()
    share(window.context, window, window.workspace.reflection)


def group_summary(window: MainWindow) -> None:
    from competence_app.gui.group_window import GroupWindow

    group = GroupWindow(window.context.framework, window)
    group.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    group.show()


def change_text_size(window: MainWindow, step: int | None) -> None:
    from competence_app import files
    from competence_app.gui import text_size, theme

    try:
        size = text_size.change(window.context.data_dir, step)
        theme.refresh()  # rings and tick boxes drawn by a style sheet grow with the text
    except files.WriteFailedError as failure:
        window.statusBar().showMessage(
            translate("commands", "The text size could not be remembered ({reason}).").format(
                reason=failure.reason
            ),
            5000,
        )
        return
    window.statusBar().showMessage(
        translate("commands", "Text size {size} %").format(size=size), 3000
    )


def use_framework_file(window: MainWindow, chosen: str | None = None) -> bool:
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
            window,
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
            window, translate("commands", "This framework file cannot be used"), str(error)
        )
        return False
    try:
        settings.save(window.context.data_dir, settings.FRAMEWORK_FILE.key, str(chosen))
    except files.WriteFailedError as failure:
        QMessageBox.warning(window, translate("commands", "Not remembered"), failure.reason)
    window.use_framework(framework)
    window.statusBar().showMessage(
        translate("commands", "Framework in use: {title}, version {version}").format(
            title=framework.title, version=framework.version
        ),
        8000,
    )
    return True


def keyboard_shortcuts(window: MainWindow) -> None:
    from competence_app.gui.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window).exec()


def _remember(window: MainWindow, option, value) -> None:
    """Keep a View choice for the data folder; if the disk says no, the choice still
    applies now, and the person is told it will not be kept."""
    from competence_app import files, settings

    try:
        settings.save(window.context.data_dir, option.key, value)
    except files.WriteFailedError as failure:
        window.statusBar().showMessage(
            translate("commands", "The choice could not be remembered ({reason}).").format(
                reason=failure.reason
            ),
            5000,
        )


def toggle_high_contrast(window: MainWindow, on: bool) -> None:
    from competence_app import settings
    from competence_app.gui import theme

    theme.set_high_contrast(on)
    _remember(window, settings.HIGH_CONTRAST, int(on))


def toggle_easy_read(window: MainWindow, on: bool) -> None:
    """Short sentences, one idea each, for descriptions and level sentences, shown at once."""
    from competence_app import settings

    window.use_wording(easy=on)
    _remember(window, settings.EASY_READ, int(on))


def change_language(window: MainWindow, code: str) -> None:
    """Speak another language from now on ("" follows the computer's), remembered."""
    from competence_app import i18n, settings

    _remember(window, settings.LANGUAGE, code)
    window.use_language(i18n.chosen_language(code))
