"""The plan: a list of goals (plus 'looking after myself' and 'my mentor') and an editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.plan import Goal
from competence_app.gui.look import style
from competence_app.gui.pages.goal_editor import GoalEditor, status_names
from competence_app.gui.pages.page_top import open_at_top, scroll_to_top
from competence_app.gui.pages.plan_extras import MentorEditor, WellbeingEditor
from competence_app.gui.shell import saving
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.accessible import titled
from competence_app.gui.widgets.basics import (
    heading,
    page_layout,
    reading_column,
    scrolling,
    secondary_button,
    text_label,
)
from competence_app.store import feedback as feedback_store
from competence_app.store import plans as store

WELLBEING, MENTOR = "wellbeing", "mentor"
EMPTY_PAGE = 3


class PlanPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.goals: list[Goal] = []
        titled(self, self.tr("My development plan"))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        side = QVBoxLayout()
        side.setContentsMargins(style.MARGIN, style.MARGIN, 0, style.MARGIN)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My goals, looking after myself, and my mentor"))
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)  # long goal titles wrap rather than being cut off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        side.addWidget(self.list, 1)
        self.new_button = secondary_button(self.tr("New &goal"))
        self.new_button.clicked.connect(lambda: self.create_goal())
        self.remove_button = secondary_button(self.tr("Remove this goal…"))
        self.remove_button.clicked.connect(self.remove_current_goal)
        side.addWidget(self.new_button)
        side.addWidget(self.remove_button)
        self.history_button = secondary_button(self.tr("Feed&back received…"))
        self.history_button.clicked.connect(self.show_feedback_history)
        side.addWidget(self.history_button)
        outer.addLayout(side)

        self.editor = GoalEditor(context)
        self.editor.goal_changed.connect(self._goal_changed)
        self.wellbeing = WellbeingEditor(context)
        self.mentor = MentorEditor(context)
        self.stack = QStackedWidget()
        for widget in (self.editor, self.wellbeing, self.mentor, self._empty_page()):
            area = scrolling(reading_column(widget))
            area.setAccessibleName(self.tr("My development plan"))  # Tab can land on it
            self.stack.addWidget(area)
        outer.addWidget(self.stack, 1)
        context.events.feedback_changed.connect(self._feedback_changed)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = page_layout(page)
        layout.addWidget(heading(self.tr("My development plan"), style.TITLE_SCALE, level=1))
        layout.addWidget(
            text_label(
                self.tr(
                    "A plan is a few goals you care about, the small steps towards each, and the "
                    "support you need from the organisations you work with. There are no goals yet."
                )
            )
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "Start from your results (each thing you want to develop has a 'Make a goal' "
                    "button there), or press New goal to start from scratch."
                )
            )
        )
        self._start = QPushButton(self.tr("Make my first goal"))
        self._start.clicked.connect(lambda: self.create_goal())
        layout.addWidget(self._start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # -- loading --------------------------------------------------------------------

    def reload(self, select_goal: str | None = None) -> None:
        plan = store.load_plan(self.context.db, self.context.profile.id)
        rounds = feedback_store.load_rounds(self.context.db, self.context.profile.id)
        self.editor.feedback_rounds = rounds
        self.history_button.setVisible(bool(rounds))
        self.goals = plan.goals
        self.wellbeing.show_wellbeing(plan.wellbeing)
        self.mentor.show_mentor(plan.mentor)
        self.list.blockSignals(True)
        self.list.clear()
        for goal in self.goals:
            self.list.addItem(self._goal_item(goal))
        header = QListWidgetItem(self.tr("Also in my plan:"))
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(header)
        for key, text in (
            (WELLBEING, self.tr("Looking after myself")),
            (MENTOR, self.tr("My mentor and reviews")),
        ):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.goals:
            index = next((i for i, g in enumerate(self.goals) if g.id == select_goal), 0)
            self.list.setCurrentRow(index)
            self._row_changed(index)
        else:
            self.editor.show_goal(None)
            self.stack.setCurrentIndex(EMPTY_PAGE)
            self.remove_button.setEnabled(False)

    def _goal_item(self, goal: Goal) -> QListWidgetItem:
        item = QListWidgetItem(self._goal_text(goal))
        item.setData(Qt.ItemDataRole.UserRole, goal.id)
        return item

    def _goal_text(self, goal: Goal) -> str:
        title = goal.title.strip() or self.tr("A new goal")
        return f"{title} ({status_names()[goal.status]})"

    # -- actions -------------------------------------------------------------------

    def create_goal(self, title: str = "", competence_ids=None, role_ids=None) -> Goal | None:
        """Make a goal (optionally already linked) and open it for editing."""
        self.flush()
        created = []
        profile_id = self.context.profile.id
        ok = saving.write(
            self.context,
            self,
            lambda: created.append(
                store.create_goal(self.context.db, profile_id, title, competence_ids, role_ids)
            ),
        )
        if not ok:
            return None
        self.reload(select_goal=created[0].id)
        open_at_top(self.editor, self.editor.title)
        # A suggested start ("Research: ") is for the person to finish, not to retype.
        self.editor.title.end(False)
        return created[0]

    def open_at_top(self) -> None:
        """The page on show at its top, with focus on the list of goals, or on "Make my
        first goal" while there is none (a list takes its first item as focus enters it)."""
        empty = self.stack.currentIndex() == EMPTY_PAGE
        open_at_top(self.stack.currentWidget().widget(), self._start if empty else self.list)

    def open_goal(self, goal_id: str) -> None:
        """Show a goal that already exists, at its top, ready to edit."""
        self.flush()
        self.reload(select_goal=goal_id)
        open_at_top(self.editor, self.editor.title)

    def open_wellbeing(self) -> None:
        """Show 'Looking after myself', ready to write in."""
        self.flush()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == WELLBEING:
                self.list.setCurrentRow(row)
                self._row_changed(row)
                break
        open_at_top(self.wellbeing, self.wellbeing.drains)

    def remove_current_goal(self) -> None:
        goal = self.editor.goal
        if goal is None or self.stack.currentIndex() != 0:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove this goal?"),
            self.tr(
                "Remove the goal \u201c{title}\u201d with its actions and support needs? "
                "This cannot be undone."
            ).format(title=goal.title or self.tr("A new goal")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.show_goal(None)
        if saving.write(self.context, self, lambda: store.delete_goal(self.context.db, goal.id)):
            self.reload()

    def show_feedback_history(self) -> None:
        from competence_app.gui.dialogs.feedback_history import FeedbackHistory

        FeedbackHistory(self.context, self).exec()

    def _feedback_changed(self) -> None:
        self.flush()
        self.reload(select_goal=self.editor.goal.id if self.editor.goal else None)

    def flush(self) -> None:
        for editor in (self.editor, self.wellbeing, self.mentor):
            editor.flush()

    def _row_changed(self, row: int) -> None:
        item = self.list.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        goal = next((g for g in self.goals if g.id == key), None)
        if goal is not None:
            self.editor.show_goal(goal)
            self.stack.setCurrentIndex(0)
            scroll_to_top(self.editor)
        elif key == WELLBEING:
            self.editor.show_goal(None)
            self.stack.setCurrentIndex(1)
            scroll_to_top(self.wellbeing)
        elif key == MENTOR:
            self.editor.show_goal(None)
            self.stack.setCurrentIndex(2)
            scroll_to_top(self.mentor)
        self.remove_button.setEnabled(goal is not None)

    def _goal_changed(self, goal: Goal) -> None:
        self.goals = [goal if g.id == goal.id else g for g in self.goals]
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == goal.id:
                item.setText(self._goal_text(goal))
