"""The group report and tables: the API the GUI and the command call.

The report goes the plan's way (reports/): HTML from the templates, then a
QTextDocument laid out in pages by reports.paged, with the research credit
and page numbers painted on every page. The caller provides the Qt
application, as for the plan. Every file is written whole, owner-only.
"""

from __future__ import annotations

from pathlib import Path

from competence_app.domain.framework import Framework
from competence_app.group import document
from competence_app.group.fileformat import GroupError
from competence_app.group.files import write_atomically
from competence_app.group.summary import GroupSummary
from competence_app.group.tables import export_csv, export_sqlite
from competence_app.i18n import translate
from competence_app.reports import paged, templates
from competence_app.reports.options import ExportError

__all__ = ["FORMATS", "PAPER_SIZES", "export_csv", "export_group_report", "export_sqlite"]

FORMATS = ("pdf", "odt", "html")
PAPER_SIZES = tuple(paged.PAGE_SIZES)


def export_group_report(
    summary: GroupSummary, framework: Framework, fmt: str, output: Path, paper: str = "A4"
) -> Path:
    """Write the report as 'pdf', 'odt' or 'html' to output and return its path."""
    if fmt not in FORMATS:
        raise GroupError(
            translate(
                "group",
                "'{format}' is not a format the group report can be written in. "
                "Choose one of: {formats}.",
            ).format(format=fmt, formats=", ".join(FORMATS))
        )
    if paper not in PAPER_SIZES:
        raise GroupError(
            translate("group", "The paper size must be one of: {sizes}.").format(
                sizes=", ".join(PAPER_SIZES)
            )
        )
    output = Path(output)
    if output.is_dir():
        raise GroupError(
            translate(
                "group", "{output} is a folder. Please give a file name for the report."
            ).format(output=output)
        )
    writers = {"pdf": _pdf, "odt": _odt, "html": _html}
    return write_atomically(
        output, translate("group", "The report"), writers[fmt](summary, framework, paper)
    )


def _pdf(summary: GroupSummary, framework: Framework, paper: str) -> bytes:
    flavour = templates.FLAVOURS["pdf"]
    charts = document.raster_charts(summary, framework)

    def make(row_breaks: frozenset = frozenset()):
        html = document.render_html(summary, framework, flavour, charts, paper, row_breaks)
        return paged.text_document(html, charts)

    try:
        return paged.pdf_bytes(
            paper,
            document.report_title(),
            lambda writer: paged.paint_pages(make, writer, framework.credit),
        )
    except OSError as error:
        raise GroupError(
            translate("group", "The PDF could not be made. Nothing has been saved.")
        ) from error


def _odt(summary: GroupSummary, framework: Framework, paper: str) -> bytes:
    from competence_app.reports.export import qt_write

    flavour = templates.FLAVOURS["odt"]
    charts = document.raster_charts(summary, framework)
    html = document.render_html(summary, framework, flavour, charts, paper)
    try:
        return qt_write(paged.text_document(html, charts), b"ODF")
    except ExportError as error:
        raise GroupError(str(error)) from error


def _html(summary: GroupSummary, framework: Framework, paper: str) -> bytes:
    flavour = templates.FLAVOURS["html"]
    charts = document.svg_charts(summary, framework)
    return document.render_html(summary, framework, flavour, charts, paper).encode("utf-8")
