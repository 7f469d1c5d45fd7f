"""The parts of the plan that are not goals: looking after myself, and my mentor."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from competence_app.domain.plan import Mentor, Wellbeing
from competence_app.gui.shell import saving
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import Debouncer, heading, page_layout, text_label
from competence_app.gui.widgets.date_field import DateField
from competence_app.gui.widgets.long_text import LongText, text_box, with_note
from competence_app.store import plans as store


def _row(form: QFormLayout, caption: str, widget: QWidget) -> None:
    label = QLabel(caption)
    label.setBuddy(widget)
    form.addRow(label, with_note(widget) if isinstance(widget, LongText) else widget)


class WellbeingEditor(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Looking after myself")))
        layout.addWidget(
            text_label(
                self.tr(
                    "Using your own experience to change things can be tiring, and some meetings "
                    "bring hard memories back. Noticing what drains you and what restores you helps "
                    "you keep going. This part stays private unless you choose to include it in an "
                    "exported plan."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.drains = text_box(self.tr("What drains me"), most=4)
        self.restores = text_box(self.tr("What restores me"), most=4)
        self.talk_to = text_box(
            self.tr("Who I talk things over with after difficult meetings"), most=4
        )
        _row(form, self.tr("What &drains me"), self.drains)
        _row(form, self.tr("What &restores me"), self.restores)
        _row(form, self.tr("Who I &talk things over with after difficult meetings"), self.talk_to)
        layout.addLayout(form)
        layout.addStretch(1)
        self._saver = Debouncer(self._save, parent=self)
        for box in (self.drains, self.restores, self.talk_to):
            box.textChanged.connect(self._saver.poke)

    def show_wellbeing(self, wellbeing: Wellbeing) -> None:
        for box, text in (
            (self.drains, wellbeing.drains),
            (self.restores, wellbeing.restores),
            (self.talk_to, wellbeing.talk_to),
        ):
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)

    def flush(self) -> None:
        self._saver.flush()

    def _save(self) -> None:
        wellbeing = Wellbeing(
            self.drains.toPlainText(), self.restores.toPlainText(), self.talk_to.toPlainText()
        )
        profile_id = self.context.profile.id
        saving.write(
            self.context,
            self,
            lambda: store.save_wellbeing(self.context.db, profile_id, wellbeing),
            retry_key=("wellbeing", profile_id),
        )


class MentorEditor(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("My mentor and reviews")))
        layout.addWidget(
            text_label(
                self.tr(
                    "A mentor, a peer or a trusted colleague can help you look back at your plan every "
                    "few months. Their notes sit beside yours, never mixed into them."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Mentor's name"))
        self.how = QLineEdit()
        self.how.setAccessibleName(self.tr("How and how often we meet"))
        self.how.setPlaceholderText(self.tr("For example: a video call every two months"))
        self.next_review = DateField(self.tr("Next review on"))
        _row(form, self.tr("Mentor's &name"), self.name)
        _row(form, self.tr("&How and how often we meet"), self.how)
        form.addRow(self.tr("Next review"), self.next_review)
        layout.addLayout(form)
        layout.addStretch(1)
        self._saver = Debouncer(self._save, parent=self)
        for edit in (self.name, self.how):
            edit.textEdited.connect(self._saver.poke)
            edit.editingFinished.connect(self._saver.flush)
        self.next_review.changed.connect(self._save)

    def show_mentor(self, mentor: Mentor) -> None:
        for edit, text in ((self.name, mentor.name), (self.how, mentor.how_we_meet)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.next_review.set_iso(mentor.next_review)

    def flush(self) -> None:
        self._saver.flush()

    def _save(self, *_args) -> None:
        mentor = Mentor(self.name.text(), self.how.text(), self.next_review.iso())
        profile_id = self.context.profile.id
        saving.write(
            self.context,
            self,
            lambda: store.save_mentor(self.context.db, profile_id, mentor),
            retry_key=("mentor", profile_id),
        )
