"""Shared laptops: File > Protect my profile with a passphrase… sets, changes or removes
it (opening a locked profile, at start or when switching person, asks for it); File > I'm
done on this laptop… saves the person's data file where they choose and then removes their
profile from this computer, as "Delete all my data" does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from competence_app.gui.dialogs.profile_lock import PassphraseDialog
from competence_app.gui.shell.data_transfer import ask_where_to_save, export_my_data
from competence_app.i18n import translate
from competence_app.store import sealing

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell
    from competence_app.gui.shell.context import AppContext


def protect_profile(context: AppContext, shell: Shell) -> bool:
    """File > Protect my profile with a passphrase…"""
    window = shell.window()
    profile_id = context.profile.id
    locked = sealing.is_locked(context.db, profile_id)
    dialog = PassphraseDialog(locked, window)
    accepted = dialog.exec()
    if dialog.save_first_requested:
        export_my_data(context, shell)
        return False
    if not accepted:
        return False
    try:
        if dialog.remove:
            sealing.unlock_profile_for_good(
                context.db, context.data_dir, profile_id, dialog.current.text()
            )
            said = translate("profile_lock", "The passphrase is removed from your profile.")
        else:
            sealing.lock_profile(
                context.db,
                context.data_dir,
                profile_id,
                dialog.new.text(),
                dialog.current.text() if locked else None,
            )
            said = translate(
                "profile_lock",
                "Your profile is protected. You will be asked for the passphrase each time it "
                "is opened.",
            )
    except sealing.LockedError as error:
        QMessageBox.warning(window, translate("profile_lock", "Nothing was changed"), str(error))
        return False
    QMessageBox.information(window, translate("profile_lock", "Passphrase"), said)
    return True


def done_on_this_laptop(context: AppContext, shell: Shell) -> bool:
    """File > I'm done on this laptop…: take my data with me, then leave nothing behind."""
    from competence_app.exchange import ExchangeError, export_data
    from competence_app.exchange.reading import read_data_file
    from competence_app.store import erase

    window = shell.window()
    answer = QMessageBox.question(
        window,
        translate("profile_lock", "I'm done on this laptop"),
        translate(
            "profile_lock",
            "First you choose where to save your data file (for example on your USB stick). "
            "Then your profile, your reflections, your plan and every backup of them are "
            "removed from this laptop for good.\n\nThe data file holds your stories too: keep "
            "it somewhere safe. You can bring it into the app on another computer with "
            "File > Import data….\n\nGo ahead?",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    where = ask_where_to_save(context, window, translate("profile_lock", "Save my data file"))
    if where is None:
        return False
    chosen, seal_with = where
    try:
        written = export_data(
            context.db, context.profile.id, context.framework, Path(chosen), seal_with
        )
        read_data_file(written, seal_with)  # only a file that reads back is worth deleting for
    except ExchangeError as error:
        QMessageBox.warning(
            window,
            translate("profile_lock", "Nothing was removed"),
            translate(
                "profile_lock",
                "Your data file could not be saved, so your profile stays on this laptop.\n\n"
                "{reason}",
            ).format(reason=error),
        )
        return False
    profile_id = context.profile.id
    problems: list[str] = []

    def wipe() -> None:
        try:
            erase.erase_profile(context.db, context.data_dir, profile_id)
        except Exception as error:  # noqa: BLE001 - told to the person; data file is saved
            problems.append(str(error))

    shell.reopen(before=wipe)
    if problems:
        QMessageBox.warning(
            window, translate("commands", "Not everything was deleted"), problems[0]
        )
        return False
    QMessageBox.information(
        window,
        translate("profile_lock", "Done"),
        translate(
            "profile_lock",
            "Your data file is saved as:\n{path}\n\nYour profile has been removed from this "
            "laptop. Thank you, and goodbye for now.",
        ).format(path=written),
    )
    return True
