"""The plan's charts, drawn by the same functions as the results page.

Raster for Qt documents (PDF, ODT, printing), SVG for the HTML file.
matplotlib is imported inside the functions: never on the start-up path.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from competence_app.domain.framework import Framework
from competence_app.i18n import translate
from competence_app.reports.content import ChartData

# Paper documents want crisp lines when printed; 200 dpi is plenty at the drawn size.
RASTER_DPI = 200
# Figure sizes in inches; documents show them a little smaller so text sits at ~8 pt.
RADAR_SIZE = (5.6, 4.5)
ROLES_SIZE = (6.4, 3.0)
DISPLAY_SCALE = 0.85
CSS_PX_PER_INCH = 96


@dataclass(frozen=True)
class Chart:
    name: str  # resource name in Qt documents, element id in HTML
    alt: str
    width: int  # display size in CSS pixels
    height: int
    svg: str = ""  # inline SVG markup for HTML
    rgba: bytes = b""  # raw pixels for Qt documents
    pixel_width: int = 0
    pixel_height: int = 0


def new_figure(size: tuple[float, float], dpi: int):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi, facecolor="white")
    FigureCanvasAgg(figure)  # tight_layout needs a canvas to measure text
    return figure


def _draw(kind: str, framework: Framework, data: ChartData, dpi: int):
    from competence_app import charts

    if kind == "radar":
        figure = new_figure(RADAR_SIZE, dpi)
        charts.draw_radar(figure, framework, [charts.Series("", data.levels)])
    else:
        figure = new_figure(ROLES_SIZE, dpi)
        charts.draw_roles(
            figure,
            list(data.role_names),
            list(data.role_now),
            list(data.role_wish),
            plain_label(data.now_label),
            plain_label(data.wish_label),
        )
    return figure


def plain_label(label: str) -> str:
    # matplotlib reads text between dollar signs as mathematics.
    return label.replace("$", r"\$")


def _alt(kind: str) -> str:
    if kind == "radar":
        return translate(
            "PlanDocument",
            "Radar chart of the level chosen for each competence. The table gives the same.",
        )
    return translate(
        "PlanDocument",
        "Bar chart of how much each role describes what I do now and how much I would like "
        "to grow into it. The table gives the same.",
    )


def _display_size(kind: str) -> tuple[int, int]:
    width, height = RADAR_SIZE if kind == "radar" else ROLES_SIZE
    scale = CSS_PX_PER_INCH * DISPLAY_SCALE
    return round(width * scale), round(height * scale)


def raster_charts(framework: Framework, data: ChartData, dpi: int = RASTER_DPI) -> list[Chart]:
    charts = []
    for kind in ("radar", "roles"):
        figure = _draw(kind, framework, data, dpi)
        canvas = figure.canvas
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        display = _display_size(kind)
        charts.append(
            Chart(
                name=f"{kind}.png",
                alt=_alt(kind),
                width=display[0],
                height=display[1],
                rgba=bytes(canvas.buffer_rgba()),
                pixel_width=width,
                pixel_height=height,
            )
        )
    return charts


def svg_charts(framework: Framework, data: ChartData) -> list[Chart]:
    import matplotlib

    charts = []
    # Text stays text (searchable, readable by screen readers); fixed ids keep output stable.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "plan"}):
        for kind in ("radar", "roles"):
            figure = _draw(kind, framework, data, 72)
            buffer = io.StringIO()
            figure.savefig(buffer, format="svg")
            display = _display_size(kind)
            charts.append(
                Chart(
                    name=f"{kind}-chart",
                    alt=_alt(kind),
                    width=display[0],
                    height=display[1],
                    svg=inline_svg(buffer.getvalue()),
                )
            )
    return charts


def inline_svg(svg: str) -> str:
    """Drop the XML prolog and doctype, which are not allowed inside an HTML body."""
    start = svg.find("<svg")
    svg = svg[start:]
    # Scale with the page instead of keeping matplotlib's fixed size in points.
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
