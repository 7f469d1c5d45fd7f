"""A facilitator's session: while one is on, new reflections carry its name."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from competence_app.gui.widgets import page_layout, text_label
from competence_app.store.profiles import get_setting, set_setting

SESSION_KEY = "active_session"


@dataclass(frozen=True)
class Session:
    name: str
    day: str  # ISO date


def active_session(db) -> Session | None:
    raw = get_setting(db, SESSION_KEY)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Session(str(data["name"]), str(data["day"])) if data.get("name") else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def start_session(db, name: str, day: str | None = None) -> Session:
    session = Session(name.strip(), day or date.today().isoformat())
    set_setting(db, SESSION_KEY, json.dumps({"name": session.name, "day": session.day}))
    return session


def end_session(db) -> None:
    set_setting(db, SESSION_KEY, "")


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
        self.day = QLineEdit(date.today().isoformat())
        self.day.setAccessibleName(self.tr("Session date"))
        self.day.setInputMask("9999-99-99")
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
