"""What a competence page and a role page share: one answer, emitted whole on every change."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from competence_app.gui.widgets.basics import Debouncer
from competence_app.gui.widgets.long_text import text_box


class AnswerPage(QWidget):
    """Keeps the page's answer; answer_changed carries a copy after every change."""

    answer_changed = Signal(object)

    def __init__(self, answer, parent=None):
        super().__init__(parent)
        self._answer = answer
        self._savers: list[Debouncer] = []

    def answer(self):
        return self._answer

    def flush(self) -> None:
        """Emit any typed text still waiting for a pause."""
        for saver in self._savers:
            saver.flush()

    def _emit(self) -> None:
        self.answer_changed.emit(dataclasses.replace(self._answer))

    def _update(self, **changes) -> None:
        self._answer = dataclasses.replace(self._answer, **changes)
        self._emit()

    def _text_box(
        self, field: str, accessible_name: str, placeholder: str, fewest: int
    ) -> QPlainTextEdit:
        """A box for the person's words, `fewest` lines tall at least, whose text is saved
        into the answer's field as it is typed."""
        box = text_box(accessible_name, fewest=fewest)  # Tab leaves it; a note at its limit
        box.setPlaceholderText(placeholder)
        saver = Debouncer(lambda: self._update(**{field: box.toPlainText()}), parent=self)
        box.textChanged.connect(saver.poke)
        self._savers.append(saver)
        return box


def show_quietly(widget: QWidget, apply: Callable[[], None]) -> None:
    """Put a stored value into a widget without it reporting a change."""
    with QSignalBlocker(widget):
        apply()
