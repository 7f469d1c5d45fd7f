"""Editing one goal: what, why, how I'll know, links, actions, support needed, status."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.plan import GOAL_STATUSES, Goal
from competence_app.gui.pages.goal_feedback import GoalFeedback
from competence_app.gui.pages.goal_ideas import Barriers, GoalIdeas
from competence_app.gui.pages.plan_rows import ActionRow, SupportRow
from competence_app.gui.shell import saving
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets import tab_order
from competence_app.gui.widgets.basics import (
    Debouncer,
    heading,
    page_layout,
    secondary_button,
    text_label,
)
from competence_app.gui.widgets.date_field import DateField
from competence_app.gui.widgets.flow_layout import FlowLayout
from competence_app.gui.widgets.long_text import text_box, with_note
from competence_app.store import plans as store
from competence_app.wording import goal_status_text


def title_unfinished(title: str) -> bool:
    """A title that is only the suggested start, such as "Research:"."""
    return title.strip().endswith(":")


def status_names() -> dict[str, str]:
    return {status: goal_status_text(status) for status in GOAL_STATUSES}


class GoalEditor(QWidget):
    goal_changed = Signal(object)  # Goal, after any of its own fields changed

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.goal: Goal | None = None
        framework = context.framework
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("A goal")))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("What I want to achieve"))
        self.title.setPlaceholderText(self.tr("For example: speak up at the partnership board"))
        self.why = text_box(self.tr("Why it matters to me"), most=4)
        self.evidence = text_box(self.tr("How I will know I got there"), most=4)
        form.addRow(self._caption(self.tr("&What I want to achieve"), self.title), self.title)
        # Shown while a suggested start ("Research: ") still waits for the person's words.
        self.title_hint = text_label(
            self.tr("Finish the title in your own words: what do you want to be able to do?")
        )
        self.title_hint.setVisible(False)
        form.addRow(self.title_hint)
        self.title.textChanged.connect(self._show_title_hint)
        form.addRow(self._caption(self.tr("W&hy it matters to me"), self.why), with_note(self.why))
        form.addRow(
            self._caption(self.tr("How I will &know I got there"), self.evidence),
            with_note(self.evidence),
        )
        layout.addLayout(form)
        self._savers = [Debouncer(self._save_fields, parent=self)]
        self.title.textEdited.connect(self._savers[0].poke)
        self.title.editingFinished.connect(self._savers[0].flush)
        self.why.textChanged.connect(self._savers[0].poke)
        self.evidence.textChanged.connect(self._savers[0].poke)

        links = QGroupBox(self.tr("What it builds on"))
        # Flowing rows rather than fixed columns: long names (or large text) wrap onto
        # the next line instead of pushing the page sideways.
        link_rows = QVBoxLayout(links)
        competence_flow, role_flow = FlowLayout(), FlowLayout()
        link_rows.addLayout(competence_flow)
        link_rows.addLayout(role_flow)
        self.competence_boxes: dict[str, QCheckBox] = {}
        self.role_boxes: dict[str, QCheckBox] = {}
        for competence in framework.competences:
            box = QCheckBox(competence.name)
            box.toggled.connect(self._save_fields)
            self.competence_boxes[competence.id] = box
            competence_flow.addWidget(box)
        for role in framework.roles:
            box = QCheckBox(self.tr("Role: {name}").format(name=role.name))
            box.toggled.connect(self._save_fields)
            self.role_boxes[role.id] = box
            role_flow.addWidget(box)
        layout.addWidget(links)

        layout.addWidget(heading(self.tr("Actions")))
        self.actions_box = QVBoxLayout()
        layout.addLayout(self.actions_box)
        self.add_action_button = secondary_button(self.tr("Add an &action"))
        self.add_action_button.clicked.connect(lambda: self.add_action())
        layout.addWidget(self.add_action_button)
        self.ideas = GoalIdeas(framework)
        self.ideas.add_action.connect(self.add_action)
        layout.addWidget(self.ideas)
        # What givers of feedback said about the goal; a suggested step becomes an action.
        self.feedback = GoalFeedback()
        self.feedback.add_action.connect(self.add_action)
        layout.addWidget(self.feedback)
        self.feedback_rounds: list = []

        layout.addWidget(heading(self.tr("Support I need")))
        layout.addWidget(
            text_label(
                self.tr(
                    "What would help from the organisations you work with? Being specific makes it "
                    "easier for them to say yes."
                )
            )
        )
        self.supports_box = QVBoxLayout()
        layout.addLayout(self.supports_box)
        self.add_support_button = secondary_button(self.tr("Add &support I need"))
        self.add_support_button.clicked.connect(lambda: self.add_support())
        layout.addWidget(self.add_support_button)
        self.barriers = Barriers(framework)
        self.barriers.ask_support.connect(self.add_support)
        layout.addWidget(self.barriers)

        more = QFormLayout()
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Who can help"))
        self.who.setPlaceholderText(self.tr("A person, a group or an organisation"))
        self.who.textEdited.connect(self._savers[0].poke)
        self.who.editingFinished.connect(self._savers[0].flush)
        self.target = DateField(self.tr("Aim to reach it by"))
        self.target.changed.connect(self._save_fields)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key, name in status_names().items():
            self.status.addItem(name, key)
        self.status.currentIndexChanged.connect(self._save_fields)
        more.addRow(self._caption(self.tr("Who &can help"), self.who), self.who)
        more.addRow(self.tr("Target date"), self.target)
        more.addRow(self._caption(self.tr("S&tatus"), self.status), self.status)
        layout.addLayout(more)
        layout.addStretch(1)
        self._action_rows: list[ActionRow] = []
        self._support_rows: list[SupportRow] = []
        self._shown_links: list[bool] = []
        self.setEnabled(False)

    def _show_title_hint(self, text: str = "") -> None:
        self.title_hint.setVisible(self.goal is not None and title_unfinished(text))

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- showing a goal -----------------------------------------------------------

    def show_goal(self, goal: Goal | None) -> None:
        self.flush()
        self.goal = None if goal is None else dataclasses.replace(goal)
        self.setEnabled(goal is not None)
        quiet = [
            self.title,
            self.why,
            self.evidence,
            self.who,
            self.status,
            *self.competence_boxes.values(),
            *self.role_boxes.values(),
        ]
        for widget in quiet:
            widget.blockSignals(True)
        current = goal or Goal(id="", profile_id="")
        self.title.setText(current.title)
        self.why.setPlainText(current.why)
        self.evidence.setPlainText(current.evidence)
        self.who.setText(current.who_can_help)
        self.status.setCurrentIndex(max(GOAL_STATUSES.index(current.status), 0))
        for cid, box in self.competence_boxes.items():
            box.setChecked(cid in current.competence_ids)
        for rid, box in self.role_boxes.items():
            box.setChecked(rid in current.role_ids)
        for widget in quiet:
            widget.blockSignals(False)
        self.target.set_iso(current.target_date)
        self._show_title_hint(current.title)
        self._shown_links = [b.isChecked() for b in self.competence_boxes.values()]
        self._rebuild_rows()

    def _rebuild_rows(self) -> None:
        for row in self._action_rows + self._support_rows:
            row.setParent(None)
            row.deleteLater()
        self._action_rows, self._support_rows = [], []
        self.ideas.show_goal(self.goal)
        self.feedback.show_goal(self.goal, self.feedback_rounds)
        if self.goal is None:
            return
        for number, action in enumerate(self.goal.actions, start=1):
            row = ActionRow(action, number)
            row.changed.connect(self._save_action)
            row.remove_requested.connect(self._remove_action)
            self.actions_box.addWidget(row)
            self._action_rows.append(row)
        record = self._record_lines() if self.goal.supports else []
        for number, need in enumerate(self.goal.supports, start=1):
            row = SupportRow(self.context.framework, need, number, record)
            row.changed.connect(self._save_support)
            row.remove_requested.connect(self._remove_support)
            self.supports_box.addWidget(row)
            self._support_rows.append(row)
        self._order_tabs()

    def _record_lines(self) -> list[str]:
        """What My involvement says a support request can point at: expenses waiting over
        30 days, one line per organisation."""
        from datetime import date

        from competence_app.store import involvement
        from competence_app.wording import owed_requests

        entries = involvement.load_involvements(self.context.db, self.context.profile.id)
        return owed_requests(entries, date.today())

    def _order_tabs(self) -> None:
        """Rows made after the page come last in Tab order: put them where they are shown."""
        chain = [*self.role_boxes.values()][-1:]
        for row in self._action_rows:
            chain += [row.text, row.due.enabled, row.due.edit, row.done, row.remove]
        chain += [self.add_action_button, *self.ideas.buttons, *self.feedback.buttons]
        for row in self._support_rows:
            chain += [row.category, row.remove, row.detail, *row.record_buttons]
        chain += [self.add_support_button, *self.barriers.rows.buttons]
        chain += [self.who, self.target.enabled, self.target.edit]
        chain.append(self.status)
        tab_order.chain(chain)

    def flush(self) -> None:
        for saver in self._savers:
            saver.flush()
        for row in self._action_rows + self._support_rows:
            row.flush()

    # -- saving -------------------------------------------------------------------

    def _write(self, action, retry_key=None) -> bool:
        return saving.write(self.context, self, action, retry_key)

    def _save_fields(self, *_args) -> None:
        if self.goal is None:
            return
        goal = self.goal
        goal.title = self.title.text()
        goal.why = self.why.toPlainText()
        goal.evidence = self.evidence.toPlainText()
        goal.who_can_help = self.who.text()
        goal.target_date = self.target.iso()
        goal.status = self.status.currentData()
        goal.competence_ids = [cid for cid, box in self.competence_boxes.items() if box.isChecked()]
        goal.role_ids = [rid for rid, box in self.role_boxes.items() if box.isChecked()]
        if self._write(lambda: store.save_goal(self.context.db, goal), ("goal", goal.id)):
            if [b.isChecked() for b in self.competence_boxes.values()] != self._shown_links:
                self._shown_links = [b.isChecked() for b in self.competence_boxes.values()]
                self.ideas.show_goal(goal)
                self._order_tabs()
            self.goal_changed.emit(dataclasses.replace(goal))

    def add_action(self, text: str = "") -> None:
        if self.goal is None:
            return
        self.flush()  # text still waiting to be saved, before the rows are rebuilt
        created = []
        if self._write(
            lambda: created.append(store.add_action(self.context.db, self.goal.id, text))
        ):
            self.goal.actions.append(created[0])
            self._rebuild_rows()
            self._action_rows[-1].text.setFocus()
            self.goal_changed.emit(dataclasses.replace(self.goal))

    def add_support(self, detail: str = "") -> None:
        """A new support need, with no kind until the person chooses one."""
        if self.goal is None:
            return
        self.flush()  # text still waiting to be saved, before the rows are rebuilt
        created = []
        if self._write(
            lambda: created.append(store.add_support(self.context.db, self.goal.id, "", detail))
        ):
            self.goal.supports.append(created[0])
            self._rebuild_rows()
            self._support_rows[-1].category.setFocus()
            self.goal_changed.emit(dataclasses.replace(self.goal))

    def _save_action(self, action) -> None:
        if self._write(lambda: store.save_action(self.context.db, action), ("action", action.id)):
            self.goal.actions = [action if a.id == action.id else a for a in self.goal.actions]
            self.goal_changed.emit(dataclasses.replace(self.goal))

    def _remove_action(self, action) -> None:
        self.flush()
        if self._write(lambda: store.delete_action(self.context.db, action.id)):
            self.goal.actions = [a for a in self.goal.actions if a.id != action.id]
            self._rebuild_rows()
            self.goal_changed.emit(dataclasses.replace(self.goal))

    def _save_support(self, need) -> None:
        if self._write(lambda: store.save_support(self.context.db, need), ("support", need.id)):
            self.goal.supports = [need if s.id == need.id else s for s in self.goal.supports]
            self.goal_changed.emit(dataclasses.replace(self.goal))

    def _remove_support(self, need) -> None:
        self.flush()
        if self._write(lambda: store.delete_support(self.context.db, need.id)):
            self.goal.supports = [s for s in self.goal.supports if s.id != need.id]
            self._rebuild_rows()
            self.goal_changed.emit(dataclasses.replace(self.goal))
