"""The blank worksheet: the reflection on paper, for anyone in a session without a laptop.

It goes the plan's way: the template in resources/templates/worksheet/, a
QTextDocument, then reports.paged, which paints the research credit and page
numbers on every page, for a PDF and a printer alike. The words about
competences and roles come from the framework, so an adapted framework prints
its own wording.

Competences are numbered from 1 and roles carry on after them (1 to 9, then
10 to 13), the rows of Group > Enter answers from paper. Each competence has a
page, as on screen, and each role stays whole on one page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from competence_app.domain.framework import Framework
from competence_app.domain.model import ROLE_SCALE_MAX
from competence_app.i18n import translate
from competence_app.reports import paged, templates
from competence_app.reports.export import write_atomically
from competence_app.reports.figures import Chart
from competence_app.reports.options import PAPER_SIZES, ExportError

FORMATS = ("pdf",)
TEMPLATE = "worksheet/worksheet.html.j2"
# Ruled lines for an example under each competence: as many as fit on its page.
# Paper sizes differ, and an adapted framework may have longer sentences: fewer
# lines are better than a competence split over two pages.
MOST_RULED_LINES = 8
FEWEST_RULED_LINES = 1

# Everything is printed in black: the sheets are photocopied, and greys fade.
INK = "#000000"

# The tick box is a picture, not a character: a box glyph depends on the fonts of
# each computer, and its hairline can vanish on a photocopy. This one is solid black.
BOX_NAME = "tick-box"
BOX_SIZE = 16  # CSS pixels on paper: about 4.2 mm, room for a tick or a cross
BOX_PIXELS = 120
BOX_LINE = 10  # a twelfth of the side: about 0.3 mm


def worksheet_title() -> str:
    """Also the PDF's metadata title and the print job's name."""
    return translate("PlanDocument", "Reflection worksheet")


def scale_words() -> list[str]:
    """The role scale in words, 0 to 4, as on the role pages."""
    return [
        translate("PlanDocument", "Not at all"),
        translate("PlanDocument", "A little"),
        translate("PlanDocument", "Somewhat"),
        translate("PlanDocument", "Mostly"),
        translate("PlanDocument", "Very much"),
    ]


def render_worksheet_html(framework: Framework, ruled_lines: dict[str, int] | None = None) -> str:
    """The worksheet as HTML; ruled_lines gives the lines under each competence, by id."""
    lines = {c.id: MOST_RULED_LINES for c in framework.competences}
    lines.update(ruled_lines or {})
    words = scale_words()
    if len(words) != ROLE_SCALE_MAX + 1:
        raise ValueError("The role scale needs a word for every step.")
    template = templates.environment(False).get_template(TEMPLATE)
    return template.render(
        framework=framework,
        title=worksheet_title(),
        box_name=BOX_NAME,
        box_size=BOX_SIZE,
        ruled_lines=lines,
        scale_max=ROLE_SCALE_MAX,
        scale_words=words,
    )


def tick_box() -> Chart:
    """A black outlined square on white, as a picture the document can show."""
    black, white = b"\x00\x00\x00\xff", b"\xff\xff\xff\xff"
    side = black * BOX_LINE
    inside = side + white * (BOX_PIXELS - 2 * BOX_LINE) + side
    solid = black * BOX_PIXELS
    rows = [solid] * BOX_LINE + [inside] * (BOX_PIXELS - 2 * BOX_LINE) + [solid] * BOX_LINE
    return Chart(
        name=BOX_NAME,
        alt=translate("PlanDocument", "tick box"),
        width=BOX_SIZE,
        height=BOX_SIZE,
        rgba=b"".join(rows),
        pixel_width=BOX_PIXELS,
        pixel_height=BOX_PIXELS,
    )


def _text_document(html: str, box: Chart) -> QTextDocument:
    document = paged.text_document(html, [box])
    paged.honour_heading_sizes(document)
    return document


def fitted_lines(framework: Framework, device: QPagedPaintDevice) -> dict[str, int]:
    """The ruled lines under each competence, by id: as many as its page holds on this
    device, from FEWEST_RULED_LINES to MOST_RULED_LINES."""
    return _fit(framework, device)[0]


def _fit(framework: Framework, device: QPagedPaintDevice) -> tuple[dict[str, int], QTextDocument]:
    """The fitted lines, and the document with them laid out for the device.

    Each competence starts a page, so its lines move nothing else. Laid out with the
    fewest lines and with one more, a competence's end moves by the height of a line,
    which gives the lines that fit in the room left on its page. A last layout checks
    that every next part still starts on the very next page, since a heading that
    ends up just below the top of a page is moved on by its page break.
    """
    box = tick_box()
    area = paged.text_area(device, framework.credit)
    page_height = area.height()
    count = len(framework.competences)

    def laid_out(lines: dict[str, int]) -> tuple[QTextDocument, list[tuple[int, float]]]:
        document = _text_document(render_worksheet_html(framework, lines), box)
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(area)
        return document, paged.heading_parts(document, page_height)

    def used(each: int) -> list[float]:
        """How far down its first page each competence reaches with `each` lines."""
        _, parts = laid_out(dict.fromkeys((c.id for c in framework.competences), each))
        return [end - page * page_height for page, end in parts[:count]]

    lines = {}
    fewest, one_more = used(FEWEST_RULED_LINES), used(FEWEST_RULED_LINES + 1)
    for competence, short, taller in zip(framework.competences, fewest, one_more, strict=True):
        line = taller - short
        room = page_height - short
        extra = int(room // line) if line > 0 and room > 0 else 0
        lines[competence.id] = FEWEST_RULED_LINES + min(
            extra, MOST_RULED_LINES - FEWEST_RULED_LINES
        )

    while True:
        document, parts = laid_out(lines)
        crowded = [
            competence.id
            for index, competence in enumerate(framework.competences)
            if lines[competence.id] > FEWEST_RULED_LINES
            and not _on_its_page(parts, index, page_height)
        ]
        if not crowded:
            return lines, document
        for ident in crowded:
            lines[ident] -= 1


def _on_its_page(parts: list[tuple[int, float]], index: int, page_height: float) -> bool:
    page, end = parts[index]
    follows = index + 1 >= len(parts) or parts[index + 1][0] == page + 1
    return end <= (page + 1) * page_height and follows


def fitted_documents(
    framework: Framework, device: QPagedPaintDevice
) -> Callable[[frozenset], QTextDocument]:
    """A maker of the worksheet document for paged.paint_pages, its ruled lines fitted
    to the device's pages."""
    lines, fitted = _fit(framework, device)
    spare = [fitted]  # already laid out for this device: painted as it is, once

    # No table on the worksheet has a header row, so paged never asks for row breaks.
    def make(_row_breaks: frozenset = frozenset()) -> QTextDocument:
        if spare:
            return spare.pop()
        return _text_document(render_worksheet_html(framework, lines), tick_box())

    return make


