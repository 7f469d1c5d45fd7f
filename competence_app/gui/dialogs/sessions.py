"""Starting a facilitator's session (kept by store/sessions.py): its name and day."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from competence_app.gui.widgets.basics import page_layout, text_label
from competence_app.gui.widgets.date_field import date_edit


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
        self.day = date_edit(self.tr("Session date"), QDate.currentDate())
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
