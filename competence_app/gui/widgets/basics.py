"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competence_app.gui.look import style, stylesheet
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


class ScaledLabel(QLabel):
    """A wrapping label whose font stays in proportion to the body text at any text size."""

    def __init__(
        self,
        text: str,
        scale: float = 1.0,
        weight: QFont.Weight = QFont.Weight.Normal,
        italic: bool = False,
    ):
        super().__init__(text)
        self._scale, self._weight, self._italic = scale, weight, italic
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._resize_font()
        QApplication.instance().fontChanged.connect(self._resize_font)

    def _resize_font(self, *_args) -> None:
        font = QFont(QApplication.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setWeight(self._weight)
        font.setItalic(self._italic)
        self.setFont(font)


class Heading(ScaledLabel):
    """A semi-bold, larger label that stays in proportion when the text size changes."""

    def __init__(self, text: str, scale: float, level: int):
        super().__init__(text, scale, QFont.Weight.DemiBold)
        self.setAccessibleDescription(
            translate("widgets", "heading level {level}").format(level=level)
        )


def heading(text: str, scale: float = style.HEADING_SCALE, level: int = 2) -> QLabel:
    """A section heading (level 2)."""
    return Heading(text, scale, level)


def title_label(text: str) -> QLabel:
    """The one title of a page (level 1)."""
    return Heading(text, style.TITLE_SCALE, 1)


def help_label(text: str = "") -> QLabel:
    """A line of help under a heading: a little smaller, in a quieter colour that still
    keeps 4.5:1 contrast (the style sheet's 'help' role)."""
    label = ScaledLabel(text, style.HELP_SCALE)
    label.setProperty(stylesheet.ROLE, "help")
    return label


def meaning_label(text: str) -> QLabel:
    """The one-line meaning under a title, in italics, growing with the text size."""
    return ScaledLabel(text, italic=True)


def bullet_list(items: tuple[str, ...] | list[str]) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText("\n".join(f"•  {item}" for item in items))
    return label


def secondary_button(text: str) -> QPushButton:
    """A button as wide as its words, for an action beside the thing it acts on (never a
    full-width bar, even alone in a column)."""
    button = QPushButton(text)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def primary_button(text: str) -> QPushButton:
    """The one action that finishes a page, in the accent colour."""
    button = secondary_button(text)
    button.setProperty(stylesheet.PRIMARY, True)
    return button


def quiet_table(view: QTableView) -> QTableView:
    """A read-only table sized to its content: no vertical lines, a quiet header, rows
    tall enough to read; the page scrolls, not the table."""
    view.setShowGrid(False)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


class _ReadingColumn(QWidget):
    """Holds a page centred, on its sheet, no wider than a comfortable line of text.

    The cap is in characters, not pixels, so it widens with the text size."""

    def __init__(self, content: QWidget, chars: int, sheet: bool):
        super().__init__()
        self._content, self._chars = content, chars
        row = QHBoxLayout(self)
        margin = style.px(style.SPACING)
        row.setContentsMargins(margin, margin, margin, margin)
        if sheet:
            content.setProperty(stylesheet.ROLE, "sheet")
            content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        self._cap()

    def _cap(self) -> None:
        margins = self._content.contentsMargins()
        text = self._content.fontMetrics().averageCharWidth() * self._chars
        self._content.setMaximumWidth(text + margins.left() + margins.right())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._cap()
        super().changeEvent(event)


def reading_column(
    content: QWidget, chars: int = style.READING_CHARS, sheet: bool = True
) -> QWidget:
    """Centre content on a sheet in a column no wider than a comfortable line of text
    (`chars` wide: a page of charts and tables beside each other takes WIDE_CHARS)."""
    return _ReadingColumn(content, chars, sheet)


def scrolling(content: QWidget | None = None) -> QScrollArea:
    """Wrap a page so that at 200 % text it scrolls instead of clipping (or, without
    `content`, an empty one to place first and fill with setWidget)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The style sheet draws a ring round the page when Tab lands on it (arrow keys then
    # scroll it); a click on the page's background leaves the focus where it was.
    area.setProperty(stylesheet.ROLE, "page")
    area.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    area.setAccessibleName(translate("widgets", "Page"))  # a focus stop needs a name
    if content is not None:
        area.setWidget(content)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    margin = style.px(style.MARGIN)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(style.px(style.SPACING))
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
