"""Starting a facilitator's session (kept by store/sessions.py): its name and day."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from competence_app.gui.widgets.basics import page_layout, text_label


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a session"))
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "For facilitators. While a session is on, each new reflection on this computer "
                    "gets the session's name. You can then choose one session in the group summary."
                )
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Session name"))
        self.name.setPlaceholderText(self.tr("For example: Leadership programme, day 1"))
        # A date as the person's language writes it ("1 dic 2026"), with a calendar.
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setLocale(QLocale())
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Session date"))
        form.addRow(self.tr("Session &name"), self.name)
        form.addRow(self.tr("&Date"), self.day)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Start the session"))
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day_iso(self) -> str:
        """The session's day as stored: 2026-12-01."""
        return self.day.date().toString("yyyy-MM-dd")