def _check_paper(paper: str) -> None:
    if paper not in PAPER_SIZES:
        raise ExportError(f"Paper size must be one of: {', '.join(PAPER_SIZES)}.")


def export_worksheet(
    framework: Framework, output: Path, fmt: str = "pdf", paper: str = "A4"
) -> Path:
    """Write the blank worksheet to output (whole or not at all) and return its path."""
    if fmt not in FORMATS:
        raise ExportError(
            f"'{fmt}' is not a format the worksheet can be saved in. "
            f"Choose one of: {', '.join(FORMATS)}."
        )
    _check_paper(paper)
    output = Path(output)
    if output.is_dir():
        raise ExportError(
            f"{output} is a folder. Please choose a file name to save the worksheet as."
        )

    def paint(writer) -> None:
        paged.paint_pages(
            fitted_documents(framework, writer), writer, framework.credit, footer_ink=INK
        )

    try:
        data = paged.pdf_bytes(paper, worksheet_title(), paint)
    except OSError as error:
        raise ExportError("The worksheet could not be made. Nothing has been saved.") from error
    write_atomically(output, data)
    return output


def print_worksheet(framework: Framework, printer: QPagedPaintDevice, paper: str = "A4") -> None:
    """Print the same pages as the PDF: same paper, margins, page breaks and footer."""
    _check_paper(paper)
    printer.setPageLayout(paged.page_layout(paper))
    if hasattr(printer, "setDocName"):
        printer.setDocName(worksheet_title())
    try:
        paged.paint_pages(
            fitted_documents(framework, printer), printer, framework.credit, footer_ink=INK
        )
    except OSError as error:
        raise ExportError(
            "The worksheet could not be sent to the printer. Please check the printer is "
            "switched on and connected, then try again."
        ) from error
