"""Status changes a screen reader should say out loud: saved, not saved, an export finished.

The status bar shows them; a person who cannot see it hears them as announcements.
"Saved" is said politely and not more than every few seconds, and not while someone
is typing (every pause in typing saves): a stream of "Saved" would drown what they type.
Failures are said at once.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
)

QUIET_SECONDS = 5.0  # between two "Saved" announcements
MESSAGE_MS = 8000  # how long a one-off message stays in the status bar

_LAST_SPOKEN = "competence_app_last_spoken"
_LAST_TIME = "competence_app_last_spoken_at"
_FAILING = "competence_app_failing"


def announce(widget, message: str, urgent: bool = False) -> None:
    """Ask screen readers to say message, about widget; nothing to do when none listens."""
    widget.setAccessibleDescription(message)  # also there when the status is read later
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def _typing() -> bool:
    focus = QApplication.focusWidget()
    return isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))


def show_saved(label: QLabel, text: str, spoken: str) -> None:
    """The save indicator says text ("Saved at 14:03"); screen readers hear spoken ("Saved")."""
    label.setText(text)
    recovered = bool(label.property(_FAILING))
    label.setProperty(_FAILING, False)
    last = label.property(_LAST_TIME) or 0.0
    if not recovered and (_typing() or time.monotonic() - last < QUIET_SECONDS):
        return
    label.setProperty(_LAST_TIME, time.monotonic())
    label.setProperty(_LAST_SPOKEN, spoken)
    announce(label, spoken)


def show_not_saved(label: QLabel, text: str) -> None:
    """Said at once, and again only if the reason changes (the app retries every few seconds)."""
    label.setText(text)
    label.setProperty(_FAILING, True)
    if label.property(_LAST_SPOKEN) != text:
        label.setProperty(_LAST_SPOKEN, text)
        announce(label, text, urgent=True)


def show_message(window: QMainWindow, text: str) -> None:
    """A one-off piece of news, such as an export that finished."""
    window.statusBar().showMessage(text, MESSAGE_MS)
    announce(window.statusBar(), text)
