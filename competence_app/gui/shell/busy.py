"""Showing that slow work is under way, so a pause never looks like a frozen app.

The slow steps (writing a PDF, printing, reading many share files, importing,
restoring a backup) run on the main thread: they use the open database and Qt's
document classes, which must stay on it. So the small window is shown and painted
before the work starts, rather than after a delay it could never get.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from competence_app.i18n import translate


@contextmanager
def busy(parent: QWidget | None, text: str) -> Iterator[QProgressDialog]:
    """A wait cursor and a window saying `text` with a moving bar, while the block runs."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the work cannot stop half-way safely
    dialog.setWindowTitle(translate("busy", "Please wait"))
    dialog.setAccessibleName(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 45)
    dialog.show()
    # Paint it now: the work that follows keeps the event loop busy until it ends.
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()
        QApplication.restoreOverrideCursor()
        # The small window took the focus; hand it back now rather than whenever the
        # window manager gets round to it, so a key pressed next reaches the page.
        if parent is not None and parent.isVisible():
            parent.window().activateWindow()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
