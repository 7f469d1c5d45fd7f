"""Writing to the database from the UI: one place that turns failures into plain words."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from competence_app.gui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Saving", text)


def explain(error: BaseException) -> str:
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return _tr("Another program is using your data just now. Please try again in a moment.")
    if "disk" in message or "full" in message or isinstance(error, OSError):
        return _tr(
            "The computer's disk seems to be full or unavailable. Free some space and try again."
        )
    if "readonly" in message or "read-only" in message:
        return _tr("Your data folder cannot be written to at the moment.")
    return _tr("Something went wrong while saving ({detail}).").format(detail=error)


def write(context: AppContext, parent: QWidget | None, action: Callable[[], None]) -> bool:
    """Run one database write; on success announce it, on failure say so and keep going."""
    try:
        action()
    except (sqlite3.Error, OSError) as error:
        QMessageBox.warning(
            parent,
            _tr("Not saved"),
            _tr(
                "Your last change could not be saved. {reason}\n\nEverything saved before it is safe."
            ).format(reason=explain(error)),
        )
        return False
    context.events.saved.emit()
    return True
