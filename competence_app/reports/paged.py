"""The plan on paper: a QTextDocument laid out in pages, with a footer on every page.

QTextDocument has no page footers, so the document is given the printable
area minus a footer band, and each page is drawn through a clip rectangle
with the footer painted underneath. QPdfWriter and QPrinter share this code,
so the PDF and a printout have the same pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from competence_app import APP_NAME, palette
from competence_app.i18n import translate
from competence_app.reports.figures import Chart

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(20, 16, 20, 12)  # left, top, right, bottom
FOOTER_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
FOOTER_POINTS = 7.5
FOOTER_GAP_MM = 5  # between the text and the footer's rule
# A heading needs this share of a page below it, or it moves to the next page.
KEEP_WITH_NEXT = 0.08
# A goal (a heading with its tables) shorter than this share of a page is never split.
KEEP_TOGETHER = 0.85
# Table rows moved whole to the next page, at most, before accepting a cut row.
MAX_ROW_MOVES = 12


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def text_document(html: str, charts: list[Chart] = ()) -> QTextDocument:
    """The HTML as a QTextDocument, with the charts available by their resource names."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    if hasattr(QFont, "setFeature"):  # Qt 6.7 and later
        # Without ligatures, text copied or searched in the PDF (and read aloud) has
        # "fl" and "fi", not single ligature characters that match nothing typed.
        font = QFont()
        font.setFeature(QFont.Tag("liga"), 0)
        document.setDefaultFont(font)
    for chart in charts:
        image = QImage(
            chart.rgba, chart.pixel_width, chart.pixel_height, QImage.Format.Format_RGBA8888
        )
        # A copy owns its pixels; no alpha channel keeps the PDF free of soft masks.
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart.name), image)
    document.setHtml(html)
    return document


