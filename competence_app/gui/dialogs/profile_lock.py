"""Shared laptops: the dialogs that set, change or remove a profile's passphrase
(PassphraseDialog) and ask for it when a locked profile is opened (OpenDialog). The
menu commands that use them are in gui/shell/shared_laptop.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from competence_app.gui.widgets.basics import page_layout, text_label
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.store import sealing

if TYPE_CHECKING:
    from competence_app.gui.shell.context import AppContext

MIN_LENGTH = 8


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class OpenDialog(QDialog):
    """Asks for a locked profile's passphrase; after three wrong tries each try waits longer."""

    def __init__(self, context: AppContext, profile_id: str, name: str, parent=None):
        super().__init__(parent)
        self.context, self.profile_id = context, profile_id
        self.failures = 0
        self.setWindowTitle(self.tr("Open a protected profile"))
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr("{name}'s profile is protected with a passphrase.").format(
                    name=name or self.tr("This person")
                )
            )
        )
        form = QFormLayout()
        self.passphrase = _secret_field(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.problem = text_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Open"))
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def try_open(self) -> None:
        try:
            sealing.unlock(self.context.db, self.profile_id, self.passphrase.text())
        except sealing.WrongPassphraseError as error:
            self.failures += 1
            self.passphrase.selectAll()
            wait = sealing.wrong_try_delay(self.failures)
            message = str(error)
            if wait:
                message += " " + self.tr("Please wait {seconds} seconds.").format(seconds=int(wait))
                self.ok.setEnabled(False)
                QTimer.singleShot(int(wait * 1000), lambda: self.ok.setEnabled(True))
            self.problem.setText(message)
            self.problem.setAccessibleDescription(message)
            return
        self.accept()


def ask_to_open(parent: QWidget, context: AppContext) -> bool:
    """True when the current profile can be read: not locked, or its passphrase given."""
    profile = context.profile
    if profile is None or sealing.is_open(context.db, profile.id):
        return True
    return bool(OpenDialog(context, profile.id, profile.name, parent).exec())


class PassphraseDialog(QDialog):
    """Set, change or remove the passphrase. Says plainly that there is no back door."""

    def __init__(self, locked: bool, parent=None):
        super().__init__(parent)
        self.locked = locked
        self.remove = False
        self.save_first_requested = False
        self.setWindowTitle(self.tr("Protect my profile with a passphrase"))
        # The sentences and fields scroll at 200 % text on a laptop; the buttons stay in view.
        layout, outer = scrolling_body(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "With a passphrase, your stories, notes, goals, actions, support details, "
                    "looking after myself and mentor details are stored in a locked form. "
                    "Nobody can read them on this laptop, or in a copy of its files, without "
                    "the passphrase. Your levels and ratings stay readable to the app."
                )
            )
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "There is no back door: if you forget the passphrase, nobody can get your "
                    "words back, not even the people who made this app. You may want to save "
                    "a data file somewhere safe first."
                )
            )
        )
        save_first = QPushButton(self.tr("Save my data file first…"))
        save_first.clicked.connect(self._save_first)
        layout.addWidget(save_first)
        form = QFormLayout()
        self.current = _secret_field(self.tr("Current passphrase"))
        if locked:
            form.addRow(self.tr("C&urrent passphrase"), self.current)
        self.new = _secret_field(self.tr("New passphrase"))
        self.repeat = _secret_field(self.tr("New passphrase again"))
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("New passphrase &again"), self.repeat)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase") if locked else self.tr("Protect my profile")
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        if locked:
            # Apart from the main buttons, beside nothing it could be mistaken for.
            remove = QPushButton(self.tr("Remove the passphrase"))
            remove.clicked.connect(self._remove)
            layout.addWidget(remove)
        layout.addStretch(1)
        outer.addWidget(buttons)
        (self.current if locked else self.new).setFocus()
        fit_to_screen(self)

    def _save_first(self) -> None:
        self.save_first_requested = True
        self.reject()

    def _remove(self) -> None:
        if not self.current.text():
            self._say(self.tr("Type your current passphrase to remove it."))
            return
        self.remove = True
        self.accept()

    def _check(self) -> None:
        if self.locked and not self.current.text():
            self._say(self.tr("Type your current passphrase first."))
        elif len(self.new.text()) < MIN_LENGTH:
            self._say(
                self.tr(
                    "Please use at least {count} characters. A few ordinary words make a "
                    "passphrase that is easy to remember and hard to guess."
                ).format(count=MIN_LENGTH)
            )
        elif self.new.text() != self.repeat.text():
            self._say(self.tr("The two new passphrases are not the same."))
        else:
            self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleDescription(text)
