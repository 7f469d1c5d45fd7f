"""How a cohort changed between two sessions, both ways: from where people said they were at
the first session (the original start), and from where they now think they really were (the
looked-back start, given in the later session)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from competence_app.domain.framework import Framework
from competence_app.group.fileformat import MIN_GROUP
from competence_app.group.loading import LoadResult
from competence_app.group.summary import select_shares


@dataclass(frozen=True)
class CompetenceChange:
    competence_id: str
    name: str
    original_start: float | None  # median level at the first session
    looked_back_start: float | None  # median look-back rating given at the later session
    now: float | None  # median level at the later session


@dataclass(frozen=True)
class SessionChange:
    first: str
    later: str
    people_first: int
    people_later: int
    competences: tuple[CompetenceChange, ...]


def sessions_in_order(result: LoadResult) -> list[str]:
    """Sessions by the earliest day any of their shares was made (one spelling each)."""
    earliest: dict[str, tuple[str, str]] = {}
    for share in result.shares:
        name = share.get("session", "").strip()
        if not name:
            continue
        key = name.casefold()
        day = share.get("created", "")
        if key not in earliest or day < earliest[key][0]:
            earliest[key] = (day, name)
    return [name for _day, name in sorted(earliest.values())]


def _median(values: list[int]) -> float | None:
    """None below MIN_GROUP values: a figure from one or two people could be traced to them."""
    return float(statistics.median(values)) if len(values) >= MIN_GROUP else None


def change_between(
    result: LoadResult, framework: Framework, first: str, later: str
) -> SessionChange | None:
    """None when either session has too few people to show anything safely."""
    before, after = select_shares(result, first), select_shares(result, later)
    if len(before) < MIN_GROUP or len(after) < MIN_GROUP:
        return None

    def values(shares: list[dict], competence_id: str, field: str) -> list[int]:
        found = []
        for share in shares:
            for answer in share["competences"]:
                if answer["competence_id"] == competence_id and answer.get(field) is not None:
                    found.append(answer[field])
        return found

    changes = tuple(
        CompetenceChange(
            competence_id=c.id,
            name=c.name,
            original_start=_median(values(before, c.id, "level")),
            looked_back_start=_median(values(after, c.id, "look_back")),
            now=_median(values(after, c.id, "level")),
        )
        for c in framework.competences
    )
    return SessionChange(first, later, len(before), len(after), changes)
