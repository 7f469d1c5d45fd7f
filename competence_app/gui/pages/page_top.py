"""Opening a page at its top: title in view, focus on the first thing to answer.

Pages live in scroll areas that are reused from one reflection or goal to the
next, so without this a page keeps wherever the person last scrolled to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def enclosing_scroll_area(widget: QWidget | None) -> QScrollArea | None:
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


def scroll_to_top(page: QWidget) -> None:
    """Now, and again once pending layout (new rows, a redrawn chart) has settled."""
    area = enclosing_scroll_area(page)
    if area is None:
        return

    def top() -> None:
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)

    top()
    QTimer.singleShot(0, area, top)


def open_at_top(page: QWidget, first: QWidget | None = None) -> None:
    """Scroll `page` to its top and, if given, put the focus on `first`."""
    if first is not None:
        first.setFocus(Qt.FocusReason.OtherFocusReason)
    scroll_to_top(page)
