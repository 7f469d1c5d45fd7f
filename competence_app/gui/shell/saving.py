"""Writing to the database from the UI: one place that turns failures into plain words."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from competence_app.gui.shell.context import AppContext
from competence_app.i18n import translate


def explain(error: BaseException) -> str:
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return translate(
            "Saving", "Another program is using your data just now. Please try again in a moment."
        )
    if "disk" in message or "full" in message or isinstance(error, OSError):
        return translate(
            "Saving",
            "The computer's disk seems to be full or unavailable. Free some space and try again.",
        )
    if "readonly" in message or "read-only" in message:
        return translate("Saving", "Your data folder cannot be written to at the moment.")
    return translate("Saving", "Something went wrong while saving ({detail}).").format(detail=error)


RETRY_MS = 3000


class _Retries(QObject):
    """Changes that could not be saved yet, newest state per key, retried until they are."""

    def __init__(self, context: AppContext):
        super().__init__(context.events)
        self.context = context
        self.pending: dict[Hashable, Callable[[], None]] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)

    def retry(self) -> None:
        for key, action in list(self.pending.items()):
            try:
                action()
            except (sqlite3.Error, OSError) as error:
                self.context.events.save_failed.emit(explain(error))
                return
            del self.pending[key]
        self.timer.stop()
        self.context.events.saved.emit()


def _retries(context: AppContext) -> _Retries:
    queue = getattr(context, "_retries", None)
    if queue is None:
        queue = _Retries(context)
        context._retries = queue
    return queue


def pending_count(context: AppContext) -> int:
    return len(_retries(context).pending)


def write(
    context: AppContext,
    parent: QWidget | None,
    action: Callable[[], None],
    retry_key: Hashable | None = None,
) -> bool:
    """Run one database write; on success announce it, on failure say so and keep going.

    A write with a retry_key saves a whole current state (an answer, a goal's
    fields), so it can safely be tried again later: it is queued and retried
    until the cause (a full disk, a locked file) has gone. The person is told
    once, not at every keystroke, and what they typed stays on screen.
    """
    queue = _retries(context)
    context.writable()
    try:
        action()
    except (sqlite3.Error, OSError) as error:
        already_failing = bool(queue.pending)
        reason = explain(error)
        if retry_key is not None:
            queue.pending[retry_key] = action
            queue.timer.start()
        context.events.save_failed.emit(reason)
        if not already_failing:
            later = (
                translate("Saving", "It stays on screen, and the app will keep trying to save it.")
                if retry_key is not None
                else translate("Saving", "Please try again in a moment.")
            )
            # Imported only here: every page imports this module at start-up, and a
            # message box class costs its enum types to make.
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                parent,
                translate("Saving", "Not saved yet"),
                translate(
                    "Saving",
                    "Your last change could not be saved. {reason}\n\n{later} Everything "
                    "saved before it is safe.",
                ).format(reason=reason, later=later),
            )
        return False
    if retry_key is not None:
        queue.pending.pop(retry_key, None)
    if queue.pending:
        queue.retry()  # the cause may have gone: catch up now
    else:
        context.events.saved.emit()
    return True
