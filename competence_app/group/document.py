"""The group report as HTML, from the templates in resources/templates/group/.

It goes the plan's way: the same jinja2 environment, style sheet, macros and
flavours (reports/templates.py), charts drawn by competence_app.charts and
carried as reports.figures.Chart. The words come from the summary, so a
suppressed group cannot show a breakdown here either.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from datetime import date
from functools import partial

from competence_app.domain.framework import Framework
from competence_app.domain.model import ROLE_SCALE_MAX
from competence_app.formats import number_text
from competence_app.group.fileformat import MIN_GROUP
from competence_app.group.summary import GroupSummary
from competence_app.i18n import translate

TEMPLATE = "group/report.html.j2"
BROWSER_TEMPLATE = "group/report-browser.html.j2"
# Inches: wide as the text column, a row per competence plus room for the key.
CHART_WIDTH = 6.4
CHART_ROW = 0.36
CHART_EXTRA = 1.5


@dataclass(frozen=True)
class ScaleRow:
    """One line of the roles table: a role's 'now' or 'would like' answers."""

    role: str  # the role's name on its first line only
    scale: str
    counts: tuple[int, ...]
    no_answer: int
    median: str


def section_titles(summary: GroupSummary) -> list[tuple[str, str]]:
    """(id, heading) of the report's sections, in order. A small group's report is one
    page: the counts and how they were made, without sections."""
    if summary.suppressed:
        return []
    sections = [
        ("competences", translate("GroupSummary", "Competences")),
        ("roles", translate("GroupSummary", "Roles")),
        ("supports", translate("GroupSummary", "Support people need")),
    ]
    if summary.look_back:
        sections.append(("change", translate("GroupSummary", "Change since the start")))
    return sections + [("about", about_title())]


def about_title() -> str:
    return translate("GroupSummary", "How these figures were made")


def report_title() -> str:
    """Also the PDF's metadata title: it never names a person or a session."""
    return translate("GroupSummary", "Group summary")


def _scale_rows(summary: GroupSummary) -> list[ScaleRow]:
    rows = []
    for role in summary.roles:
        for first, label, answers in (
            (True, translate("GroupSummary", "What they do now"), role.now),
            (False, translate("GroupSummary", "Would like to grow into"), role.wish),
        ):
            rows.append(
                ScaleRow(
                    role=role.name if first else "",
                    scale=label,
                    counts=answers.values,
                    no_answer=answers.no_answer,
                    median=number_text(answers.median),
                )
            )
    return rows


def _change(start: float, now: float) -> str:
    difference = now - start
    if difference == 0:
        return translate("GroupSummary", "No change")
    sign = "+" if difference > 0 else "−"
    return f"{sign}{number_text(abs(difference))}"


def _files_line(summary: GroupSummary) -> str:
    from competence_app.wording import join_names

    counted = summary.files - summary.duplicates - summary.refused
    parts = [translate("GroupSummary", "{count} could be counted").format(count=counted)]
    if summary.duplicates:
        parts.append(
            translate(
                "GroupSummary", "{count} were copies of a file already counted (each counted once)"
            ).format(count=summary.duplicates)
        )
    if summary.refused:
        parts.append(
            translate("GroupSummary", "{count} could not be used").format(count=summary.refused)
        )
    line = translate("GroupSummary", "{files} files were read: {parts}.").format(
        files=summary.files, parts=join_names(parts)
    )
    if summary.session is not None:
        line += " " + translate(
            "GroupSummary", "This report shows only the people in the chosen session ({people})."
        ).format(people=summary.people)
    return line


def segment_labels(framework: Framework) -> list[str]:
    """The key of the levels chart: the five levels, then the two kinds of no level."""
    levels = [f"{n} · {name}" for n, name in enumerate(framework.level_names, 1)]
    return levels + [
        translate("GroupSummary", "Not had the chance yet"),
        translate("GroupSummary", "No answer"),
    ]


