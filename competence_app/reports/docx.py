"""The document as a Word file (DOCX), for mentors and organisations who work in Word.

Made with python-docx from the blocks of the document's HTML (office_blocks), with
Word's own styles (Heading 1-4, List Bullet, List Number, Table Grid, Caption) so
Word's Navigation pane and screen readers find the outline. Tables keep their
borders, a shaded header row that repeats on every page, and rows that never split;
charts carry their alternative text; every page ends with "Page N of M" and the
credit line. Text goes in as text: python-docx escapes it.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.shared import Emu, Inches, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from competence_app import APP_NAME, files
from competence_app.reports import office_blocks as blocks
from competence_app.reports.templates import COLOURS

PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Inches(8.5), Inches(11))}
MARGIN = Mm(20)  # room to write in the margins, and a text column as wide as the PDF's
FONT = "Arial"
XML_SPACE = qn("xml:space")


@cache
def _w(name: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute ("pPr" -> "{...main}pPr")."""
    return qn(f"w:{name}")


EMU_PER_TWIP = 635
# A thin paragraph between two tables.
SPACER = {qn("w:before"): "0", qn("w:after"): "0", qn("w:line"): "120", qn("w:lineRule"): "exact"}
BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")
MAX_FIGURE_HEIGHT = Mm(180)
EXTENDED_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Application>{APP_NAME}</Application></Properties>"
).encode()
WRITE_LINE = Mm(blocks.WRITE_LINE_MM)


def _colour(name: str) -> RGBColor:
    return RGBColor.from_string(COLOURS[name].lstrip("#").upper())


def write(html: str, path: Path, *, paper: str, language: str, title: str, footer: str) -> None:
    """Write the document's HTML to path as DOCX, whole or not at all, owner-only."""
    document = build(html, paper=paper, language=language, title=title, footer=footer)
    buffer = io.BytesIO()
    document.save(buffer)
    files.write_atomically(Path(path), buffer.getvalue(), private=True)


def build(html: str, *, paper: str, language: str, title: str, footer: str):
    document = docx.Document()
    _strip_template(document)
    _page(document.sections[0], paper)
    tag = blocks.locale_tag(language)
    _styles(document, tag)
    _properties(document, title, tag)
    _settings(document, tag)
    _footer(document.sections[0], footer)
    _Writer(document, footer).blocks(blocks.read(html))
    return document


def _strip_template(document) -> None:
    # The template's thumbnail is a picture of another, blank document: file browsers
    # would show it for this one.
    package_rels = document.part.package.rels
    for key, relationship in list(package_rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            del package_rels[key]
    # Its extended properties name another program and count another document's words.
    for relationship in document.part.package.rels.values():
        if relationship.reltype == RT.EXTENDED_PROPERTIES:
            relationship.target_part._blob = EXTENDED_PROPERTIES
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _page(section, paper: str) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAPER.get(paper, PAPER["A4"])
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = MARGIN
    section.bottom_margin = MARGIN
    section.footer_distance = Mm(12)
    section.header_distance = Mm(12)


def _styles(document, tag: str) -> None:
    styles = document.styles
    # One plain sans-serif font that Word has everywhere and LibreOffice matches
    # (Liberation Sans), in place of the template's theme fonts.
    for fonts in styles.element.iter(qn("w:rFonts")):
        for name in list(fonts.attrib):
            if name.endswith("Theme") or name.endswith("theme"):
                del fonts.attrib[name]
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), FONT)
    # The document's language, for spelling, hyphenation and screen readers.
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_defaults.append(lang)
    lang.set(qn("w:val"), tag)

    normal = styles["Normal"]
    normal.font.size = Pt(blocks.BODY_SIZE)
    normal.font.color.rgb = _colour("text")
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in blocks.HEADING_SIZES.items():
        style = styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = _colour("accent" if level <= 2 else "text")
        style.paragraph_format.space_before = Pt(16 if level <= 2 else 11)
        style.paragraph_format.space_after = Pt(5 if level <= 2 else 3)
        style.paragraph_format.keep_with_next = True
    contents = _style(styles, "Table Contents", normal)
    contents.font.size = Pt(blocks.TABLE_SIZE)
    contents.paragraph_format.space_after = Pt(2)
    contents.paragraph_format.line_spacing = 1.0
    heading = _style(styles, "Table Heading", contents)
    heading.font.bold = True
    caption = styles["Caption"]
    caption.font.size = Pt(blocks.CAPTION_SIZE)
    caption.font.bold = False
    caption.font.italic = False
    caption.font.color.rgb = _colour("muted")
    footer = styles["Footer"]
    footer.font.size = Pt(blocks.FOOTER_SIZE)
    footer.font.color.rgb = _colour("muted")


