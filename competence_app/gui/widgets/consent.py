"""Choosing what leaves the app, the same way everywhere it can leave (File > Export plan…,
Print…, Group > Share with my group…, Plan > Ask for feedback…): the parts of the plan as
tick boxes, the personal ones never ticked until the person ticks them at that moment,
and a plain list of exactly what the file will hold, kept up to date with every tick."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from competence_app.gui.widgets.basics import heading, text_label
from competence_app.reports.options import PRIVATE_SECTIONS
from competence_app.wording import join_names


class SectionsBox(QGroupBox):
    """'What goes in': one tick box per section, personal ones explained and left unticked."""

    changed = Signal()

    def __init__(
        self, names: dict[str, str], chosen: frozenset[str], title: str, parent=None
    ) -> None:
        super().__init__(title, parent)
        column = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for key, name in names.items():
            box = QCheckBox(name)
            # Personal sections start unticked whatever was chosen before.
            box.setChecked(key in chosen and key not in PRIVATE_SECTIONS)
            box.toggled.connect(self.changed)
            self.boxes[key] = box
            column.addWidget(box)
        # Only the personal parts offered here are named (a feedback pack never offers
        # what another giver said).
        personal = [f"\u201c{names[key]}\u201d" for key in names if key in PRIVATE_SECTIONS]
        if len(personal) == 1:
            said = self.tr("{section} is personal. It is left out unless you tick it, each time.")
        else:
            said = self.tr(
                "{sections} are personal. They are left out unless you tick them, each time."
            )
        note = text_label(
            said.format(section=personal[0] if personal else "", sections=join_names(personal))
        )
        column.addWidget(note)
        # Heard with the personal choices themselves, as Tab lands on them, and with the group.
        for key in PRIVATE_SECTIONS & self.boxes.keys():
            self.boxes[key].setAccessibleDescription(note.text())
        self.setAccessibleDescription(note.text())
        self.note = note

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A wrapped note inside a box of tick boxes is given one line's height by Qt until
        # its width is known: ask again for the height its width needs.
        needed = self.note.heightForWidth(self.note.width())
        if needed > 0 and needed != self.note.minimumHeight():
            self.note.setMinimumHeight(needed)

    def chosen(self) -> frozenset[str]:
        return frozenset(k for k, box in self.boxes.items() if box.isChecked())


class ContentsPreview(QWidget):
    """'What the file will contain': a heading and a bulleted list, read as one text."""

    def __init__(self, title: str, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(title))
        self.label: QLabel = text_label()
        self.label.setAccessibleName(accessible_name)
        column.addWidget(self.label)

    def show_lines(self, lines: list[str]) -> None:
        self.label.setText("\n".join(f"\u2022  {line}" for line in lines))

    def text(self) -> str:
        return self.label.text()