def render_html(
    summary: GroupSummary,
    framework: Framework,
    flavour,
    charts: list = (),
    paper: str = "A4",
    row_breaks: frozenset[tuple[int, int]] = frozenset(),
    today: date | None = None,
) -> str:
    """The report as HTML; row_breaks as for reports.templates.render_html."""
    from competence_app.formats import date_text
    from competence_app.reports import templates

    made_on = date_text((today or date.today()).isoformat())
    if summary.session is None:
        scope = translate("GroupSummary", "All sessions")
    elif summary.session.strip():
        scope = translate("GroupSummary", "Session: {name}").format(name=summary.session.strip())
    else:
        scope = translate("GroupSummary", "People who gave no session name")
    people = (
        translate("GroupSummary", "1 person shared their answers.")
        if summary.people == 1
        else translate("GroupSummary", "{count} people shared their answers.").format(
            count=summary.people
        )
    )
    environment = templates.environment(False)  # the plan's own: one set of filters and macros
    template = environment.get_template(BROWSER_TEMPLATE if flavour.browser else TEMPLATE)
    asked = {s.support_id for s in summary.supports}
    return template.render(
        _=partial(translate, "GroupSummary"),
        summary=summary,
        title=report_title(),
        scope=scope,
        made_on=made_on,
        people=people,
        sections=section_titles(summary),
        about_title=about_title(),
        key_points=summary.key_points(),
        notice=summary.notice,
        minimum=MIN_GROUP,
        level_names=framework.level_names,
        level_list=", ".join(f"{n} {name}" for n, name in enumerate(framework.level_names, 1)),
        files_line=_files_line(summary),
        scale_top=ROLE_SCALE_MAX,
        scale_rows=_scale_rows(summary),
        not_asked=[s.name for s in framework.supports if s.id not in asked],
        change=_change,
        number=number_text,
        language=framework.language,
        credit=framework.credit,
        chart=charts[0] if charts else None,
        flavour=flavour,
        colours=templates.COLOURS,
        paper_css=templates.PAPER_CSS.get(paper, "A4"),
        row_breaks=row_breaks,
        next_grid=itertools.count().__next__,
        credit_css=templates.css_string(framework.credit) if flavour.browser else "",
        page_css=templates.page_counter_css() if flavour.browser else "",
    )


# -- the levels chart -------------------------------------------------------------------


def _chart_size(summary: GroupSummary) -> tuple[float, float]:
    return CHART_WIDTH, CHART_ROW * len(summary.competences) + CHART_EXTRA


def _draw(summary: GroupSummary, framework: Framework, dpi: int):
    from competence_app import charts
    from competence_app.reports import figures

    figure = figures.new_figure(_chart_size(summary), dpi)
    rows = summary.competences
    charts.draw_level_stacks(
        figure,
        [c.name for c in rows],
        [[*c.levels, c.not_yet, c.no_answer] for c in rows],
        [figures.plain_label(label) for label in segment_labels(framework)],
        translate("GroupSummary", "People"),
    )
    return figure


def _alt() -> str:
    return translate(
        "GroupSummary",
        "Stacked bars: for each competence, how many people chose each level, how many have "
        "not had the chance yet and how many gave no answer. The table gives the same numbers.",
    )


def _display(summary: GroupSummary) -> tuple[int, int]:
    from competence_app.reports import figures

    width, height = _chart_size(summary)
    scale = figures.CSS_PX_PER_INCH * figures.DISPLAY_SCALE
    return round(width * scale), round(height * scale)


def raster_charts(summary: GroupSummary, framework: Framework) -> list:
    """The levels chart as pixels, for Qt documents (PDF, ODT). None for a small group."""
    from competence_app.reports import figures

    if summary.suppressed:
        return []
    figure = _draw(summary, framework, figures.RASTER_DPI)
    figure.canvas.draw()
    pixel_width, pixel_height = figure.canvas.get_width_height(physical=True)
    width, height = _display(summary)
    return [
        figures.Chart(
            name="group-levels.png",
            alt=_alt(),
            width=width,
            height=height,
            rgba=bytes(figure.canvas.buffer_rgba()),
            pixel_width=pixel_width,
            pixel_height=pixel_height,
        )
    ]


def svg_charts(summary: GroupSummary, framework: Framework) -> list:
    """The levels chart as inline SVG with real text, for the HTML file."""
    import matplotlib

    from competence_app.reports import figures

    if summary.suppressed:
        return []
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "group"}):
        figure = _draw(summary, framework, 72)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    width, height = _display(summary)
    return [
        figures.Chart(
            name="group-levels-chart",
            alt=_alt(),
            width=width,
            height=height,
            svg=figures.inline_svg(buffer.getvalue()),
        )
    ]
