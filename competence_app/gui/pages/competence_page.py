"""One page of the reflection: a competence, its five levels, confidence, a story."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QWidget

from competence_app.domain.framework import Competence, Framework
from competence_app.domain.model import CompetenceAnswer
from competence_app.gui.look import style
from competence_app.gui.pages.answer_page import AnswerPage, show_quietly
from competence_app.gui.shell.shortcuts import NOT_YET_DIGIT
from competence_app.gui.widgets.accessible import titled
from competence_app.gui.widgets.basics import (
    bullet_list,
    heading,
    help_label,
    meaning_label,
    page_layout,
    text_label,
)
from competence_app.gui.widgets.choices import NumberScale, SentenceChoice
from competence_app.gui.widgets.groups import option_group
from competence_app.gui.widgets.long_text import with_note
from competence_app.wording import confidence_labels

NOT_YET = "not_yet"


class CompetencePage(AnswerPage):
    """Emits answer_changed with the whole answer whenever any part of it is given."""

    def __init__(self, framework: Framework, competence: Competence, parent=None):
        super().__init__(CompetenceAnswer(competence.id), parent)
        self.competence = competence
        self.setObjectName(f"competence-{competence.id}")
        titled(self, competence.name)  # said as Page Down reaches this page
        layout = page_layout(self)

        layout.addWidget(heading(competence.name, style.TITLE_SCALE, level=1))
        layout.addWidget(meaning_label(competence.meaning))
        layout.addWidget(text_label(competence.description))

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("Where am I now?")))
        layout.addWidget(
            help_label(
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
        self.levels.chosen.connect(self._level_chosen)
        # Named groups: the name is spoken as focus enters, so a person hears which
        # competence and which question the options answer.
        layout.addWidget(
            option_group(self.tr("Level for {name}").format(name=competence.name), self.levels)
        )

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("How confident do I feel about this?")))
        self.confidence = NumberScale(
            list(confidence_labels()),
            start=1,
        )
        self.confidence.chosen.connect(self._confidence_chosen)
        layout.addWidget(
            option_group(
                self.tr("Confidence in {name}").format(name=competence.name), self.confidence
            )
        )

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("An example or story")))
        layout.addWidget(text_label(self.tr("Some questions that may help:")))
        layout.addWidget(bullet_list(competence.prompts))
        self.example = self._text_box(
            "example",
            self.tr("An example or story for {name}").format(name=competence.name),
            self.tr(
                "A time you used this, or wished you could. Only you see this unless you share it."
            ),
            fewest=5,
        )
        layout.addWidget(with_note(self.example))
        # What I did: the activities of my involvement that used this competence, as real
        # examples a level can rest on. Hidden until there is one.
        self.did_heading = heading(self.tr("What I did"))
        self.did_list = text_label(selectable=True)
        self.did_list.setAccessibleName(self.tr("What I did: activities that used this"))
        for widget in (self.did_heading, self.did_list):
            widget.setVisible(False)
            layout.addWidget(widget)

        # Only asked when reflecting again: hidden on a first reflection.
        self.look_back_box = QWidget()
        look_back = page_layout(self.look_back_box)
        look_back.setContentsMargins(0, 0, 0, 0)
        look_back.addWidget(heading(self.tr("Looking back")))
        self.look_back_question = text_label()
        look_back.addWidget(self.look_back_question)
        look_back.addWidget(
            text_label(
                self.tr(
                    "Many people rate their start lower once they know more about a skill. Answer only "
                    "if it helps; it is shown beside your earlier rating, never instead of it."
                )
            )
        )
        self.look_back = NumberScale(
            [f"{n}. {name}" for n, name in enumerate(framework.level_names, start=1)], start=1
        )
        self.look_back.chosen.connect(lambda value: self._update(look_back=int(value)))
        look_back.addWidget(
            option_group(
                self.tr("Looking back, my level in {name} at the start").format(
                    name=competence.name
                ),
                self.look_back,
            )
        )
        self.look_back_box.setVisible(False)
        layout.addWidget(self.look_back_box)

        self.develop = QCheckBox(self.tr("I want to develop this"))
        self.develop.setAccessibleName(
            self.tr("I want to develop {name}").format(name=competence.name)
        )
        self.develop.toggled.connect(self._develop_toggled)
        layout.addWidget(self.develop)
        self.carried_note = text_label(
            self.tr("Ticked because you chose it last time. Untick it if it no longer fits.")
        )
        self.carried_note.setVisible(False)
        layout.addWidget(self.carried_note)
        layout.addWidget(text_label(self.tr("Ideas for developing it:")))
        layout.addWidget(bullet_list(competence.develop))
        layout.addStretch(1)

    def set_answer(self, answer: CompetenceAnswer) -> None:
        """Show a stored answer without emitting answer_changed."""
        self._answer = dataclasses.replace(answer)
        self.levels.set_value(NOT_YET if answer.not_yet else answer.level)
        self.confidence.set_value(answer.confidence)
        self.look_back.set_value(answer.look_back)
        show_quietly(self.example, lambda: self.example.setPlainText(answer.example))
        show_quietly(self.develop, lambda: self.develop.setChecked(answer.develop))

    def show_carried(self, carried: bool) -> None:
        """Say that 'I want to develop this' was carried over from the last reflection."""
        self.carried_note.setVisible(carried and self.develop.isChecked())
        if carried:
            self.develop.setAccessibleDescription(self.carried_note.text())

    def ask_look_back(self, since: str | None) -> None:
        """Show the look-back question when there is an earlier reflection to look back to."""
        self.look_back_box.setVisible(since is not None)
        if since is not None:
            self.look_back_question.setText(
                self.tr(
                    "Looking back, where were you really in {name} at the start, when you reflected "
                    "on {since}?"
                ).format(name=self.competence.name, since=since)
            )

    def show_activities(self, titles: list[str], more: int = 0) -> None:
        """The activities that used this competence, newest first (a few, then how many more)."""
        lines = [f"•  {title}" for title in titles]
        if more:
            lines.append(self.tr("… and {count} more in My involvement").format(count=more))
        self.did_list.setText("\n".join(lines))
        for widget in (self.did_heading, self.did_list):
            widget.setVisible(bool(titles))

    def focus_first(self) -> None:
        self.levels.focus_choice()

    def _level_chosen(self, value: object) -> None:
        not_yet = value == NOT_YET
        self._update(not_yet=not_yet, level=None if not_yet else int(value))

    def _confidence_chosen(self, value: object) -> None:
        self._update(confidence=int(value))

    def _develop_toggled(self, checked: bool) -> None:
        if not checked:
            self.carried_note.setVisible(False)
        self._update(develop=checked)

    def handle_digit(self, digit: int) -> bool:
        """Digits 1-5 choose a level, 0 'not had the chance yet'."""
        if digit == NOT_YET_DIGIT:
            self.levels.choose(NOT_YET)
            return True
        if 1 <= digit <= len(self.competence.levels):
            self.levels.choose(digit)
            return True
        return False
