"""Export the plan: PDF, ODT, HTML or Markdown, and printing. The API the GUI calls.

Every format goes the same way: content from the domain, HTML from the
templates, then (except for the HTML file) a QTextDocument and one of Qt's
writers. Files are written whole into a temporary file beside the target and
moved into place, so an existing plan is only replaced by a complete one.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QTextDocument, QTextDocumentWriter

from competence_app import files
from competence_app.reports import figures, mdtext, paged, templates
from competence_app.reports.content import PlanContent, document_title, load_content
from competence_app.reports.options import ExportError, ExportOptions


def _content(db, framework, profile_id, options, reflection_id) -> PlanContent:
    return load_content(db, framework, profile_id, options.sections, reflection_id)


def _paper_documents(content: PlanContent, framework, options: ExportOptions):
    """A function making the paper document for given row breaks (see paged.paint_pages)."""
    flavour = templates.FLAVOURS["pdf"]
    charts = figures.raster_charts(framework, content.charts)

    def make(row_breaks: frozenset = frozenset()) -> QTextDocument:
        html = templates.render_html(content, framework, flavour, charts, options.paper, row_breaks)
        return paged.text_document(html, charts)

    return make


def print_plan(
    db,
    framework,
    profile_id: str,
    options: ExportOptions,
    printer: QPagedPaintDevice,
    reflection_id: str | None = None,
) -> None:
    """Print the same pages as the PDF: same paper, margins, breaks and footer."""
    content = _content(db, framework, profile_id, options, reflection_id)
    documents = _paper_documents(content, framework, options)
    printer.setPageLayout(paged.page_layout(options.paper))
    if hasattr(printer, "setDocName"):
        printer.setDocName(document_title())  # the print queue is visible to others
    try:
        paged.paint_pages(documents, printer, content.credit)
    except OSError as error:
        raise ExportError(
            "The plan could not be sent to the printer. Please check the printer is "
            "switched on and connected, then try again."
        ) from error


def export_plan(
    db,
    framework,
    profile_id: str,
    options: ExportOptions,
    output: Path,
    reflection_id: str | None = None,
) -> Path:
    """Write the plan in options.format to output and return its path."""
    output = Path(output)
    if output.is_dir():
        raise ExportError(f"{output} is a folder. Please choose a file name to save the plan as.")
    content = _content(db, framework, profile_id, options, reflection_id)
    writers = {"pdf": _pdf, "odt": _odt, "md": _markdown, "html": _html}
    data = writers[options.format](content, framework, options)
    write_atomically(output, data)
    return output


def _pdf(content: PlanContent, framework, options: ExportOptions) -> bytes:
    documents = _paper_documents(content, framework, options)
    try:
        return paged.pdf_bytes(
            options.paper,
            document_title(),
            lambda writer: paged.paint_pages(documents, writer, content.credit),
        )
    except OSError as error:
        raise ExportError("The PDF could not be made. Nothing has been saved.") from error


def qt_write(document: QTextDocument, kind: bytes) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(kind))
    if not writer.write(document):
        raise ExportError("The document could not be made. Nothing has been saved.")
    buffer.close()
    return bytes(data)


def _odt(content: PlanContent, framework, options: ExportOptions) -> bytes:
    flavour = templates.FLAVOURS["odt"]
    charts = figures.raster_charts(framework, content.charts)
    html = templates.render_html(content, framework, flavour, charts, options.paper)
    return qt_write(paged.text_document(html, charts), b"ODF")


def _markdown(content: PlanContent, framework, options: ExportOptions) -> bytes:
    flavour = templates.FLAVOURS["md"]
    html = templates.render_html(content, framework, flavour, (), options.paper)
    text = qt_write(paged.text_document(html), b"markdown").decode("utf-8")
    return mdtext.restore(text).encode("utf-8")


def _html(content: PlanContent, framework, options: ExportOptions) -> bytes:
    flavour = templates.FLAVOURS["html"]
    charts = figures.svg_charts(framework, content.charts)
    return templates.render_html(content, framework, flavour, charts, options.paper).encode("utf-8")


def write_atomically(output: Path, data: bytes) -> None:
    """Whole or not at all; like any document the person saves, it follows their umask."""
    if output.is_dir():
        raise _explain(IsADirectoryError(errno.EISDIR, "Is a directory"), output)
    try:
        files.write_atomically(output, data, private=False)
    except files.WriteFailedError as failure:
        raise _explain(failure.error, output, replacing=failure.replacing) from failure


def _explain(error: OSError, output: Path, replacing: bool = False) -> ExportError:
    folder = output.parent
    code = error.errno
    if replacing and code in (errno.EACCES, errno.EPERM):
        # Windows will not replace a file that another program has open.
        message = (
            f"{output.name} could not be replaced. It may be open in another program, or "
            "read-only. Please close it, or save the plan under another name."
        )
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = (
            f"There is not enough space on the disk to save {output.name} in {folder}. "
            "Please free some space or choose another place. Nothing has been changed."
        )
    elif code in (errno.ENOENT, errno.ENOTDIR):
        message = f"The folder {folder} cannot be found. Please choose another folder."
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = (
            f"The plan cannot be saved in {folder} because this folder cannot be written "
            "to. Please choose another folder, such as your Documents folder."
        )
    elif code == errno.EISDIR:
        message = f"{output} is a folder. Please choose a file name to save the plan as."
    else:
        reason = error.strerror or str(error)
        message = f"The plan could not be saved as {output} ({reason}). Nothing has been changed."
    return ExportError(message)
