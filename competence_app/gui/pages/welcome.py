"""First run: what the app is for, where data stays, a name and the words I use for myself."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from competence_app.domain.framework import Framework
from competence_app.gui.look import style
from competence_app.gui.widgets.accessible import titled
from competence_app.gui.widgets.basics import heading, help_label, page_layout, text_label

WORD_COLUMNS = 3


@functools.cache
def _shipped_word_lists() -> tuple[tuple[str, ...], ...]:
    """The self-description words of every framework file shipped with the app, one list
    per language, in the same order."""
    import tomllib

    from competence_app.paths import resource_path

    lists = []
    for path in sorted(resource_path("resources", "framework").glob("*.toml")):
        try:
            words = tomllib.loads(path.read_text("utf-8"))["self_descriptions"]["words"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        lists.append(tuple(str(word) for word in words))
    return tuple(lists)


def words_in_language(framework: Framework, words: list[str]) -> list[str]:
    """Words chosen in another language shown as the same words of this framework: "carer"
    chosen in English is "cuidador/a" in a Spanish session. A person's own words stay."""
    mine = tuple(framework.self_descriptions)
    shown: list[str] = []
    for word in words:
        for other in _shipped_word_lists():
            if word in other and len(other) == len(mine):
                word = mine[other.index(word)]
                break
        if word not in shown:
            shown.append(word)
    return shown


class ProfileForm(QWidget):
    """Name or pseudonym, and self-description words (the framework's and the person's own)."""

    def __init__(self, framework: Framework, parent=None):
        super().__init__(parent)
        self._framework = framework
        layout = page_layout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name_caption = QLabel(self.tr("&Name or pseudonym (optional):"))
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setAccessibleName(self.tr("Name or pseudonym, optional"))
        self.name.setPlaceholderText(self.tr("Any name you like, or leave it empty"))
        name_caption.setBuddy(self.name)
        layout.addWidget(name_caption)
        layout.addWidget(self.name)

        box = QGroupBox(self.tr("Words I use for myself (pick any, or none)"))
        self._grid = QGridLayout(box)
        self._grid.setHorizontalSpacing(style.SPACING * 2)
        self.word_boxes: list[QCheckBox] = []
        for word in framework.self_descriptions:
            self._add_word_box(word, checked=False)
        layout.addWidget(box)

        own = QHBoxLayout()
        own_caption = QLabel(self.tr("&Add my own word:"))
        self.own_word = QLineEdit()
        self.own_word.setMaxLength(40)
        self.own_word.setAccessibleName(self.tr("My own word for myself"))
        own_caption.setBuddy(self.own_word)
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add my own word"))
        add.clicked.connect(self._add_own)
        self.own_word.returnPressed.connect(self._add_own)
        own.addWidget(own_caption)
        own.addWidget(self.own_word, 1)
        own.addWidget(add)
        layout.addLayout(own)

    def _add_word_box(self, word: str, checked: bool) -> QCheckBox:
        box = QCheckBox(word)
        box.setChecked(checked)
        index = len(self.word_boxes)
        self._grid.addWidget(box, index // WORD_COLUMNS, index % WORD_COLUMNS)
        self.word_boxes.append(box)
        return box

    def _add_own(self) -> None:
        word = " ".join(self.own_word.text().split())
        if not word:
            return
        for box in self.word_boxes:
            if box.text().casefold() == word.casefold():
                box.setChecked(True)
                break
        else:
            self._add_word_box(word, checked=True)
        self.own_word.clear()

    def words(self) -> list[str]:
        return [box.text() for box in self.word_boxes if box.isChecked()]

    def set_values(self, name: str, words: list[str]) -> None:
        self.name.setText(name)
        words = words_in_language(self._framework, words)
        for box in self.word_boxes:
            box.setChecked(box.text() in words)
        known = {box.text() for box in self.word_boxes}
        for word in words:
            if word not in known:
                self._add_word_box(word, checked=True)


class WelcomePage(QWidget):
    started = Signal(str, list, str)  # name, words, label of the first reflection

    def __init__(self, framework: Framework, data_dir: Path, parent=None):
        super().__init__(parent)
        layout = page_layout(self)
        title = self.tr("Welcome to Citizen Leadership Companion")
        titled(self, title)
        layout.addWidget(heading(title, style.TITLE_SCALE, level=1))
        layout.addWidget(
            text_label(
                self.tr(
                    "This is a quiet place to think about your work as a citizen leader. You bring "
                    "your lived experience of health and social care. You might do this on a "
                    "panel, as a carer, in a peer group, in campaigns, in teaching or in research."
                )
            )
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "You will look at nine competences and four roles, one page at a time. There are "
                    "no right answers and no scores to pass. You can stop whenever you like: every "
                    "answer is saved the moment you give it, and you will come back to the same page."
                )
            )
        )
        # A heading names the note; the note keeps its own words for a screen reader.
        layout.addWidget(heading(self.tr("Where your answers are kept")))
        privacy = text_label(
            self.tr(
                "Everything you write stays on this computer, in this folder:\n{folder}\n"
                "Nothing is sent over the internet."
            ).format(folder=str(data_dir)),
            selectable=True,
        )
        layout.addWidget(privacy)
        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("About you")))
        self.form = ProfileForm(framework)
        layout.addWidget(self.form)

        label_row = QHBoxLayout()
        label_caption = QLabel(self.tr("A &label for this reflection (optional):"))
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText(self.tr("for example: Start of programme"))
        self.label.setAccessibleName(self.tr("Label for this reflection, optional"))
        label_caption.setBuddy(self.label)
        label_row.addWidget(label_caption)
        label_row.addWidget(self.label, 1)
        layout.addLayout(label_row)

        layout.addSpacing(style.SECTION_GAP)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("&Start my reflection"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(help_label(framework.credit))

    def _start(self) -> None:
        self.started.emit(
            self.form.name.text().strip(), self.form.words(), self.label.text().strip()
        )
