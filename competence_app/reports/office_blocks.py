"""The document HTML read into plain blocks, for the Word and OpenDocument writers.

Every document is rendered once as HTML (a small, documented subset: headings,
paragraphs, lists, tables, figures with a PNG and its alternative text, and a few
layout hints). The DOCX and ODT writers both start from the blocks read here, so
they carry the same document. Only text comes out of the HTML: every text node
becomes plain text for the writers to insert as text, never as markup, and
anything outside the subset (scripts, styles, inline SVG) is left out.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass, field
from html.parser import HTMLParser

from competence_app.i18n import translate

VOID = frozenset({"br", "img", "meta", "link", "hr", "input", "col", "wbr", "source", "area"})
SKIPPED = frozenset({"head", "script", "style", "template", "svg", "math", "noscript", "button"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
# A start tag that ends an open paragraph, as in HTML.
CLOSES_P = frozenset(
    {"p", "div", "section", "ul", "ol", "table", "figure", "h1", "h2", "h3", "h4", "h5", "h6"}
)
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Characters XML 1.0 cannot hold (DOCX and ODT are XML): dropped, never passed on.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
WRITE_SPACE_LINES = 8
REGIONS = {"en": ("en", "GB"), "es": ("es", "ES")}
# The type scale of the PDF (resources/templates/document.css.j2), in points, shared by
# the Word and OpenDocument writers so every format reads alike.
BODY_SIZE = 10.0
TABLE_SIZE = 9.0
LEAD_SIZE = 11.0
CAPTION_SIZE = 8.5
FOOTER_SIZE = 7.5
HEADING_SIZES = {1: 20.0, 2: 14.0, 3: 11.5, 4: 10.0}
WRITE_LINE_MM = 7.6  # one handwritten or typed line in a write-space box
MUTED = frozenset({"muted", "intro", "meta", "request"})
TABLE_KINDS = ("pairs", "plain")
PERCENT = re.compile(r"(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)\s*%")
KEEP_ROWS = 12
INTRODUCTION_LENGTH = 400
LINE_CHARACTERS = 95  # about as many as fit across the text width of A4 or Letter


@dataclass
class Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    line_break: bool = False
    muted: bool = False  # secondary text, shown grey


@dataclass
class Block:
    break_before: bool = field(default=False, kw_only=True)
    keep_with_next: bool = field(default=False, kw_only=True)


@dataclass
class Paragraph(Block):
    runs: list[Run]
    classes: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return "".join("\n" if run.line_break else run.text for run in self.runs)


@dataclass
class Heading(Block):
    level: int
    runs: list[Run]


@dataclass
class Item:
    runs: list[Run]
    level: int = 0
    ordered: bool = False


@dataclass
class ListBlock(Block):
    ordered: bool
    items: list[Item]


@dataclass
class Cell:
    blocks: list[Paragraph | ListBlock]
    colspan: int = 1
    header: bool = False
    centred: bool = False


@dataclass
class Row:
    cells: list[Cell]
    header: bool = False


@dataclass
class Table(Block):
    rows: list[Row]
    widths: list[float]  # shares of the text width, adding up to 1
    caption: list[Run] = field(default_factory=list)
    keep: bool = False  # on one page with what comes before it, if it is short
    kind: str = "grid"  # grid (borders on every cell), pairs (label and text), plain (none)

    @property
    def columns(self) -> int:
        return len(self.widths)


@dataclass
class Figure(Block):
    png: bytes
    alt: str
    caption: list[Run]
    width_in: float  # the size it is meant to print at, in inches
    height_in: float


@dataclass
class WriteSpace(Block):
    """Room for the mentor to write or type: a bordered box about this many lines high."""

    lines: int
    blocks: list[Paragraph | ListBlock] = field(default_factory=list)


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)

    @property
    def classes(self) -> frozenset[str]:
        return frozenset(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if self.skipping:
            if tag in SKIPPED:
                self.skipping += 1
            return
        if tag in SKIPPED:
            self.skipping = 1
            return
        self._imply_end(tag)
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and not self.skipping and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if self.skipping:
            if tag in SKIPPED:
                self.skipping -= 1
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.stack[-1].children.append(data)

    def _imply_end(self, tag):
        # The end tags HTML lets a writer leave out: enough for hand-written tables and lists.
        if tag in CLOSES_P:
            self._close_open("p", ("td", "th", "li", "div", "section", "figure", "body"))
        if tag == "li":
            self._close_open("li", ("ul", "ol"))
        elif tag in ("td", "th"):
            self._close_open(("td", "th"), ("tr", "table"))
        elif tag == "tr":
            self._close_open(("td", "th"), ("tr", "table"))
            self._close_open("tr", ("table", "thead", "tbody", "tfoot"))
        elif tag in ("thead", "tbody", "tfoot"):
            self._close_open("tr", ("table",))

    def _close_open(self, names, stop_at):
        names = (names,) if isinstance(names, str) else names
        for node in reversed(self.stack):
            if node.tag in names:
                self.handle_endtag(node.tag)
                return
            if node.tag in stop_at:
                return


def locale(language: str) -> tuple[str, str | None]:
    """Language and region for an office document ("en" -> ("en", "GB")): Word and
    LibreOffice choose a dictionary by both. The app's texts are written for these."""
    if language in REGIONS:
        return REGIONS[language]
    head, _, region = language.replace("_", "-").partition("-")
    return head, region.upper() or None


