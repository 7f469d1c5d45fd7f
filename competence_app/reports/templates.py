"""Documents as HTML, from the jinja2 templates in resources/templates.

Every document (plan, worksheet, group report) is rendered once into the HTML
subset written down in docs/document-html.md; reports.render takes that one
string to every format. jinja2 is imported only here, and only when a document
is first rendered. Autoescape is on: every value a person typed is text.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, partial

from competence_app import APP_NAME, palette
from competence_app.i18n import translate
from competence_app.paths import resource_path

COLOURS = {
    "text": "#1a1a1a",
    "accent": palette.BLUE,
    "muted": "#4d4d4d",  # darker than palette.GREY: small print stays readable on paper
    "rule": "#8c8c8c",
    "header": "#e3eef6",
}
PAPER_CSS = {"A4": "A4", "Letter": "letter"}
# Characters no document may hold: C0 controls (NUL typed or pasted into a story, form
# feeds from old files) except tab and newline, and the UTF-16 surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
# The most of any one text a PDF (and the printer, which prints the PDF's pages) shows.
# WeasyPrint lays out some 10,000 to 30,000 characters a second, in proportion to the text
# (benchmarks/big_text.py): a 1 MB story would take a minute or more, so a longer text is
# cut there at a word, with a note saying how much more there is and where the whole of it
# is. Every other format (DOCX, ODT, HTML, Markdown) holds every word: their time grows in
# proportion to the text too, and a 1 MB story takes them a second or two.
PDF_MOST_SHOWN = 12_000
_most_shown: ContextVar[int | None] = ContextVar("most_shown", default=None)


@contextmanager
def texts_cut_at(most: int | None):
    """While rendering inside this block, a text longer than `most` is cut with a note."""
    token = _most_shown.set(most)
    try:
        yield
    finally:
        _most_shown.reset(token)


def clean(text: str) -> str:
    most = _most_shown.get()
    if most is not None and len(text) > most:
        cut = text.rfind(" ", most - 200, most)
        cut = cut if cut > 0 else most
        rest = len(text) - cut
        text = text[:cut] + " … " + cut_note(rest)
    return _CONTROL.sub("", text)


def cut_note(rest: int) -> str:
    """The note at the end of a text the PDF shows only the beginning of."""
    return translate(
        "PlanDocument",
        "(The PDF shows the beginning of this text, so that it stays quick to make and to "
        "read. %Ln more characters are kept in the app, and the Word, OpenDocument, web page "
        "and Markdown files hold the whole text.)",
        None,
        rest,
    )


def css_string(text: str):
    """A CSS string literal that cannot end the string or the <style> element it sits in."""
    from markupsafe import Markup

    def safe(ch: str) -> str:
        return ch if ch.isalnum() or ch in " .,;:()'-" else f"\\{ord(ch):X} "

    return Markup('"' + "".join(safe(ch) for ch in clean(text)) + '"')


def page_counter_css():
    """'Page {page} of {pages}', translated, as a CSS content value with page counters."""
    from markupsafe import Markup

    parts = re.split(r"(\{page\}|\{pages\})", translate("PlanDocument", "Page {page} of {pages}"))
    counters = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
    return Markup(" ".join(counters.get(p) or css_string(p) for p in parts if p))


@lru_cache(maxsize=1)
def environment():
    import jinja2
    from markupsafe import Markup, escape

    def finalize(value):
        if value is None:
            return ""
        if isinstance(value, str) and not isinstance(value, Markup):
            return clean(value)
        return value

    def lines(value) -> Markup:
        """Keep the line breaks people typed."""
        text = clean(str(value)).replace("\r\n", "\n").strip("\n")
        return Markup("<br>").join(escape(part) for part in text.split("\n"))

    def paragraphs(value) -> list[str]:
        """Blank lines separate paragraphs (a text the PDF cuts is cut as a whole first)."""
        text = clean(str(value)).replace("\r\n", "\n")
        blocks = [block.strip("\n") for block in text.split("\n\n")]
        return [block for block in blocks if block.strip()]

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_path("resources", "templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=finalize,
    )
    environment.filters["lines"] = lines
    environment.filters["paragraphs"] = paragraphs
    # Template text is in the PlanDocument context; tools/translations.py extracts it.
    environment.globals["_"] = partial(translate, "PlanDocument")
    return environment


def render(template: str, *, paper: str, credit: str, **values) -> str:
    """A document template rendered with what every document's style sheet needs."""
    return (
        environment()
        .get_template(template)
        .render(
            colours=COLOURS,
            paper_css=PAPER_CSS.get(paper, "A4"),
            credit=credit,
            credit_css=css_string(credit),
            page_css=page_counter_css(),
            generator=APP_NAME,
            **values,
        )
    )
