"""File > Export my involvement record…: the period, the parts, the personal ticks and the
format, then the project's one save dialog and the one document path (reports.render).

The personal parts (what changed in my own words, my debriefs) start unticked every
time the dialog opens and are never remembered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from competence_app.gui.dialogs import save_dialog
from competence_app.gui.dialogs.export_dialog import format_names, locale_paper
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import text_label
from competence_app.gui.widgets.date_field import date_edit
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.i18n import translate
from competence_app.reports.involvement import (
    DEFAULT_FIELDS,
    FIELDS,
    FORMATS,
    PRIVATE_FIELDS,
    RecordOptions,
    default_period,
    field_names,
)
from competence_app.reports.options import PAPER_SIZES, ExportError


def record_format_names() -> dict[str, str]:
    names = format_names()
    return {
        "pdf": names["pdf"],
        "docx": names["docx"],
        "csv": translate("RecordDialog", "Spreadsheet (CSV), to sort and add up"),
    }


def _date_edit(day: date, name: str) -> QDateEdit:
    return date_edit(name, QDate(day.year, day.month, day.day))


class RecordDialog(QDialog):
    def __init__(self, parent=None, today: date | None = None, paper: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export my involvement record"))
        # The choices scroll at large text sizes; the buttons stay in view below them.
        layout, outer = scrolling_body(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "A record of what you did, for the time you choose: for a CV or an "
                    "application for a paid role, for a benefits journal, or to chase the "
                    "expenses still owed to you."
                )
            )
        )
        start, end = default_period(today)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.start = _date_edit(start, self.tr("From"))
        self.end = _date_edit(end, self.tr("To"))
        for caption, edit in ((self.tr("&From"), self.start), (self.tr("&To"), self.end)):
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)

        names = field_names()
        parts = QGroupBox(self.tr("What goes in"))
        column = QVBoxLayout(parts)
        self.field_boxes: dict[str, QCheckBox] = {}
        for key in FIELDS:
            if key in PRIVATE_FIELDS:
                continue
            box = QCheckBox(names[key])
            box.setChecked(key in DEFAULT_FIELDS)
            self.field_boxes[key] = box
            column.addWidget(box)
        layout.addWidget(parts)

        personal = QGroupBox(self.tr("Personal: only if you tick them now"))
        column = QVBoxLayout(personal)
        note = text_label(
            self.tr(
                "You wrote these for yourself. They are left out unless you tick them, "
                "each time you export."
            )
        )
        column.addWidget(note)  # why first, then the ticks
        for key in FIELDS:
            if key not in PRIVATE_FIELDS:
                continue
            box = QCheckBox(names[key])
            box.setChecked(False)  # never remembered
            box.setAccessibleDescription(note.text())
            self.field_boxes[key] = box
            column.addWidget(box)
        personal.setAccessibleDescription(note.text())
        layout.addWidget(personal)

        box = QGroupBox(self.tr("Format"))
        column = QVBoxLayout(box)
        self._format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, name in record_format_names().items():
            button = QRadioButton(name)
            button.setChecked(key == "pdf")
            self._format_group.addButton(button)
            self.format_buttons[key] = button
            column.addWidget(button)
        paper_row = QFormLayout()
        paper_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(PAPER_SIZES.index(paper or locale_paper()))
        paper_row.addRow(self.tr("Paper size"), self.paper)
        column.addLayout(paper_row)
        layout.addWidget(box)
        # A spreadsheet has no paper.
        self.format_buttons["csv"].toggled.connect(lambda on: self.paper.setEnabled(not on))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        outer.addLayout(row)
        for widget in self.field_boxes.values():
            widget.toggled.connect(self._check)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)
        self.start.setFocus()
        fit_to_screen(self)

    def _check(self, *_args) -> None:
        """Export only with a part chosen and a period that ends after it starts."""
        chosen = any(box.isChecked() for box in self.field_boxes.values())
        self.ok.setEnabled(chosen and self.start.date() <= self.end.date())

    def options(self) -> RecordOptions:
        chosen = next((k for k, b in self.format_buttons.items() if b.isChecked()), FORMATS[0])
        return RecordOptions(
            start=self.start.date().toPython(),
            end=self.end.date().toPython(),
            fields=frozenset(k for k, box in self.field_boxes.items() if box.isChecked()),
            format=chosen,
            paper=self.paper.currentData(),
        )


def run_record_export(context: AppContext, parent: QWidget) -> Path | None:
    """Ask what goes in and where, write the record, offer to open it."""
    from competence_app.reports.involvement import export_record

    dialog = RecordDialog(parent)
    if not dialog.exec():
        return None
    try:
        options = dialog.options()
    except ExportError as error:
        QMessageBox.warning(
            parent, translate("RecordDialog", "The record was not saved"), str(error)
        )
        return None
    filters = {
        "pdf": translate("export", "PDF document (*.pdf)"),
        "docx": translate("export", "Word document (*.docx)"),
        "csv": translate("RecordDialog", "Spreadsheet (*.csv)"),
    }
    path, _ = save_dialog.ask_save_path(
        parent,
        save_dialog.RECORD,
        translate("RecordDialog", "Save my involvement record as"),
        save_dialog.dated_name("involvement-record", f".{options.format}"),
        filters[options.format],
        context.data_dir,
    )
    if path is None:
        return None
    return save_dialog.write_and_tell(
        parent,
        lambda: export_record(
            context.db,
            context.framework,
            context.profile.id,
            options,
            save_dialog.with_suffix(path, f".{options.format}"),
        ),
        translate("RecordDialog", "Writing your involvement record…"),
        translate("RecordDialog", "The record was not saved"),
        translate("RecordDialog", "Record saved"),
        translate("RecordDialog", "Your involvement record is saved as:\n{path}\n\nOpen it now?"),
    )