def locale_tag(language: str) -> str:
    head, region = locale(language)
    return f"{head}-{region}" if region else head


def page_wording() -> list[str]:
    """ "Page {page} of {pages}" in the person's language, cut into its words and the
    two numbers ("{page}", "{pages}") that each writer makes into page fields."""
    wording = translate("PlanDocument", "Page {page} of {pages}")
    return [part for part in re.split(r"(\{page\}|\{pages\})", wording) if part]


def clean(text: str) -> str:
    return NOT_XML.sub("", text)


def read(html: str) -> list[Block]:
    """The blocks of a document, in reading order."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    body = _find(builder.root, "body") or builder.root
    return _introductions_kept(_Reader().blocks_of(body))


def _introductions_kept(blocks: list[Block]) -> list[Block]:
    """A heading, the few sentences introducing a chart, table or list, and that chart,
    table or list stay on one page: the introduction never ends a page alone. (A longer
    text, such as a story, is free to run on.)"""
    for heading, introduction, follower in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if (
            isinstance(heading, Heading)
            and isinstance(introduction, Paragraph)
            and len(introduction.text) <= INTRODUCTION_LENGTH
            and isinstance(follower, Figure | Table | ListBlock)
        ):
            introduction.keep_with_next = True
    return blocks


def _find(node: _Node, tag: str) -> _Node | None:
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == tag:
                return child
            found = _find(child, tag)
            if found:
                return found
    return None


def _hidden(node: _Node) -> bool:
    return "hidden" in node.attrs or node.attrs.get("aria-hidden") == "true"


def _breaks_page(node: _Node) -> bool:
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return (
        "page-break" in node.classes
        or "page-break-before:always" in style
        or "break-before:page" in style
    )


class _Reader:
    def blocks_of(self, node: _Node) -> list[Block]:
        blocks: list[Block] = []
        inline: list = []

        def flush():
            runs = _runs(inline)
            if runs:
                blocks.append(Paragraph(runs))
            inline.clear()

        for child in node.children:
            if isinstance(child, str) or child.tag not in BLOCK_TAGS:
                inline.append(child)
                continue
            flush()
            if _hidden(child):
                continue
            blocks.extend(self.block(child))
        flush()
        return blocks

    def block(self, node: _Node) -> list[Block]:
        tag = node.tag
        if tag in HEADINGS:
            runs = _runs(node.children)
            made = [Heading(HEADINGS[tag], runs, keep_with_next=True)] if runs else []
        elif tag == "p":
            runs = _runs(node.children, muted=bool(node.classes & MUTED))
            made = [Paragraph(runs, node.classes)] if runs else []
        elif tag in ("ul", "ol"):
            items = list(_items(node, 0, tag == "ol"))
            made = [ListBlock(tag == "ol", items)] if items else []
        elif tag == "table":
            table = _table(node)
            made = [table] if table else []
        elif tag == "figure" or tag == "img":
            made = [figure] if (figure := _figure(node)) else []
        elif "write-space" in node.classes:
            made = [WriteSpace(_lines(node), _cell_blocks(node))]
        else:  # a container: section, div, article, blockquote, ...
            made = self.blocks_of(node)
        if not made:
            return made
        if _breaks_page(node):
            made[0].break_before = True
        if "keep" in node.classes:
            for block in made[:-1]:
                block.keep_with_next = True
            for block in made:
                if isinstance(block, Table):
                    # Holding a long table together only pushes it, whole, onto a new page.
                    block.keep = len(block.rows) <= KEEP_ROWS
        return made


BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "ul",
        "ol",
        "table",
        "figure",
        "img",
        "dl",
        "address",
        "hr",
    }
    | set(HEADINGS)
)


def _runs(children, muted=False) -> list[Run]:
    """Inline content as runs, with HTML's white-space collapsing."""
    runs: list[Run] = []
    _collect(children, False, False, muted, runs)
    return _tidy(runs)


