"""Charts for documents, drawn by the same functions and palette as the screens.

One place turns a drawing into a picture for every document (plan, group report
and those to come): SVG for the PDF and the HTML file (vectors, sharp at any
zoom), PNG at RASTER_DPI for the Word and LibreOffice writers, which need
pixels. The picture is a data URI, so every document stands alone.
matplotlib is imported inside the functions: never on the start-up path.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from competence_app.domain.framework import Framework
from competence_app.i18n import translate
from competence_app.reports.content import ChartData

RASTER_DPI = 200
CSS_PX_PER_INCH = 96
# Drawn at the size it is shown (one inch of figure is one inch of paper), so chart text
# at CHART_POINTS sits just under the document's body text (10 pt), in the same family.
CHART_POINTS = 8.5
FONTS = ["Noto Sans", "DejaVu Sans"]  # the document's font-family list (document.css.j2)
RADAR_SIZE = (5.4, 3.7)
ROLES_SIZE = (6.2, 2.3)


@dataclass(frozen=True)
class Chart:
    """A chart ready for a template: <img src="{{ src }}" alt="{{ alt }}">."""

    name: str
    alt: str
    width: int  # display size in CSS pixels
    height: int
    src: str  # a data: URI (SVG or PNG)
    caption: str = ""


def plain_label(label: str) -> str:
    # matplotlib reads text between dollar signs as mathematics.
    return label.replace("$", r"\$")


def chart_style() -> dict:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": FONTS,
        "font.size": CHART_POINTS,
        "axes.titlesize": CHART_POINTS,
        "xtick.labelsize": CHART_POINTS,
        "ytick.labelsize": CHART_POINTS,
        "legend.fontsize": CHART_POINTS,
        "svg.fonttype": "none",  # text stays text: searchable, sharp
        "svg.hashsalt": "document",  # fixed ids: the same plan gives the same file
    }


def new_figure(size: tuple[float, float], dpi: int = 72):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi, facecolor="white")
    FigureCanvasAgg(figure)  # tight_layout needs a canvas to measure text
    return figure


_DRAWN: dict[tuple, Chart] = {}  # the last few pictures: export then print draws once
_KEEP = 8


def picture(
    name: str,
    alt: str,
    size: tuple[float, float],
    draw: Callable,
    pictures: str,
    caption: str = "",
    key: tuple | None = None,
) -> Chart:
    """draw(figure) on a figure of size inches, as pictures "svg" or "png".

    key: what the drawing depends on (its data and words); the same key gives the same
    picture without drawing it again."""
    if key is not None:
        cached = _DRAWN.get((name, pictures, size, key))
        if cached is not None:
            return cached
    import matplotlib

    with matplotlib.rc_context(chart_style()):
        figure = new_figure(size, RASTER_DPI if pictures == "png" else 72)
        draw(figure)
        if pictures == "svg":
            _grid_unclipped(figure)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=pictures, dpi=RASTER_DPI if pictures == "png" else 72)
    kind = "image/svg+xml" if pictures == "svg" else "image/png"
    data = buffer.getvalue()
    if pictures == "svg":
        data = lighter_svg(data.decode("utf-8")).encode("utf-8")
    encoded = base64.b64encode(data).decode("ascii")
    chart = Chart(
        name=name,
        alt=alt,
        width=round(size[0] * CSS_PX_PER_INCH),
        height=round(size[1] * CSS_PX_PER_INCH),
        src=f"data:{kind};base64,{encoded}",
        caption=caption,
    )
    if key is not None:
        if len(_DRAWN) >= _KEEP:
            _DRAWN.pop(next(iter(_DRAWN)))
        _DRAWN[(name, pictures, size, key)] = chart
    return chart


def _grid_unclipped(figure) -> None:
    """Grid lines are drawn at the ticks, inside the axes, so clipping them to the axes
    changes nothing on the page; but a PDF maker draws the clipping shape again for each
    clipped line (the radar's circle, fourteen times). The data stay clipped."""
    for axes in figure.axes:
        for line in [*axes.get_xgridlines(), *axes.get_ygridlines()]:
            line.set_clip_on(False)


_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL)
_PATH_DATA = re.compile(r' d="([^"]*)"')
_NUMBER_PAIR = re.compile(r"-?[0-9.]+(?:e-?[0-9]+)? -?[0-9.]+(?:e-?[0-9]+)?")
_SPACES = re.compile(r"\s+")
_GROUP = re.compile(r"<g(\s[^>]*?)?(/?)>|</g>")
_ONLY_AN_ID = re.compile(r'\s+id="([^"]*)"\s*')


