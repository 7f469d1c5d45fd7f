"""Plan > Ask my mentor or someone else for feedback…: who it is for, what they see, then
the one save dialog; the pack is written by reports.feedback_pack and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.feedback import ANONYMOUS_MINIMUM, RELATIONS
from competence_app.domain.model import Reflection
from competence_app.gui.dialogs.export_dialog import section_names
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import text_label
from competence_app.gui.widgets.consent import ContentsPreview, SectionsBox
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.gui.widgets.flow_layout import FlowLayout
from competence_app.i18n import translate
from competence_app.reports.feedback_pack import PACK_SECTIONS, PackOptions, relation_names


class FeedbackDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Ask for feedback"))
        # The choices scroll at 200 % text on a laptop; the buttons stay in view below them.
        layout, outer = scrolling_body(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "A feedback pack is a web page with the parts of your plan you choose and a "
                    "short form. It opens in any web browser; their feedback comes back as a "
                    "file. It sits beside your own answers and never changes them."
                )
            )
        )
        who = QGroupBox(self.tr("Who it is for"))
        column = QVBoxLayout(who)
        choices = QWidget()
        flow = FlowLayout(choices)  # side by side, wrapping at large text sizes
        flow.setContentsMargins(0, 0, 0, 0)
        self._relation_group = QButtonGroup(self)
        self.relation_buttons: dict[str, QRadioButton] = {}
        for key, name in relation_names().items():
            button = QRadioButton(name)
            button.setChecked(key == RELATIONS[0])
            button.toggled.connect(self._describe)
            self._relation_group.addButton(button)
            self.relation_buttons[key] = button
            flow.addWidget(button)
        column.addWidget(choices)
        self.anonymous = QCheckBox(self.tr("They may answer without their name"))
        self.anonymous.setAccessibleDescription(self._anonymous_note())
        self.anonymous.toggled.connect(self._describe)
        column.addWidget(self.anonymous)
        layout.addWidget(who)
        self.sections = SectionsBox(pack_section_names(), PACK_SECTIONS, self.tr("What they see"))
        self.sections.changed.connect(self._describe)
        self.contents = ContentsPreview(
            self.tr("What the pack will contain"), self.tr("What the feedback pack will contain")
        )
        # Side by side: each tick and what it changes in view together, and the dialog fits
        # a 1366x768 screen.
        row = QHBoxLayout()
        row.addWidget(self.sections, 1)
        row.addWidget(self.contents, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save the feedback pack…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.relation_buttons[RELATIONS[0]].setFocus()
        self._describe()
        fit_to_screen(self, chars=110)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Wrapped sentences know their height only once their width is known: size again.
        QTimer.singleShot(0, self, lambda: fit_to_screen(self, chars=110))

    def _anonymous_note(self) -> str:
        return self.tr(
            "Anonymous answers are shown only together, once at least {count} people have "
            "answered the same pack anonymously."
        ).format(count=ANONYMOUS_MINIMUM)

    def relation(self) -> str:
        return next((k for k, b in self.relation_buttons.items() if b.isChecked()), RELATIONS[0])

    def options(self) -> PackOptions:
        return PackOptions(
            relation=self.relation(),
            sections=self.sections.chosen(),
            allow_anonymous=self.anonymous.isChecked(),
        )

    def _describe(self, *_args) -> None:
        chosen = self.sections.chosen()
        names = pack_section_names()
        profile = self.context.profile
        lines = []
        if profile is not None and profile.name.strip():
            lines.append(self.tr("Your name: {name}").format(name=profile.name.strip()))
        shown = [names[key] for key in names if key in chosen]
        lines.append(
            self.tr("From your plan: {parts}").format(parts=", ".join(shown))
            if shown
            else self.tr("Nothing from your plan: only the form")
        )
        for key, shown_line, kept_line in (
            (
                "stories",
                self.tr("Your examples and stories: in the pack, as you ticked"),
                self.tr("Your examples and stories: not in the pack"),
            ),
            (
                "wellbeing",
                self.tr("Looking after myself: in the pack, as you ticked"),
                self.tr("Looking after myself: not in the pack"),
            ),
        ):
            lines.append(shown_line if key in chosen else kept_line)
        asks = []
        if "competences" in chosen:
            asks.append(self.tr("what they have seen of each competence"))
        if "goals" in chosen:
            asks.append(self.tr("each goal"))
        asks.append(self.tr("strengths and next steps"))
        lines.append(self.tr("The form asks about: {asks}").format(asks="; ".join(asks)))
        lines.append(
            self._anonymous_note()
            if self.anonymous.isChecked()
            else self.tr("They give their name with their answers")
        )
        self.contents.show_lines(lines)
        self.adjustSize()  # the list grows and shrinks with each tick


def ask_for_feedback(
    context: AppContext, parent: QWidget, reflection: Reflection | None
) -> Path | None:
    from competence_app.gui.dialogs import save_dialog
    from competence_app.reports.feedback_pack import suggested_name, write_pack

    dialog = FeedbackDialog(context, parent)
    if not dialog.exec():
        return None
    options = dialog.options()
    path, _ = save_dialog.ask_save_path(
        parent,
        save_dialog.FEEDBACK,
        translate("feedback", "Save the feedback pack as"),
        suggested_name(options.relation),
        translate("feedback", "Web page (*.html)"),
        context.data_dir,
    )
    if path is None:
        return None
    return save_dialog.write_and_tell(
        parent,
        lambda: write_pack(
            context.db,
            context.framework,
            context.profile.id,
            options,
            save_dialog.with_suffix(path, ".html", also=(".htm",)),
            reflection.id if reflection else None,
        )[0],
        translate("feedback", "Making the feedback pack…"),
        translate("feedback", "The feedback pack was not saved"),
        translate("feedback", "Feedback pack saved"),
        translate(
            "feedback",
            "Your feedback pack is saved as:\n{path}\n\nSend it to them (by email or on a USB "
            "stick). It opens in any web browser. When their feedback file comes back, bring it "
            "in with File > Import feedback.",
        ),
        offer_to_open=False,
    )


def pack_section_names() -> dict[str, str]:
    """The parts of the plan a pack can show (never other givers' feedback)."""
    from competence_app.reports.feedback_pack import PACK_CHOICES

    return {key: name for key, name in section_names().items() if key in PACK_CHOICES}
