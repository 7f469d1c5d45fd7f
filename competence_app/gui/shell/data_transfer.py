"""File > Export my data… and File > Import data…: the portable .companion.json file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from competence_app.gui.dialogs import save_dialog
from competence_app.gui.shell.busy import busy
from competence_app.i18n import translate
from competence_app.wording import counted

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell
    from competence_app.gui.shell.context import AppContext


def export_my_data(context: AppContext, shell: Shell) -> Path | None:
    from competence_app.exchange import ExchangeError, export_data

    window = shell.window()
    where = ask_where_to_save(context, window, translate("data_transfer", "Export my data"))
    if where is None:
        return None
    chosen, seal_with = where
    from competence_app.store.database import StoreError, verify

    try:
        with busy(window, translate("data_transfer", "Saving your data file…")):
            verify(context.db)  # a data file must not carry damage on to another computer
            written = export_data(
                context.db, context.profile.id, context.framework, Path(chosen), seal_with
            )
    except (ExchangeError, StoreError) as error:
        QMessageBox.warning(
            window, translate("data_transfer", "Your data was not exported"), str(error)
        )
        return None
    QMessageBox.information(
        window,
        translate("data_transfer", "Data exported"),
        translate(
            "data_transfer",
            "Your reflections and plan are saved in:\n{path}\n\nThis file holds your stories "
            "too: keep it somewhere safe, and share it only with people you trust.",
        ).format(path=written),
    )
    return written


def ask_where_to_save(context: AppContext, window, title: str) -> tuple[Path, str | None] | None:
    """Where to save the person's data file, through the one save dialog, and the
    passphrase to lock it with (None: readable); None when the person stops."""
    from competence_app.exchange import FILE_SUFFIX

    seal_with = locked_file_choice(context, window)
    if seal_with is False:
        return None
    chosen, _ = save_dialog.ask_save_path(
        window,
        save_dialog.DATA,
        title,
        save_dialog.dated_name("my-reflections", FILE_SUFFIX),
        translate("data_transfer", "Citizen Leadership Companion data (*{suffix})").format(
            suffix=FILE_SUFFIX
        ),
        context.data_dir,
    )
    return None if chosen is None else (chosen, seal_with)


def locked_file_choice(context: AppContext, window) -> str | None | bool:
    """For a protected profile: the passphrase to lock the data file with, None for a
    readable file, False to stop. An unprotected profile's file is readable (None)."""
    from competence_app.gui.dialogs.profile_lock import OpenDialog
    from competence_app.store import sealing

    if not sealing.is_locked(context.db, context.profile.id):
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("data_transfer", "Export my data"))
    box.setText(
        translate(
            "data_transfer",
            "Your profile is protected with a passphrase. The data file can keep your words "
            "locked with the same passphrase, or hold them readable, for anyone who has the "
            "file.",
        )
    )
    locked = box.addButton(
        translate("data_transfer", "Keep it &locked"), QMessageBox.ButtonRole.AcceptRole
    )
    readable = box.addButton(
        translate("data_transfer", "Make it &readable"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(locked)
    box.exec()
    if box.clickedButton() is readable:
        return None
    if box.clickedButton() is not locked:
        return False
    dialog = OpenDialog(context, context.profile.id, context.profile.name, window)
    if not dialog.exec():
        return False
    return dialog.passphrase.text()


def _read_asking(path: Path, window):
    """Read a data file, asking for its passphrase if it is locked with one."""
    from competence_app.exchange import read_data_file
    from competence_app.exchange.sealed import SealedFileError

    passphrase = None
    while True:
        try:
            return read_data_file(path, passphrase)
        except SealedFileError as error:
            if passphrase is not None:
                QMessageBox.warning(window, translate("data_transfer", "Not opened"), str(error))
            passphrase, ok = QInputDialog.getText(
                window,
                translate("data_transfer", "A locked data file"),
                translate("data_transfer", "{name} is locked. Its passphrase:").format(
                    name=path.name
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                raise


def import_data_files(context: AppContext, shell: Shell, chosen: list[str] | None = None) -> bool:
    """Bring data files in: those chosen in a file dialog, or `chosen` (dropped on the window)."""
    from competence_app.exchange import FILE_SUFFIX, ExchangeError, import_data
    from competence_app.store import backups

    window = shell.window()
    if chosen is None:
        chosen, _ = QFileDialog.getOpenFileNames(
            window,
            translate("data_transfer", "Import data"),
            str(save_dialog.documents_folder()),
            translate(
                "data_transfer", "Citizen Leadership Companion data (*{suffix} *.json)"
            ).format(suffix=FILE_SUFFIX),
        )
    if not chosen:
        return False
    try:
        files = [_read_asking(Path(path), window) for path in chosen]
    except ExchangeError as error:
        QMessageBox.warning(window, translate("data_transfer", "Nothing was imported"), str(error))
        return False
    described = "\n".join(
        translate("data_transfer", "•  {name}, from {path}: {reflections}").format(
            name=f.profile_name or translate("data_transfer", "(no name)"),
            reflections=counted("reflections", f.reflection_count),
            path=Path(f.source).name,
        )
        for f in files
    )
    answer = QMessageBox.question(
        window,
        translate("data_transfer", "Import this data?"),
        translate(
            "data_transfer",
            "{files}\n\nNew reflections, goals and answers are added. Where something is "
            "already here, the newer copy is kept. Nothing is deleted, and a backup is made "
            "first.",
        ).format(files=described),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    outcome: list[str] = []

    def merge() -> None:
        from competence_app.paths import database_path
        from competence_app.store.database import StoreError, open_database, verify
        from competence_app.store.sealing import LockedError

        db = open_database(database_path(context.data_dir))
        try:
            verify(db)
            with backups.safety_copy(db.conn, context.data_dir, "before-import"):
                outcome.append(import_data(db, *files).summary())
        except (ExchangeError, backups.BackupError, StoreError, LockedError) as error:
            outcome.append("")
            outcome.append(str(error))
        finally:
            db.close()

    with busy(window, translate("data_transfer", "Bringing in the data…")):
        shell.reopen(merge)
    if outcome and outcome[0]:
        QMessageBox.information(window, translate("data_transfer", "Data imported"), outcome[0])
        return True
    QMessageBox.warning(window, translate("data_transfer", "Nothing was imported"), outcome[-1])
    return False
