"""One action, or one support need, inside a goal: edited in place and saved as typed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.framework import Framework
from competence_app.domain.plan import Action, SupportNeed
from competence_app.gui.widgets.basics import Debouncer
from competence_app.gui.widgets.date_field import DateField
from competence_app.gui.widgets.long_text import LongText, with_note


class ActionRow(QWidget):
    changed = Signal(object)  # Action
    remove_requested = Signal(object)  # Action

    def __init__(self, action: Action, number: int, parent=None):
        super().__init__(parent)
        self.action = dataclasses.replace(action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit(action.text)
        # From its first word, not scrolled to its end: a long action reads from the start.
        self.text.setCursorPosition(0)
        self.text.setPlaceholderText(self.tr("Something I will do"))
        self.text.setAccessibleName(self.tr("Action {n}").format(n=number))
        saver = Debouncer(self._text_typed, parent=self)
        self.text.textEdited.connect(saver.poke)
        self.text.editingFinished.connect(saver.flush)
        self._saver = saver
        self.due = DateField(self.tr("By"))
        # Its parts, not the row, are what a screen reader lands on: each says what it is for.
        self.due.enabled.setAccessibleName(self.tr("Action {n} by when").format(n=number))
        self.due.edit.setAccessibleName(self.tr("Action {n}: date").format(n=number))
        self.due.set_iso(action.due)
        self.due.changed.connect(self._due_changed)
        self.done = QCheckBox(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Action {n} done").format(n=number))
        self.done.setChecked(action.done)
        self.done.toggled.connect(self._done_toggled)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove action {n}").format(n=number))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.action))
        row.addWidget(self.text, 1)
        row.addWidget(self.due)
        row.addWidget(self.done)
        row.addWidget(self.remove)

    def flush(self) -> None:
        self._saver.flush()

    def _text_typed(self) -> None:
        if self.text.text() != self.action.text:
            self.action.text = self.text.text()
            self.changed.emit(dataclasses.replace(self.action))

    def _due_changed(self, value: str) -> None:
        self.action.due = value
        self.changed.emit(dataclasses.replace(self.action))

    def _done_toggled(self, checked: bool) -> None:
        self.action.done = checked
        self.changed.emit(dataclasses.replace(self.action))


class SupportRow(QWidget):
    changed = Signal(object)  # SupportNeed
    remove_requested = Signal(object)

    # The framework's support that the involvement record can give evidence for.
    RECORD_SUPPORT = "expenses"

    def __init__(
        self,
        framework: Framework,
        need: SupportNeed,
        number: int,
        record: list[str] = (),
        parent=None,
    ):
        super().__init__(parent)
        self.need = dataclasses.replace(need)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        rows.addLayout(row)
        # On Linux a combo box is read by its current value, so a visible label (its
        # buddy) says what it is for.
        caption = QLabel(self.tr("Support {n}: what kind").format(n=number))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Support {n}: what kind").format(n=number))
        caption.setBuddy(self.category)
        # No kind until one is chosen: a silent first entry would say something untrue.
        self.category.addItem(self.tr("Choose what kind of support…"), "")
        for support in framework.supports:
            self.category.addItem(support.name, support.id)
            self.category.setItemData(
                self.category.count() - 1, support.description, Qt.ItemDataRole.ToolTipRole
            )
        found = self.category.findData(need.support_id)
        self.category.setCurrentIndex(max(found, 0))
        self.category.currentIndexChanged.connect(self._category_changed)
        # As wide as the page allows, never wider: a long kind of support is read in full in
        # the list that opens, and in its tooltip.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)
        self.detail = GrowingText()
        self.detail.setPlainText(need.detail)
        self.detail.setPlaceholderText(
            self.tr("For example: travel for the quarterly panel, paid within two weeks")
        )
        self.detail.setAccessibleName(self.tr("Support {n}: details").format(n=number))
        self._saver = Debouncer(self._detail_typed, parent=self)
        self.detail.textChanged.connect(self._saver.poke)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove support {n}").format(n=number))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.need))
        # The caption above its choice: beside it, at 200 % text, the row was wider than
        # the page and the plan scrolled sideways.
        rows.insertWidget(0, caption)
        row.addWidget(self.category, 1)
        row.addWidget(self.remove)
        rows.addWidget(with_note(self.detail))
        # One click puts what the record shows into the request ("3 expenses waiting over
        # 30 days with City Council (£45.00)."), for the expenses support.
        self.record_buttons: list[QPushButton] = []
        for line in record:
            button = QPushButton(self.tr("Add from my record: {line}").format(line=line))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, text=line: self.add_detail(text))
            self.record_buttons.append(button)
            rows.addWidget(button)
        self._show_record()

    def flush(self) -> None:
        self._saver.flush()

    def _category_changed(self, _index: int) -> None:
        self.need.support_id = self.category.currentData() or ""
        self._show_record()
        self.changed.emit(dataclasses.replace(self.need))

    def _show_record(self) -> None:
        for button in self.record_buttons:
            button.setVisible(self.need.support_id == self.RECORD_SUPPORT)

    def add_detail(self, line: str) -> None:
        """Add a line from the record to the details (once), and save it."""
        text = self.detail.toPlainText().rstrip()
        if line in text:
            return
        self.detail.setPlainText(f"{text}\n{line}" if text else line)
        self._saver.flush()
        self._detail_typed()

    def _detail_typed(self) -> None:
        if self.detail.toPlainText() != self.need.detail:
            self.need.detail = self.detail.toPlainText()
            self.changed.emit(dataclasses.replace(self.need))


class GrowingText(LongText):
    """A multi-line field that grows with its text (up to a limit), so all of it shows."""

    MIN_LINES, MAX_LINES = 2, 8

    def __init__(self, parent=None):
        super().__init__(parent)  # Tab leaves the field, so keyboard users are never stuck
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        lines = max(self.MIN_LINES, min(self.MAX_LINES, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
