"""One page of the reflection: a competence, its five levels, confidence, a story."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from competence_app.domain.framework import Competence, Framework
from competence_app.domain.model import CompetenceAnswer
from competence_app.gui import style
from competence_app.gui.choices import NumberScale, SentenceChoice
from competence_app.gui.shortcuts import NOT_YET_DIGIT
from competence_app.gui.widgets import Debouncer, bullet_list, heading, page_layout, text_label

NOT_YET = "not_yet"


class CompetencePage(QWidget):
    """Emits answer_changed with the whole answer whenever any part of it is given."""

    answer_changed = Signal(object)

    def __init__(self, framework: Framework, competence: Competence, parent=None):
        super().__init__(parent)
        self.competence = competence
        self._answer = CompetenceAnswer(competence.id)
        self.setObjectName(f"competence-{competence.id}")
        layout = page_layout(self)

        layout.addWidget(heading(competence.name, style.TITLE_SCALE, level=1))
        meaning = text_label(competence.meaning)
        meaning.setStyleSheet("font-style: italic;")
        layout.addWidget(meaning)
        layout.addWidget(text_label(competence.description))

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("Where am I now?")))
        layout.addWidget(
            text_label(
                self.tr(
                    "Choose the sentence closest to what you do today. Keys 1 to 5 choose "
                    "a level; 0 means you haven't had the chance yet."
                )
            )
        )
        options: list[tuple[object, str, str]] = [
            (number, self.tr("{n}. {name}").format(n=number, name=name), sentence)
            for number, (name, sentence) in enumerate(
                zip(framework.level_names, competence.levels, strict=True), start=1
            )
        ]
        options.append(
            (
                NOT_YET,
                self.tr("I haven't had the chance yet"),
                self.tr("This is not a low level: it just hasn't come up for me so far."),
            )
        )
        self.levels = SentenceChoice(options)
        self.levels.setAccessibleName(self.tr("Level for {name}").format(name=competence.name))
        self.levels.chosen.connect(self._level_chosen)
        layout.addWidget(self.levels)

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("How confident do I feel about this?")))
        self.confidence = NumberScale(
            [self.tr("Not very confident"), self.tr("Fairly confident"), self.tr("Very confident")],
            start=1,
        )
        self.confidence.setAccessibleName(self.tr("Confidence"))
        self.confidence.chosen.connect(self._confidence_chosen)
        layout.addWidget(self.confidence)

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("An example or story")))
        layout.addWidget(text_label(self.tr("Some questions that may help:")))
        layout.addWidget(bullet_list(competence.prompts))
        self.example = QPlainTextEdit()
        self.example.setTabChangesFocus(True)
        self.example.setPlaceholderText(
            self.tr(
                "A time you used this, or wished you could. Only you see this unless you share it."
            )
        )
        self.example.setAccessibleName(
            self.tr("An example or story for {name}").format(name=competence.name)
        )
        self.example.setMinimumHeight(110)
        self._example_saver = Debouncer(self._example_typed, parent=self)
        self.example.textChanged.connect(self._example_saver.poke)
        layout.addWidget(self.example)

        self.develop = QCheckBox(self.tr("I want to develop this"))
        self.develop.setAccessibleName(
            self.tr("I want to develop {name}").format(name=competence.name)
        )
        self.develop.toggled.connect(self._develop_toggled)
        layout.addWidget(self.develop)
        layout.addWidget(text_label(self.tr("Ideas for developing it:")))
        layout.addWidget(bullet_list(competence.develop))
        layout.addStretch(1)

    def answer(self) -> CompetenceAnswer:
        return self._answer

    def set_answer(self, answer: CompetenceAnswer) -> None:
        """Show a stored answer without emitting answer_changed."""
        self._answer = CompetenceAnswer(**vars(answer))
        self.levels.set_value(NOT_YET if answer.not_yet else answer.level)
        self.confidence.set_value(answer.confidence)
        self.example.blockSignals(True)
        self.example.setPlainText(answer.example)
        self.example.blockSignals(False)
        self.develop.blockSignals(True)
        self.develop.setChecked(answer.develop)
        self.develop.blockSignals(False)

    def focus_first(self) -> None:
        self.levels.focus_choice()

    def flush(self) -> None:
        self._example_saver.flush()

    def _emit(self) -> None:
        self.answer_changed.emit(CompetenceAnswer(**vars(self._answer)))

    def _level_chosen(self, value: object) -> None:
        self._answer.not_yet = value == NOT_YET
        self._answer.level = None if value == NOT_YET else int(value)
        self._emit()

    def _confidence_chosen(self, value: object) -> None:
        self._answer.confidence = int(value)
        self._emit()

    def _example_typed(self) -> None:
        self._answer.example = self.example.toPlainText()
        self._emit()

    def _develop_toggled(self, checked: bool) -> None:
        self._answer.develop = checked
        self._emit()

    def handle_digit(self, digit: int) -> bool:
        """Digits 1-5 choose a level, 0 'not had the chance yet'."""
        if digit == NOT_YET_DIGIT:
            self.levels.choose(NOT_YET)
            return True
        if 1 <= digit <= len(self.competence.levels):
            self.levels.choose(digit)
            return True
        return False
