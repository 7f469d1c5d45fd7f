"""Charts drawn onto a matplotlib Figure, for the screen and for documents alike.

Import this module only when a chart is needed: matplotlib is heavy and
stays off the start-up path.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

from matplotlib.figure import Figure

from competence_app import palette
from competence_app.domain.framework import LEVEL_COUNT, Framework
from competence_app.domain.model import ROLE_SCALE_MAX


@dataclass(frozen=True)
class Look:
    """Colours around the data: paper for documents, or the window's own on screen."""

    background: str = "white"
    ink: str = "black"
    muted: str = palette.GREY
    grid: str = "#c8c8c8"
    series: tuple[str, ...] = palette.SERIES
    now: str = palette.BLUE
    wish: str = palette.ORANGE


PAPER = Look()


def screen_look(background: str, ink: str, dark: bool) -> Look:
    """The chart drawn on the window's own colours; on a dark window the palette's lighter
    blue, as its dark blue is too dim there."""
    if not dark:
        return Look(background=background, ink=ink)
    return Look(
        background=background,
        ink=ink,
        muted="#b4b4b4",
        grid="#6a6d75",
        series=palette.SERIES_ON_DARK,
        now=palette.SKY,
        wish=palette.ORANGE,
    )


def _colour(fig: Figure, look: Look) -> None:
    """Background, words and axes in the look's colours (the data keeps its own)."""
    fig.set_facecolor(look.background)
    for ax in fig.axes:
        ax.set_facecolor(look.background)
        ax.tick_params(colors=look.ink, which="both")
        for spine in ax.spines.values():
            spine.set_edgecolor(look.ink if look is not PAPER else spine.get_edgecolor())
        ax.title.set_color(look.ink)
        ax.xaxis.label.set_color(look.ink)
    for legend in [*fig.legends, *(ax.get_legend() for ax in fig.axes)]:
        if legend is not None:
            for text in legend.get_texts():
                text.set_color(look.ink)


@dataclass(frozen=True)
class Series:
    label: str
    levels: dict[str, int]  # competence id -> level; missing ids are drawn at the centre gap


def draw_radar(
    fig: Figure, framework: Framework, series: list[Series], title: str = "", look: Look = PAPER
) -> None:
    """A radar of the competences, one closed line per series (up to four).

    A competence without a level is a gap in the line, never a zero: "not had
    the chance yet" is not a low level.
    """
    fig.clear()
    names = [c.name for c in framework.competences]
    count = len(names)
    angles = [2 * math.pi * i / count for i in range(count)]
    ax = fig.add_subplot(projection="polar")
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_xticks(angles)
    ax.set_xticklabels([])
    ax.set_ylim(0, LEVEL_COUNT)
    ax.set_yticks(range(1, LEVEL_COUNT + 1))
    ax.set_yticklabels([str(i) for i in range(1, LEVEL_COUNT + 1)], size="small")
    ax.set_rlabel_position(180 / count)
    _outside_labels(ax, angles, names, look)
    ax.grid(color=look.grid, linewidth=0.6)
    drawn = 0
    shown = series[: len(look.series)]
    # Every line filled or none: a fill on one reflection only reads as a difference.
    fill = all(all(s.levels.get(c.id) is not None for c in framework.competences) for s in shown)
    for index, item in enumerate(shown):
        values = [item.levels.get(c.id) for c in framework.competences]
        if all(v is None for v in values):
            continue
        colour = look.series[index]
        ys = [math.nan if v is None else v for v in values]
        ax.plot(
            angles + angles[:1],
            ys + ys[:1],
            color=colour,
            linestyle=palette.LINE_STYLES[index],
            marker=palette.MARKERS[index],
            linewidth=2,
            markersize=6,
            label=item.label,
        )
        if fill:
            ax.fill(angles, ys, color=colour, alpha=0.12)
        drawn += 1
    if drawn > 1:
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.08), fontsize=9, frameon=False, ncol=1
        )
    if title:
        ax.set_title(title, pad=24)
    _colour(fig, look)
    for label in ax.get_yticklabels():
        label.set_color(look.muted)
    fig.tight_layout()


def _outside_labels(ax, angles: list[float], names: list[str], look: Look) -> None:
    """Each competence's name just outside the ring, anchored on the side facing away
    from the centre, so a long or wrapped name grows outwards and never crosses the ring.
    Text in the figure's own font and size (rcParams), like every other word of the chart."""
    for angle, name in zip(angles, names, strict=True):
        # Drawn clockwise from the top: across is sin, up is cos.
        across, up = math.sin(angle), math.cos(angle)
        ax.text(
            angle,
            LEVEL_COUNT * 1.1,
            textwrap.fill(name, 16),
            ha="left" if across > 0.15 else "right" if across < -0.15 else "center",
            va="bottom" if up > 0.15 else "top" if up < -0.15 else "center",
            color=look.ink,
            clip_on=False,
            linespacing=1.1,
        )


def draw_roles(
    fig: Figure,
    role_names: list[str],
    now: list[int | None],
    wish: list[int | None],
    now_label: str,
    wish_label: str,
    look: Look = PAPER,
) -> None:
    """Paired horizontal bars: how much each role describes me now, and how much I'd like it to."""
    fig.clear()
    ax = fig.add_subplot()
    ys = list(range(len(role_names)))
    height = 0.38
    ax.barh(
        [y - height / 2 for y in ys],
        [v or 0 for v in now],
        height,
        color=look.now,
        label=now_label,
    )
    ax.barh(
        [y + height / 2 for y in ys],
        [v or 0 for v in wish],
        height,
        color=look.wish,
        hatch="//",
        edgecolor=look.background,
        label=wish_label,
    )
    ax.set_yticks(ys)
    ax.set_yticklabels([textwrap.fill(n, 18) for n in role_names])
    ax.invert_yaxis()
    ax.set_xlim(0, ROLE_SCALE_MAX)
    ax.set_xticks(range(ROLE_SCALE_MAX + 1))
    ax.spines[["top", "right"]].set_visible(False)
    # The key sits above the bars, across the whole figure: in a corner it could
    # cover the longest bar, and above the axes alone it can be wider than they are.
    fig.legend(loc="upper center", ncol=2, fontsize=9, frameon=False)
    _colour(fig, look)
    fig.tight_layout(rect=(0, 0, 1, 0.9))


