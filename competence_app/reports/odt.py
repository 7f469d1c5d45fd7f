"""The document as an OpenDocument text file (ODT), for LibreOffice and other office suites.

Made with odfpy, which checks every element and attribute against the OpenDocument
schema as the file is built, from the blocks of the document's HTML (office_blocks):
headings are text:h with an outline level in the standard "Heading N" styles (so
LibreOffice's Navigator and screen readers find the outline); tables keep borders, a
shaded header row that repeats on every page (table:table-header-rows) and rows that
never split; charts carry their alternative text; every page ends with "Page N of M"
and the credit line. Text goes in as text nodes: odfpy escapes them.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from odf import dc, draw, svg, table, text
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    FooterStyle,
    GraphicProperties,
    HeaderFooterProperties,
    ListLevelLabelAlignment,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TextProperties,
)

from competence_app import files
from competence_app.reports import office_blocks as blocks
from competence_app.reports.templates import COLOURS

PAPER = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}  # millimetres
MARGIN = 20.0  # room to write in the margins, and a text column as wide as the PDF's
FONT = "Arial"  # LibreOffice shows it as Liberation Sans where Arial is missing
BULLETS = ("•", "◦", "▪")
BORDER = f"0.5pt solid {COLOURS['rule']}"


def write(html: str, path: Path, *, paper: str, language: str, title: str, footer: str) -> None:
    """Write the document's HTML to path as ODT, whole or not at all, owner-only."""
    document = build(html, paper=paper, language=language, title=title, footer=footer)
    buffer = io.BytesIO()
    document.write(buffer)
    files.write_atomically(Path(path), buffer.getvalue(), private=True)


def build(html: str, *, paper: str, language: str, title: str, footer: str) -> OpenDocumentText:
    document = OpenDocumentText()
    width, height = PAPER.get(paper, PAPER["A4"])
    writer = _Writer(document, width - 2 * MARGIN, footer)
    writer.styles(blocks.locale(language))
    writer.page(width, height, footer)
    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Language(text=blocks.locale_tag(language)))
    writer.blocks(blocks.read(html))
    return document


def _mm(value: float) -> str:
    return f"{value:.2f}mm"


def _pt(value: float) -> str:
    return f"{value:g}pt"


