"""'Make a goal' buttons beside what I want to develop and the roles I'd like to grow into."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from competence_app.domain import analysis
from competence_app.domain.framework import Framework
from competence_app.domain.model import Reflection
from competence_app.gui import style


class GoalStarters(QWidget):
    make_goal = Signal(str, list, list)  # suggested title, competence ids, role ids

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(style.SPACING)
        self._grid.setColumnStretch(1, 1)
        self.buttons: list[QPushButton] = []

    def set_reflection(self, framework: Framework, reflection: Reflection) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the Tab order at once
                widget.deleteLater()
        self.buttons = []
        rows: list[tuple[str, str, list, list]] = []
        for cid in analysis.priorities(framework, reflection):
            name = framework.competence(cid).name
            rows.append(
                (
                    self.tr("You want to develop {name}.").format(name=name),
                    self.tr("Work on {name}").format(name=name),
                    [cid],
                    [],
                )
            )
        for rid in analysis.wished_roles(framework, reflection):
            name = framework.role(rid).name
            rows.append(
                (
                    self.tr("You would like to grow into the {name} role.").format(name=name),
                    self.tr("Grow into the {name} role").format(name=name),
                    [],
                    [rid],
                )
            )
        for row, (why, title, competence_ids, role_ids) in enumerate(rows):
            button = QPushButton(self.tr("Make a goal"))
            button.setAccessibleName(self.tr("Make a goal: {title}").format(title=title))
            button.clicked.connect(
                lambda _=False, t=title, c=competence_ids, r=role_ids: self.make_goal.emit(t, c, r)
            )
            label = QLabel(why)
            label.setWordWrap(True)
            label.setBuddy(button)
            self._grid.addWidget(button, row, 0)
            self._grid.addWidget(label, row, 1)
            self.buttons.append(button)
        self.setVisible(bool(rows))
