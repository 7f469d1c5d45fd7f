"""Group > Print a blank worksheet…: for people without a laptop, as a PDF or on paper."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from competence_app.gui.dialogs.export_dialog import locale_paper
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell
    from competence_app.gui.shell.context import AppContext


def ask_how(parent: QWidget) -> str | None:
    """'pdf', 'print' or None."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("worksheet", "Blank worksheet"))
    box.setText(
        translate(
            "worksheet",
            "A paper version of the reflection, for anyone without a laptop. Their answers can be "
            "typed in later with Group > Enter answers from paper.",
        )
    )
    pdf = box.addButton(translate("worksheet", "Save as &PDF…"), QMessageBox.ButtonRole.AcceptRole)
    printer = box.addButton(translate("worksheet", "P&rint…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "pdf" if clicked is pdf else "print" if clicked is printer else None


def print_blank_worksheet(context: AppContext, shell: Shell, how: str | None = None) -> bool:
    from competence_app.gui.shell.busy import busy
    from competence_app.reports.options import ExportError
    from competence_app.reports.worksheet import export_worksheet, print_worksheet

    parent = shell.window()
    how = how or ask_how(parent)
    paper = locale_paper()
    try:
        if how == "pdf":
            from competence_app.gui.dialogs import save_dialog

            chosen, _ = save_dialog.ask_save_path(
                parent,
                save_dialog.WORKSHEET,
                translate("worksheet", "Save the blank worksheet as"),
                "reflection-worksheet.pdf",
                translate("worksheet", "PDF document (*.pdf)"),
                context.data_dir,
            )
            if chosen is None:
                return False
            with busy(parent, translate("worksheet", "Making the worksheet…")):
                export_worksheet(context.framework, Path(chosen), "pdf", paper)
            return True
        if how == "print":
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
                return False
            with busy(parent, translate("worksheet", "Sending the worksheet to the printer…")):
                print_worksheet(context.framework, printer, paper)
            return True
    except ExportError as error:
        QMessageBox.warning(
            parent, translate("worksheet", "The worksheet was not made"), str(error)
        )
    return False