def _style(styles, name: str, base):
    """A paragraph style of the same name as LibreOffice's own, based on base."""
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = base
    style.quick_style = False
    return style


def _properties(document, title: str, tag: str) -> None:
    """Only the title and language: no name, no comment, no template's leftovers."""
    properties = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    properties.title = title
    properties.language = tag
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    properties.created = now
    properties.modified = now


def _settings(document, tag: str) -> None:
    settings = document.settings.element
    # The schema requires a zoom percentage (the template has none).
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None:
        zoom.set(qn("w:percent"), "100")
    fonts = settings.find(qn("w:themeFontLang"))
    if fonts is not None:
        fonts.set(qn("w:val"), tag)


def _footer(section, credit: str) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    number = footer.paragraphs[0]
    number.style = "Footer"
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in blocks.page_wording():
        if part == "{page}":
            _field(number, "PAGE")
        elif part == "{pages}":
            _field(number, "NUMPAGES")
        elif part:
            number.add_run(part)
    if credit:
        line = footer.add_paragraph(style="Footer")
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(blocks.clean(credit))


def _field(paragraph, instruction: str) -> None:
    """A field Word and LibreOffice work out as they lay out the pages."""
    for kind, text in (
        ("begin", None),
        (None, f" {instruction} "),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text.strip() == instruction:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = text
            run._r.append(code)
        else:
            run.text = text


class _Writer:
    def __init__(self, document, credit: str):
        self.document = document
        self.credit = credit
        section = document.sections[0]
        self.text_width = section.page_width - section.left_margin - section.right_margin
        self.numbering = document.part.numbering_part.element
        self.style_ids: dict[str, str] = {}
        self.figures = 0
        self.muted = COLOURS["muted"].lstrip("#").upper()

    # Paragraphs, runs and tables are written straight into the XML, their properties in
    # the order Word requires: python-docx's own helpers look styles up by name and
    # search for each property's place, and take seconds over a long plan.

    def style_id(self, name: str) -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def new_p(
        self,
        parent,
        style=None,
        keep=False,
        lines=False,
        page=False,
        number=None,
        spacer=False,
        centre=False,
    ):
        """A w:p appended to parent (before the body's section properties)."""
        paragraph = _element(_w("p"))
        properties = _element(_w("pPr"))
        if style:
            properties.append(_element(_w("pStyle"), {_w("val"): self.style_id(style)}))
        for wanted, tag in (
            (keep, _w("keepNext")),
            (lines, _w("keepLines")),
            (page, _w("pageBreakBefore")),
        ):
            if wanted:
                properties.append(_element(tag))
        if number is not None:
            numbering = _element(_w("numPr"))
            numbering.append(_element(_w("ilvl"), {_w("val"): "0"}))
            numbering.append(_element(_w("numId"), {_w("val"): str(number)}))
            properties.append(numbering)
        if spacer:
            properties.append(_element(_w("spacing"), SPACER))
        if centre:
            properties.append(_element(_w("jc"), {_w("val"): "center"}))
        if len(properties):
            paragraph.append(properties)
        if parent.tag == _w("body"):
            parent.sectPr.addprevious(paragraph)
        else:
            parent.append(paragraph)
        return paragraph

    def runs(self, element, runs, bold=False, size: float | None = None) -> None:
        for item in runs:
            run = _element(_w("r"))
            if item.bold or bold or item.italic or item.muted or size:
                properties = _element(_w("rPr"))
                if item.bold or bold:
                    properties.append(_element(_w("b")))
                if item.italic:
                    properties.append(_element(_w("i")))
                if item.muted:
                    properties.append(_element(_w("color"), {_w("val"): self.muted}))
                if size:
                    properties.append(_element(_w("sz"), {_w("val"): str(round(size * 2))}))
                run.append(properties)
            if item.line_break:
                run.append(_element(_w("br")))
            else:
                text = _element(_w("t"), {XML_SPACE: "preserve"})
                text.text = item.text
                run.append(text)
            element.append(run)

    # Blocks

    def blocks(self, items) -> None:
        body = self.document.element.body
        for block in items:
            if isinstance(block, blocks.Heading):
                paragraph = self.new_p(body, f"Heading {block.level}", page=block.break_before)
                self.runs(paragraph, block.runs)
            elif isinstance(block, blocks.Paragraph):
                if "credit" in block.classes and self.credit:
                    continue  # the footer carries it on every page
                paragraph = self.new_p(
                    body,
                    keep=block.keep_with_next,
                    lines="keep" in block.classes,
                    page=block.break_before,
                )
                size = blocks.LEAD_SIZE if "lead" in block.classes else None
                self.runs(paragraph, block.runs, size=size)
            elif isinstance(block, blocks.ListBlock):
                self.list(body, block, keep=block.keep_with_next, page=block.break_before)
            elif isinstance(block, blocks.Table):
                self.table(block)
            elif isinstance(block, blocks.Figure):
                self.figure(block)
            elif isinstance(block, blocks.WriteSpace):
                self.write_space(block)

    def list(self, parent, block: blocks.ListBlock, keep=False, page=False, size=None) -> None:
        """Word's list styles; the items of a list kept together, each numbered list from 1."""
        number = self.restart_numbering("List Number") if block.ordered else None
        last = len(block.items) - 1
        for index, item in enumerate(block.items):
            kind = "List Number" if item.ordered else "List Bullet"
            paragraph = self.new_p(
                parent,
                kind if item.level == 0 else f"{kind} {item.level + 1}",
                keep=keep or index != last,
                page=page and index == 0,
                number=number if item.level == 0 and item.ordered else None,
            )
            self.runs(paragraph, item.runs, size=size)

    def restart_numbering(self, style_name: str) -> int | None:
        """A new numbering instance, so each numbered list starts again at 1."""
        style = self.document.styles[style_name].element
        num_id = style.find(".//" + qn("w:numId"))
        if num_id is None:
            return None
        existing = self.numbering.num_having_numId(int(num_id.get(qn("w:val"))))
        abstract = existing.find(qn("w:abstractNumId")).get(qn("w:val"))
        number = self.numbering.add_num(int(abstract))
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        number.append(override)
        return number.numId

    def grid(self, shares: list[float], kind: str):
        """An empty w:tbl as wide as the text, with its borders and columns."""
        body = self.document.element.body
        widths = [round(self.text_width * share / EMU_PER_TWIP) for share in shares]
        table = _element(_w("tbl"))
        properties = _element(_w("tblPr"))
        properties.append(_element(_w("tblStyle"), {_w("val"): self.style_id("Table Grid")}))
        properties.append(_element(_w("tblW"), {_w("w"): str(sum(widths)), _w("type"): "dxa"}))
        properties.append(_borders(kind))
        properties.append(_element(_w("tblLayout"), {_w("type"): "fixed"}))
        properties.append(_cell_margins())
        table.append(properties)
        columns = _element(_w("tblGrid"))
        for width in widths:
            columns.append(_element(_w("gridCol"), {_w("w"): str(width)}))
        table.append(columns)
        body.sectPr.addprevious(table)
        return table, widths

    def table(self, block: blocks.Table) -> None:
        body = self.document.element.body
        if block.caption:
            caption = self.new_p(body, "Caption", keep=True, page=block.break_before)
            self.runs(caption, block.caption)
        table, widths = self.grid(block.widths, block.kind)
        last = len(block.rows) - 1
        for row_index, source in enumerate(block.rows):
            row = _row(table, source.header)
            keep = (block.keep and row_index != last) or source.header
            column = 0
            for source_cell in source.cells:
                span = widths[column : column + source_cell.colspan]
                column += source_cell.colspan
                shaded = block.kind != "plain" and source.header
                cell = _cell(row, sum(span), len(span), COLOURS["header"] if shaded else None)
                page = block.break_before and not block.caption and row_index == 0
                self.cell(cell, source_cell, source.header or source_cell.header, keep, page)
        self.new_p(body, spacer=True)  # Word joins two tables that touch

    def cell(self, cell, source: blocks.Cell, header: bool, keep=False, page=False) -> None:
        style = "Table Heading" if header else "Table Contents"
        made = False
        for block in source.blocks:
            if isinstance(block, blocks.ListBlock):
                self.list(cell, block, keep=keep, page=page and not made, size=blocks.TABLE_SIZE)
            else:
                paragraph = self.new_p(
                    cell, style, keep=keep, page=page and not made, centre=source.centred
                )
                self.runs(paragraph, block.runs, bold=header)
            made = True
        if not made:  # a cell holds at least one paragraph
            self.new_p(cell, style, keep=keep, page=page)

    def figure(self, block: blocks.Figure) -> None:
        body = self.document.element.body
        keep = bool(block.caption) or block.keep_with_next
        element = self.new_p(body, keep=keep, page=block.break_before, centre=True)
        paragraph = Paragraph(element, self.document._body)
        width = min(Inches(block.width_in), self.text_width)
        height = Emu(int(width * block.height_in / block.width_in))
        if height > MAX_FIGURE_HEIGHT:
            width, height = Emu(int(width * MAX_FIGURE_HEIGHT / height)), MAX_FIGURE_HEIGHT
        shape = paragraph.add_run().add_picture(io.BytesIO(block.png), width=width, height=height)
        self.figures += 1
        properties = shape._inline.docPr
        properties.set("name", f"Figure {self.figures}")
        properties.set("descr", block.alt)
        if block.caption:
            caption = self.new_p(body, "Caption", keep=block.keep_with_next, centre=True)
            self.runs(caption, block.caption)

    def write_space(self, block: blocks.WriteSpace) -> None:
        """An empty bordered box the mentor can type into (it grows) or write in."""
        table, widths = self.grid([1.0], "grid")
        row = _row(table, False, height=round(WRITE_LINE * block.lines / EMU_PER_TWIP))
        label = [
            blocks.Paragraph([replace(run, muted=True) for run in item.runs], item.classes)
            if isinstance(item, blocks.Paragraph)
            else item
            for item in block.blocks
        ]
        cell = _cell(row, widths[0], 1, None)
        self.cell(cell, blocks.Cell(label), False, page=block.break_before)
        self.new_p(self.document.element.body, spacer=True)


def _row(table, header: bool, height: int | None = None):
    """A row that never splits across pages; a header row repeats on every page."""
    row = _element(_w("tr"))
    properties = _element(_w("trPr"))
    properties.append(_element(_w("cantSplit")))
    if height:
        properties.append(
            _element(_w("trHeight"), {_w("val"): str(height), _w("hRule"): "atLeast"})
        )
    if header:
        properties.append(_element(_w("tblHeader")))
    row.append(properties)
    table.append(row)
    return row


def _cell(row, width: int, span: int, fill: str | None):
    cell = _element(_w("tc"))
    properties = _element(_w("tcPr"))
    properties.append(_element(_w("tcW"), {_w("w"): str(width), _w("type"): "dxa"}))
    if span > 1:
        properties.append(_element(_w("gridSpan"), {_w("val"): str(span)}))
    if fill:
        properties.append(
            _element(
                _w("shd"),
                {_w("val"): "clear", _w("color"): "auto", _w("fill"): fill.lstrip("#").upper()},
            )
        )
    cell.append(properties)
    row.append(cell)
    return cell


def _element(tag: str, attributes: dict | None = None):
    # python-docx's element factory, without its look-up of the tag's prefix each time.
    return oxml_parser.makeelement(tag, attrib=attributes)


def _borders(kind: str):
    """Borders written on the table itself, so they show whatever style Word applies:
    every cell of a grid, the lines between pairs of label and text, none for plain."""
    borders = _element(_w("tblBorders"))
    colour = COLOURS["rule"].lstrip("#").upper()
    drawn = {"grid": BORDERS, "pairs": ("top", "bottom", "insideH"), "plain": ()}[kind]
    for edge in BORDERS:
        attributes = {
            _w("val"): "single" if edge in drawn else "nil",
            _w("sz"): "4",
            _w("space"): "0",
        }
        attributes[_w("color")] = colour
        borders.append(_element(qn(f"w:{edge}"), attributes))
    return borders


def _cell_margins():
    margins = _element(_w("tblCellMar"))
    for edge, twips in (("top", 57), ("left", 85), ("bottom", 57), ("right", 85)):
        margins.append(_element(qn(f"w:{edge}"), {_w("w"): str(twips), _w("type"): "dxa"}))
    return margins
