"""Table models for the results page: the chart's twins, readable by screen readers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from competence_app.domain.analysis import role_fit
from competence_app.domain.framework import Framework
from competence_app.domain.model import Reflection
from competence_app.i18n import translate
from competence_app.wording import confidence_text as _confidence_text
from competence_app.wording import fit_band_text, giver_view_title, level_text, spread_text


class _Table(QAbstractTableModel):
    headers: list[str] = []

    def __init__(self, framework: Framework, parent=None):
        super().__init__(parent)
        self.framework = framework
        self._rows: list[list[str]] = []
        self._headers: list[str] = []
        # What an empty cell says to a screen reader (it would otherwise say nothing).
        self._spoken_empty: dict[int, str] = {}

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and not text:
            return self._spoken_empty.get(index.column(), translate("Results", "not given"))
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return text
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def _replace(
        self, headers: list[str], rows: list[list[str]], spoken_empty: dict[int, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._headers, self._rows = headers, rows
        self._spoken_empty = spoken_empty or {}
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]


def giver_cell(framework: Framework, view, competence_id: str) -> str:
    """What one giver saw of a competence, as the table (and the document) shows it: a
    named giver's level, "Not seen", or for anonymous answers the spread of levels."""
    if view.anonymous:
        return spread_text(view.counts(competence_id))
    if view.not_seen(competence_id):
        return translate("Results", "Not seen")
    level = view.level(competence_id)
    return "" if level is None else level_text(framework, level)


class CompetenceTableModel(_Table):
    """One row per competence: level (and the compared level), a column per giver of
    feedback beside it (never averaged), confidence, wish to develop."""

    def set_reflection(
        self, reflection: Reflection | None, earlier: Reflection | None = None, givers=()
    ):
        givers = [view for view in givers if view.shown]
        headers = [translate("Results", "Competence"), translate("Results", "Level")]
        if earlier is not None:
            headers.append(translate("Results", "Compared with"))
        headers += [giver_view_title(view) for view in givers]
        headers += [translate("Results", "Confidence"), translate("Results", "To develop")]
        rows = []
        if reflection is not None:
            for competence in self.framework.competences:
                answer = reflection.competence(competence.id)
                row = [competence.name, level_text(self.framework, answer.level, answer.not_yet)]
                if earlier is not None:
                    before = earlier.competence(competence.id)
                    row.append(level_text(self.framework, before.level, before.not_yet))
                row += [giver_cell(self.framework, view, competence.id) for view in givers]
                row += [
                    _confidence_text(answer.confidence),
                    translate("Results", "Yes") if answer.develop else "",
                ]
                rows.append(row)
        # Not marked to develop is a "no", not a missing answer.
        self._replace(headers, rows, {len(headers) - 1: translate("Results", "no")})


class RoleTableModel(_Table):
    """One row per role: now, wished-for and the fit in words (explained beside it)."""

    def set_reflection(self, reflection: Reflection | None):
        headers = [
            translate("Results", "Role"),
            translate("Results", "Describes me now (0-4)"),
            translate("Results", "Like to grow into (0-4)"),
            translate("Results", "Fit with my competences"),
        ]
        rows = []
        if reflection is not None:
            for role in self.framework.roles:
                answer = reflection.role(role.id)
                fit = role_fit(self.framework, role, reflection)
                rows.append(
                    [
                        role.name,
                        "" if answer.now is None else str(answer.now),
                        "" if answer.wish is None else str(answer.wish),
                        fit_band_text(fit.band),
                    ]
                )
        self._replace(headers, rows)


class RowsModel(_Table):
    """A read-only table of ready-made text rows (the twin of a group chart)."""

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self._replace(headers, rows)
