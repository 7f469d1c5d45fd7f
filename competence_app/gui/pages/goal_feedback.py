"""Beside a goal: what givers of feedback said about it (comments, a suggested next step, the
support they offer), each giver on their own; a suggested step is one click from an action."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from competence_app.domain import feedback as model
from competence_app.domain.feedback import FeedbackRound
from competence_app.domain.plan import Goal
from competence_app.formats import date_text
from competence_app.gui.pages.goal_ideas import _clear, _Rows
from competence_app.gui.widgets.basics import heading, text_label
from competence_app.wording import giver_label, giver_view_title


class GoalFeedback(QWidget):
    """What others said about one goal. Anonymous answers are shown only together, once
    enough came back for the same pack (see domain.feedback.beside)."""

    add_action = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[_Rows] = []
        self.texts: list[str] = []  # what is shown, in order (for tests and screen readers)

    @property
    def buttons(self) -> list[QPushButton]:
        return [b for rows in self.rows for b in rows.buttons]

    def show_goal(self, goal: Goal | None, rounds: list[FeedbackRound]) -> None:
        _clear(self._layout)
        self.rows, self.texts = [], []
        if goal is None:
            self.setVisible(False)
            return
        taken = {a.text.strip() for a in goal.actions}
        for view in model.beside(rounds):
            if not view.shown:
                continue
            said = [(r, r.view_of_goal(goal.id)) for r in view.rounds]
            said = [(r, v) for r, v in said if v and (v.comment or v.next_step or v.support)]
            if not said:
                continue
            who = (
                giver_view_title(view)
                if view.anonymous
                else self.tr("{giver}, {date}").format(
                    giver=giver_label(view.rounds[0]),
                    date=date_text(view.given_on, short=True),
                )
            )
            self._layout.addWidget(heading(who, 1.0, 3))
            for _, goal_view in said:
                # In the order the giver wrote them: comment, suggested step, support.
                if goal_view.comment.strip():
                    self._add_text(goal_view.comment.strip())
                if goal_view.next_step.strip():
                    step = goal_view.next_step.strip()
                    button = QPushButton(self.tr("Add as an action"))
                    button.setAccessibleName(self.tr("Add as an action: {step}").format(step=step))
                    button.setEnabled(step not in taken)
                    button.clicked.connect(lambda _=False, s=step: self.add_action.emit(s))
                    line = self.tr("Suggested next step: {step}").format(step=step)
                    rows = _Rows()
                    rows.add(line, button)
                    self._layout.addWidget(rows)
                    self.rows.append(rows)
                    self.texts.append(line)
                if goal_view.support.strip():
                    self._add_text(
                        self.tr("Support offered: {support}").format(
                            support=goal_view.support.strip()
                        )
                    )
        if self.texts:
            self._layout.insertWidget(0, heading(self.tr("What others said about this goal")))
        self.setVisible(bool(self.texts))

    def _add_text(self, text: str) -> None:
        self._layout.addWidget(text_label(text))
        self.texts.append(text)
