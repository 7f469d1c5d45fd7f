"""The blank worksheet: the reflection on paper, for anyone in a session without a laptop.

A reports.render.Document like the plan: the template in
resources/templates/worksheet/, then WeasyPrint for the PDF and the printer,
the research credit and page numbers on every page. The words about competences
and roles come from the framework, so an adapted framework prints its own wording.

Competences are numbered from 1 and roles carry on after them (1 to 9, then
10 to 13), the rows of Group > Enter answers from paper. Four A4 pages at most, in
English and Spanish alike: a group of 20 prints 80 pages. There is no ruled space for
stories (the back of a sheet serves); stories are typed in the app, never from paper.
"""

from __future__ import annotations

from pathlib import Path

from competence_app.domain.framework import Framework
from competence_app.domain.model import ROLE_SCALE_MAX
from competence_app.i18n import translate
from competence_app.reports import render

FORMATS = ("pdf",)
TEMPLATE = "worksheet/worksheet.html.j2"


def worksheet_title() -> str:
    """Also the PDF's metadata title and the print job's name."""
    return translate("PlanDocument", "Reflection worksheet")


def scale_words() -> list[str]:
    """The role scale in words, 0 to 4, as on the role pages."""
    return [
        translate("PlanDocument", "Not at all"),
        translate("PlanDocument", "A little"),
        translate("PlanDocument", "Somewhat"),
        translate("PlanDocument", "Mostly"),
        translate("PlanDocument", "Very much"),
    ]


def render_worksheet_html(framework: Framework, paper: str = "A4") -> str:
    from competence_app.reports import templates

    words = scale_words()
    if len(words) != ROLE_SCALE_MAX + 1:
        raise ValueError("The role scale needs a word for every step.")
    return templates.render(
        TEMPLATE,
        paper=paper,
        credit=framework.credit,
        framework=framework,
        title=worksheet_title(),
        scale_max=ROLE_SCALE_MAX,
        scale_words=words,
    )


def worksheet_document(framework: Framework, paper: str = "A4") -> render.Document:
    return render.Document(
        what=translate("Render", "the worksheet"),
        title=worksheet_title(),
        language=framework.language,
        credit=framework.credit,
        html=lambda _pictures: render_worksheet_html(framework, paper),
        formats=FORMATS,
    )


def export_worksheet(
    framework: Framework, output: Path, fmt: str = "pdf", paper: str = "A4"
) -> Path:
    """Write the blank worksheet to output (whole or not at all) and return its path."""
    return render.write(worksheet_document(framework, paper), fmt, Path(output), paper)


def print_worksheet(framework: Framework, printer, paper: str = "A4") -> None:
    """Print the same pages as the PDF."""
    render.print_document(worksheet_document(framework, paper), printer, paper)
