"""Feedback I have received: every round, who gave it and when, on which reflection; one
seen in full, or deleted after asking. Anonymous answers stay together, as on Results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from competence_app.domain import feedback as model
from competence_app.formats import date_text
from competence_app.gui.shell import saving
from competence_app.gui.widgets import tab_order
from competence_app.gui.widgets.basics import page_layout, text_label
from competence_app.i18n import translate
from competence_app.store import feedback as store
from competence_app.store import plans, reflections
from competence_app.wording import (
    anonymous_wait_text,
    giver_label,
    giver_view_title,
    level_text,
    reflection_title,
    relation_text,
)


def round_text(context, view: model.GiverView) -> str:
    """One giver's feedback in full, as plain text (anonymous answers together)."""
    framework = context.framework
    given = view.rounds[0]
    reflection = reflections.get_reflection(context.db, given.reflection_id)
    goals = {g.id: g.title for g in plans.load_plan(context.db, context.profile.id).goals}
    names = {c.id: c.name for c in framework.competences}
    lines = [
        giver_view_title(view) if view.anonymous else giver_label(given),
        translate("feedback_history", "Given on {date}, on your reflection {reflection}").format(
            date=date_text(view.given_on),
            reflection=reflection_title(reflection)
            if reflection
            else translate("feedback_history", "(no longer here)"),
        ),
        "",
    ]
    competences = []
    order = {c.id: i for i, c in enumerate(framework.competences)}
    ids = dict.fromkeys(v.competence_id for r in view.rounds for v in r.competences)
    for competence_id in sorted(ids, key=lambda cid: order.get(cid, len(order))):
        name = names.get(competence_id, competence_id)
        own = reflection.competence(competence_id) if reflection else None
        mine = level_text(framework, own.level, own.not_yet) if own else ""
        if view.anonymous:
            seen = ", ".join(
                translate("feedback_history", "{count} at level {level}").format(
                    count=count, level=level
                )
                for level, count in view.counts(competence_id).items()
            )
            words = sorted(
                v.seen.strip()
                for r in view.rounds
                if (v := r.view_of(competence_id)) and v.seen.strip()
            )
        else:
            v = given.view_of(competence_id)
            seen = (
                translate("feedback_history", "not seen")
                if v.not_seen
                else level_text(framework, v.level)
                if v.level
                else ""
            )
            words = [v.seen.strip()] if v.seen.strip() else []
        competences.append(
            translate("feedback_history", "{competence}: my level {mine}; they saw {seen}").format(
                competence=name, mine=mine or "-", seen=seen or "-"
            )
        )
        competences += [f"    {w}" for w in words]
    if competences:
        lines += [translate("feedback_history", "Competences"), *competences, ""]
    for given_round in sorted(view.rounds, key=lambda r: r.id) if view.anonymous else [given]:
        for goal_view in given_round.goals:
            parts = [
                (translate("feedback_history", "Comment"), goal_view.comment),
                (translate("feedback_history", "Suggested next step"), goal_view.next_step),
                (translate("feedback_history", "Support offered"), goal_view.support),
            ]
            parts = [(label, text.strip()) for label, text in parts if text.strip()]
            if parts:
                title = goals.get(goal_view.goal_id) or translate(
                    "feedback_history", "A goal no longer in the plan"
                )
                lines.append(translate("feedback_history", "Goal: {title}").format(title=title))
                lines += [f"    {label}: {text}" for label, text in parts]
        overall = [
            (translate("feedback_history", "Strengths seen"), given_round.strengths),
            (translate("feedback_history", "To focus on"), given_round.focus),
            (translate("feedback_history", "Next steps agreed"), given_round.next_steps),
        ]
        lines += [f"{label}: {text.strip()}" for label, text in overall if text.strip()]
        if given_round.next_meeting:
            lines.append(
                translate("feedback_history", "Next meeting: {date}").format(
                    date=date_text(given_round.next_meeting)
                )
            )
        lines.append("")
    return "\n".join(lines).strip()


class FeedbackHistory(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Feedback I have received"))
        self.resize(640, 460)
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Each giver's feedback is kept on its own, beside your own view. Deleting it "
                    "here removes it from this computer; your own answers stay as they are."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Feedback received, newest first"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.full = QPlainTextEdit()
        self.full.setReadOnly(True)
        self.full.setAccessibleName(self.tr("The feedback in full"))
        self.full.setVisible(False)
        layout.addWidget(self.full, 2)
        self.view_button = QPushButton(self.tr("&View in full"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.view_button.clicked.connect(self.view_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.view_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self.view_current())
        self.views: list[model.GiverView] = []
        self.reload()
        tab_order.chain([self.list, self.full, self.view_button, self.delete_button])

    def reload(self) -> None:
        rounds = store.load_rounds(self.context.db, self.context.profile.id)
        self.views = list(reversed(model.beside(rounds)))
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem(self._describe(view))
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            self.list.addItem(item)
        if not self.views:
            self.list.addItem(self.tr("No feedback yet."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(0)
        self.full.setVisible(False)
        self._current_changed(self.list.currentRow())

    def _describe(self, view: model.GiverView) -> str:
        given = view.rounds[0]
        reflection = reflections.get_reflection(self.context.db, given.reflection_id)
        on = reflection_title(reflection) if reflection else self.tr("(no longer here)")
        if view.anonymous:
            text = self.tr("{who} ({relation}), given by {date}, on {reflection}").format(
                who=giver_view_title(view),
                relation=relation_text(given.relation),
                date=date_text(view.given_on, short=True),
                reflection=on,
            )
            if not view.shown:
                text += "\n" + anonymous_wait_text(len(view.rounds), model.ANONYMOUS_MINIMUM)
            return text
        return self.tr("{giver}, given on {date}, on {reflection}").format(
            giver=giver_label(given), date=date_text(given.given_on, short=True), reflection=on
        )

    def current(self) -> model.GiverView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _current_changed(self, _row: int) -> None:
        view = self.current()
        self.view_button.setEnabled(view is not None and view.shown)
        self.delete_button.setEnabled(view is not None)
        if self.full.isVisible():
            self.view_current()

    def view_current(self) -> None:
        view = self.current()
        if view is None or not view.shown:
            return
        self.full.setPlainText(round_text(self.context, view))
        self.full.setVisible(True)

    def delete_current(self) -> None:
        view = self.current()
        if view is None:
            return
        if view.anonymous:
            question = self.tr(
                "Delete the {count} anonymous answers to this pack? They cannot be brought "
                "back, unless you import the files again."
            ).format(count=len(view.rounds))
        else:
            question = self.tr(
                "Delete the feedback from {giver}, given on {date}? It cannot be brought back, "
                "unless you import the file again. Your own answers stay as they are."
            ).format(giver=giver_label(view.rounds[0]), date=date_text(view.given_on))
        answer = QMessageBox.question(self, self.tr("Delete this feedback?"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete() -> None:
            with self.context.db.atomic():
                for given in view.rounds:
                    store.delete_round(self.context.db, given.id)

        if saving.write(self.context, self, delete):
            self.context.events.feedback_changed.emit()
            self.reload()