class _Writer:
    def __init__(self, document: OpenDocumentText, text_width: float, credit: str):
        self.document = document
        self.text_width = text_width
        self.credit = credit
        self.auto: dict[tuple, Style] = {}
        self.tables = 0
        self.figures = 0

    # Styles -------------------------------------------------------------------------

    def styles(self, language: tuple[str, str | None]) -> None:
        document = self.document
        document.fontfacedecls.addElement(
            FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="swiss", fontpitch="variable")
        )
        lang, region = language
        locale = {"language": lang, "country": region} if region else {"language": lang}
        default = DefaultStyle(family="paragraph")
        default.addElement(
            TextProperties(
                fontname=FONT, fontsize=_pt(blocks.BODY_SIZE), color=COLOURS["text"], **locale
            )
        )
        default.addElement(
            ParagraphProperties(margintop="0mm", marginbottom="5pt", lineheight="115%")
        )
        document.styles.addElement(default)
        self.named("Standard", "Default Paragraph Style", None)
        self.named(
            "Heading",
            "Heading",
            "Standard",
            ParagraphProperties(margintop="11pt", marginbottom="3pt", keepwithnext="always"),
            TextProperties(fontweight="bold"),
            nextstylename="Standard",
        )
        for level, size in blocks.HEADING_SIZES.items():
            style = self.named(
                f"Heading_20_{level}",
                f"Heading {level}",
                "Heading",
                TextProperties(
                    fontsize=_pt(size),
                    fontweight="bold",
                    color=COLOURS["accent" if level <= 2 else "text"],
                ),
                defaultoutlinelevel=str(level),
            )
            style.setAttribute("class", "text")
        self.named(
            "Caption",
            "Caption",
            "Standard",
            ParagraphProperties(margintop="1mm", marginbottom="3mm", textalign="center"),
            TextProperties(fontsize=_pt(blocks.CAPTION_SIZE), color=COLOURS["muted"]),
        )
        self.named(
            "Table_20_Contents",
            "Table Contents",
            "Standard",
            ParagraphProperties(marginbottom="0.7mm", lineheight="100%"),
            TextProperties(fontsize=_pt(blocks.TABLE_SIZE)),
        )
        self.named(
            "Table_20_Heading",
            "Table Heading",
            "Table_20_Contents",
            TextProperties(fontweight="bold"),
        )
        self.named(
            "List_20_Contents", "List Contents", "Standard", ParagraphProperties(marginbottom="1mm")
        )
        self.named(
            "Footer",
            "Footer",
            "Standard",
            ParagraphProperties(textalign="center", marginbottom="0mm"),
            TextProperties(fontsize=_pt(blocks.FOOTER_SIZE), color=COLOURS["muted"]),
        )
        self.list_styles()

    def named(self, name, display, parent, *properties, **extra) -> Style:
        style = Style(name=name, displayname=display, family="paragraph", **extra)
        if parent:
            style.setAttribute("parentstylename", parent)
        for item in properties:
            style.addElement(item)
        self.document.styles.addElement(style)
        return style

    def list_styles(self) -> None:
        bullets = text.ListStyle(name="List_20_Bullet", displayname="List Bullet")
        numbers = text.ListStyle(name="Numbering_20_123", displayname="Numbering 123")
        for level in range(1, 4):
            indent = _mm(6 * level)
            properties = {"listlevelpositionandspacemode": "label-alignment"}
            for style, item in (
                (bullets, text.ListLevelStyleBullet(level=level, bulletchar=BULLETS[level - 1])),
                (numbers, text.ListLevelStyleNumber(level=level, numformat="1", numsuffix=".")),
            ):
                positions = ListLevelProperties(**properties)
                positions.addElement(
                    ListLevelLabelAlignment(
                        labelfollowedby="listtab",
                        listtabstopposition=indent,
                        textindent="-5mm",
                        marginleft=indent,
                    )
                )
                item.addElement(positions)
                style.addElement(item)
        self.document.styles.addElement(bullets)
        self.document.styles.addElement(numbers)

    def page(self, width: float, height: float, credit: str) -> None:
        layout = PageLayout(name="Page")
        layout.addElement(
            PageLayoutProperties(
                pagewidth=_mm(width),
                pageheight=_mm(height),
                printorientation="portrait",
                margintop=_mm(MARGIN),
                marginbottom=_mm(MARGIN - 13),
                marginleft=_mm(MARGIN),
                marginright=_mm(MARGIN),
            )
        )
        footer_style = FooterStyle()
        footer_style.addElement(HeaderFooterProperties(minheight="0mm", margintop="5mm"))
        layout.addElement(footer_style)
        self.document.automaticstyles.addElement(layout)
        master = MasterPage(name="Standard", pagelayoutname=layout)
        footer = Footer()
        number = text.P(stylename="Footer")
        for part in blocks.page_wording():
            if part == "{page}":
                number.addElement(text.PageNumber(selectpage="current", text="1"))
            elif part == "{pages}":
                number.addElement(text.PageCount(text="1"))
            elif part:
                number.addText(part)
        footer.addElement(number)
        if credit:
            footer.addElement(text.P(stylename="Footer", text=blocks.clean(credit)))
        master.addElement(footer)
        self.document.masterstyles.addElement(master)

    def automatic(self, family: str, key: tuple, *properties, parent: str | None = None) -> Style:
        """One automatic style for each different set of properties."""
        full_key = (family, parent, key)
        if full_key not in self.auto:
            name = f"{family[0].upper()}{len(self.auto) + 1}"
            style = Style(name=name, family=family)
            if parent:
                style.setAttribute("parentstylename", parent)
            for item in properties:
                style.addElement(item)
            self.document.automaticstyles.addElement(style)
            self.auto[full_key] = style
        return self.auto[full_key]

    def paragraph_style(self, base: str, keep=False, page=False, centre=False, together=False):
        if not (keep or page or centre or together):
            return base
        paragraph = {}
        if keep:
            paragraph["keepwithnext"] = "always"
        if page:
            paragraph["breakbefore"] = "page"
        if centre:
            paragraph["textalign"] = "center"
        if together:
            paragraph["keeptogether"] = "always"
        key = (keep, page, centre, together)
        return self.automatic("paragraph", key, ParagraphProperties(**paragraph), parent=base)

    def span_style(self, run: blocks.Run, size: str | None) -> Style:
        properties = {}
        if run.bold:
            properties.update(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold")
        if run.italic:
            properties.update(
                fontstyle="italic", fontstyleasian="italic", fontstylecomplex="italic"
            )
        if run.muted:
            properties["color"] = COLOURS["muted"]
        if size:
            properties.update(fontsize=size, fontsizeasian=size, fontsizecomplex=size)
        key = (run.bold, run.italic, run.muted, size)
        return self.automatic("text", key, TextProperties(**properties))

    # Blocks -------------------------------------------------------------------------

    def blocks(self, items, into=None) -> None:
        into = into if into is not None else self.document.text
        for block in items:
            if isinstance(block, blocks.Heading):
                style = self.paragraph_style(f"Heading_20_{block.level}", page=block.break_before)
                heading = text.H(outlinelevel=block.level, stylename=style)
                self.runs(heading, block.runs)
                into.addElement(heading)
            elif isinstance(block, blocks.Paragraph):
                if "credit" in block.classes and self.credit:
                    continue  # the footer carries it on every page
                style = self.paragraph_style(
                    "Standard",
                    block.keep_with_next,
                    block.break_before,
                    together="keep" in block.classes,
                )
                size = _pt(blocks.LEAD_SIZE) if "lead" in block.classes else None
                into.addElement(self.paragraph(style, block.runs, size))
            elif isinstance(block, blocks.ListBlock):
                into.addElement(
                    self.list(block, keep=block.keep_with_next, page=block.break_before)
                )
            elif isinstance(block, blocks.Table):
                self.table(block, into)
            elif isinstance(block, blocks.Figure):
                self.figure(block, into)
            elif isinstance(block, blocks.WriteSpace):
                self.write_space(block, into)

    def paragraph(self, style, runs, size: str | None = None) -> text.P:
        paragraph = text.P(stylename=style)
        self.runs(paragraph, runs, size)
        return paragraph

    def runs(self, element, runs, size: str | None = None) -> None:
        for run in runs:
            if run.line_break:
                element.addElement(text.LineBreak())
            elif run.bold or run.italic or run.muted or size:
                span = text.Span(stylename=self.span_style(run, size))
                span.addText(run.text)
                element.addElement(span)
            else:
                element.addText(run.text)

    def list(self, block: blocks.ListBlock, keep=False, page=False, base="List_20_Contents"):
        """Nested text:list elements from the flat items and their levels."""

        def new_list(ordered: bool) -> text.List:
            return text.List(stylename="Numbering_20_123" if ordered else "List_20_Bullet")

        top = new_list(block.ordered)
        stack = [top]
        last_item: list = [None]
        for index, item in enumerate(block.items):
            while len(stack) > item.level + 1:
                stack.pop()
                last_item.pop()
            while len(stack) < item.level + 1:
                parent = last_item[-1]
                if parent is None:
                    parent = text.ListItem()
                    stack[-1].addElement(parent)
                nested = new_list(item.ordered)
                parent.addElement(nested)
                stack.append(nested)
                last_item.append(None)
            last = index == len(block.items) - 1
            style = self.paragraph_style(base, keep=keep or not last, page=page and index == 0)
            entry = text.ListItem()
            entry.addElement(self.paragraph(style, item.runs))
            stack[-1].addElement(entry)
            last_item[-1] = entry
        return top

    def grid(self, widths: list[float], **properties) -> table.Table:
        """A table as wide as the text, its columns in millimetres. (LibreOffice lays out
        relative column widths wrongly when the table's width is also given.)"""
        self.tables += 1
        properties.update(width=_mm(self.text_width), align="left")
        table_style = self.automatic(
            "table",
            tuple(sorted(properties.items())),
            TableProperties(marginbottom="2mm", bordermodel="collapsing", **properties),
        )
        grid = table.Table(name=f"Table{self.tables}", stylename=table_style)
        for share in widths:
            width = round(self.text_width * share, 2)
            column = self.automatic(
                "table-column", (width,), TableColumnProperties(columnwidth=_mm(width))
            )
            grid.addElement(table.TableColumn(stylename=column))
        return grid

    def table(self, block: blocks.Table, into) -> None:
        if block.caption:
            style = self.paragraph_style("Caption", keep=True, page=block.break_before)
            into.addElement(self.paragraph(style, block.caption))
        properties = {"maybreakbetweenrows": "false" if block.keep else "true"}
        if block.break_before and not block.caption:
            properties["breakbefore"] = "page"
        if block.keep_with_next:
            properties["keepwithnext"] = "always"
        grid = self.grid(block.widths, **properties)
        header = [row for row in block.rows if row.header]
        if header:
            repeated = table.TableHeaderRows()
            for row in header:
                repeated.addElement(self.row(row, block.kind))
            grid.addElement(repeated)
        for row in block.rows:
            if not row.header:
                grid.addElement(self.row(row, block.kind))
        into.addElement(grid)

    def row(self, source: blocks.Row, kind: str, min_height: float | None = None):
        properties = {"keeptogether": "always"}
        if min_height:
            properties["minrowheight"] = _mm(min_height)
        row = table.TableRow(
            stylename=self.automatic(
                "table-row", tuple(sorted(properties.items())), TableRowProperties(**properties)
            )
        )
        for cell in source.cells:
            made = table.TableCell(
                stylename=self.cell_style(kind, source.header), valuetype="string"
            )
            if cell.colspan > 1:
                made.setAttribute("numbercolumnsspanned", str(cell.colspan))
            base = "Table_20_Heading" if (source.header or cell.header) else "Table_20_Contents"
            self.cell_blocks(made, cell.blocks, base, cell.centred)
            row.addElement(made)
            for _ in range(cell.colspan - 1):
                row.addElement(table.CoveredTableCell())
        return row

    def cell_style(self, kind: str, shaded: bool) -> Style:
        """Borders on every side of a grid's cells, above and below a pair, none for plain."""
        borders = {
            "grid": {"border": BORDER},
            "pairs": {"bordertop": BORDER, "borderbottom": BORDER},
            "plain": {},
        }[kind]
        if shaded and kind != "plain":
            borders["backgroundcolor"] = COLOURS["header"]
        return self.automatic(
            "table-cell",
            (kind, shaded),
            TableCellProperties(
                paddingtop="1mm",
                paddingbottom="1mm",
                paddingleft="1.5mm",
                paddingright="1.5mm",
                verticalalign="top",
                **borders,
            ),
        )

    def cell_blocks(self, cell, items, base: str, centred: bool = False) -> None:
        if not items:
            cell.addElement(text.P(stylename=base))
        for block in items:
            if isinstance(block, blocks.ListBlock):
                cell.addElement(self.list(block, base=base))
            else:
                style = self.paragraph_style(base, centre=centred)
                cell.addElement(self.paragraph(style, block.runs))

    def figure(self, block: blocks.Figure, into) -> None:
        self.figures += 1
        width = min(block.width_in * 25.4, self.text_width)
        height = width * block.height_in / block.width_in
        if height > 180:
            width, height = width * 180 / height, 180.0
        frame_style = self.automatic(
            "graphic",
            ("as-char",),
            GraphicProperties(
                verticalpos="top",
                verticalrel="baseline",
                horizontalpos="center",
                horizontalrel="paragraph",
                wrap="none",
            ),
        )
        frame = draw.Frame(
            stylename=frame_style,
            name=f"Figure {self.figures}",
            anchortype="as-char",
            width=_mm(width),
            height=_mm(height),
        )
        href = self.document.addPictureFromString(block.png, "image/png")
        frame.addElement(draw.Image(href=href))
        caption = "".join(run.text for run in block.caption if not run.line_break)
        frame.addElement(svg.Title(text=caption or block.alt))
        frame.addElement(svg.Desc(text=block.alt))
        style = self.paragraph_style(
            "Standard",
            keep=bool(block.caption) or block.keep_with_next,
            page=block.break_before,
            centre=True,
        )
        holder = text.P(stylename=style)
        holder.addElement(frame)
        into.addElement(holder)
        if block.caption:
            style = self.paragraph_style("Caption", keep=block.keep_with_next)
            into.addElement(self.paragraph(style, block.caption))

    def write_space(self, block: blocks.WriteSpace, into) -> None:
        """An empty bordered box the mentor can type into (it grows) or write in."""
        grid = self.grid([1.0], **({"breakbefore": "page"} if block.break_before else {}))
        label = [
            blocks.Paragraph([replace(run, muted=True) for run in item.runs], item.classes)
            if isinstance(item, blocks.Paragraph)
            else item
            for item in block.blocks
        ]
        grid.addElement(
            self.row(blocks.Row([blocks.Cell(label)]), "grid", blocks.WRITE_LINE_MM * block.lines)
        )
        into.addElement(grid)
