"""A paper sheet for a new person, in one step: a name or pseudonym, the grid, saved, next.

Nothing is written until the grid is saved, and then the person and their reflection
are written together, so no empty profile or reflection is ever left behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from competence_app.gui.dialogs.paper_entry import PaperAnswers, PaperEntryDialog
from competence_app.gui.shell import saving
from competence_app.gui.shell.context import AppContext
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell


def save_sheet(context: AppContext, name: str, answers: PaperAnswers) -> None:
    """The new person and their paper answers, in one transaction. The person using the
    laptop stays the current one."""
    from competence_app.store import profiles, reflections
    from competence_app.store.sessions import active_session

    db = context.db
    framework = context.framework
    with db.atomic():
        current = profiles.current_profile(db)
        person = profiles.create_profile(db, name)
        session = active_session(db)  # a sheet filled in at a session belongs to it
        reflection = reflections.create_reflection(
            db,
            person.id,
            translate("commands", "From paper"),
            framework.id,
            framework.version,
            session=session.name if session else "",
        )
        for answer in answers.competences:
            reflections.save_competence_answer(db, reflection.id, answer)
        for answer in answers.roles:
            reflections.save_role_answer(db, reflection.id, answer)
        if current is not None:
            profiles.set_current_profile(db, current.id)


def ask_name(parent: QWidget) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        translate("PaperPeople", "A paper sheet for a new person"),
        translate("PaperPeople", "Their name or a pseudonym, as on the sheet:"),
        QLineEdit.EchoMode.Normal,
    )
    return name.strip() if ok and name.strip() else None


def enter_sheets_for_new_people(context: AppContext, parent: QWidget) -> int:
    """Ask a name, open the grid, save; offer the next sheet. Returns how many were saved."""
    saved = 0
    while True:
        name = ask_name(parent)
        if name is None:
            break
        dialog = PaperEntryDialog(context.framework, name, parent)
        if not dialog.exec():
            break
        answers = dialog.grid.answers()
        if not saving.write(
            context, parent, lambda name=name, answers=answers: save_sheet(context, name, answers)
        ):
            break
        saved += 1
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("PaperPeople", "Sheet saved"))
        box.setText(
            translate("PaperPeople", "{name}'s sheet is saved as their first reflection.").format(
                name=name
            )
        )
        next_sheet = box.addButton(
            translate("PaperPeople", "&Next sheet"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("PaperPeople", "&Done"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(next_sheet)
        box.exec()
        if box.clickedButton() is not next_sheet:
            break
    if saved:
        context.events.reflections_listed.emit()
    return saved


def enter_for_new_people(context: AppContext, shell: Shell) -> None:
    """The Group menu's command: the page on show stays, the new people join the chooser."""
    from competence_app.store import profiles

    had_someone = context.profile is not None
    if not enter_sheets_for_new_people(context, shell.window()):
        return
    if shell.reflection is None:
        # The welcome or chooser page: show the chooser with the new people on it.
        people = profiles.list_profiles(context.db)
        if not had_someone and len(people) == 1:
            shell.open_profile(people[0].id)
        else:
            shell.show_chooser()