def lighter_svg(svg: str) -> str:
    """The same drawing with less for a PDF maker to read: no metadata (the date it was
    drawn, the program), no sub-path whose points are all one point (matplotlib draws a
    polar chart's background as a ring whose hole is a single point), one line per path,
    and no group that only names what it holds (matplotlib wraps each part of the
    chart in one): each is one more element to walk for nothing."""
    svg = _unnamed_groups(_METADATA.sub("", svg, count=1))

    def path(match: re.Match) -> str:
        parts = re.split(r"(?=M )", _SPACES.sub(" ", match.group(1)).strip())
        kept = [part for part in parts if len(set(_NUMBER_PAIR.findall(part))) != 1]
        return f' d="{"".join(kept).strip() or match.group(1)}"'

    return _PATH_DATA.sub(path, svg)


def _unnamed_groups(svg: str) -> str:
    """svg without its <g id="..."> wrappers (kept if anything refers to the id)."""
    out, dropped, last = [], [], 0
    for match in _GROUP.finditer(svg):
        out.append(svg[last : match.start()])
        last = match.end()
        if match.group(0) == "</g>":
            if not (dropped and dropped.pop()):
                out.append(match.group(0))
            continue
        if match.group(2):  # <g/>: holds nothing
            continue
        attributes = match.group(1) or ""
        named = _ONLY_AN_ID.fullmatch(attributes)
        drop = not attributes.strip() or (named is not None and f"#{named.group(1)}" not in svg)
        dropped.append(drop)
        if not drop:
            out.append(match.group(0))
    out.append(svg[last:])
    return "".join(out)


def plan_charts(framework: Framework, data: ChartData, pictures: str) -> dict[str, Chart]:
    """The plan's radar and role bars, by name; none when pictures is "none"."""
    from competence_app import charts

    if pictures == "none":
        return {}

    def radar(figure):
        charts.draw_radar(figure, framework, [charts.Series("", data.levels)])

    def roles(figure):
        charts.draw_roles(
            figure,
            list(data.role_names),
            list(data.role_now),
            list(data.role_wish),
            plain_label(data.now_label),
            plain_label(data.wish_label),
        )

    # Everything the two drawings depend on: the framework's words and the answers.
    key = (
        tuple((c.id, c.name) for c in framework.competences),
        tuple(sorted(data.levels.items())),
        data.role_names,
        data.role_now,
        data.role_wish,
        data.now_label,
        data.wish_label,
    )
    return {
        "radar": picture("radar", radar_alt(framework, data), RADAR_SIZE, radar, pictures, key=key),
        "roles": picture("roles", roles_alt(data), ROLES_SIZE, roles, pictures, key=key),
    }


def radar_alt(framework: Framework, data: ChartData) -> str:
    """The table twin in one sentence: what a person would read off the chart."""
    from competence_app.wording import join_names

    parts = []
    for competence in framework.competences:
        level = data.levels.get(competence.id)
        if level:
            parts.append(
                translate("PlanDocument", "{name} {level}").format(
                    name=competence.name, level=level
                )
            )
    if not parts:
        return translate("PlanDocument", "Radar chart of the competences: no level chosen yet.")
    return translate(
        "PlanDocument",
        "Radar chart of the level chosen for each competence, from 1 to 5: {levels}.",
    ).format(levels=join_names(parts))


def roles_alt(data: ChartData) -> str:
    from competence_app.wording import join_names

    def value(number):
        return "—" if number is None else str(number)

    parts = [
        translate("PlanDocument", "{name} {now} now, {wish} wished").format(
            name=name, now=value(now), wish=value(wish)
        )
        for name, now, wish in zip(data.role_names, data.role_now, data.role_wish, strict=True)
    ]
    return translate(
        "PlanDocument",
        "Bar chart of how much each role describes what I do now and how much I would like "
        "to grow into it, from 0 to 4: {roles}.",
    ).format(roles=join_names(parts))