def _collect(children, bold, italic, muted, runs):
    for child in children:
        if isinstance(child, str):
            text = clean(HTML_SPACE.sub(" ", child))
            if text:
                runs.append(Run(text, bold, italic, muted=muted))
        elif child.tag == "br":
            runs.append(Run(line_break=True))
        elif child.tag == "img":
            if alt := clean(child.attrs.get("alt", "")).strip():
                runs.append(Run(alt, bold, italic, muted=muted))
        elif not _hidden(child):
            _collect(
                child.children,
                bold or child.tag in ("strong", "b"),
                italic or child.tag in ("em", "i", "cite"),
                muted or bool(child.classes & MUTED),
                runs,
            )


def _tidy(runs: list[Run]) -> list[Run]:
    """Drop spaces at the start and end of lines and merge runs that look the same."""
    out: list[Run] = []
    at_line_start = True
    for run in runs:
        if run.line_break:
            if out and not out[-1].line_break:
                out[-1].text = out[-1].text.rstrip(" ")
            out.append(run)
            at_line_start = True
            continue
        text = run.text
        if at_line_start or (out and not out[-1].line_break and out[-1].text.endswith(" ")):
            text = text.lstrip(" ")
        if not text:
            continue
        at_line_start = False
        last = out[-1] if out else None
        look = (run.bold, run.italic, run.muted)
        if last and not last.line_break and (last.bold, last.italic, last.muted) == look:
            last.text += text
        else:
            out.append(Run(text, run.bold, run.italic, muted=run.muted))
    while out and out[-1].line_break:
        out.pop()
    if out:
        out[-1].text = out[-1].text.rstrip(" ")
        if not out[-1].text:
            out.pop()
    return out


def _items(node: _Node, level: int, ordered: bool):
    for child in node.children:
        if not isinstance(child, _Node) or child.tag != "li" or _hidden(child):
            continue
        inline = [
            part for part in child.children if isinstance(part, str) or part.tag not in ("ul", "ol")
        ]
        runs = _runs(_blocks_as_lines(inline))
        if runs:
            yield Item(runs, min(level, 2), ordered)
        for part in child.children:
            if isinstance(part, _Node) and part.tag in ("ul", "ol"):
                yield from _items(part, level + 1, part.tag == "ol")


def _blocks_as_lines(children) -> list:
    """Paragraphs inside a list item or a cell's inline text: one line each."""
    out: list = []
    for child in children:
        if isinstance(child, _Node) and child.tag in BLOCK_TAGS:
            if out:
                out.append(_Node("br", {}))
            out.extend(child.children)
        else:
            out.append(child)
    return out


def _cell_blocks(node: _Node) -> list[Paragraph | ListBlock]:
    blocks: list[Paragraph | ListBlock] = []
    for block in _Reader().blocks_of(node):
        if isinstance(block, Paragraph | ListBlock):
            blocks.append(block)
        elif isinstance(block, Heading):
            blocks.append(
                Paragraph([Run(run.text, True, run.italic, run.line_break) for run in block.runs])
            )
        elif isinstance(block, Table | WriteSpace):
            # The subset has no table in a table: its text is kept, row by row.
            rows = block.rows if isinstance(block, Table) else []
            for row in rows:
                for cell in row.cells:
                    blocks.extend(cell.blocks)
    return blocks


def _table(node: _Node) -> Table | None:
    rows: list[Row] = []
    caption: list[Run] = []
    widths: list[str] = []

    def walk(parent: _Node, in_head: bool):
        nonlocal caption
        for child in parent.children:
            if not isinstance(child, _Node) or _hidden(child):
                continue
            if child.tag == "caption":
                caption = _runs(child.children)
            elif child.tag in ("thead", "tbody", "tfoot"):
                walk(child, child.tag == "thead")
            elif child.tag == "colgroup":
                widths.extend(
                    _width(col)
                    for col in child.children
                    if isinstance(col, _Node) and col.tag == "col"
                )
            elif child.tag == "col":
                widths.append(_width(child))
            elif child.tag == "tr":
                cells = [
                    Cell(
                        _cell_blocks(cell),
                        _span(cell),
                        cell.tag == "th",
                        "n" in cell.classes or cell.attrs.get("align") == "center",
                    )
                    for cell in child.children
                    if isinstance(cell, _Node) and cell.tag in ("td", "th")
                ]
                if cells:
                    rows.append(Row(cells, in_head))
                    if len(rows) == 1 and not widths:
                        widths.extend(
                            _width(cell) if _span(cell) == 1 else ""
                            for cell in child.children
                            if isinstance(cell, _Node) and cell.tag in ("td", "th")
                        )

    walk(node, False)
    if not rows:
        return None
    # Without a <thead>, leading rows of header cells only are the header.
    if not any(row.header for row in rows):
        for row in rows[:-1]:
            if not all(cell.header for cell in row.cells):
                break
            row.header = True
    columns = max(sum(cell.colspan for cell in row.cells) for row in rows)
    for row in rows:  # a short row is filled out, so every row has every column
        missing = columns - sum(cell.colspan for cell in row.cells)
        if missing > 0:
            row.cells.append(Cell([], missing, False))
    kind = next((name for name in TABLE_KINDS if name in node.classes), "grid")
    return Table(rows, _shares(widths, rows, columns), caption, kind=kind)


