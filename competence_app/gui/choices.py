"""Radio choices whose long sentences wrap, and numbered scales; both keyboard friendly."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from competence_app.gui import style
from competence_app.gui.flow_layout import FlowLayout


class _ClickLabel(QLabel):
    """A sentence beside a radio button; clicking it chooses the button."""

    def __init__(self, text: str, button: QRadioButton):
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class SentenceChoice(QWidget):
    """An exclusive choice among options with a short title and a full sentence each.

    chosen(value) is emitted when the person picks; set_value() does not emit.
    """

    chosen = Signal(object)

    def __init__(self, options: list[tuple[object, str, str]], parent=None):
        """options: (value, short title, sentence) in display order."""
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: list[object] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(style.SPACING)
        grid.setVerticalSpacing(style.SPACING)
        grid.setColumnStretch(1, 1)
        for row, (value, title, sentence) in enumerate(options):
            button = QRadioButton(title)
            button.setAccessibleName(f"{title}: {sentence}" if sentence else title)
            self._group.addButton(button, row)
            self._values.append(value)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            if sentence:
                grid.addWidget(_ClickLabel(sentence, button), row, 1)
        self._group.idToggled.connect(self._toggled)

    def _toggled(self, index: int, checked: bool) -> None:
        # On the state change, not the click: a screen reader's or switch access's "toggle"
        # action checks the button without clicking it, and that choice must be saved too.
        if checked and not self._quiet:
            self.chosen.emit(self._values[index])

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
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values = []
        row = FlowLayout(self, spacing=style.SPACING * 2)
        for index, text in enumerate(labels):
            value = start + index
            button = QRadioButton(f"{value}  {text}" if start == 0 else text)
            button.setAccessibleName(button.text())
            self._group.addButton(button, index)
            self._values.append(value)
            row.addWidget(button)
        self._group.idToggled.connect(self._toggled)
