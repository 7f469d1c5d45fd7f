"""Any document as Markdown, made from its HTML (the subset in docs/document-html.md).

Markdown that stays Markdown: every character a person typed is shown as itself.
Markup characters are escaped with a backslash, so no emphasis, link, heading or
raw HTML (`<script>`, `<img onerror=…>`) typed by a person is ever interpreted;
a line break or `|` in a table cell never breaks the table. One pass over the
HTML, text joined once: the time grows with the text, no faster.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# The marks that start emphasis, code, links, raw HTML, entities or table cells anywhere
# in a line. A backslash before ASCII punctuation always means the character itself.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
# What makes a bare address a link on GitHub and other viewers (GFM autolinks).
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=www)(\.)")
# What starts a heading, quote, list, rule or setext underline at the start of a line.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))([.)]?)")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    return _AUTOLINK.sub(lambda m: "\\" + m.group(0), text)


def _line_starts(text: str) -> str:
    """Each line's first mark escaped, so typed text can never become a block."""
    return "\\\n".join(_LINE_START.sub(_escape_start, line) for line in text.split("\\\n"))


def _escape_start(match: re.Match) -> str:
    space, mark, after = match.groups()
    if after:  # "1." or "1)": the digit is no mark, its full stop is
        return f"{space}{mark}\\{after}"
    return f"{space}\\{mark}"


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []  # finished blocks, joined once at the end
        self.inline: list[str] = []  # the block being read
        self.lists: list[list] = []  # [kind, counter] per open list
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.head_rows = 0
        self.in_head = False
        self.skip = 0  # inside <style>, <title>, <head>
        self.heading = 0
        self.figure_alt = ""

    # Text and inline elements
    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = _SPACES.sub(" ", data)
        if text.strip() or (self.inline and not self.inline[-1].endswith(" ")):
            self.inline.append(escape(text))

    def _text(self) -> str:
        text = "".join(self.inline).strip()
        self.inline = []
        return _line_starts(re.sub(r" *\\\n *", "\\\n", text))

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        if tag in ("style", "title", "head", "script"):
            self.skip += 1
        elif tag in ("strong", "b"):
            self.inline.append("**")
        elif tag in ("em", "i"):
            self.inline.append("*")
        elif tag == "br":
            # In a table cell a line break must stay on the row's line.
            self.inline.append("<br>" if self.row is not None else "\\\n")
        elif tag in ("h1", "h2", "h3", "h4"):
            self._flush()
            self.heading = int(tag[1])
        elif tag in ("p", "div", "figcaption"):
            if self.row is None:
                self._flush()
            elif self.inline:
                self.inline.append("<br>")
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._flush()
        elif tag == "table":
            self._flush()
            self.table, self.head_rows = [], 0
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.inline = []
            span = int(attributes.get("colspan") or 1)
            self.row_span = max(1, min(span, 50))
        elif tag == "img":
            self.figure_alt = attributes.get("alt") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head", "script"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("strong", "b"):
            self._close_mark("**")
        elif tag in ("em", "i"):
            self._close_mark("*")
        elif tag in ("h1", "h2", "h3", "h4"):
            text = self._text()
            if text:
                self.blocks.append("#" * self.heading + " " + text)
            self.heading = 0
        elif tag in ("p", "div", "figcaption") and self.row is None:
            self._flush()
        elif tag == "li":
            text = self._text()
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            marker = f"{kind[1]}." if kind[0] == "ol" else "-"
            self.blocks.append(f"{marker} " + text.replace("\\\n", "\\\n  "))
            self.blocks.append("\0item")  # joined without a blank line
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
            if self.blocks and self.blocks[-1] == "\0item":
                self.blocks.pop()
        elif tag in ("td", "th") and self.row is not None:
            cell = self._text().replace("\\\n", "<br>").replace("\n", " ")
            self.row.append(cell)
            self.row.extend([""] * (getattr(self, "row_span", 1) - 1))
        elif tag == "tr" and self.table is not None and self.row is not None:
            self.table.append(self.row)
            if self.in_head:
                self.head_rows += 1
            self.row = None
        elif tag == "thead":
            self.in_head = False
        elif tag == "table":
            self._table()
        elif tag == "figure":
            self._flush()
            if self.figure_alt:
                self.blocks.append("*" + escape(self.figure_alt) + "*")
            self.figure_alt = ""

    def _close_mark(self, mark: str) -> None:
        # An empty or space-edged emphasis is not emphasis in Markdown: leave the words plain.
        if self.inline and self.inline[-1] == mark:
            self.inline.pop()
            return
        opened = (
            max(i for i, part in enumerate(self.inline) if part == mark)
            if mark in self.inline
            else -1
        )
        if opened < 0:
            return
        inner = "".join(self.inline[opened + 1 :])
        stripped = inner.strip()
        self.inline[opened:] = [
            (" " if inner[:1] == " " else "")
            + mark
            + stripped
            + mark
            + (" " if inner[-1:] == " " else "")
        ]

    def _flush(self) -> None:
        text = self._text()
        if text:
            self.blocks.append(text)

    def _table(self) -> None:
        rows, self.table = self.table or [], None
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        if self.head_rows:
            head, body = rows[0], rows[1:]
        else:  # a Markdown table needs a header row: an empty one
            head, body = [" "] * width, rows
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        self.blocks.append("\n".join(lines))


def from_html(html: str) -> str:
    """The document's Markdown: headings, paragraphs, lists and tables."""
    converter = _Converter()
    converter.feed(html)
    converter.close()
    converter._flush()
    out: list[str] = []
    for block in converter.blocks:
        if block == "\0item":
            out.append("\n")
            continue
        if out and out[-1] != "\n":
            out.append("\n\n")
        out.append(block)
    return "".join(out).strip() + "\n"
