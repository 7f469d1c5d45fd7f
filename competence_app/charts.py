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
class Series:
    label: str
    levels: dict[str, int]  # competence id -> level; missing ids are drawn at the centre gap


def draw_radar(fig: Figure, framework: Framework, series: list[Series], title: str = "") -> None:
    """A radar of the competences, one closed line per series (up to four)."""
    fig.clear()
    names = [c.name for c in framework.competences]
    count = len(names)
    angles = [math.pi / 2 - 2 * math.pi * i / count for i in range(count)]
    ax = fig.add_subplot(projection="polar")
    ax.set_theta_offset(0)
    ax.set_ylim(0, LEVEL_COUNT)
    ax.set_yticks(range(1, LEVEL_COUNT + 1))
    ax.set_yticklabels([str(i) for i in range(1, LEVEL_COUNT + 1)], color=palette.GREY, size=8)
    ax.set_xticks(angles)
    ax.set_xticklabels([textwrap.fill(n, 12) for n in names], size=9)
    ax.tick_params(axis="x", pad=10)
    ax.grid(color="#c8c8c8", linewidth=0.6)
    for index, item in enumerate(series[: len(palette.SERIES)]):
        values = [item.levels.get(c.id) for c in framework.competences]
        colour = palette.SERIES[index]
        points = [(a, v) for a, v in zip(angles, values, strict=True) if v is not None]
        if not points:
            continue
        # Close the shape only when every competence has a level; otherwise
        # show the rated points so a gap is not mistaken for a zero.
        if len(points) == count:
            xs = [a for a, _ in points] + [points[0][0]]
            ys = [v for _, v in points] + [points[0][1]]
            ax.fill(xs, ys, color=colour, alpha=0.12 if index == 0 else 0.0)
        else:
            xs = [a for a, _ in points]
            ys = [v for _, v in points]
        ax.plot(
            xs,
            ys,
            color=colour,
            linestyle=palette.LINE_STYLES[index] if len(points) == count else "none",
            marker=palette.MARKERS[index],
            linewidth=2,
            markersize=6,
            label=item.label,
        )
    if len(series) > 1 or title:
        ax.legend(loc="upper right", bbox_to_anchor=(1.25, 1.12), fontsize=9, frameon=False)
    if title:
        ax.set_title(title, pad=24)
    fig.tight_layout()


def draw_roles(
    fig: Figure,
    role_names: list[str],
    now: list[int | None],
    wish: list[int | None],
    now_label: str,
    wish_label: str,
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
        color=palette.BLUE,
        label=now_label,
    )
    ax.barh(
        [y + height / 2 for y in ys],
        [v or 0 for v in wish],
        height,
        color=palette.ORANGE,
        hatch="//",
        edgecolor="white",
        label=wish_label,
    )
    ax.set_yticks(ys)
    ax.set_yticklabels([textwrap.fill(n, 18) for n in role_names])
    ax.invert_yaxis()
    ax.set_xlim(0, ROLE_SCALE_MAX)
    ax.set_xticks(range(ROLE_SCALE_MAX + 1))
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="lower right", fontsize=9, frameon=False)
    fig.tight_layout()
