"""Tab order that follows what is on screen, for controls Qt puts in the wrong place.

Qt orders Tab by when a control was made: rows added later, and buttons a dialog's button
box lays out by platform convention, would otherwise be reached out of reading order.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the reflection page imports this at start-up, with no dialog in sight
    from PySide6.QtWidgets import QDialogButtonBox


def chain(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def button_box(box: QDialogButtonBox) -> None:
    """Tab through a button box left to right, as this platform lays it out."""
    layout = box.layout()
    laid_out = [layout.itemAt(i).widget() for i in range(layout.count())]
    chain(w for w in laid_out if w is not None and w in box.buttons())