def honour_heading_sizes(document: QTextDocument) -> None:
    """Let a font-size from the style sheet reach the headings.

    Qt's HTML reader gives <h1> to <h6> a relative size step which, when the font
    is made, outranks any font-size in the CSS: every heading comes out at a fixed
    multiple of the default font. Call this after setHtml to drop that step.
    """
    adjustment = QTextFormat.Property.FontSizeAdjustment
    # Gathered first: changing a format splits and merges the fragments being read.
    # Headings share a handful of formats, so each is cleaned once.
    spans, cleaned = [], {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            for fragments in block:
                fragment = fragments.fragment()
                index = fragment.charFormatIndex()
                if index not in cleaned:
                    style = fragment.charFormat()
                    cleaned[index] = style if style.hasProperty(adjustment) else None
                    if style.hasProperty(adjustment):
                        style.clearProperty(adjustment)
                if cleaned[index] is not None:
                    spans.append((fragment.position(), fragment.length(), cleaned[index]))
        block = block.next()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for start, length, style in spans:
        cursor.setPosition(start)
        cursor.movePosition(
            QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor, length
        )
        cursor.setCharFormat(style)
    cursor.endEditBlock()


def _footer_font() -> QFont:
    font = QFont()
    font.setFamilies(FOOTER_FAMILIES)
    font.setPointSizeF(FOOTER_POINTS)
    return font


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres / 25.4 * device.logicalDpiY()


def _footer_band(device: QPagedPaintDevice, credit: str) -> tuple[QFont, QRectF, float]:
    """The footer's font, the room its credit wraps in, and the band's height."""
    font = _footer_font()
    metrics = QFontMetricsF(font, device)
    width, height = float(device.width()), float(device.height())
    number_width = metrics.horizontalAdvance(
        translate("PlanDocument", "Page {page} of {pages}").format(page=88, pages=88)
    )
    credit_rect = QRectF(0, 0, width - number_width - _mm(device, 6), height)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    credit_height = metrics.boundingRect(credit_rect, int(flags), credit).height()
    return font, credit_rect, max(credit_height, metrics.height()) + _mm(device, FOOTER_GAP_MM)


def text_area(device: QPagedPaintDevice, credit: str) -> QSizeF:
    """The room each page gives the document on this device: the printable area less
    the footer band. Set as a document's page size, its layout matches the painted pages."""
    _, _, footer = _footer_band(device, credit)
    return QSizeF(float(device.width()), float(device.height()) - footer)


def heading_parts(document: QTextDocument, page_height: float) -> list[tuple[int, float]]:
    """For each part that a level-3 heading starts, in document order: the page it
    starts on (from 0) and the height at which it ends. A part ends where the next
    heading of level 3 or above begins. The document must be laid out with its page
    size set; a part fits on its page when it ends by (page + 1) * page_height."""
    layout = document.documentLayout()
    blocks = _root_blocks(document)
    parts = []
    for index, block in enumerate(blocks):
        if block.blockFormat().headingLevel() == 3:
            top = layout.blockBoundingRect(block).top()
            parts.append((_page_of(top, page_height), _group_end(document, blocks, index, 3)))
    return parts


def paint_pages(
    make_document: Callable[[frozenset], QTextDocument],
    device: QPagedPaintDevice,
    credit: str,
    footer_ink: str | None = None,
) -> int:
    """Lay the plan out for the device's pages and paint it; returns the page count.

    make_document(row_breaks) builds the document; it is called again, with one more
    break each time, while a table row would be cut in two by the end of a page
    (QTextDocument splits rows line by line and has no way to keep a row whole).
    footer_ink: one colour for the footer's rule and text, for pages that will be
    photocopied (the usual greys can fade away); None keeps the usual greys.
    """
    font, credit_rect, footer = _footer_band(device, credit)
    width, height = float(device.width()), float(device.height())
    page_height = height - footer

    breaks: frozenset = frozenset()
    for _attempt in range(MAX_ROW_MOVES + 1):
        document = make_document(breaks)
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(QSizeF(width, page_height))
        _keep_together(document, page_height)
        _lay_out_afresh(document)
        cut = _first_cut_row(document, page_height, breaks)
        if cut is None:
            break
        breaks = breaks | {cut}
    _number_contents(document, page_height)
    pages = _lay_out_afresh(document)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The page could not be drawn on.")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page_height)
            # A block that starts the next page can sit a rounding error above its top;
            # a device pixel less keeps its text (clipped, but still in the PDF, where
            # search and screen readers find it) out of this page.
            page = QRectF(0, index * page_height, width, page_height - 1)
            document.drawContents(painter, page)
            painter.restore()
            _paint_footer(
                painter, font, credit, credit_rect, width, height, footer, index, pages, footer_ink
            )
    finally:
        painter.end()
    return pages


def _lay_out_afresh(document: QTextDocument) -> int:
    """Lay the whole document out again and return its page count. After edits, Qt's
    incremental layout can leave blocks placed differently from a fresh layout (and
    some never painted); measuring and painting both use the fresh one."""
    document.markContentsDirty(0, document.characterCount())
    return document.pageCount()


def _paint_footer(painter, font, credit, credit_rect, width, height, footer, index, pages, ink):
    device = painter.device()
    top = height - footer + _mm(device, FOOTER_GAP_MM) / 2
    painter.save()
    pen = QPen(QColor(ink or "#c4c4c4"))
    pen.setWidthF(device.logicalDpiY() / 144)  # half a point
    painter.setPen(pen)
    painter.drawLine(0, top, width, top)
    painter.setFont(font)
    painter.setPen(QColor(ink or palette.GREY))
    text_top = top + _mm(device, FOOTER_GAP_MM) / 2
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(QRectF(0, text_top, credit_rect.width(), footer), int(flags), credit)
    number = translate("PlanDocument", "Page {page} of {pages}").format(page=index + 1, pages=pages)
    painter.drawText(
        QRectF(0, text_top, width, height - text_top),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        number,
    )
    painter.restore()


def _root_blocks(document: QTextDocument) -> list[QTextBlock]:
    root = document.rootFrame()
    blocks = []
    block = document.begin()
    while block.isValid():
        if QTextCursor(block).currentFrame() == root:
            blocks.append(block)
        block = block.next()
    return blocks


def _page_of(y: float, page_height: float) -> int:
    # A block at the top of a page may sit a rounding error above the boundary.
    return int((y + 1) // page_height)


def _keep_together(document: QTextDocument, page_height: float) -> None:
    """Move a heading to the next page when it would be stranded at the foot of one,
    and a goal that fits on a page when it would be split across two."""
    layout = document.documentLayout()
    blocks = _root_blocks(document)  # formats change below, the blocks themselves do not
    for index, block in enumerate(blocks):
        level = block.blockFormat().headingLevel()
        if level < 3 or block.blockFormat().pageBreakPolicy():
            continue
        top = layout.blockBoundingRect(block).top()
        bottom = layout.blockBoundingRect(block).bottom()
        end = _group_end(document, blocks, index, level)
        page = _page_of(top, page_height)
        room_below = (page + 1) * page_height - bottom
        split = _page_of(end - 1, page_height) != page
        short = end - top <= KEEP_TOGETHER * page_height
        if split and (short or room_below < KEEP_WITH_NEXT * page_height):
            if top > page * page_height + 1:  # already at the top of a page: nothing to gain
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(fmt)
                document.pageCount()  # lays the rest out again before the next measurement


def _group_end(document: QTextDocument, blocks: list[QTextBlock], index: int, level: int) -> float:
    """Where the part a heading introduces ends: the foot of whatever comes before the
    next heading of its level or above (not that heading's top, which may be a page on)."""
    layout = document.documentLayout()
    for later in blocks[index + 1 :]:
        later_level = later.blockFormat().headingLevel()
        if 0 < later_level <= level:
            return _bottom_before(document, later.position())
    return layout.documentSize().height()


def _bottom_before(document: QTextDocument, position: int) -> float:
    layout = document.documentLayout()
    cursor = QTextCursor(document)
    cursor.setPosition(max(position - 1, 0))
    frame = cursor.currentFrame()
    if frame != document.rootFrame():
        while frame.parentFrame() != document.rootFrame():
            frame = frame.parentFrame()
        return layout.frameBoundingRect(frame).bottom()
    return layout.blockBoundingRect(cursor.block()).bottom()


def _first_cut_row(
    document: QTextDocument, page_height: float, breaks: frozenset
) -> tuple[int, int] | None:
    """The first (table, row) that a page end cuts through, counting tables with a
    header row in document order and rows after the header, as the templates do."""
    layout = document.documentLayout()
    grids = [
        frame
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable) and frame.format().headerRowCount() > 0
    ]
    # A table already broken in n places is n + 1 tables here.
    starts: list[tuple[int, int]] = []
    ordinal = 0
    while len(starts) < len(grids):
        rows = sorted(row for table, row in breaks if table == ordinal and row > 0)
        starts += [(ordinal, 0)] + [(ordinal, row) for row in rows]
        ordinal += 1
    for table, (ordinal, offset) in zip(grids, starts, strict=False):
        header = table.format().headerRowCount()
        for row in range(header, table.rows()):
            top, bottom = _row_extent(document, layout, table, row)
            if _page_of(top, page_height) == _page_of(bottom - 1, page_height):
                continue
            wanted = (ordinal, offset + row - header)
            if bottom - top < 0.9 * page_height and wanted not in breaks:
                return wanted
    return None


def _row_extent(document, layout, table: QTextTable, row: int) -> tuple[float, float]:
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(document.findBlock(cell.firstPosition())).top())
        bottoms.append(layout.blockBoundingRect(document.findBlock(cell.lastPosition())).bottom())
    return min(tops), max(bottoms)


def _number_contents(document: QTextDocument, page_height: float) -> None:
    """Write each section's page number into the contents table on the title page."""
    layout = document.documentLayout()
    starts = [
        _page_of(layout.blockBoundingRect(block).top(), page_height) + 1
        for block in _root_blocks(document)
        if block.blockFormat().headingLevel() == 2
    ]
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if not tables or not starts:
        return
    contents = tables[0]
    if contents.rows() != len(starts) or contents.columns() != 2:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one relayout for all the numbers, not one each
    for row, page in enumerate(starts):
        cursor.setPosition(contents.cellAt(row, 1).firstPosition())
        cursor.insertText(str(page))
    cursor.endEditBlock()


PDF_RESOLUTION = 1200


def pdf_bytes(paper: str, title: str, paint: Callable[[QPdfWriter], object]) -> bytes:
    """A PDF in memory: paint(writer) draws the pages. Shared by the plan, the worksheet
    and the group report, so every PDF gets the same resolution, paper and metadata."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    # Anyone the file is passed to can read its metadata: a generic title, nothing personal.
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    paint(writer)
    del writer  # finishes the file
    return bytes(buffer.data())
