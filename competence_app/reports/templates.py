"""The plan as HTML, from the jinja2 templates in resources/templates.

One set of templates serves every format; a Flavour says what differs
(charts as images or inline SVG, a painted footer or a closing credit, ruled
space for handwriting, Markdown-safe text). jinja2 is imported only here,
and only when a plan is first rendered.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache, partial

from competence_app import palette
from competence_app.domain.framework import Framework
from competence_app.i18n import translate
from competence_app.paths import resource_path
from competence_app.reports import mdtext
from competence_app.reports.content import PlanContent
from competence_app.reports.figures import Chart

RULED_LINES = 14


@dataclass(frozen=True)
class Flavour:
    name: str
    template: str = "plan.html.j2"
    paged: bool = False  # the painter draws the credit and page numbers on every page
    browser: bool = False  # a web page: inline SVG and extra CSS
    charts: bool = True
    ruled: bool = True  # ruled space for handwritten notes
    markdown: bool = False  # text is kept literal through Qt's Markdown writer
    fixed_width: int = 0  # text column width in points when widths must be fixed (ODT)


FLAVOURS = {
    "pdf": Flavour("pdf", paged=True),
    # 170 mm: the text column of A4 and Letter alike with 2 cm margins.
    "odt": Flavour("odt", fixed_width=482),
    "md": Flavour("md", charts=False, ruled=False, markdown=True),
    "html": Flavour("html", template="plan-browser.html.j2", browser=True),
}

COLOURS = {
    "text": "#1a1a1a",
    "accent": palette.BLUE,
    "muted": palette.GREY,
    "done": palette.GREEN,
    "rule": "#c4c4c4",
    "ruled": "#9a9a9a",
    "header": "#e3eef6",
}
PAPER_CSS = {"A4": "A4", "Letter": "letter"}


def css_string(text: str):
    """A CSS string literal that cannot end the string or the <style> element it sits in."""
    from markupsafe import Markup

    def safe(ch: str) -> str:
        return ch if ch.isalnum() or ch in " .,;:()'-" else f"\\{ord(ch):X} "

    return Markup('"' + "".join(safe(ch) for ch in text) + '"')


def page_counter_css():
    """'Page {page} of {pages}', translated, as a CSS content value with page counters."""
    from markupsafe import Markup

    parts = re.split(r"(\{page\}|\{pages\})", translate("PlanDocument", "Page {page} of {pages}"))
    counters = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
    return Markup(" ".join(counters.get(p) or css_string(p) for p in parts if p))


@lru_cache(maxsize=2)
def environment(markdown: bool):
    import jinja2
    from markupsafe import Markup, escape

    def finalize(value):
        if value is None:
            return ""
        if markdown and not isinstance(value, Markup):
            return mdtext.protect(str(value))
        return value

    def lines(value, cell: bool = False) -> Markup:
        """Keep the line breaks people typed (Markdown table cells cannot hold them)."""
        parts = [escape(finalize(part)) for part in str(value).strip("\n").split("\n")]
        if markdown:
            separator = Markup(" ") if cell else Markup(mdtext.HARD_BREAK + "<br>")
        else:
            separator = Markup("<br>")
        return separator.join(parts)

    def paragraphs(value) -> list[str]:
        """Blank lines separate paragraphs."""
        blocks = [block.strip("\n") for block in str(value).replace("\r\n", "\n").split("\n\n")]
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
    environment.globals["line_break"] = Markup(mdtext.HARD_BREAK + "<br>" if markdown else "<br>")
    return environment


def render_html(
    content: PlanContent,
    framework: Framework,
    flavour: Flavour,
    charts: list[Chart] = (),
    paper: str = "A4",
    row_breaks: frozenset[tuple[int, int]] = frozenset(),
) -> str:
    """The plan as HTML. row_breaks: (table, row) pairs, counting tables with a header
    row in document order, where a table starts afresh on a new page."""
    template = environment(flavour.markdown).get_template(flavour.template)
    by_kind = {chart.name.split(".")[0].split("-")[0]: chart for chart in charts}
    return template.render(
        doc=content,
        flavour=flavour,
        charts={"radar": by_kind.get("radar"), "roles": by_kind.get("roles")},
        colours=COLOURS,
        paper_css=PAPER_CSS.get(paper, "A4"),
        level_names=framework.level_names,
        ruled_lines=RULED_LINES,
        row_breaks=row_breaks,
        next_grid=itertools.count().__next__,
        credit_css=css_string(content.credit) if flavour.browser else "",
        page_css=page_counter_css() if flavour.browser else "",
    )
