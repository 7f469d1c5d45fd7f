"""One page of the reflection: a role profile, what it asks, and two 0-4 ratings."""

from __future__ import annotations

import dataclasses

from competence_app.domain.framework import Framework, Role
from competence_app.domain.model import ROLE_SCALE_MAX, RoleAnswer
from competence_app.gui.look import style
from competence_app.gui.pages.answer_page import AnswerPage, show_quietly
from competence_app.gui.widgets.accessible import titled
from competence_app.gui.widgets.basics import heading, help_label, page_layout, text_label
from competence_app.gui.widgets.choices import NumberScale
from competence_app.gui.widgets.groups import option_group
from competence_app.gui.widgets.long_text import with_note


class RolePage(AnswerPage):
    """Emits answer_changed with the whole answer whenever any part of it is given."""

    def __init__(self, framework: Framework, role: Role, parent=None):
        super().__init__(RoleAnswer(role.id), parent)
        self.role = role
        self.setObjectName(f"role-{role.id}")
        titled(self, role.name)  # said as Page Down reaches this page
        layout = page_layout(self)
        layout.addWidget(heading(role.name, style.TITLE_SCALE, level=1))
        layout.addWidget(text_label(role.description))
        layout.addSpacing(style.SPACING)
        layout.addWidget(heading(self.tr("What it asks of you")))
        layout.addWidget(text_label(role.asks))
        layout.addSpacing(style.SPACING)
        layout.addWidget(heading(self.tr("Risks and dilemmas")))
        layout.addWidget(text_label(role.risks))
        carrying = [framework.competence(cid).name for cid in role.carrying_competences()]
        layout.addSpacing(style.SPACING)
        layout.addWidget(heading(self.tr("The competences it leans on most")))
        lean = ", ".join(carrying)
        if role.weights_reason:
            lean += ". " + role.weights_reason
        layout.addWidget(text_label(lean))

        scale = [
            self.tr("Not at all"),
            self.tr("A little"),
            self.tr("Somewhat"),
            self.tr("Mostly"),
            self.tr("Very much"),
        ]
        assert len(scale) == ROLE_SCALE_MAX + 1
        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("This describes what I do now")))
        self.now = NumberScale(scale)
        self.now.chosen.connect(self._now_chosen)
        # Named groups, so the two rows of "0 Not at all … 4 Very much" do not sound the same.
        layout.addWidget(
            option_group(
                self.tr("How much {name} describes what I do now").format(name=role.name), self.now
            )
        )
        layout.addWidget(heading(self.tr("I'd like to grow into this")))
        self.wish = NumberScale(scale)
        self.wish.chosen.connect(self._wish_chosen)
        layout.addWidget(
            option_group(
                self.tr("How much I'd like to grow into {name}").format(name=role.name), self.wish
            )
        )
        layout.addWidget(
            help_label(self.tr("Keys 0 to 4 set the scale you are on (or the first one)."))
        )

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("Notes")))
        self.notes = self._text_box(
            "notes",
            self.tr("Notes about {name}").format(name=role.name),
            self.tr("Anything you want to remember about this role and you."),
            fewest=4,
        )
        layout.addWidget(with_note(self.notes))
        layout.addStretch(1)

    def set_answer(self, answer: RoleAnswer) -> None:
        """Show a stored answer without emitting answer_changed."""
        self._answer = dataclasses.replace(answer)
        self.now.set_value(answer.now)
        self.wish.set_value(answer.wish)
        show_quietly(self.notes, lambda: self.notes.setPlainText(answer.notes))

    def focus_first(self) -> None:
        self.now.focus_choice()

    def _now_chosen(self, value: object) -> None:
        self._update(now=int(value))

    def _wish_chosen(self, value: object) -> None:
        self._update(wish=int(value))

    def handle_digit(self, digit: int) -> bool:
        """Digits 0-4 set the scale that has focus, or 'now' when neither has."""
        if 0 <= digit <= ROLE_SCALE_MAX:
            target = self.wish if self.wish.has_focus_inside() else self.now
            target.choose(digit)
            return True
        return False
