"""Group > Print a blank worksheet…: for people without a laptop, as a PDF or on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from competence_app.gui.context import AppContext
from competence_app.gui.export_dialog import locale_paper


def ask_how(parent: QWidget) -> str | None:
    """'pdf', 'print' or None."""
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("Blank worksheet"))
    box.setText(
        parent.tr(
            "A paper version of the reflection, for anyone without a laptop. Their answers can be "
            "typed in later with Group > Enter answers from paper."
        )
    )
    pdf = box.addButton(parent.tr("Save as &PDF…"), QMessageBox.ButtonRole.AcceptRole)
    printer = box.addButton(parent.tr("P&rint…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "pdf" if clicked is pdf else "print" if clicked is printer else None


def print_blank_worksheet(context: AppContext, parent: QWidget, how: str | None = None) -> bool:
    from competence_app.reports.options import ExportError
    from competence_app.reports.worksheet import export_worksheet, print_worksheet

    how = how or ask_how(parent)
    paper = locale_paper()
    try:
        if how == "pdf":
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                parent,
                parent.tr("Save the blank worksheet as"),
                str(Path(folder or Path.home()) / "reflection-worksheet.pdf"),
                parent.tr("PDF document (*.pdf)"),
            )
            if not chosen:
                return False
            export_worksheet(context.framework, Path(chosen), "pdf", paper)
            return True
        if how == "print":
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
                return False
            print_worksheet(context.framework, printer, paper)
            return True
    except ExportError as error:
        QMessageBox.warning(parent, parent.tr("The worksheet was not made"), str(error))
    return False
