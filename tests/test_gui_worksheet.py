"""Group > Print a blank worksheet, as a PDF or through the print dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog


def words(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_blank_worksheet_saved_as_pdf(open_window, data_dir, person, monkeypatch, tmp_path):
    from competence_app.gui.shell.worksheet_commands import print_blank_worksheet

    window = open_window(data_dir)
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert print_blank_worksheet(window.context, window, "pdf")
    text = words(target)
    for competence in window.context.framework.competences:
        assert competence.name in text


def test_blank_worksheet_printed(open_window, data_dir, person, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from competence_app.gui.shell.worksheet_commands import print_blank_worksheet

    window = open_window(data_dir)
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_blank_worksheet(window.context, window, "print")
    assert "Mediating" in words(out)
