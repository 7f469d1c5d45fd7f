"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from competence_app.gui import style
from competence_app.i18n import translate

# Text is saved this long after the last keystroke; focus loss and page
# changes save at once, so a quick crash loses at most this much typing.
TEXT_SAVE_DELAY_MS = 60


def text_label(text: str = "", *, selectable: bool = False) -> QLabel:
    """A wrapping label for running text, which grows at any text size."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Heading(QLabel):
    """A bold, larger label that stays in proportion when the text size changes."""

    def __init__(self, text: str, scale: float, level: int):
        super().__init__(text)
        self._scale = scale
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleDescription(
            translate("widgets", "heading level {level}").format(level=level)
        )
        self._resize_font()
        QApplication.instance().fontChanged.connect(self._resize_font)

    def _resize_font(self, *_args) -> None:
        font = QFont(QApplication.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setBold(True)
        self.setFont(font)


def heading(text: str, scale: float = style.HEADING_SCALE, level: int = 2) -> QLabel:
    return Heading(text, scale, level)


def bullet_list(items: tuple[str, ...] | list[str]) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText("\n".join(f"•  {item}" for item in items))
    return label


READING_CHARS = 125  # about the longest comfortable line, in average characters


def reading_column(content: QWidget) -> QWidget:
    """Centre content in a column no wider than a comfortable line of text.

    The cap is in characters, not pixels, so it widens with the text size.
    """
    outer = QWidget()
    row = QHBoxLayout(outer)
    row.setContentsMargins(0, 0, 0, 0)
    content.setMaximumWidth(content.fontMetrics().averageCharWidth() * READING_CHARS)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return outer


def scrolling(content: QWidget) -> QScrollArea:
    """Wrap a page so that at 200 % text it scrolls instead of clipping."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # A thin edge outside the page, where the focus ring is drawn when Tab lands on the
    # page itself (arrow keys then scroll it).
    area.setViewportMargins(2, 2, 2, 2)
    area.setAccessibleName(translate("widgets", "Page"))  # a focus stop needs a name
    area.setWidget(content)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
    layout.setSpacing(style.SPACING)
    return layout


class Debouncer(QObject):
    """Calls fn once typing pauses; flush() calls it now if a call is pending."""

    def __init__(self, fn: Callable[[], None], delay_ms: int = TEXT_SAVE_DELAY_MS, parent=None):
        super().__init__(parent)
        self._fn = fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(fn)

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fn()


class LazyPage(QWidget):
    """Builds its content the first time it is shown (or asked for), not at start-up."""

    def __init__(self, factory: Callable[[], QWidget], parent=None):
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
        return self._content

    def built(self) -> bool:
        return self._content is not None

    def showEvent(self, event) -> None:
        self.content()
        super().showEvent(event)