def _width(node: _Node) -> str:
    """A width in percent, from a width attribute or a style's width."""
    if found := PERCENT.search(node.attrs.get("style", "")):
        return found.group(1)
    return node.attrs.get("width", "")


def _span(cell: _Node) -> int:
    try:
        return max(1, min(int(cell.attrs.get("colspan", "1")), 63))
    except ValueError:
        return 1


def _shares(widths: list[str], rows: list[Row], columns: int) -> list[float]:
    """Column widths: the HTML's percentages, or else sized to the text they hold."""
    given = []
    for width in widths[:columns]:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%?\s*", width)
        given.append(float(match.group(1)) if match else 0.0)
    if len(given) == columns and all(given):
        weights = given
    else:
        weights = _fit(rows, columns)
    total = sum(weights)
    return [weight / total for weight in weights]


def _fit(rows: list[Row], columns: int) -> list[float]:
    """Widths in characters, as a browser lays out a table: each column at least as wide
    as its longest word, and what is left of the line shared out by how much more text
    each column holds."""
    narrowest = [3.0] * columns
    widest = [3.0] * columns
    for row in rows:
        index = 0
        for cell in row.cells:
            if cell.colspan == 1 and index < columns:
                lines = [
                    line
                    for block in cell.blocks
                    if isinstance(block, Paragraph)
                    for line in block.text.split("\n")
                ]
                words = [len(word) for line in lines for word in line.split()]
                narrowest[index] = max(narrowest[index], min(max(words, default=0), 24) + 1.0)
                widest[index] = max(widest[index], max(map(len, lines), default=0) + 1.0)
            index += cell.colspan
    spare = LINE_CHARACTERS - sum(narrowest)
    extra = [max(0.0, wide - narrow) for wide, narrow in zip(widest, narrowest, strict=True)]
    if spare <= 0 or not sum(extra):
        return narrowest
    share = min(1.0, spare / sum(extra))
    return [narrow + more * share for narrow, more in zip(narrowest, extra, strict=True)]


def _figure(node: _Node) -> Figure | None:
    image = node if node.tag == "img" else _find(node, "img")
    if image is None:
        return None
    png = _png(image.attrs.get("src", ""))
    if png is None:
        return None
    caption_node = _find(node, "figcaption") if node.tag == "figure" else None
    caption = _runs(caption_node.children) if caption_node else []
    alt = clean(HTML_SPACE.sub(" ", image.attrs.get("alt", ""))).strip()
    width_in, height_in = _print_size(png, image.attrs)
    return Figure(png, alt, caption, width_in, height_in, keep_with_next=bool(caption))


def _png(source: str) -> bytes | None:
    prefix = "data:image/png;base64,"
    if not source.startswith(prefix):
        return None
    try:
        data = base64.b64decode(source[len(prefix) :], validate=False)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 33 else None


def _print_size(png: bytes, attrs: dict[str, str]) -> tuple[float, float]:
    """Inches: the width and height attributes (CSS pixels, 96 to the inch), or else
    the PNG's own size at its recorded resolution (200 dpi when it records none)."""
    pixels_wide, pixels_high = struct.unpack(">II", png[16:24])
    dpi = 200.0
    found = png.find(b"pHYs")
    if found > 0:
        per_x, _per_y, unit = struct.unpack(">IIB", png[found + 4 : found + 13])
        if unit == 1 and per_x:
            dpi = per_x * 0.0254
    ratio = pixels_high / pixels_wide if pixels_wide else 1.0
    try:
        width = float(attrs.get("width", "").removesuffix("px")) / 96
    except ValueError:
        width = pixels_wide / dpi
    if width <= 0:
        width = pixels_wide / dpi
    return width, width * ratio


def _lines(node: _Node) -> int:
    try:
        return max(1, min(int(node.attrs.get("data-lines", "")), 40))
    except ValueError:
        return WRITE_SPACE_LINES
