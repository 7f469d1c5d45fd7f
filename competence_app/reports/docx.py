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
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.shared import Emu, Inches, Mm, Pt, RGBColor

from competence_app import files
from competence_app.i18n import translate
from competence_app.reports import office_blocks as blocks
from competence_app.reports.templates import COLOURS

PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Inches(8.5), Inches(11))}
MARGIN = Mm(20)  # room to write in the margins, and a text column as wide as the PDF's
# Word wants a language and a region; the app's languages are written for these.
REGIONS = {"en": "en-GB", "es": "es-ES"}
HEADING_SIZES = {1: 24, 2: 16, 3: 13, 4: 11}
BODY_SIZE = 10.5
TABLE_SIZE = 9.5
FONT = "Arial"
W_PPR, W_PSTYLE, W_R, W_RPR, W_B, W_I, W_COLOR, W_SZ, W_BR, W_T, W_VAL, XML_SPACE = (
    qn(name)
    for name in (
        "w:pPr",
        "w:pStyle",
        "w:r",
        "w:rPr",
        "w:b",
        "w:i",
        "w:color",
        "w:sz",
        "w:br",
        "w:t",
        "w:val",
        "xml:space",
    )
)
LEAD_SIZE = 11.5
BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")
MAX_FIGURE_HEIGHT = Mm(180)
WRITE_LINE = Mm(8)  # one handwritten or typed line in a write-space box
# The order Word requires of a table's properties (it refuses a file that breaks it).
TABLE_PROPERTIES = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)


def _colour(name: str) -> RGBColor:
    return RGBColor.from_string(COLOURS[name].lstrip("#").upper())


def locale_tag(language: str) -> str:
    return REGIONS.get(language, language)


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
    _styles(document, locale_tag(language))
    _properties(document, title, locale_tag(language))
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
    normal.font.size = Pt(BODY_SIZE)
    normal.font.color.rgb = _colour("text")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in HEADING_SIZES.items():
        style = styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = _colour("accent" if level <= 2 else "text")
        style.paragraph_format.space_before = Pt(18 if level <= 2 else 12)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    contents = _style(styles, "Table Contents", normal)
    contents.font.size = Pt(TABLE_SIZE)
    contents.paragraph_format.space_after = Pt(2)
    contents.paragraph_format.line_spacing = 1.0
    heading = _style(styles, "Table Heading", contents)
    heading.font.bold = True
    caption = styles["Caption"]
    caption.font.size = Pt(9)
    caption.font.bold = False
    caption.font.italic = False
    caption.font.color.rgb = _colour("muted")
    footer = styles["Footer"]
    footer.font.size = Pt(8.5)
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


