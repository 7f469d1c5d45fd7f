"""File > Export plan… and File > Print…: choose format, paper and sections, then write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.model import Reflection
from competence_app.environment import restore_for_children
from competence_app.gui.shell.busy import busy
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import text_label
from competence_app.gui.widgets.consent import SectionsBox
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.i18n import translate
from competence_app.reports.options import (
    DEFAULT_SECTIONS,
    FORMATS,
    PAPER_SIZES,
    PRIVATE_SECTIONS,
    ExportError,
    ExportOptions,
)
from competence_app.settings import EXPORT_CHOICES
from competence_app.store import preferences


def format_names() -> dict[str, str]:
    return {
        "pdf": translate("export", "PDF, to read and print"),
        "docx": translate("export", "Word document (DOCX), to add notes"),
        "odt": translate("export", "OpenDocument (ODT), to add notes in LibreOffice"),
        "html": translate("export", "Web page (HTML), one file"),
        "md": translate("export", "Markdown, plain text"),
    }


def section_names() -> dict[str, str]:
    return {
        "summary": translate("export", "Summary in words"),
        "competences": translate("export", "Competence chart and table"),
        "roles": translate("export", "Roles"),
        "goals": translate("export", "Goals and actions"),
        "supports": translate("export", "Support I need"),
        "wellbeing": translate("export", "Looking after myself"),
        "stories": translate("export", "My examples and stories"),
        "feedback": translate("export", "What my mentor saw"),
        "mentor_notes": translate("export", "Space for my mentor's notes"),
    }


def locale_paper() -> str:
    imperial = QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if QLocale.system().measurementSystem() == imperial else "A4"


def remembered_options(context: AppContext) -> ExportOptions:
    """The last choices made in this data folder, or sensible defaults.

    Personal sections are never among them: the person ticks those each time, even
    where an older version of the app remembered them.
    """
    kept = preferences.read(context.db, EXPORT_CHOICES)
    sections = DEFAULT_SECTIONS if kept["sections"] is None else frozenset(kept["sections"])
    try:
        return ExportOptions(
            format=kept["format"] or "pdf",
            sections=sections - PRIVATE_SECTIONS,
            paper=kept["paper"] or locale_paper(),
        )
    except ExportError:
        return ExportOptions(paper=locale_paper())


def remember(context: AppContext, options: ExportOptions) -> None:
    remembered = sorted(options.sections - PRIVATE_SECTIONS)
    value = {"format": options.format, "sections": remembered, "paper": options.paper}
    preferences.write(context.db, EXPORT_CHOICES, value)


class ExportDialog(QDialog):
    """Format, paper and sections. The choices scroll (at 200 % text on a 1366x768 screen
    they are taller than the screen) while Export and Cancel stay in view below them."""

    def __init__(
        self,
        options: ExportOptions,
        parent=None,
        printing: bool = False,
        long_texts: frozenset[str] = frozenset(),
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print my plan") if printing else self.tr("Export my plan"))
        self._printing = printing
        self._long_texts = long_texts  # sections with a text longer than a PDF shows
        layout, outer = scrolling_body(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        self._format_group = QButtonGroup(self)
        if not printing:
            box = QGroupBox(self.tr("Format"))
            column = QVBoxLayout(box)
            for key, name in format_names().items():
                button = QRadioButton(name)
                button.setChecked(key == options.format)
                button.toggled.connect(self._show_cut_note)
                self._format_group.addButton(button)
                self.format_buttons[key] = button
                column.addWidget(button)
            layout.addWidget(box)

        form = QFormLayout()
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(PAPER_SIZES.index(options.paper))
        form.addRow(self.tr("Paper size"), self.paper)
        layout.addLayout(form)

        self.sections = SectionsBox(section_names(), options.sections, self.tr("What goes in"))
        self.section_boxes = self.sections.boxes
        for box in self.section_boxes.values():
            box.toggled.connect(self._show_cut_note)
        layout.addWidget(self.sections)
        self.cut_note = text_label()
        self.cut_note.setObjectName("cutNote")
        layout.addWidget(self.cut_note)
        layout.addStretch(1)

        if self.format_buttons:
            # Focus on the chosen format, not the first: a keyboard user sees what is chosen.
            chosen = self.format_buttons.get(
                options.format, next(iter(self.format_buttons.values()))
            )
            chosen.setFocus()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Print…") if printing else self.tr("Export…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        outer.addLayout(row)
        self._show_cut_note()
        fit_to_screen(self)

    def _show_cut_note(self) -> None:
        """Say so when the PDF (or the printer) will show only the beginning of a text."""
        pdf = (
            self._printing
            or self.format_buttons.get("pdf", None) is None
            or (self.format_buttons["pdf"].isChecked())
        )
        ticked = (
            {k for k, box in self.section_boxes.items() if box.isChecked()}
            if hasattr(self, "section_boxes")
            else set()
        )
        cut = sorted(self._long_texts & ticked, key=list(section_names()).index)
        if pdf and cut:
            names = ", ".join(f"\u201c{section_names()[key]}\u201d" for key in cut)
            self.cut_note.setText(
                self.tr(
                    "Some of what you wrote in {sections} is longer than a PDF can show "
                    "quickly. The PDF shows the beginning of each long text and says how much "
                    "more there is; nothing is lost, it is all kept in the app. Word, "
                    "OpenDocument, web page and Markdown files hold every word."
                ).format(sections=names)
                if not self._printing
                else self.tr(
                    "Some of what you wrote in {sections} is longer than a printed plan can "
                    "show. The paper shows the beginning of each long text and says how much "
                    "more there is; nothing is lost, it is all kept in the app. Export the plan "
                    "as a Word, OpenDocument, web page or Markdown file to have every word."
                ).format(sections=names)
            )
        self.cut_note.setVisible(bool(pdf and cut))

    def options(self) -> ExportOptions:
        chosen = next((k for k, b in self.format_buttons.items() if b.isChecked()), FORMATS[0])
        return ExportOptions(
            format=chosen,
            sections=self.sections.chosen(),
            paper=self.paper.currentData(),
        )


def _long_texts(context: AppContext, reflection: Reflection | None) -> frozenset[str]:
    """The sections with a text longer than a PDF shows whole, to say so in the dialog."""
    from competence_app.reports.export import texts_a_pdf_cuts

    try:
        return texts_a_pdf_cuts(
            context.db,
            context.framework,
            context.profile.id,
            reflection.id if reflection else None,
        )
    except ExportError:
        return frozenset()  # nothing to export yet: writing the plan will say so


def suggested_path(options: ExportOptions) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder else Path.home()
    return base / f"development-plan-{date.today().isoformat()}.{options.format}"


def run_export(context: AppContext, parent: QWidget, reflection: Reflection | None) -> Path | None:
    from competence_app.reports.export import export_plan

    dialog = ExportDialog(
        remembered_options(context), parent, long_texts=_long_texts(context, reflection)
    )
    if not dialog.exec():
        return None
    options = dialog.options()
    remember(context, options)
    filters = {
        "pdf": translate("export", "PDF document (*.pdf)"),
        "docx": translate("export", "Word document (*.docx)"),
        "odt": translate("export", "OpenDocument text (*.odt)"),
        "html": translate("export", "Web page (*.html)"),
        "md": translate("export", "Markdown (*.md)"),
    }
    from competence_app.gui.dialogs import save_dialog

    path, _ = save_dialog.ask_save_path(
        parent,
        save_dialog.PLAN,
        translate("export", "Save my plan as"),
        suggested_path(options).name,
        filters[options.format],
        context.data_dir,
    )
    if path is None:
        return None
    if path.suffix.lower() != f".{options.format}":
        path = path.with_name(path.name + f".{options.format}")
    try:
        with busy(parent, translate("export", "Writing your plan…")):
            written = export_plan(
                context.db,
                context.framework,
                context.profile.id,
                options,
                path,
                reflection.id if reflection else None,
            )
    except ExportError as error:
        QMessageBox.warning(parent, translate("export", "The plan was not saved"), str(error))
        return None
    answer = QMessageBox.question(
        parent,
        translate("export", "Plan saved"),
        translate("export", "Your plan is saved as:\n{path}\n\nOpen it now?").format(path=written),
    )
    if answer == QMessageBox.StandardButton.Yes:
        restore_for_children()  # the viewer gets the session's libraries, not ours
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written


def run_print(context: AppContext, parent: QWidget, reflection: Reflection | None) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from competence_app.reports.export import print_plan

    dialog = ExportDialog(
        remembered_options(context),
        parent,
        printing=True,
        long_texts=_long_texts(context, reflection),
    )
    if not dialog.exec():
        return False
    chosen = dialog.options()
    options = ExportOptions(format="pdf", sections=chosen.sections, paper=chosen.paper)
    remember(
        context, ExportOptions(remembered_options(context).format, options.sections, options.paper)
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        with busy(parent, translate("export", "Sending your plan to the printer…")):
            print_plan(
                context.db,
                context.framework,
                context.profile.id,
                options,
                printer,
                reflection.id if reflection else None,
            )
    except ExportError as error:
        QMessageBox.warning(parent, translate("export", "The plan was not printed"), str(error))
        return False
    return True
