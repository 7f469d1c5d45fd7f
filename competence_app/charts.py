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
    ax.set_xticklabels([textwrap.fill(n, 13) for n in names], size=9)
    ax.set_ylim(0, LEVEL_COUNT)
    ax.set_yticks(range(1, LEVEL_COUNT + 1))
    ax.set_yticklabels([str(i) for i in range(1, LEVEL_COUNT + 1)], color=palette.GREY, size=8)
    ax.set_rlabel_position(180 / count)
    ax.tick_params(axis="x", pad=6)
    ax.grid(color="#c8c8c8", linewidth=0.6)
    drawn = 0
    for index, item in enumerate(series[: len(palette.SERIES)]):
        values = [item.levels.get(c.id) for c in framework.competences]
        if all(v is None for v in values):
            continue
        colour = palette.SERIES[index]
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
        if index == 0 and None not in values:
            ax.fill(angles, ys, color=colour, alpha=0.12)
        drawn += 1
    if drawn > 1:
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.08), fontsize=9, frameon=False, ncol=1
        )
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
    # The key sits above the bars, across the whole figure: in a corner it could
    # cover the longest bar, and above the axes alone it can be wider than they are.
    fig.legend(loc="upper center", ncol=2, fontsize=9, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 0.9))