# Levels 1 to 5 run from warm to cool; "not had the chance yet" is grey and
# "no answer" is left white, so the bar's end shows how many answered at all.
# Each also has its own hatching, so nothing depends on telling colours apart.
STACK_COLOURS = (
    palette.VERMILLION,
    palette.ORANGE,
    palette.YELLOW,
    palette.SKY,
    palette.BLUE,
    "#d9d9d9",
    "white",
)
STACK_HATCHES = ("xx", "\\\\", "..", "//", "", "--", "")


def draw_level_stacks(
    fig: Figure,
    row_names: list[str],
    counts: list[list[int]],
    segment_labels: list[str],
    axis_label: str = "",
    look: Look = PAPER,
) -> None:
    """Stacked horizontal bars, one per row (a competence), one segment per category
    (people at level 1 to 5, then "not had the chance yet", then "no answer").

    Every segment wide enough to hold it shows its count, so the numbers can be
    read without matching colours to the key; the table beside it gives them all.
    """
    fig.clear()
    ax = fig.add_subplot()
    ys = list(range(len(row_names)))
    totals = [sum(row) for row in counts]
    widest = max(totals, default=0) or 1
    lefts = [0] * len(row_names)
    for index, label in enumerate(segment_labels):
        widths = [row[index] for row in counts]
        colour = STACK_COLOURS[index % len(STACK_COLOURS)]
        blank = colour == "white"
        ax.barh(
            ys,
            widths,
            0.7,
            left=lefts,
            color=colour,
            # Hatching is drawn in the edge colour: a soft dark line on every fill.
            edgecolor=palette.GREY if blank else (0, 0, 0, 0.3),
            linewidth=0.6 if blank else 0,
            hatch=STACK_HATCHES[index % len(STACK_HATCHES)],
            label=label,
        )
        for y, left, width in zip(ys, lefts, widths, strict=True):
            if width and width / widest >= 0.045:
                ax.text(
                    left + width / 2,
                    y,
                    str(width),
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
                )
        lefts = [a + b for a, b in zip(lefts, widths, strict=True)]
    ax.set_yticks(ys)
    ax.set_yticklabels([textwrap.fill(n, 24) for n in row_names], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, widest)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if axis_label:
        ax.set_xlabel(axis_label, fontsize=9)
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    # Across the top of the figure, as for the roles chart: never over a bar. matplotlib
    # fills a key column by column; reordered, it reads along the rows, 1 to 5 then the rest.
    columns = _key_columns(fig, segment_labels, most=4, fontsize=8, handlelength=2.4)
    rows_of_key = -(-len(segment_labels) // columns)
    handles, labels = ax.get_legend_handles_labels()
    order = [
        r * columns + c
        for c in range(columns)
        for r in range(rows_of_key)
        if r * columns + c < len(labels)
    ]
    fig.legend(
        [handles[i] for i in order],
        [labels[i] for i in order],
        loc="upper center",
        ncol=columns,
        fontsize=8,
        frameon=False,
        handlelength=2.4,
    )
    _colour(fig, look)
    key_inches = 0.1 + 0.2 * rows_of_key
    # Laid out again whenever it is drawn, so a window resized (or 200 % text) never cuts
    # the competences' names off at the left.
    fig.set_layout_engine("tight", rect=(0, 0, 1, 1 - key_inches / fig.get_figheight()))


def _key_columns(fig: Figure, labels, most: int, fontsize: float, handlelength: float) -> int:
    """As many key columns as fit across the figure: longer wording (another language)
    gets fewer columns and more rows rather than running off the edge."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure, font = TextToPath(), FontProperties(size=fontsize)
    widest = max(
        (measure.get_text_width_height_descent(str(t), font, ismath=False)[0] for t in labels),
        default=0,
    )  # in points
    # The handle, then matplotlib's default handletextpad (0.8 em) and columnspacing (2 em).
    entry = widest + (handlelength + 0.8 + 2.0) * fontsize
    return max(1, min(most, int(fig.get_figwidth() * 72 // entry)))


def draw_checks(
    fig: Figure,
    days: list,
    values: list[int],
    labels: tuple[str, ...],
    look: Look = PAPER,
) -> None:
    """ "How am I after this?" over time: one marker per activity, from 1 (drained) at the
    bottom to 5 (restored) at the top, joined by a thin line. The words are on the axis,
    so the chart reads without colour; the table beside it gives every value."""
    fig.clear()
    ax = fig.add_subplot()
    ax.plot(days, values, color=look.now, linewidth=1.2, marker="o", markersize=6)
    ax.set_ylim(0.5, len(labels) + 0.5)
    ax.set_yticks(range(1, len(labels) + 1), labels)
    ax.grid(axis="y", color=look.grid, linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    from matplotlib import dates as mdates
    from matplotlib.ticker import FuncFormatter

    from competence_app.formats import date_text

    # Dates in the app's language and format, not matplotlib's English month names.
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=6))
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda x, _pos: date_text(mdates.num2date(x).date(), short=True))
    )
    fig.autofmt_xdate()
    fig.tight_layout()
    _colour(fig, look)
