"""The group report and tables: the API the GUI and the command call.

The report is a reports.render.Document like the plan: HTML from the templates
in resources/templates/group/, then the one render-and-write module for every
format (a tagged PDF with the credit and page numbers on every page, DOCX, ODT,
HTML). Every file is written whole, owner-only.
"""

from __future__ import annotations

from pathlib import Path

from competence_app.domain.framework import Framework
from competence_app.group import document
from competence_app.group.fileformat import GroupError
from competence_app.group.summary import GroupSummary
from competence_app.group.tables import export_csv, export_sqlite
from competence_app.i18n import translate
from competence_app.reports import render
from competence_app.reports.options import PAPER_SIZES, ExportError

__all__ = ["FORMATS", "PAPER_SIZES", "export_csv", "export_group_report", "export_sqlite"]

FORMATS = ("pdf", "docx", "odt", "html")


def report_document(
    summary: GroupSummary, framework: Framework, paper: str = "A4"
) -> render.Document:
    return render.Document(
        what=translate("Render", "the report"),
        title=document.report_title(),
        language=framework.language,
        credit=framework.credit,
        html=lambda pictures: document.render_html(summary, framework, pictures, paper),
        formats=FORMATS,
    )


def export_group_report(
    summary: GroupSummary, framework: Framework, fmt: str, output: Path, paper: str = "A4"
) -> Path:
    """Write the report as 'pdf', 'docx', 'odt' or 'html' to output and return its path."""
    try:
        return render.write(report_document(summary, framework, paper), fmt, Path(output), paper)
    except ExportError as error:
        raise GroupError(str(error)) from error
