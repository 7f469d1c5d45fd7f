"""A box for a person's own words (a story, notes, why a goal matters), with a kind limit.

Each box holds up to MOST_CHARACTERS (100,000: some 30 pages, far more than anyone writes
for one answer, and small enough that every screen and document stays quick). Nothing
typed or pasted is ever lost without a word:

- typing stops at the limit, and a note beside the box says why;
- a paste (or a drop) that would go past the limit keeps what fits and the note says how
  much was left out: the rest is still where it was copied from;
- a longer text that is already there (from a data file made elsewhere) is kept whole and
  shown whole; only adding to it is refused.

The note is also the box's accessible description, so a screen reader hears it with the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from competence_app.gui.widgets.basics import help_label

MOST_CHARACTERS = 100_000
_EDITING_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class LongText(QPlainTextEdit):
    def __init__(self, parent=None, most: int = MOST_CHARACTERS):
        super().__init__(parent)
        self.most = most
        self.setTabChangesFocus(True)  # Tab leaves the box, so keyboard users are never stuck
        self.note: QLabel = help_label()
        self.note.setWordWrap(True)
        self.note.setObjectName("limitNote")
        self.note.hide()
        self.textChanged.connect(self._clear_note_when_there_is_room)
        self._lines = (0, 0)

    # -- its size ----------------------------------------------------------------------

    def set_lines(self, fewest: int = 0, most: int = 0) -> None:
        """Room for at least `fewest` and at most `most` lines of text (0: no bound), in
        lines rather than pixels, so the box grows with View > Text size and a few lines
        never need a scroll bar at 200 %."""
        self._lines = (fewest, most)
        self._fit_lines()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_lines()

    def _fit_lines(self) -> None:
        fewest, most = self._lines
        if not (fewest or most):
            return
        # The style sheet's border and padding are the box's contents margins (known once
        # it is polished); the document keeps a margin of its own above and below the text.
        self.ensurePolished()
        margins = self.contentsMargins()
        # (and Qt counts a last line as shown only with a pixel to spare below it).
        around = margins.top() + margins.bottom() + round(2 * self.document().documentMargin()) + 1
        line = self.fontMetrics().lineSpacing()
        if fewest:
            self.setMinimumHeight(fewest * line + around)
        if most:
            self.setMaximumHeight(most * line + around)

    # -- what the person adds ----------------------------------------------------------

    def room(self) -> int:
        """How many characters can still be added where the cursor is."""
        selected = len(self.textCursor().selectedText())
        return self.most - (self._length() - selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        adds = bool(event.text()) and (event.text().isprintable() or event.key() in _EDITING_KEYS)
        if adds and self.room() < len(event.text()):
            self._say_full()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        if event.commitString() and self.room() < len(event.commitString()):
            self._say_full()
            event.ignore()
            return
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text = source.text()
        room = max(self.room(), 0)
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        cursor.insertText(text[:room])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._say(
            self.tr(
                "This box holds up to {most} characters, so {left} characters of what you "
                "pasted did not fit and were left out. They are still where you copied them "
                "from: you could keep them in a document of your own."
            ).format(most=_number(self.most), left=_number(len(text) - room))
        )

    # -- the note ----------------------------------------------------------------------

    def _say_full(self) -> None:
        self._say(
            self.tr(
                "This box is full: it holds up to {most} characters. Everything you wrote is "
                "saved. To add more, you could shorten something, or keep the rest in a "
                "document of your own."
            ).format(most=_number(self.most))
        )

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        self.setAccessibleDescription(text)

    def _clear_note_when_there_is_room(self) -> None:
        if self.note.isVisible() and self._length() < self.most:
            self.note.hide()
            self.setAccessibleDescription("")

    def _length(self) -> int:
        return self.document().characterCount() - 1  # the document ends with a paragraph mark


def text_box(
    name: str, fewest: int = 0, most: int = 0, characters: int = MOST_CHARACTERS
) -> LongText:
    """The box for a person's own words: named `name` for screen readers, room for at least
    `fewest` and at most `most` lines (see set_lines), holding up to `characters`. Put it
    on a page or in a form with with_note, so the note has its place."""
    box = LongText(most=characters)
    box.setAccessibleName(name)
    box.set_lines(fewest, most)
    return box


def with_note(box: LongText) -> QWidget:
    """The box with its note just below it, to put in a form or a page as one."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(box)
    column.addWidget(box.note)
    return holder


def _number(count: int) -> str:
    from competence_app.formats import count_text

    return count_text(count)
