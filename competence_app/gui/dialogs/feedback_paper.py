"""Plan > Enter feedback from paper…: a printed feedback pack that came back written by hand,
typed in as one round of feedback. Levels in a digit grid like the paper worksheet's
(gui/dialogs/paper_entry.py); the comments in plain text fields, in the order of the form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from competence_app.domain.feedback import (
    MAX_TEXT,
    RELATIONS,
    CompetenceView,
    FeedbackPack,
    FeedbackRound,
    GoalView,
)
from competence_app.gui.dialogs.paper_entry import DigitGrid
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import heading, page_layout, scrolling, text_label
from competence_app.gui.widgets.date_field import DateField
from competence_app.gui.widgets.long_text import LongText, text_box, with_note
from competence_app.i18n import translate
from competence_app.reports.feedback_pack import NAME_MOST, relation_names

LEVEL = 0
NOT_SEEN = 0  # typed for "I haven't seen this", as the worksheet's 0 is "not yet"


class LevelGrid(DigitGrid):
    """The level each competence was seen at: 1 to 5, 0 for "I haven't seen this"."""

    allowed = {LEVEL: range(0, 6)}

    def __init__(self, names: list[str], parent=None):
        super().__init__(len(names), 1, parent)
        self.setAccessibleName(self.tr("Levels seen, from the paper form"))
        self.setHorizontalHeaderLabels([self.tr("Level seen\n1-5, 0 = haven't seen this")])
        self.setVerticalHeaderLabels([f"{n}. {name}" for n, name in enumerate(names, start=1)])
        self._prepare()
        rows = max(1, len(names))
        self.setMinimumHeight(
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 4
        )

    def levels(self) -> list[int | None]:
        return [self.value(row, LEVEL) for row in range(self.rowCount())]


def _text_box(name: str, lines: int = 3) -> LongText:
    """What was written on paper: `lines` lines at any text size, up to the feedback
    file's limit."""
    return text_box(name, lines, lines, MAX_TEXT)


def _label(pack: FeedbackPack) -> str:
    from competence_app.formats import date_text

    return translate("FeedbackPaper", "For your {relation}, made on {date}").format(
        relation=relation_names().get(pack.relation, pack.relation).lower(),
        date=date_text(pack.made_at[:10]),
    )


