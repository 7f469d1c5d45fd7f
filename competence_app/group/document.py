"""The group report as HTML, from the templates in resources/templates/group/.

It goes the plan's way: the same jinja2 environment, style sheet, macros and
flavours (reports/templates.py), charts drawn by competence_app.charts and
carried as reports.figures.Chart. The words come from the summary, so a
suppressed group cannot show a breakdown here either.
"""

from __future__ import annotations

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
    if summary.time is not None or summary.expenses is not None:
        sections.append(("involvement", involvement_title()))
    return sections + [("about", about_title())]


def involvement_title() -> str:
    return translate("GroupSummary", "Time given and expenses owed")


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


def _hours(minutes: int) -> str:
    from competence_app.wording import duration_text

    return duration_text(minutes)


def _files_line(summary: GroupSummary) -> str:
    from competence_app.wording import join_names

    counted = summary.files - summary.duplicates - summary.refused
    # lupdate sees a plural message only when its count is a plain name.
    duplicates, refused, files = summary.duplicates, summary.refused, summary.files
    parts = [translate("GroupSummary", "%n could be counted", None, counted)]
    if summary.duplicates:
        parts.append(
            translate(
                "GroupSummary",
                "%n were copies of a file already counted (each counted once)",
                None,
                duplicates,
            )
        )
    if summary.refused:
        parts.append(translate("GroupSummary", "%n could not be used", None, refused))
    line = translate("GroupSummary", "%n files were read: {parts}.", None, files).format(
        parts=join_names(parts)
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
    pictures: str = "svg",
    paper: str = "A4",
    today: date | None = None,
) -> str:
    """The report as the HTML of docs/document-html.md, its chart as pictures."""
    from competence_app.formats import date_text
    from competence_app.reports import templates

    made_on = date_text((today or date.today()).isoformat())
    if summary.session is None:
        scope = translate("GroupSummary", "All sessions")
    elif summary.session.strip():
        scope = translate("GroupSummary", "Session: {name}").format(name=summary.session.strip())
    else:
        scope = translate("GroupSummary", "People who gave no session name")
    count = summary.people
    people = translate("GroupSummary", "%n people shared their answers.", None, count)
    asked = {s.support_id for s in summary.supports}
    return templates.render(
        TEMPLATE,
        paper=paper,
        credit=framework.credit,
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
        hours=_hours,
        language=framework.language,
        chart=levels_chart(summary, framework, pictures),
    )


# -- the levels chart -------------------------------------------------------------------


def _chart_size(summary: GroupSummary) -> tuple[float, float]:
    return CHART_WIDTH, CHART_ROW * len(summary.competences) + CHART_EXTRA


def _alt() -> str:
    return translate(
        "GroupSummary",
        "Stacked bars: for each competence, how many people chose each level, how many have "
        "not had the chance yet and how many gave no answer. The table gives the same numbers.",
    )


def levels_chart(summary: GroupSummary, framework: Framework, pictures: str):
    """The levels chart (reports.figures.Chart), or None for a small group or no pictures."""
    from competence_app import charts
    from competence_app.reports import figures

    if summary.suppressed or pictures == "none":
        return None
    rows = summary.competences

    def draw(figure) -> None:
        charts.draw_level_stacks(
            figure,
            [c.name for c in rows],
            [[*c.levels, c.not_yet, c.no_answer] for c in rows],
            [figures.plain_label(label) for label in segment_labels(framework)],
            translate("GroupSummary", "People"),
        )

    return figures.picture("group-levels", _alt(), _chart_size(summary), draw, pictures)
