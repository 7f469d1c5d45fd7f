"""Choosing one option: levels as full-width cards, and numbered scales; both keyboard friendly.

Arrow keys choose, as in any radio group, also when nothing is chosen yet (Qt's own
radio buttons then only move focus, so a keyboard user believed they had answered).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from competence_app.gui.look import style, theme
from competence_app.gui.widgets.flow_layout import FlowLayout

_BACK_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_ON_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
_WRAP = Qt.TextFlag.TextWordWrap


class LevelCard(QRadioButton):
    """A level as a card: its name in semi-bold, its sentence beneath, a tick when chosen.

    Still a radio button, so screen readers hear 'radio button, checked' and Tab treats
    the cards of a question as one stop. The whole card is clickable."""

    def __init__(self, title: str, sentence: str, parent=None):
        super().__init__(title, parent)
        self.sentence = sentence
        self._measured: dict[tuple, tuple[QRect, QRect, int]] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- geometry ---------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _parts(self, width: int) -> tuple[int, int, int, int]:
        """Padding, tick size, text width and text height for the card at `width`."""
        metrics = self.fontMetrics()
        pad = max(8, metrics.height() // 2)
        tick = metrics.height() + 2
        text_width = max(width - 2 * pad - tick - pad - 6, metrics.averageCharWidth() * 10)
        height = self._text_rects(text_width)[2]
        return pad, tick, text_width, height

    def _text_rects(self, text_width: int) -> tuple[QRect, QRect, int]:
        # Layouts ask for heights many times while a page is built: measure each width once.
        key = (text_width, self.font().key(), self.text(), self.sentence)
        if key not in self._measured:
            self._measured[key] = self._measure(text_width)
        return self._measured[key]

    def _measure(self, text_width: int) -> tuple[QRect, QRect, int]:
        from PySide6.QtGui import QFontMetrics

        title = QFontMetrics(self._title_font()).boundingRect(
            QRect(0, 0, text_width, 100000), _WRAP, self.text()
        )
        if not self.sentence:
            return title, QRect(), title.height()
        sentence = self.fontMetrics().boundingRect(
            QRect(0, 0, text_width, 100000), _WRAP, self.sentence
        )
        gap = self.fontMetrics().height() // 4
        return title, sentence, title.height() + gap + sentence.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        pad, tick, _text_width, text_height = self._parts(width)
        return max(text_height, tick) + 2 * pad + 6  # 3 px each side for the focus ring

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 60
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 20
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    # -- drawing ---------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        colours = theme.colours()
        high_contrast = colours is theme_colours("high contrast")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        radius = 8.0
        checked = self.isChecked()
        if self.hasFocus():
            painter.setPen(QPen(QColor(colours["focus"]), 3 if high_contrast else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QRectF(self.rect()).adjusted(1, 1, -1, -1), radius + 2, radius + 2
            )
        fill = colours["tint"] if checked else colours["surface"]
        if self.underMouse() and not checked and self.isEnabled():
            fill = colours["window"]
        edge_width = (3 if high_contrast else 2) if checked else 1
        edge = colours["accent"] if checked else colours["field" if high_contrast else "line"]
        painter.setPen(QPen(QColor(edge), edge_width))
        painter.setBrush(QColor(fill))
        half = edge_width / 2
        painter.drawRoundedRect(card.adjusted(half, half, -half, -half), radius, radius)

        pad, tick, text_width, _height = self._parts(self.width())
        text_colour = QColor(colours["text"] if self.isEnabled() else colours["disabled"])
        title_rect, sentence_rect, _ = self._text_rects(text_width)
        left = int(card.left()) + pad
        top = int(card.top()) + pad - 3
        self._draw_tick(painter, QRectF(left, top + 1, tick, tick), checked, colours)
        text_left = left + tick + pad
        painter.setPen(text_colour)
        painter.setFont(self._title_font())
        painter.drawText(title_rect.translated(text_left, top), _WRAP, self.text())
        if self.sentence:
            painter.setFont(self.font())
            gap = self.fontMetrics().height() // 4
            below = top + title_rect.height() + gap
            painter.drawText(sentence_rect.translated(text_left, below), _WRAP, self.sentence)

    def _draw_tick(self, painter: QPainter, box: QRectF, checked: bool, colours) -> None:
        """A ring when not chosen; a filled circle with a tick when chosen (a shape, not
        only a colour)."""
        if checked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours["accent"]))
            painter.drawEllipse(box)
            mark = QPainterPath(QPointF(box.left() + box.width() * 0.27, box.center().y()))
            mark.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.68)
            mark.lineTo(box.left() + box.width() * 0.74, box.top() + box.height() * 0.32)
            pen = QPen(QColor(colours["on_accent"]), max(2.0, box.width() / 8))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(mark)
        else:
            painter.setPen(QPen(QColor(colours["field"]), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box.adjusted(1, 1, -1, -1))


def theme_colours(name: str) -> dict[str, str]:
    from competence_app.gui.look import stylesheet

    return stylesheet.THEMES[name]


class _ArrowKeys(QObject):
    """Up/Left and Down/Right choose the option before or after the one with focus."""

    def __init__(self, choice: SentenceChoice):
        super().__init__(choice)
        self._choice = choice

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() in _BACK_KEYS:
            return self._choice.step(watched, -1)
        if event.key() in _ON_KEYS:
            return self._choice.step(watched, +1)
        return False


class SentenceChoice(QWidget):
    """An exclusive choice among options with a short title and a full sentence each,
    shown as full-width cards.

    chosen(value) is emitted when the person picks; set_value() does not emit.
    """

    chosen = Signal(object)

    def __init__(self, options: list[tuple[object, str, str]], parent=None):
        """options: (value, short title, sentence) in display order."""
        super().__init__(parent)
        self._start_group()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.px(style.LABEL_GAP) // 2)
        for value, title, sentence in options:
            card = LevelCard(title, sentence)
            card.setAccessibleName(f"{title}: {sentence}" if sentence else title)
            self._add(card, value)
            column.addWidget(card)

    def _start_group(self) -> None:
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: list[object] = []
        self._keys = _ArrowKeys(self)
        # On the state change, not the click: a screen reader's or switch access's "toggle"
        # action checks the button without clicking it, and that choice must be saved too.
        self._group.idToggled.connect(self._toggled)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked and not self._quiet:
            self.chosen.emit(self._values[index])

    def _add(self, button: QRadioButton, value: object) -> None:
        self._group.addButton(button, len(self._values))
        self._values.append(value)
        button.installEventFilter(self._keys)

    def buttons(self) -> list[QRadioButton]:
        return [self._group.button(i) for i in range(len(self._values))]

    def value(self) -> object | None:
        checked = self._group.checkedId()
        return None if checked < 0 else self._values[checked]

    _quiet = False

    def set_value(self, value: object | None) -> None:
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def _show(self, value: object | None) -> None:
        if value in self._values:
            self._group.button(self._values.index(value)).setChecked(True)
            return
        # An exclusive group cannot be emptied directly.
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)

    def choose(self, value: object) -> None:
        """Pick as if clicked (used by digit keys)."""
        if value in self._values:
            button = self._group.button(self._values.index(value))
            button.click()
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step(self, button: QRadioButton, delta: int) -> bool:
        """Choose the option `delta` places from `button` (itself at either end, so the
        first arrow press always gives an answer)."""
        buttons = self.buttons()
        if button not in buttons:
            return False
        target = buttons[min(max(buttons.index(button) + delta, 0), len(buttons) - 1)]
        if not target.isChecked():
            target.click()
        target.setFocus(
            Qt.FocusReason.BacktabFocusReason if delta < 0 else Qt.FocusReason.TabFocusReason
        )
        return True

    def focus_choice(self) -> None:
        """Put keyboard focus on the chosen option, or the first one."""
        checked = self._group.checkedButton()
        (checked or self._group.button(0)).setFocus(Qt.FocusReason.TabFocusReason)

    def has_focus_inside(self) -> bool:
        return any(b.hasFocus() for b in self.buttons())


class NumberScale(SentenceChoice):
    """A compact 0..N scale laid out in a row (role ratings, confidence)."""

    def __init__(self, labels: list[str], start: int = 0, parent=None):
        QWidget.__init__(self, parent)
        self._start_group()
        row = FlowLayout(self, spacing=style.px(style.SPACING) * 3 // 2)
        for index, text in enumerate(labels):
            value = start + index
            button = QRadioButton(f"{value}  {text}" if start == 0 else text)
            button.setAccessibleName(button.text())
            self._add(button, value)
            row.addWidget(button)
