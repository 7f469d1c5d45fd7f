"""Dialogs that fit a laptop screen at any text size: their content scrolls, their buttons
stay in view below it, and they open as tall as their content or as the screen allows.

    content, outer = scrolling_body(dialog)
    content.addWidget(...)            # the choices, sentences and lists
    outer.addWidget(buttons)          # always in view
    fit_to_screen(dialog)             # once everything is in
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

from competence_app.gui.look import style
from competence_app.gui.widgets.basics import page_layout

# Room left for the window's title bar and a desktop panel: the buttons are never off screen.
TITLE_AND_PANEL = 80


def scrolling_body(dialog: QDialog) -> tuple[QVBoxLayout, QVBoxLayout]:
    """(the layout for the dialog's content, which scrolls; the dialog's own layout)."""
    outer = page_layout(dialog)
    body = QWidget()
    content = QVBoxLayout(body)
    content.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setObjectName("dialogBody")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Tab goes from control to control, not to the area (it scrolls to follow the focus).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    outer.addWidget(area, 1)
    dialog.scroll = area
    return content, outer


def fit_to_screen(dialog: QDialog, chars: int = 70) -> None:
    """About `chars` characters wide and as tall as its content, within the screen."""
    area: QScrollArea = dialog.scroll
    body = area.widget()
    screen = (dialog.parentWidget() or dialog).screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    # Wrapped sentences need a width to work out their height from.
    dialog.setMinimumWidth(min(dialog.fontMetrics().averageCharWidth() * chars, room.width() - 40))
    width = min(max(dialog.minimumWidth(), dialog.sizeHint().width()), room.width() - 40)
    margin = style.px(style.MARGIN)
    tall = body.heightForWidth(width - 2 * margin)
    wanted = tall if tall > 0 else body.sizeHint().height()
    outer = dialog.layout()
    for index in range(outer.count()):
        item = outer.itemAt(index)
        if item.widget() is not area:
            wanted += item.sizeHint().height() + outer.spacing()
    wanted += 2 * margin + 4
    dialog.resize(width, min(wanted, room.height() - TITLE_AND_PANEL))
