"""'Make a goal' buttons beside what I want to develop and the roles I'd like to grow into."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from competence_app.domain import analysis
from competence_app.domain.framework import Framework
from competence_app.domain.model import Reflection
from competence_app.domain.plan import Goal, Plan
from competence_app.gui.look import style
from competence_app.i18n import translate
from competence_app.wording import join_names


class GoalStarters(QWidget):
    make_goal = Signal(str, list, list)  # title to finish, competence ids, role ids
    open_goal = Signal(str)  # goal id: the goal that already works on this

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(style.SPACING)
        self._grid.setColumnStretch(1, 1)
        self.buttons: list[QPushButton] = []

    def set_reflection(self, framework: Framework, reflection: Reflection, plan: Plan) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the Tab order at once
                widget.deleteLater()
        self.buttons = []
        rows: list[tuple[str, str, list, list, list[Goal]]] = []
        for cid in analysis.priorities(framework, reflection):
            name = framework.competence(cid).name
            rows.append(
                (
                    self.tr("You want to develop {name}.").format(name=name),
                    self.tr("{name}: ").format(name=name),
                    [cid],
                    [],
                    plan.goals_working_on(competence_id=cid),
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
                    plan.goals_working_on(role_id=rid),
                )
            )
        for row, (why, title, competence_ids, role_ids, goals) in enumerate(rows):
            if goals:
                button = QPushButton(self.tr("Open the goal"))
                button.setAccessibleName(
                    self.tr("Open the goal: {title}").format(title=goal_title(goals[0]))
                )
                button.clicked.connect(lambda _=False, g=goals[0].id: self.open_goal.emit(g))
                titles = join_names([f"\u201c{goal_title(g)}\u201d" for g in goals])
                why += " " + self.tr("Already in your plan: {titles}.").format(titles=titles)
            else:
                button = QPushButton(self.tr("Make a goal"))
                button.setAccessibleName(
                    self.tr("Make a goal: {title}").format(title=title.strip().rstrip(":"))
                )
                button.clicked.connect(
                    lambda _=False, t=title, c=competence_ids, r=role_ids: self.make_goal.emit(
                        t, c, r
                    )
                )
            label = QLabel(why)
            label.setWordWrap(True)
            label.setBuddy(button)
            self._grid.addWidget(button, row, 0)
            self._grid.addWidget(label, row, 1)
            self.buttons.append(button)
        self.setVisible(bool(rows))


def goal_title(goal: Goal) -> str:
    return goal.title.strip().rstrip(":").strip() or translate("GoalStarters", "A new goal")
