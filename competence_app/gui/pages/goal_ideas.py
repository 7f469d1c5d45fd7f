"""Beside a goal: the framework's ideas for developing its competences, each one click from
becoming an action, and what can get in the way, each one click from a support request."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from competence_app.domain.framework import Framework
from competence_app.domain.plan import Goal
from competence_app.gui.look import style
from competence_app.gui.widgets.basics import heading, text_label


def _clear(layout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)  # out of the Tab order at once
            widget.deleteLater()


class _Rows(QWidget):
    """Text on the left, a text-sized button on the right, one row per item."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(style.SPACING)
        self.grid.setColumnStretch(0, 1)
        self.buttons: list[QPushButton] = []

    def add(self, text: str, button: QPushButton) -> None:
        row = self.grid.rowCount()
        label = text_label(text)
        label.setBuddy(button)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(button, row, 1)
        self.buttons.append(button)

    def clear(self) -> None:
        _clear(self.grid)
        self.buttons = []


class GoalIdeas(QWidget):
    """Ideas for developing the goal's competences, each addable as an action."""

    add_action = Signal(str)

    def __init__(self, framework: Framework, parent=None):
        super().__init__(parent)
        self.framework = framework
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[_Rows] = []

    @property
    def buttons(self) -> list[QPushButton]:
        return [b for rows in self.rows for b in rows.buttons]

    def show_goal(self, goal: Goal | None) -> None:
        _clear(self._layout)
        self.rows = []
        taken = {a.text.strip() for a in goal.actions} if goal else set()
        known = {c.id: c for c in self.framework.competences}
        for cid in goal.competence_ids if goal else []:
            competence = known.get(cid)  # a goal may name a competence another framework had
            if competence is None or not competence.develop:
                continue
            self._layout.addWidget(
                heading(self.tr("Ideas for developing {name}").format(name=competence.name), 1.0, 3)
            )
            rows = _Rows()
            for idea in competence.develop:
                button = QPushButton(self.tr("Add as an action"))
                button.setAccessibleName(self.tr("Add as an action: {idea}").format(idea=idea))
                button.setEnabled(idea.strip() not in taken)
                button.clicked.connect(lambda _=False, text=idea: self.add_action.emit(text))
                rows.add(idea, button)
            self._layout.addWidget(rows)
            self.rows.append(rows)
        self.setVisible(bool(self.rows))


class Barriers(QWidget):
    """What gets in the way (from the framework), each one a support request can answer."""

    ask_support = Signal(str)

    def __init__(self, framework: Framework, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("What can get in the way"), 1.0, 3))
        layout.addWidget(
            text_label(
                self.tr(
                    "Citizen leaders often meet these. If one is in your way, ask for support "
                    "with it."
                )
            )
        )
        self.rows = _Rows()
        for barrier in framework.barriers:
            button = QPushButton(self.tr("Ask for support with this"))
            button.setAccessibleName(
                self.tr("Ask for support with: {name}").format(name=barrier.name)
            )
            button.clicked.connect(
                lambda _=False, name=barrier.name: self.ask_support.emit(
                    self.tr("{barrier}: ").format(barrier=name)
                )
            )
            self.rows.add(f"{barrier.name}. {barrier.description}", button)
        layout.addWidget(self.rows)
        self.setVisible(bool(framework.barriers))


__all__ = ["Barriers", "GoalIdeas"]
