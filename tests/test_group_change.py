"""A cohort's change between sessions, from the original start and the looked-back start."""

from __future__ import annotations

from test_group_share import person, write_people

from competence_app.group.change import change_between, sessions_in_order
from competence_app.group.loading import load_shares


def test_change_both_ways_between_two_sessions(framework, tmp_path):
    mediating = "mediating"
    first = [person(framework, levels={mediating: 3}, session="Day 1") for _ in range(3)]
    later = [
        person(framework, levels={mediating: 4}, look_back={mediating: 2}, session="day 1 ")
        for _ in range(1)
    ] + [
        person(framework, levels={mediating: 4}, look_back={mediating: 2}, session="Day 5")
        for _ in range(3)
    ]
    for share in first:
        share["created"] = "2026-01-10"
    for share in later:
        share["created"] = "2026-03-10"
    write_people(tmp_path / "shares", first + later)
    result = load_shares([tmp_path / "shares"], framework)
    assert sessions_in_order(result) == ["Day 1", "Day 5"]
    change = change_between(result, framework, "Day 1", "Day 5")
    row = next(c for c in change.competences if c.competence_id == mediating)
    assert (row.original_start, row.looked_back_start, row.now) == (3.0, 2.0, 4.0)
    assert change.people_first == 4  # spellings of one session count together


def test_too_few_people_in_a_session_shows_nothing(framework, tmp_path):
    write_people(
        tmp_path / "s",
        [person(framework, session="A") for _ in range(2)]
        + [person(framework, session="B") for _ in range(3)],
    )
    result = load_shares([tmp_path / "s"], framework)
    assert change_between(result, framework, "A", "B") is None


def test_a_change_figure_from_fewer_than_three_people_is_not_shown(framework, tmp_path):
    mediating, research = "mediating", "research"
    first = [person(framework, levels={mediating: 3}, session="Day 1") for _ in range(3)]
    # Everyone rates mediating now; only one person looks back, and only one rates research.
    later = [
        person(
            framework, levels={mediating: 4, research: 5}, look_back={mediating: 1}, session="Day 5"
        )
    ] + [
        person(framework, levels={mediating: 4}, not_yet=(research,), session="Day 5")
        for _ in range(2)
    ]
    for share in first:
        share["created"] = "2026-01-10"
    for share in later:
        share["created"] = "2026-03-10"
    write_people(tmp_path / "shares", first + later)
    change = change_between(
        load_shares([tmp_path / "shares"], framework), framework, "Day 1", "Day 5"
    )
    rows = {c.competence_id: c for c in change.competences}
    assert (rows[mediating].original_start, rows[mediating].now) == (3.0, 4.0)
    assert rows[mediating].looked_back_start is None  # one person's look-back
    assert rows[research].now is None  # one person's level