def _footer(section, credit: str) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    number = footer.paragraphs[0]
    number.style = "Footer"
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    wording = translate("PlanDocument", "Page {page} of {pages}")
    for part in re.split(r"(\{page\}|\{pages\})", wording):
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

    # Paragraphs and runs, written straight into the XML: python-docx's own helpers
    # look every style up by name and take seconds over a long plan.

    def paragraph(self, container, style: str | None = None):
        paragraph = container.add_paragraph()
        if style:
            self.set_style(paragraph._p, style)
        return paragraph

    def set_style(self, element, style: str) -> None:
        """Give a paragraph with no properties yet its style."""
        if style not in self.style_ids:
            self.style_ids[style] = self.document.styles[style].style_id
        properties = _element(W_PPR)
        properties.append(_element(W_PSTYLE, {W_VAL: self.style_ids[style]}))
        element.insert(0, properties)

    def runs(self, paragraph, runs, bold=False, size: float | None = None) -> None:
        element = paragraph._p
        for item in runs:
            run = _element(W_R)
            if item.bold or bold or item.italic or item.muted or size:
                properties = _element(W_RPR)
                if item.bold or bold:
                    properties.append(_element(W_B))
                if item.italic:
                    properties.append(_element(W_I))
                if item.muted:
                    properties.append(_element(W_COLOR, {W_VAL: self.muted}))
                if size:
                    properties.append(_element(W_SZ, {W_VAL: str(round(size * 2))}))
                run.append(properties)
            if item.line_break:
                run.append(_element(W_BR))
            else:
                text = _element(W_T, {XML_SPACE: "preserve"})
                text.text = item.text
                run.append(text)
            element.append(run)

    @staticmethod
    def hints(paragraph, block, keep=True, page=True) -> None:
        if page and block.break_before:
            paragraph.paragraph_format.page_break_before = True
        if keep and block.keep_with_next:
            paragraph.paragraph_format.keep_with_next = True

    # Blocks

    def blocks(self, items) -> None:
        body = self.document
        for block in items:
            if isinstance(block, blocks.Heading):
                paragraph = self.paragraph(body, f"Heading {block.level}")
                self.runs(paragraph, block.runs)
                self.hints(paragraph, block, keep=False)
            elif isinstance(block, blocks.Paragraph):
                if "credit" in block.classes and self.credit:
                    continue  # the footer carries it on every page
                paragraph = self.paragraph(body)
                self.runs(
                    paragraph, block.runs, size=LEAD_SIZE if "lead" in block.classes else None
                )
                self.hints(paragraph, block)
                if "keep" in block.classes:
                    paragraph.paragraph_format.keep_together = True
            elif isinstance(block, blocks.ListBlock):
                made = self.list(body, block)
                for paragraph in made[:-1]:
                    paragraph.paragraph_format.keep_with_next = True
                if made:
                    self.hints(made[0], block, keep=False)
                    self.hints(made[-1], block, page=False)
            elif isinstance(block, blocks.Table):
                self.table(block)
            elif isinstance(block, blocks.Figure):
                self.figure(block)
            elif isinstance(block, blocks.WriteSpace):
                self.write_space(block)

    def list(self, container, block: blocks.ListBlock, style_prefix: str = "") -> list:
        number = self.restart_numbering("List Number") if block.ordered else None
        made = []
        for item in block.items:
            kind = "List Number" if item.ordered else "List Bullet"
            paragraph = self.paragraph(
                container, kind if item.level == 0 else f"{kind} {item.level + 1}"
            )
            if number is not None and item.level == 0 and item.ordered:
                numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                numbering.get_or_add_ilvl().val = 0
                numbering.get_or_add_numId().val = number
            self.runs(paragraph, item.runs)
            made.append(paragraph)
        return made

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

    def table(self, block: blocks.Table) -> None:
        if block.caption:
            caption = self.paragraph(self.document, "Caption")
            self.runs(caption, block.caption)
            caption.paragraph_format.keep_with_next = True
            self.hints(caption, block, keep=False)
        table = self.document.add_table(rows=len(block.rows), cols=block.columns)
        self.table_grid(table)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [Emu(int(self.text_width * share)) for share in block.widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        _borders(table, block.kind)
        last = len(block.rows) - 1
        for row_index, (row, source) in enumerate(zip(table.rows, block.rows, strict=True)):
            _row_properties(row, header=source.header)
            cells = row.cells
            column = 0
            for source_cell in source.cells:
                cell = cells[column]
                end = column + source_cell.colspan - 1
                if end > column:
                    cell = cell.merge(cells[end])
                cell.width = Emu(sum(widths[column : end + 1]))
                header = source.header or source_cell.header
                if block.kind != "plain" and source.header:
                    _shade(cell, COLOURS["header"])
                column = end + 1
                self.cell(cell, source_cell, header=header)
                keep = (block.keep and row_index != last) or source.header
                page = row_index == 0 and column == source_cell.colspan and block.break_before
                for paragraph in cell.paragraphs:
                    if keep:
                        paragraph.paragraph_format.keep_with_next = True
                    if page and not block.caption:
                        paragraph.paragraph_format.page_break_before = True
        self.spacer()

    def spacer(self) -> None:
        # Word joins two tables that touch: a small paragraph after each keeps them apart.
        _small(self.paragraph(self.document))

    def cell(self, cell, source: blocks.Cell, header: bool) -> None:
        first = cell.paragraphs[0]
        self.set_style(first._p, self.table_style(header))
        used = False
        for block in source.blocks:
            if isinstance(block, blocks.ListBlock):
                made = self.list(cell, block)
                if not used and made:
                    first._p.getparent().remove(first._p)
                    used = True
                continue
            paragraph = first if not used else self.paragraph(cell)
            if used:
                self.set_style(paragraph._p, self.table_style(header))
            used = True
            self.runs(paragraph, block.runs, bold=header)
            if source.centred:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    @staticmethod
    def table_style(header: bool) -> str:
        return "Table Heading" if header else "Table Contents"

    def table_grid(self, table) -> None:
        if "Table Grid" not in self.style_ids:
            self.style_ids["Table Grid"] = self.document.styles["Table Grid"].style_id
        table._tbl.tblPr.style = self.style_ids["Table Grid"]

    def figure(self, block: blocks.Figure) -> None:
        paragraph = self.paragraph(self.document)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.hints(paragraph, block, keep=False)
        paragraph.paragraph_format.keep_with_next = bool(block.caption) or block.keep_with_next
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
            caption = self.paragraph(self.document, "Caption")
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.runs(caption, block.caption)
            if block.keep_with_next:
                caption.paragraph_format.keep_with_next = True

    def write_space(self, block: blocks.WriteSpace) -> None:
        """An empty bordered box the mentor can type into (it grows) or write in."""
        table = self.document.add_table(rows=1, cols=1)
        self.table_grid(table)
        table.autofit = False
        table.columns[0].width = self.text_width
        _borders(table, "grid")
        row = table.rows[0]
        _row_properties(row, header=False)
        row.height = WRITE_LINE * block.lines
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        cell = row.cells[0]
        cell.width = self.text_width
        label = [
            blocks.Paragraph([replace(run, muted=True) for run in item.runs], item.classes)
            if isinstance(item, blocks.Paragraph)
            else item
            for item in block.blocks
        ]
        self.cell(cell, blocks.Cell(label), header=False)
        if block.break_before:
            cell.paragraphs[0].paragraph_format.page_break_before = True
        self.spacer()


def _element(tag: str, attributes: dict | None = None):
    # python-docx's element factory, without its look-up of the tag's prefix each time.
    return oxml_parser.makeelement(tag, attrib=attributes)


def _small(paragraph) -> None:
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(6)


def _borders(table, kind: str) -> None:
    """Borders written on the table itself, so they show whatever style Word applies:
    every cell of a grid, the lines between pairs of label and text, none for plain."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    properties.insert_element_before(borders, *TABLE_PROPERTIES[TABLE_PROPERTIES.index("w:shd") :])
    colour = COLOURS["rule"].lstrip("#").upper()
    drawn = {"grid": BORDERS, "pairs": ("top", "bottom", "insideH"), "plain": ()}[kind]
    for edge in BORDERS:
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single" if edge in drawn else "nil")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), colour)
        borders.append(element)
    margins = OxmlElement("w:tblCellMar")
    for edge, twips in (("top", 57), ("left", 85), ("bottom", 57), ("right", 85)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    properties.insert_element_before(
        margins, *TABLE_PROPERTIES[TABLE_PROPERTIES.index("w:tblLook") :]
    )


def _row_properties(row, header: bool) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shading)
