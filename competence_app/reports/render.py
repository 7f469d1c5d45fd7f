"""The one way a document reaches a file or a printer.

Every document (the plan, the blank worksheet, the group report, and those to
come) is a Document: a title, a language, the credit, and a function giving its
HTML (docs/document-html.md) with its charts as SVG, PNG or none. From there:

- PDF: WeasyPrint, tagged for screen readers (PDF/UA-1: headings, lists,
  tables with header cells, figures with alternative text, language and title),
  with the credit and "Page N of M" on every page from CSS paged media.
- HTML: the same string, one self-contained file.
- Markdown: made from the HTML by reports.markdown.
- DOCX and ODT: reports.docx and reports.odt, given the HTML with PNG charts.
- CSV: a document that has a table (`Document.table`) gives its rows to the one CSV
  writer, reports.csvtable, for a spreadsheet.
- The printer: the PDF's own pages, drawn by pdfium at the printer's resolution,
  so the paper shows exactly what the PDF holds.

Format, paper and "is a folder" checks, the error wording and the writing (whole
or not at all, owner-only) are here once. Qt is needed only to print.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from competence_app import files
from competence_app.i18n import translate
from competence_app.reports.options import PAPER_SIZES, ExportError

# The pictures each format needs: vectors where the format can hold them.
PICTURES = {"pdf": "svg", "html": "svg", "docx": "png", "odt": "png", "md": "none", "csv": "none"}
# The most dots per inch sent to a printer: sharper than any eye at reading distance,
# and an A4 page at this resolution is 35 MB of pixels, drawn one page at a time.
PRINT_DPI = 300


@dataclass(frozen=True)
class Document:
    what: str  # the document in a sentence, lower case: "the plan", "the worksheet"
    title: str  # also the PDF's title and the print job's name: never a person's words
    language: str
    credit: str  # the short credit to the research, on every page
    html: Callable[[str], str]  # pictures ("svg", "png" or "none") -> the document's HTML
    formats: tuple[str, ...] = ("pdf", "docx", "odt", "html", "md")
    # For "csv": () -> (column names, rows of values); only documents that are a table.
    table: Callable[[], tuple[Sequence[str], Iterable[Sequence]]] | None = None


def check(document: Document, fmt: str, paper: str) -> None:
    """Refuse a format or a paper size this document cannot have, in plain words."""
    if fmt not in document.formats:
        raise ExportError(
            translate(
                "Render",
                "'{format}' is not a format {what} can be saved in. Choose one of: {formats}.",
            ).format(format=fmt, what=document.what, formats=", ".join(document.formats))
        )
    if paper not in PAPER_SIZES:
        raise ExportError(
            translate("Render", "The paper size must be one of: {sizes}.").format(
                sizes=", ".join(PAPER_SIZES)
            )
        )


def write(document: Document, fmt: str, output: Path, paper: str = "A4") -> Path:
    """Write the document to output in fmt, whole or not at all, owner-only; return output."""
    check(document, fmt, paper)
    output = Path(output)
    if output.is_dir():
        raise ExportError(files.is_a_folder(output, document.what))
    payload = _payload(document, fmt, paper)
    try:
        return files.write_atomically(output, payload, private=True)
    except files.WriteFailedError as failure:
        raise ExportError(files.explain(failure, document.what)) from failure
    except ExportError:
        raise
    except (ValueError, KeyError, TypeError, RuntimeError) as error:
        # A writer (DOCX, ODT) that could not make the file: nothing was written.
        raise ExportError(_not_made(document)) from error


def _payload(document: Document, fmt: str, paper: str) -> bytes | Callable[[Path], None]:
    if fmt == "pdf":
        return pdf_bytes(document, paper)
    if fmt == "html":
        return document.html("svg").encode("utf-8")
    if fmt == "csv" and document.table is not None:
        from competence_app.reports.csvtable import csv_bytes

        return csv_bytes(*document.table())
    if fmt == "md":
        from competence_app.reports import markdown

        return markdown.from_html(document.html("none")).encode("utf-8")
    html = document.html(PICTURES[fmt])
    writer = _office_writer(fmt)

    def fill(path: Path) -> None:
        writer(
            html,
            path,
            paper=paper,
            language=document.language,
            title=document.title,
            footer=document.credit,
        )

    return fill


def _office_writer(fmt: str) -> Callable:
    """reports.docx.write or reports.odt.write. Until the ODT writer exists, Qt's own
    ODF writer takes the same HTML (without page numbers or repeating headers)."""
    try:
        return importlib.import_module(f"competence_app.reports.{fmt}").write
    except ModuleNotFoundError:
        if fmt != "odt":
            raise ExportError(
                translate(
                    "Render", "Saving as {format} is not available in this copy of the app."
                ).format(format=fmt.upper())
            ) from None
        return _qt_odt


def _qt_odt(html: str, path: Path, **_details) -> None:
    from PySide6.QtGui import QTextDocument, QTextDocumentWriter

    text = QTextDocument()
    text.setHtml(html)
    if not QTextDocumentWriter(str(path), b"ODF").write(text):
        raise RuntimeError("Qt's ODF writer failed")


@lru_cache(maxsize=1)
def _font_configuration():
    """WeasyPrint's fonts, found once per run: each new configuration asks fontconfig again."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@contextmanager
