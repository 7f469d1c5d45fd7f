"""The involvement extras of the share file (version 2) and what the group summary makes of
them: numbers only, only when ticked, under the small-group rule; older files still read."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from test_group_share import NAME, person, write_people

from competence_app.domain.involvement import Expense, Involvement
from competence_app.group.fileformat import SCHEMA_VERSION, problems_in
from competence_app.group.loading import COUNTED, REFUSED, load_shares
from competence_app.group.share import (
    InvolvementCounts,
    ShareExtras,
    build_share,
    describe_share,
    make_share,
    share_bytes,
)
from competence_app.group.summary import summarise
from competence_app.store import involvement as store

TODAY = date(2027, 3, 31)
BOTH = ShareExtras(involvement=True, expenses_owed=True)
ORGANISATION = "Bellflower Health Trust"


def shared(framework, counts: InvolvementCounts, extras: ShareExtras = BOTH, **answers) -> dict:
    share = person(framework, **answers)
    # The same person, their record's counts added as the app adds them.
    figures = make_share(framework, *_plain(framework), extras, today=TODAY, involvement=counts)
    for key in ("involvement", "expenses_owed"):
        if key in figures:
            share[key] = figures[key]
    return share


def _plain(framework):
    from competence_app.domain.model import Profile, Reflection
    from competence_app.domain.plan import Plan

    return Profile("p", NAME, []), Reflection("r", "p", "2027-01-01T10:00:00+00:00"), Plan("p")


# -- the share file ------------------------------------------------------------------------


def test_without_the_ticks_the_share_holds_nothing_from_the_record(framework):
    counts = InvolvementCounts(12, 1800, 1200, (45, 3))
    share = make_share(framework, *_plain(framework), ShareExtras(), involvement=counts)
    assert "involvement" not in share and "expenses_owed" not in share
    assert share["schema_version"] == SCHEMA_VERSION == 2
    assert describe_share(share, framework)[-1] == (
        "No name, no stories, no free text, nothing from your involvement record"
    )


def test_each_tick_adds_its_numbers_and_the_preview_says_them(framework):
    counts = InvolvementCounts(12, 1830, 1200, (45, 3))
    only_time = make_share(
        framework, *_plain(framework), ShareExtras(involvement=True), involvement=counts
    )
    assert only_time["involvement"] == {"activities": 12, "minutes": 1830, "unpaid_minutes": 1200}
    assert "expenses_owed" not in only_time
    both = make_share(framework, *_plain(framework), BOTH, involvement=counts)
    assert both["expenses_owed"] == [45, 3]
    assert problems_in(both) == []
    lines = describe_share(both, framework)
    assert (
        "From your involvement record, the last 12 months: 12 activities, 30 h 30 min given, "
        "20 h of them unpaid" in lines
    )
    assert (
        "From your involvement record: 2 expenses still owed to you, waiting 45 and 3 days "
        "(no organisations, no amounts)" in lines
    )
    assert lines[-1].startswith("Nothing else:")
    assert "no organisations, no amounts of money" in lines[-1]


def test_nothing_owed_is_still_said_when_ticked(framework):
    share = make_share(framework, *_plain(framework), BOTH, involvement=InvolvementCounts(1, 60, 0))
    assert share["expenses_owed"] == []
    assert share["involvement"] == {"activities": 1, "minutes": 60, "unpaid_minutes": 0}
    lines = describe_share(share, framework)
    assert "From your involvement record: no expenses are owed to you" in lines
    assert "the last 12 months: 1 activity, 1 h given, 0 min of them unpaid" in "\n".join(lines)


def _entry(
    profile_id: str, n: int, day: str, minutes: int, payment: str, expenses=()
) -> Involvement:
    return Involvement(
        id=f"e{n}",
        profile_id=profile_id,
        date=day,
        organisation=ORGANISATION,
        title="Discharge panel",
        minutes=minutes,
        payment=payment,
        payment_amount=5000 if payment == "offered_accepted" else 0,
        expenses=list(expenses),
        impact="They rewrote the leaflet because of what I said.",
    )


def test_the_counts_come_from_the_record_of_the_last_12_months(db, framework):
    from competence_app.store import profiles, reflections

    profile = profiles.create_profile(db, NAME, [])
    reflection = reflections.create_reflection(db, profile.id, "Now", framework.id, "1")
    for entry in (
        # A year and a day ago: outside the 12 months, but its unpaid expense still counts.
        _entry(profile.id, 1, "2026-03-31", 120, "not_offered",
               [Expense("x1", "travel", 1250, claimed_on="2026-04-02")]),
        _entry(profile.id, 2, "2026-04-01", 90, "offered_accepted",
               [Expense("x2", "travel", 800, claimed_on="2027-02-01", paid_on="2027-02-20")]),
        _entry(profile.id, 3, "2027-01-10", 150, "offered_declined",
               [Expense("x3", "carer_cover", 3000, claimed_on="2027-02-28"),
                Expense("x4", "technology", 500)]),  # not claimed yet: not owed
        _entry(profile.id, 4, "2027-03-31", 60, "not_offered"),
    ):  # fmt: skip
        store.save_involvement(db, entry)
    share = build_share(db, framework, profile.id, reflection.id, BOTH, today=TODAY)
    # Entries 2, 3 and 4: 300 minutes, of which 3 and 4 (210) were not paid for.
    assert share["involvement"] == {"activities": 3, "minutes": 300, "unpaid_minutes": 210}
    # Claimed 2026-04-02 (363 days ago) and 2027-02-28 (31 days ago), the longest first.
    assert share["expenses_owed"] == [363, 31]
    raw = share_bytes(share)
    for private in (ORGANISATION, "Discharge panel", "leaflet", "1250", "3000", "2026-04-02"):
        assert private.encode() not in raw, private
    assert "involvement" not in build_share(
        db, framework, profile.id, reflection.id, ShareExtras(), today=TODAY
    )


# -- reading old and new files -------------------------------------------------------------


def test_version_1_files_are_still_read_and_cannot_hold_the_new_fields(framework, tmp_path):
    old = person(framework)
    old["schema_version"] = 1
    (tmp_path / "old.share.json").write_bytes(share_bytes(old))
    mixed = dict(old, involvement={"activities": 1, "minutes": 60, "unpaid_minutes": 60})
    (tmp_path / "mixed.share.json").write_bytes(share_bytes(mixed))
    newer = dict(person(framework), schema_version=SCHEMA_VERSION + 1)
    (tmp_path / "newer.share.json").write_bytes(share_bytes(newer))
    result = load_shares([tmp_path], framework)
    found = {f.path.name: f for f in result.files}
    assert found["old.share.json"].status == COUNTED
    assert found["mixed.share.json"].status == REFUSED
    assert "involvement: is only in share files of version 2 or later" in (
        found["mixed.share.json"].reason
    )
    assert found["newer.share.json"].problem == "newer"


def test_impossible_figures_are_refused(framework):
    share = make_share(framework, *_plain(framework), BOTH, involvement=InvolvementCounts())
    for key, value in (
        ("involvement", {"activities": -1, "minutes": 0, "unpaid_minutes": 0}),
        ("involvement", {"activities": 1, "minutes": 600_000, "unpaid_minutes": 0}),
        ("involvement", {"activities": 1, "minutes": 60}),
        ("expenses_owed", [3, "40"]),
        ("expenses_owed", [True]),
    ):
        assert problems_in(dict(share, **{key: value})), (key, value)


# -- the group summary ---------------------------------------------------------------------


@pytest.fixture
def cohort(framework, tmp_path):
    """Six people: five ticked their time, four their expenses, one ticked nothing."""
    people = [
        shared(framework, InvolvementCounts(10, 600, 600, (45, 40, 2))),
        shared(framework, InvolvementCounts(4, 300, 0, ())),
        shared(framework, InvolvementCounts(6, 420, 120, (31,))),
        shared(framework, InvolvementCounts(2, 90, 90, (30, 10))),
        shared(framework, InvolvementCounts(1, 30, 30), ShareExtras(involvement=True)),
        person(framework),
    ]
    write_people(tmp_path / "shares", people)
    return load_shares([tmp_path / "shares"], framework)


def test_the_cohort_figures_match_the_hand_count(framework, cohort):
    summary = summarise(cohort, framework)
    time = summary.time
    assert (time.people, time.activities, time.minutes, time.unpaid_minutes) == (
        5, 23, 1440, 840,
    )  # fmt: skip
    owed = summary.expenses
    assert (owed.people, owed.owed_people, owed.overdue_people) == (4, 3, 2)
    # Waits 45, 40, 2, 31, 30, 10: six owed, three over 30 days (30 itself is not over).
    assert (owed.expenses, owed.overdue, owed.longest_days, owed.median_days) == (6, 3, 45, 30.5)
    points = summary.key_points()
    assert (
        "2 of 4 people carry expenses owed for more than 30 days (3 such expenses; the longest "
        "has waited 45 days)." in points
    )
    assert (
        "14 h unpaid in the last year, of 24 h given in 23 activities by the 5 people who "
        "shared their time." in points
    )


def test_a_figure_from_fewer_than_3_people_is_not_shown(framework, tmp_path):
    people = [
        shared(framework, InvolvementCounts(3, 180, 180, (90,))),
        shared(framework, InvolvementCounts(2, 60, 0, ())),
        person(framework),
        person(framework),
    ]
    write_people(tmp_path, people)
    summary = summarise(load_shares([tmp_path], framework), framework)
    assert summary.people == 4 and not summary.suppressed
    assert summary.time is None and summary.expenses is None
    assert summary.involvement_points() == []


def test_a_small_group_shows_only_the_count(framework, tmp_path):
    people = [shared(framework, InvolvementCounts(3, 180, 180, (90,))) for _ in range(2)]
    write_people(tmp_path, people)
    summary = summarise(load_shares([tmp_path], framework), framework)
    assert summary.suppressed and summary.people == 2
    assert summary.time is None and summary.expenses is None and summary.key_points() == []


def test_the_report_and_the_csv_carry_the_cohort_figures(qapp, framework, cohort, tmp_path):
    from competence_app.group.document import render_html
    from competence_app.group.report import export_csv

    html = render_html(summarise(cohort, framework), framework, pictures="none")
    assert "Time given and expenses owed" in html
    assert "2 of 4 people carry expenses owed for more than 30 days" in html
    assert "People with an expense owed for more than 30 days" in html
    path = export_csv(cohort, framework, tmp_path / "answers.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    time = [r for r in rows if r["kind"] == "time"]
    assert len(time) == 5 * 3
    assert sorted(r["value"] for r in time if r["item_id"] == "hours") == [
        "0.50", "1.50", "10.00", "5.00", "7.00",
    ]  # fmt: skip
    expenses = [r for r in rows if r["kind"] == "expenses"]
    assert sorted(
        (r["value"] for r in expenses if r["item_id"] == "owed_over_30_days"), key=int
    ) == ["0", "0", "1", "2"]
    assert {r["item_name"] for r in expenses} >= {"Expenses owed for more than 30 days"}


def test_a_share_with_the_extras_round_trips_through_json(framework):
    share = shared(framework, InvolvementCounts(2, 60, 30, (5,)))
    assert json.loads(share_bytes(share)) == share
