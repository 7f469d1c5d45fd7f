"""Enter answers from a paper worksheet: a keyboard-only grid, fast enough for a whole
worksheet in under two minutes (digits fill a cell and move on, Enter goes to the next row)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from competence_app.domain.framework import Framework
from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.gui.widgets.basics import page_layout, text_label
from competence_app.gui.widgets.dialog_body import TITLE_AND_PANEL

LEVEL, CONFIDENCE, DEVELOP, NOW, WISH = range(5)
# Which digits each column accepts.
ALLOWED = {
    LEVEL: range(0, 6),
    CONFIDENCE: range(1, 4),
    DEVELOP: range(0, 2),
    NOW: range(0, 5),
    WISH: range(0, 5),
}
NOT_APPLICABLE = "—"


@dataclass
class PaperAnswers:
    competences: list[CompetenceAnswer]
    roles: list[RoleAnswer]


class DigitGrid(QTableWidget):
    """A grid typed by digits: a digit fills the cell and moves on, Enter goes to the next
    row, Backspace clears; Tab leaves the grid. `allowed` says which digits each column
    takes; `applies` which cells can be typed in. Shared by every paper form."""

    allowed: dict[int, range] = {}

    def applies(self, row: int, column: int) -> bool:
        return True

    def _prepare(self) -> None:
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; digits and Enter move within it
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not self.applies(row, column):
                    item.setText(NOT_APPLICABLE)
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.setItem(row, column, item)
        first = next((c for c in self._cells()), None)
        if first is not None:
            self.setCurrentCell(*first)

    def _cells(self) -> list[tuple[int, int]]:
        return [
            (r, c)
            for r in range(self.rowCount())
            for c in range(self.columnCount())
            if self.applies(r, c)
        ]

    def _move_after(self, row: int, column: int) -> None:
        cells = self._cells()
        position = cells.index((row, column))
        if position + 1 < len(cells):
            self.setCurrentCell(*cells[position + 1])

    def _next_row(self, row: int) -> None:
        if row + 1 < self.rowCount():
            first = next(c for c in range(self.columnCount()) if self.applies(row + 1, c))
            self.setCurrentCell(row + 1, first)

    def keyPressEvent(self, event) -> None:
        row, column = self.currentRow(), self.currentColumn()
        text = event.text()
        if text.isdigit() and self.applies(row, column):
            if int(text) in self.allowed[column]:
                self.item(row, column).setText(text)
                self._move_after(row, column)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._next_row(row)
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.applies(row, column):
            self.item(row, column).setText("")
            return
        super().keyPressEvent(event)

    def value(self, row: int, column: int) -> int | None:
        text = self.item(row, column).text()
        return int(text) if text.isdigit() else None


def _narrow(heading: str) -> str:
    """A column heading on short lines (about 12 characters), line breaks kept."""
    lines = heading.split("\n")
    return "\n".join(textwrap.fill(line, 12, break_long_words=False) for line in lines)


class PaperGrid(DigitGrid):
    allowed = ALLOWED

    def __init__(self, framework: Framework, parent=None):
        rows = len(framework.competences) + len(framework.roles)
        super().__init__(rows, 5, parent)
        self.framework = framework
        self.setAccessibleName(self.tr("Answers from the paper worksheet"))
        headings = [
            self.tr("Level\n1-5, 0 = not yet"),
            self.tr("Confidence\n1-3"),
            self.tr("Develop?\n1 = yes"),
            self.tr("Describes me now\n0-4"),
            self.tr("Would like\n0-4"),
        ]
        # Narrow columns whose headings wrap, in any language: at 200 % text the grid and
        # its competence names still fit a laptop's width.
        self.setHorizontalHeaderLabels([_narrow(text) for text in headings])
        labels = [f"{n}. {c.name}" for n, c in enumerate(framework.competences, start=1)]
        offset = len(framework.competences)
        labels += [f"{offset + n}. {r.name}" for n, r in enumerate(framework.roles, start=1)]
        # Long names on two lines, so the five columns keep their room.
        self.setVerticalHeaderLabels([textwrap.fill(label, 22) for label in labels])
        self._prepare()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Each row as tall as its name at the current text size, never cut.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setCurrentCell(0, LEVEL)

    def is_role_row(self, row: int) -> bool:
        return row >= len(self.framework.competences)

    def applies(self, row: int, column: int) -> bool:
        return (column in (NOW, WISH)) == self.is_role_row(row)

    def answers(self) -> PaperAnswers:
        competences = []
        for row, competence in enumerate(self.framework.competences):
            level = self.value(row, LEVEL)
            if (
                level is None
                and self.value(row, CONFIDENCE) is None
                and not self.value(row, DEVELOP)
            ):
                continue
            competences.append(
                CompetenceAnswer(
                    competence.id,
                    level=level or None,
                    not_yet=level == 0,
                    confidence=self.value(row, CONFIDENCE),
                    develop=self.value(row, DEVELOP) == 1,
                )
            )
        roles = []
        offset = len(self.framework.competences)
        for index, role in enumerate(self.framework.roles):
            now, wish = self.value(offset + index, NOW), self.value(offset + index, WISH)
            if now is not None or wish is not None:
                roles.append(RoleAnswer(role.id, now=now, wish=wish))
        return PaperAnswers(competences, roles)


class PaperEntryDialog(QDialog):
    def __init__(self, framework: Framework, person: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter answers from paper"))
        # As large as a laptop screen allows at most: the grid is the work.
        screen = (parent or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1400, room.width() - 40), min(900, room.height() - TITLE_AND_PANEL))
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Type the answers from {person}'s worksheet. A digit fills the cell and moves on; "
                    "Enter goes to the next row; Backspace clears a cell. Rows are numbered as on the "
                    "worksheet. They are saved as a new reflection."
                ).format(person=person)
            )
        )
        self.grid = PaperGrid(framework)
        layout.addWidget(self.grid, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.grid.setFocus()