def _older_objects_left_alone() -> Iterator[None]:
    """While a PDF is made, the garbage collector waits, then looks only at what the
    document left behind.

    Laying a document out makes hundreds of thousands of small objects, so the
    collector would run some 150 times, and its full passes would also walk every object
    the app already holds (Qt, matplotlib, the framework): 0.2-0.35 s of a 1.7 s PDF
    (benchmarks/README.md). Here the app's objects are set aside (gc.freeze), nothing
    is collected during the layout, and at the end one pass collects the document's own
    garbage (some 60,000 objects), so none is left for later. Nothing is changed if the
    collector is off. What start-up set aside (gui/shell/app.py) is set aside with the
    rest and returned with it: from then on it is looked through like anything else,
    as it would have been without that.
    """
    if not gc.isenabled():
        yield
        return
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()
        gc.unfreeze()


def pdf_bytes(document: Document, paper: str = "A4") -> bytes:
    """The document as a tagged PDF."""
    import weasyprint

    from competence_app.reports.templates import PDF_MOST_SHOWN, texts_cut_at

    # Nothing is ever fetched: the pictures are data: URIs, and nothing else may load.
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
    with _older_objects_left_alone():
        with texts_cut_at(PDF_MOST_SHOWN):  # WeasyPrint's time grows with the text
            source = document.html("svg")
        try:
            html = weasyprint.HTML(string=source, url_fetcher=fetcher)
            return html.write_pdf(
                pdf_variant="pdf/ua-1", pdf_tags=True, font_config=_font_configuration()
            )
        except (OSError, ValueError) as error:
            raise ExportError(_not_made(document)) from error


def _not_made(document: Document) -> str:
    return translate(
        "Render", "Something went wrong while making {what}. Nothing has been saved."
    ).format(what=document.what)


def print_document(document: Document, printer, paper: str = "A4") -> None:
    """Print the PDF's own pages: same paper, margins, breaks and footer as the file."""
    check(document, "pdf", paper)
    data = pdf_bytes(document, paper)
    if hasattr(printer, "setDocName"):
        printer.setDocName(document.title)  # the print queue is visible to others
    target = _print_to_file(printer)
    try:
        if target is not None:
            # "Print to file" gets the tagged PDF itself, not pictures of its pages.
            files.write_atomically(target, data, private=True)
        else:
            _paint(data, printer, paper)
    except OSError as error:
        raise ExportError(
            translate(
                "Render",
                "The printer could not take {what}. Please check the printer is switched on "
                "and connected, then try again.",
            ).format(what=document.what)
        ) from error
    except files.WriteFailedError as failure:
        raise ExportError(files.explain(failure, document.what)) from failure


def _print_to_file(printer) -> Path | None:
    """The file a QPrinter set to print to PDF writes, or None for a real printer."""
    from PySide6.QtPrintSupport import QPrinter

    if not isinstance(printer, QPrinter) or not printer.outputFileName():
        return None
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return None
    return Path(printer.outputFileName())


def _paint(data: bytes, printer, paper: str) -> None:
    import pypdfium2
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

    sizes = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
    # The PDF's pages already hold their margins and footer: the printer adds none.
    printer.setPageLayout(
        QPageLayout(
            QPageSize(sizes[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    if hasattr(printer, "setFullPage"):
        printer.setFullPage(True)
    dpi = min(PRINT_DPI, max(96, printer.resolution()))
    pdf = pypdfium2.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for index in range(len(pdf)):
            if index:
                if not printer.newPage():
                    raise OSError("the printer refused a new page")
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            )
            target = QRectF(painter.viewport())
            painter.drawImage(target, image)
            page.close()
    finally:
        painter.end()
        pdf.close()
