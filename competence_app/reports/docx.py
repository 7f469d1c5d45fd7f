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
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Inches, Mm, Pt, RGBColor

from competence_app import files
from competence_app.i18n import translate
from competence_app.reports import office_blocks as blocks
from competence_app.reports.templates import COLOURS

PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Inches(8.5), Inches(11))}
MARGIN = Mm(25)
# Word wants a language and a region; the app's languages are written for these.
REGIONS = {"en": "en-GB", "es": "es-ES"}
HEADING_SIZES = {1: 24, 2: 16, 3: 13, 4: 11}
BODY_SIZE = 10.5
FONT = "Arial"
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
    _Writer(document).blocks(blocks.read(html))
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
    caption = styles["Caption"]
    caption.font.size = Pt(9)
    caption.font.bold = False
    caption.font.italic = False
    caption.font.color.rgb = _colour("muted")
    footer = styles["Footer"]
    footer.font.size = Pt(8.5)
    footer.font.color.rgb = _colour("muted")


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
    def __init__(self, document):
        self.document = document
        section = document.sections[0]
        self.text_width = section.page_width - section.left_margin - section.right_margin
        self.numbering = document.part.numbering_part.element
        self.figures = 0

    def blocks(self, items) -> None:
        for block in items:
            if isinstance(block, blocks.Heading):
                paragraph = self.document.add_paragraph(style=f"Heading {block.level}")
                self.runs(paragraph, block.runs)
                self.hints(paragraph, block)
            elif isinstance(block, blocks.Paragraph):
                paragraph = self.document.add_paragraph()
                self.runs(paragraph, block.runs)
                if block.classes & {"intro", "meta", "muted", "credit", "request"}:
                    for run in paragraph.runs:
                        run.font.color.rgb = _colour("muted")
                self.hints(paragraph, block)
            elif isinstance(block, blocks.ListBlock):
                made = self.list(self.document, block)
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

    @staticmethod
    def hints(paragraph, block, keep=True, page=True) -> None:
        if page and block.break_before:
            paragraph.paragraph_format.page_break_before = True
        if keep and block.keep_with_next:
            paragraph.paragraph_format.keep_with_next = True

    @staticmethod
    def runs(paragraph, runs) -> None:
        for item in runs:
            if item.line_break:
                paragraph.add_run().add_break()
                continue
            run = paragraph.add_run(item.text)
            if item.bold:
                run.bold = True
            if item.italic:
                run.italic = True

    def list(self, container, block: blocks.ListBlock) -> list:
        number = self.restart_numbering("List Number") if block.ordered else None
        made = []
        for item in block.items:
            kind = "List Number" if item.ordered else "List Bullet"
            style = kind if item.level == 0 else f"{kind} {item.level + 1}"
            paragraph = container.add_paragraph(style=style)
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
            caption = self.document.add_paragraph(style="Caption")
            self.runs(caption, block.caption)
            caption.paragraph_format.keep_with_next = True
            self.hints(caption, block, keep=False)
        table = self.document.add_table(rows=len(block.rows), cols=block.columns)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [Emu(int(self.text_width * share)) for share in block.widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        _borders(table)
        for row_index, (row, source) in enumerate(zip(table.rows, block.rows, strict=True)):
            _row_properties(row, header=source.header)
            column = 0
            last_row = row_index == len(block.rows) - 1
            for source_cell in source.cells:
                cell = row.cells[column]
                end = column + source_cell.colspan - 1
                if end > column:
                    cell = cell.merge(row.cells[end])
                cell.width = Emu(sum(widths[column : end + 1]))
                column = end + 1
                header = source.header or source_cell.header
                if source.header:
                    _shade(cell, COLOURS["header"])
                self.cell(cell, source_cell, header=header)
                keep = block.keep and not last_row or source.header
                first_cell = row_index == 0 and source_cell is source.cells[0]
                for paragraph in cell.paragraphs:
                    if keep:
                        paragraph.paragraph_format.keep_with_next = True
                    if first_cell and block.break_before and not block.caption:
                        paragraph.paragraph_format.page_break_before = True
        # Word joins two tables that touch: a paragraph after each keeps them apart.
        spacer = self.document.add_paragraph()
        spacer.paragraph_format.space_after = Pt(2)
        _small(spacer)

    def cell(self, cell, source: blocks.Cell, header: bool) -> None:
        first = cell.paragraphs[0]
        used = False
        for block in source.blocks:
            if isinstance(block, blocks.ListBlock):
                made = self.list(cell, block)
                if not used and made:
                    first._p.getparent().remove(first._p)
                    used = True
                continue
            paragraph = first if not used else cell.add_paragraph()
            used = True
            self.runs(paragraph, block.runs)
            if header:
                for run in paragraph.runs:
                    run.bold = True
            if block.classes & {"request", "muted"}:
                for run in paragraph.runs:
                    run.font.color.rgb = _colour("muted")
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.space_after = Pt(2)
            paragraph.paragraph_format.line_spacing = 1.0

    def figure(self, block: blocks.Figure) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.hints(paragraph, block, keep=False)
        paragraph.paragraph_format.keep_with_next = bool(block.caption) or block.keep_with_next
        width = min(Inches(block.width_in), self.text_width)
        height = Emu(int(width * block.height_in / block.width_in))
        max_height = Mm(180)
        if height > max_height:
            width, height = Emu(int(width * max_height / height)), max_height
        shape = paragraph.add_run().add_picture(io.BytesIO(block.png), width=width, height=height)
        self.figures += 1
        properties = shape._inline.docPr
        properties.set("name", f"Figure {self.figures}")
        properties.set("descr", block.alt)
        if block.caption:
            caption = self.document.add_paragraph(style="Caption")
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.runs(caption, block.caption)
            self.hints(caption, blocks.Block(keep_with_next=block.keep_with_next), page=False)

    def write_space(self, block: blocks.WriteSpace) -> None:
        """An empty bordered box the mentor can type into (it grows) or write in."""
        table = self.document.add_table(rows=1, cols=1)
        table.style = self.document.styles["Table Grid"]
        table.autofit = False
        table.columns[0].width = self.text_width
        _borders(table)
        row = table.rows[0]
        _row_properties(row, header=False)
        row.height = WRITE_LINE * block.lines
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        cell = row.cells[0]
        cell.width = self.text_width
        self.cell(cell, blocks.Cell(block.blocks), header=False)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.color.rgb = _colour("muted")
            if block.break_before:
                paragraph.paragraph_format.page_break_before = True
        spacer = self.document.add_paragraph()
        _small(spacer)


def _small(paragraph) -> None:
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(6)


def _borders(table) -> None:
    """Borders written on the table itself, so they show whatever style Word applies."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    properties.insert_element_before(borders, *TABLE_PROPERTIES[TABLE_PROPERTIES.index("w:shd") :])
    colour = COLOURS["ruled"].lstrip("#").upper()
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
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