class FeedbackPaperDialog(QDialog):
    def __init__(self, context: AppContext, packs: list[FeedbackPack], parent=None):
        super().__init__(parent)
        self.context = context
        self.packs = packs
        self.setWindowTitle(self.tr("Enter feedback from paper"))
        self.resize(920, 680)
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Type in a feedback form that came back on paper. In the grid, a digit "
                    "fills the level and moves on (0 for \u201cI haven't seen this\u201d), Enter "
                    "goes to the next row, Backspace clears. Tab moves through the boxes below. "
                    "It is kept beside your own answers and never changes them."
                )
            )
        )
        top = QFormLayout()
        self.pack = QComboBox()
        for pack in packs:
            self.pack.addItem(_label(pack), pack.id)
        self.pack.setCurrentIndex(len(packs) - 1)  # the newest
        top.addRow(self.tr("Which feedback pack"), self.pack)
        self.relation = QComboBox()
        for key, name in relation_names().items():
            self.relation.addItem(name, key)
        top.addRow(self.tr("Who they are to you"), self.relation)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MOST)
        top.addRow(self.tr("Their name"), self.name)
        self.anonymous = QCheckBox(self.tr("They answered anonymously"))
        self.anonymous.toggled.connect(lambda on: self.name.setEnabled(not on))
        top.addRow("", self.anonymous)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setLocale(QLocale())
        self.given_on.setDisplayFormat("d MMM yyyy")
        top.addRow(self.tr("Written on"), self.given_on)
        for row in range(top.rowCount()):
            label = top.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = top.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if label is not None and label.widget() is not None and label.widget().text():
                field.setAccessibleName(label.widget().text())
        layout.addLayout(top)
        self.area = scrolling(QWidget())
        layout.addWidget(self.area, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pack.currentIndexChanged.connect(self._show_pack)
        self._show_pack()

    def chosen_pack(self) -> FeedbackPack:
        return self.packs[max(0, self.pack.currentIndex())]

    def _show_pack(self, *_args) -> None:
        from competence_app.reports.content import goal_label
        from competence_app.store import plans

        pack = self.chosen_pack()
        self.relation.setCurrentIndex(max(0, self.relation.findData(pack.relation)))
        self.anonymous.setChecked(False)
        self.anonymous.setEnabled(pack.allow_anonymous)
        framework = self.context.framework
        names = {c.id: c.name for c in framework.competences}
        self.competence_ids = list(pack.competence_ids)
        plan = plans.load_plan(self.context.db, pack.profile_id)
        numbers = {goal.id: (n, goal) for n, goal in enumerate(plan.goals, 1)}
        self.goal_ids = list(pack.goal_ids)

        content = QWidget()
        form = QFormLayout(content)
        self.grid = None
        self.seen: list[QPlainTextEdit] = []
        if self.competence_ids:
            titles = [names.get(cid, cid) for cid in self.competence_ids]
            form.addRow(heading(self.tr("What they have seen")))
            self.grid = LevelGrid(titles)
            form.addRow(self.grid)
            for title in titles:
                box = _text_box(self.tr("What they have seen: {name}").format(name=title))
                self.seen.append(box)
                form.addRow(title, with_note(box))
        self.goal_boxes: list[tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]] = []
        if self.goal_ids:
            form.addRow(heading(self.tr("The goals")))
            for goal_id in self.goal_ids:
                number, goal = numbers.get(goal_id, (0, None))
                title = (
                    goal_label(goal, number) if goal else self.tr("A goal no longer in the plan")
                )
                form.addRow(text_label(title))
                boxes = (
                    _text_box(self.tr("{goal}: comment").format(goal=title)),
                    _text_box(self.tr("{goal}: a next step").format(goal=title), 2),
                    _text_box(self.tr("{goal}: support offered").format(goal=title), 2),
                )
                form.addRow(self.tr("Comment"), with_note(boxes[0]))
                form.addRow(self.tr("A next step"), with_note(boxes[1]))
                form.addRow(self.tr("Support offered"), with_note(boxes[2]))
                self.goal_boxes.append(boxes)
        form.addRow(heading(self.tr("Looking ahead")))
        self.strengths = _text_box(self.tr("Strengths they have seen"))
        self.focus = _text_box(self.tr("One or two things to focus on"))
        self.next_steps = _text_box(self.tr("The next steps agreed"))
        form.addRow(self.tr("Strengths seen"), with_note(self.strengths))
        form.addRow(self.tr("Things to focus on"), with_note(self.focus))
        form.addRow(self.tr("Next steps agreed"), with_note(self.next_steps))
        self.next_meeting = DateField(self.tr("Next meeting"))
        form.addRow("", self.next_meeting)
        self.area.setWidget(content)
        (self.grid or self.strengths).setFocus()

    def feedback_round(self) -> FeedbackRound:
        pack = self.chosen_pack()
        anonymous = pack.allow_anonymous and self.anonymous.isChecked()
        levels = self.grid.levels() if self.grid is not None else []
        competences = []
        for index, competence_id in enumerate(self.competence_ids):
            level = levels[index] if index < len(levels) else None
            competences.append(
                CompetenceView(
                    competence_id,
                    seen=self.seen[index].toPlainText(),
                    level=level or None,
                    not_seen=level == NOT_SEEN,
                )
            )
        goals = [
            GoalView(goal_id, *(box.toPlainText() for box in boxes))
            for goal_id, boxes in zip(self.goal_ids, self.goal_boxes, strict=True)
        ]
        relation = self.relation.currentData()
        return FeedbackRound(
            id=uuid.uuid4().hex,
            profile_id=pack.profile_id,
            pack_id=pack.id,
            reflection_id=pack.reflection_id,
            given_on=self.given_on.date().toString("yyyy-MM-dd"),
            relation=relation if relation in RELATIONS else pack.relation,
            giver_name="" if anonymous else self.name.text().strip(),
            anonymous=anonymous,
            competences=competences,
            goals=goals,
            strengths=self.strengths.toPlainText(),
            focus=self.focus.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            next_meeting=self.next_meeting.iso(),
        )


def enter_feedback_from_paper(context: AppContext, parent: QWidget) -> bool:
    from competence_app.gui.shell import saving
    from competence_app.store import feedback

    packs = feedback.packs_of(context.db, context.profile.id)
    if not packs:
        QMessageBox.information(
            parent,
            translate("FeedbackPaper", "No feedback pack yet"),
            translate(
                "FeedbackPaper",
                "Feedback from paper answers a feedback pack. Make one first with Plan > Ask my "
                "mentor or someone else for feedback…, print it or send it, then type in what "
                "comes back here.",
            ),
        )
        return False
    dialog = FeedbackPaperDialog(context, packs, parent)
    if not dialog.exec():
        return False
    answer = dialog.feedback_round()
    if not saving.write(context, parent, lambda: feedback.save_round(context.db, answer)):
        return False
    context.events.feedback_changed.emit()  # Results and the Plan show it beside at once
    return True
