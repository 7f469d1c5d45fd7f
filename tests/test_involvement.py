"""My involvement, the figures: checked against sums worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from competence_app import formats
from competence_app.domain.involvement import (
    Debrief,
    Expense,
    Involvement,
    copy_of,
    expenses_owed,
    in_period,
    last_twelve_months,
    overdue,
    overview,
    owed_by_organisation,
    used_competence,
)

TODAY = date(2027, 3, 31)
IMPACT_ORDER = ("workforce_skills", "policy", "support_for_people", "research")


def entries():
    old = Involvement(
        "a",
        "p",
        "2026-03-15",
        "Old Trust",
        kind="panel",
        role_id="improvement_expert",
        minutes=120,
        expenses=[Expense("a1", "travel", 1000, claimed_on="2026-03-20")],
    )
    council = Involvement(
        "b",
        "p",
        "2026-06-10",
        "City Council",
        kind="committee",
        role_id="citizen_leader",
        minutes=90,
        payment="offered_accepted",
        payment_amount=5000,
        expenses=[
            Expense("b1", "travel", 1250, claimed_on="2026-06-12", paid_on="2026-07-01"),
            Expense("b2", "carer_cover", 3000, claimed_on="2027-02-01"),
        ],
        competence_ids=["lobbying"],
        impact_kind="policy",
        heard_back="yes",
        debrief=Debrief("Hard meeting"),
        how_am_i=2,
    )
    talk = Involvement(
        "c",
        "p",
        "2027-01-20",
        "University",
        kind="talk",
        role_id="citizen_leader",
        minutes=150,
        payment="offered_declined",
        payment_amount=10000,
        expenses=[Expense("c1", "technology", 999, claimed_on="2027-03-10")],
        competence_ids=["story_telling", "lobbying"],
        impact_kind="research",
        chase_on="2027-03-01",
        how_am_i=4,
    )
    again = Involvement(
        "d",
        "p",
        "2027-03-30",
        "City Council",
        kind="committee",
        minutes=60,
        payment="offered_accepted",
        payment_amount=5000,
        expenses=[Expense("d1", "travel", 800)],
        chase_on="2027-04-15",
        how_am_i=5,
    )
    return [old, council, talk, again]


def test_the_last_twelve_months_end_today_and_begin_the_day_after_a_year_ago():
    assert last_twelve_months(TODAY) == (date(2026, 4, 1), TODAY)
    assert last_twelve_months(date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))
    start, end = last_twelve_months(TODAY)
    assert [e.id for e in in_period(entries(), start, end)] == ["b", "c", "d"]


def test_activities_and_hours_by_role_and_by_kind():
    start, end = last_twelve_months(TODAY)
    seen = overview(entries(), start, end, TODAY, impact_order=IMPACT_ORDER)
    assert (seen.activities, seen.minutes) == (3, 300)  # 90 + 150 + 60: five hours
    assert [(t.key, t.activities, t.minutes) for t in seen.by_role] == [
        ("citizen_leader", 2, 240),
        ("", 1, 60),
    ]
    # Committee and talk both took 150 minutes; two committee meetings come first.
    assert [(t.key, t.activities, t.minutes) for t in seen.by_kind] == [
        ("committee", 2, 150),
        ("talk", 1, 150),
    ]


def test_payments_received_count_only_what_was_offered_and_accepted():
    start, end = last_twelve_months(TODAY)
    seen = overview(entries(), start, end, TODAY)
    assert seen.payments == {"GBP": 10000}  # 50.00 twice; the declined 100.00 is not counted
    assert seen.paid_activities == 2
    assert seen.unpaid_minutes == 150
    assert formats.minor_money_text(seen.payments["GBP"], "GBP", "en") == "£100.00"


def test_expenses_owed_oldest_first_with_the_days_each_has_waited():
    owed = expenses_owed(entries(), TODAY)
    # 20 Mar 2026 -> 31 Mar 2027: 365 + 11 days; 1 Feb 2027 -> 31 Mar 2027: 27 + 31 days.
    assert [(o.organisation, o.amount, o.days_waited, o.overdue) for o in owed] == [
        ("Old Trust", 1000, 376, True),
        ("City Council", 3000, 58, True),
        ("University", 999, 21, False),
    ]
    start, end = last_twelve_months(TODAY)
    seen = overview(entries(), start, end, TODAY)
    # What is owed counts whenever the activity was: the oldest debt matters most.
    assert seen.owed_totals == {"GBP": 4999}
    assert seen.unclaimed == 1  # the last committee's travel, not claimed yet


def test_amounts_in_two_currencies_are_never_added_together():
    more = entries() + [
        Involvement(
            "e",
            "p",
            "2027-03-01",
            "Ayuntamiento",
            currency="EUR",
            minutes=30,
            payment="offered_accepted",
            payment_amount=2550,
            expenses=[Expense("e1", "travel", 1010, claimed_on="2027-03-02")],
        )
    ]
    seen = overview(more, *last_twelve_months(TODAY), TODAY)
    assert seen.payments == {"GBP": 10000, "EUR": 2550}
    assert seen.owed_totals == {"GBP": 4999, "EUR": 1010}
    assert formats.minor_money_text(2550, "EUR", "es") == "25,50\xa0€"
    assert formats.from_minor_units(1010, "EUR") == Decimal("10.10")


def test_impact_by_kind_waiting_to_hear_back_and_the_debrief_check():
    seen = overview(entries(), *last_twelve_months(TODAY), TODAY, impact_order=IMPACT_ORDER)
    assert seen.impact_by_kind == (("policy", 1), ("research", 1))  # framework order on a tie
    # Both still waiting; the one whose chase date has come is first.
    assert [(w.organisation, w.chase_due) for w in seen.waiting] == [
        ("University", True),
        ("City Council", False),
    ]
    assert seen.checks == (("2026-06-10", 2), ("2027-01-20", 4), ("2027-03-30", 5))
    assert seen.debriefs == 1


def test_overdue_items_are_expenses_waiting_over_30_days_and_chase_dates_passed():
    items = overdue(entries(), TODAY)
    assert [(i.what, i.organisation, i.days) for i in items] == [
        ("expense", "Old Trust", 376),
        ("expense", "City Council", 58),
        ("chase", "University", 30),
    ]
    # A key stays the same while the item does, so a dismissal is remembered...
    assert [i.key for i in items] == [i.key for i in overdue(entries(), TODAY)]
    # ... and the 30th day is not yet overdue.
    on_the_day = [
        Involvement(
            "x", "p", "2027-01-01", "X", expenses=[Expense("x1", "travel", 1, "2027-03-01")]
        )
    ]
    assert overdue(on_the_day, date(2027, 3, 31)) == []  # 30 days: waiting, not overdue
    assert len(overdue(on_the_day, date(2027, 4, 1))) == 1  # 31 days


def test_owed_by_organisation_for_a_support_request():
    assert owed_by_organisation(entries(), TODAY) == [
        ("City Council", 1, {"GBP": 3000}),
        ("Old Trust", 1, {"GBP": 1000}),
    ]


def test_copy_last_repeats_the_meeting_on_today_with_nothing_of_that_day():
    council = entries()[1]
    copy = copy_of(council, "new", TODAY)
    assert (copy.id, copy.date, copy.organisation, copy.kind, copy.minutes) == (
        "new",
        "2027-03-31",
        "City Council",
        "committee",
        90,
    )
    assert (copy.payment, copy.payment_amount, copy.competence_ids) == (
        "offered_accepted",
        5000,
        ["lobbying"],
    )
    assert [(e.kind, e.amount, e.claimed_on, e.paid_on) for e in copy.expenses] == [
        ("travel", 1250, "", ""),
        ("carer_cover", 3000, "", ""),
    ]
    assert copy.debrief.empty and copy.how_am_i is None and copy.heard_back == "not_yet"
    assert copy.impact == "" and copy.impact_kind == ""


def test_what_i_did_lists_the_activities_that_used_a_competence_newest_first():
    assert [e.id for e in used_competence(entries(), "lobbying")] == ["c", "b"]


def test_the_locale_s_currency_by_default():
    assert formats.default_currency("en", {}) == "GBP"
    assert formats.default_currency("es", {}) == "EUR"
    assert formats.default_currency("en", {"LANG": "es_MX.UTF-8"}) == "MXN"
    assert formats.default_currency("en", {"LANG": "C.UTF-8"}) == "GBP"


def test_the_overview_in_plain_sentences():
    from competence_app import wording

    seen = overview(entries(), *last_twelve_months(TODAY), TODAY)
    assert wording.involvement_sentences(seen) == [
        "From 1 April 2026 to 31 March 2027 you took part in 3 activities, 5 h in all.",
        "2 of them paid you for your time: £100.00.",
        "You gave 2 h 30 min of your time without payment.",
        "3 expenses are still owed to you: £49.99. The oldest has waited 376 days.",
        "1 expense from this time is not claimed yet.",
        "You are still waiting to hear back about 2 activities. The chase date of 1 of them "
        "has come.",
        "You wrote 1 debrief after a hard meeting.",
    ]
    (first, *_) = overdue(entries(), TODAY)
    assert wording.overdue_sentence(first) == (
        "An expense of £10.00 from Old Trust has waited 376 days to be paid."
    )
