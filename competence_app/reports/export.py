"""Export and print the plan: the API the GUI and the command call.

The plan is a reports.render.Document: its content from the store (the same
content model the screens use), its HTML from the templates. reports.render
takes it to every format and to the printer.
"""

from __future__ import annotations

from pathlib import Path

from competence_app.i18n import translate
from competence_app.reports import render
from competence_app.reports.content import PlanContent, load_content
from competence_app.reports.options import ExportOptions

RULED_LINES = 10  # room to write under "Notes from our conversation"


def plan_document(content: PlanContent, framework, paper: str = "A4") -> render.Document:
    from competence_app.reports import figures, templates

    def html(pictures: str) -> str:
        return templates.render(
            "plan.html.j2",
            paper=paper,
            credit=content.credit,
            doc=content,
            charts=figures.plan_charts(framework, content.charts, pictures),
            level_names=framework.level_names,
            ruled_lines=RULED_LINES,
        )

    return render.Document(
        what=translate("Render", "the plan"),
        title=content.title,
        language=content.language,
        credit=content.credit,
        html=html,
    )


def _document(db, framework, profile_id, options: ExportOptions, reflection_id):
    content = load_content(db, framework, profile_id, options.sections, reflection_id)
    return plan_document(content, framework, options.paper)


def texts_a_pdf_cuts(
    db, framework, profile_id: str, reflection_id: str | None = None
) -> frozenset[str]:
    """The sections holding a text longer than a PDF (or the printer) shows whole."""
    from competence_app.reports.content import long_texts
    from competence_app.reports.options import SECTIONS
    from competence_app.reports.templates import PDF_MOST_SHOWN

    content = load_content(db, framework, profile_id, frozenset(SECTIONS), reflection_id)
    return long_texts(content, PDF_MOST_SHOWN)


def export_plan(
    db,
    framework,
    profile_id: str,
    options: ExportOptions,
    output: Path,
    reflection_id: str | None = None,
) -> Path:
    """Write the plan in options.format to output and return its path."""
    document = _document(db, framework, profile_id, options, reflection_id)
    return render.write(document, options.format, Path(output), options.paper)


def print_plan(
    db,
    framework,
    profile_id: str,
    options: ExportOptions,
    printer,
    reflection_id: str | None = None,
) -> None:
    """Print the same pages as the PDF."""
    document = _document(db, framework, profile_id, options, reflection_id)
    render.print_document(document, printer, options.paper)
