"""My involvement: what a person did, what it cost them, what it changed and what they
are still owed. Plain data and pure functions, no Qt, no SQL.

The research behind the framework found what makes involvement work or fail: expenses
paid promptly, being paid for time, hearing what changed because of your input, and a
debrief after hard meetings. An `Involvement` keeps one activity with all of that; the
functions below turn a list of them into the overview a person sees for a period.

Money is exact: every amount is a whole number of minor units (pence, cents,
céntimos) with its currency's ISO code; it is formatted only by `formats.money_text`.
Dates are ISO text ('2027-03-31'); "" means not given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

# Stored values; screens and documents show them in words (gui and wording translate them).
KINDS = (
    "panel",
    "committee",
    "talk",
    "interview_panel",
    "co_design_workshop",
    "research_advisory_group",
    "campaign_action",
    "peer_group",
    "teaching",
    "other",
)
# Payment for time.
PAYMENTS = ("offered_accepted", "offered_declined", "not_offered")
EXPENSE_KINDS = ("travel", "carer_cover", "technology", "other")
# "Did I hear back about what happened to my input?"
HEARD_BACK = ("not_yet", "yes", "no")
# "How am I after this?": 1 drained ... 5 restored; None when not given.
HOW_AM_I = (1, 2, 3, 4, 5)
# An expense claimed this many days ago or more and still not paid is overdue: the
# research names slow expenses as one of the costs that drive people away.
OVERDUE_DAYS = 30
# The longest activity a day can hold, in minutes (travel and preparation included).
MAX_MINUTES = 24 * 60
# The most any amount can be, in minor units (a typing slip of extra zeros is refused).
MAX_AMOUNT = 10_000_000


@dataclass
class Expense:
    """One expense paid out for an activity; owed until paid_on is given."""

    id: str
    kind: str = "travel"
    amount: int = 0  # minor units of the entry's currency
    claimed_on: str = ""  # ISO date, "" when not claimed yet
    paid_on: str = ""  # ISO date, "" when not paid yet

    @property
    def paid(self) -> bool:
        return bool(self.paid_on)

    @property
    def claimed(self) -> bool:
        return bool(self.claimed_on)


@dataclass
class Debrief:
    """A short private debrief after a hard meeting, in three plain steps."""

    what: str = ""  # What happened?
    so_what: str = ""  # So what: how did it feel, what did I learn?
    now_what: str = ""  # Now what?

    @property
    def empty(self) -> bool:
        return not (self.what.strip() or self.so_what.strip() or self.now_what.strip())


@dataclass
class Involvement:
    """One activity: a panel, a talk, a campaign action..."""

    id: str
    profile_id: str
    date: str = ""  # ISO date of the activity
    organisation: str = ""
    title: str = ""  # a few words about it ("Discharge pathway panel"); optional
    kind: str = "panel"
    role_id: str = ""  # a framework role id, or "" (not said)
    minutes: int = 0  # time spent, travel and preparation included
    payment: str = "not_offered"
    payment_amount: int = 0  # minor units; counts only when offered_accepted
    currency: str = "GBP"  # ISO 4217 code, for the payment and every expense
    expenses: list[Expense] = field(default_factory=list)
    competence_ids: list[str] = field(default_factory=list)
    impact: str = ""  # what changed because of it
    impact_kind: str = ""  # a framework impact id (Box 1), or ""
    heard_back: str = "not_yet"
    chase_on: str = ""  # ISO date to chase if still not heard back, or ""
    debrief: Debrief = field(default_factory=Debrief)
    how_am_i: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def day(self) -> date | None:
        return _day(self.date)

    @property
    def paid_for_time(self) -> int:
        """Minor units received for time (0 unless offered and accepted)."""
        return self.payment_amount if self.payment == "offered_accepted" else 0


def copy_of(entry: Involvement, new_id: str, today: date) -> Involvement:
    """'Copy last': the same regular meeting again, on today's date.

    What repeats (organisation, kind, role, time, payment, competences, the kinds of
    expenses and their amounts) is kept; what belongs to that one day (the impact,
    hearing back, the debrief, whether expenses were claimed or paid) starts empty.
    """
    return Involvement(
        id=new_id,
        profile_id=entry.profile_id,
        date=today.isoformat(),
        organisation=entry.organisation,
        title=entry.title,
        kind=entry.kind,
        role_id=entry.role_id,
        minutes=entry.minutes,
        payment=entry.payment,
        payment_amount=entry.payment_amount,
        currency=entry.currency,
        expenses=[
            Expense(f"{new_id}-{n}", e.kind, e.amount) for n, e in enumerate(entry.expenses, 1)
        ],
        competence_ids=list(entry.competence_ids),
        impact_kind="",
    )


def newest_first(entries: list[Involvement]) -> list[Involvement]:
    return sorted(entries, key=lambda e: (e.date, e.created_at), reverse=True)


# -- periods -------------------------------------------------------------------------------


def last_twelve_months(today: date) -> tuple[date, date]:
    """From the day after this day a year ago, to today (both included)."""
    try:
        a_year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        a_year_ago = today.replace(year=today.year - 1, day=28)
    return a_year_ago + timedelta(days=1), today


def in_period(entries: list[Involvement], start: date, end: date) -> list[Involvement]:
    """The entries dated from start to end, both included, oldest first."""
    kept = [e for e in entries if e.day is not None and start <= e.day <= end]
    return sorted(kept, key=lambda e: (e.date, e.created_at))


# -- the overview --------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """Activities and time for one role or one kind."""

    key: str  # a role id ("" for no role said) or a kind
    activities: int
    minutes: int


@dataclass(frozen=True)
class Owed:
    """An expense claimed and not yet paid."""

    entry_id: str
    expense_id: str
    organisation: str
    activity_date: str
    kind: str
    amount: int  # minor units
    currency: str
    claimed_on: str
    days_waited: int

    @property
    def overdue(self) -> bool:
        return self.days_waited > OVERDUE_DAYS


@dataclass(frozen=True)
class Waiting:
    """An entry still waiting to hear back about what happened to the input."""

    entry_id: str
    organisation: str
    activity_date: str
    chase_on: str
    chase_due: bool  # the chase date has come


@dataclass(frozen=True)
class Overdue:
    """Something the app mentions once when it opens, until dismissed.

    key stays the same while the item is the same, so a dismissal is remembered.
    """

    key: str
    what: str  # "expense" or "chase"
    entry_id: str
    organisation: str
    days: int  # days waited since claimed, or days since the chase date
    amount: int = 0
    currency: str = ""


@dataclass(frozen=True)
class Overview:
    start: date
    end: date
    activities: int
    minutes: int
    by_role: tuple[Tally, ...]
    by_kind: tuple[Tally, ...]
    paid_activities: int  # activities paid for time (offered and accepted)
    unpaid_minutes: int  # time given without payment
    payments: dict[str, int]  # currency -> minor units received for time
    expenses_owed: tuple[Owed, ...]  # every expense still owed, oldest first
    owed_totals: dict[str, int]  # currency -> minor units still owed
    unclaimed: int  # expenses in the period not claimed yet
    impact_by_kind: tuple[tuple[str, int], ...]  # (impact id, activities), most first
    waiting: tuple[Waiting, ...]  # entries in the period waiting to hear back
    checks: tuple[tuple[str, int], ...]  # (date, how am I 1..5), oldest first
    debriefs: int  # activities in the period with a written debrief


def _tallies(entries: list[Involvement], key, order: tuple[str, ...]) -> tuple[Tally, ...]:
    counts: dict[str, list[int]] = {}
    for entry in entries:
        tally = counts.setdefault(key(entry), [0, 0])
        tally[0] += 1
        tally[1] += entry.minutes
    rank = {k: n for n, k in enumerate(order)}
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][1], -kv[1][0], rank.get(kv[0], 99)))
    return tuple(Tally(k, v[0], v[1]) for k, v in ordered)


def expenses_owed(entries: list[Involvement], today: date) -> list[Owed]:
    """Every expense claimed and still not paid, oldest claim first, with its days waited."""
    owed = []
    for entry in entries:
        for expense in entry.expenses:
            claimed = _day(expense.claimed_on)
            if expense.paid or claimed is None:
                continue
            owed.append(
                Owed(
                    entry_id=entry.id,
                    expense_id=expense.id,
                    organisation=entry.organisation,
                    activity_date=entry.date,
                    kind=expense.kind,
                    amount=expense.amount,
                    currency=entry.currency,
                    claimed_on=expense.claimed_on,
                    days_waited=max(0, (today - claimed).days),
                )
            )
    return sorted(owed, key=lambda o: (-o.days_waited, o.activity_date, o.organisation))


def waiting_to_hear(entries: list[Involvement], today: date) -> list[Waiting]:
    """Entries still waiting to hear back: chase dates that have come first, then by date."""
    waiting = []
    for entry in entries:
        if entry.heard_back != "not_yet":
            continue
        chase = _day(entry.chase_on)
        waiting.append(
            Waiting(
                entry.id,
                entry.organisation,
                entry.date,
                entry.chase_on,
                bool(chase and chase <= today),
            )
        )
    return sorted(waiting, key=lambda w: (not w.chase_due, w.chase_on or "9999", w.activity_date))


def overdue(entries: list[Involvement], today: date) -> list[Overdue]:
    """What is overdue today: expenses waiting over OVERDUE_DAYS, chase dates passed."""
    items = [
        Overdue(
            f"expense:{o.expense_id}:{o.claimed_on}",
            "expense",
            o.entry_id,
            o.organisation,
            o.days_waited,
            o.amount,
            o.currency,
        )
        for o in expenses_owed(entries, today)
        if o.overdue
    ]
    by_id = {e.id: e for e in entries}
    for waiting in waiting_to_hear(entries, today):
        chase = _day(waiting.chase_on)
        if chase is not None and chase < today:
            items.append(
                Overdue(
                    f"chase:{waiting.entry_id}:{waiting.chase_on}",
                    "chase",
                    waiting.entry_id,
                    by_id[waiting.entry_id].organisation,
                    (today - chase).days,
                )
            )
    return items


def owed_by_organisation(entries: list[Involvement], today: date, over_days: int = OVERDUE_DAYS):
    """[(organisation, expenses, {currency: minor units})] waiting over over_days, most first.

    For the plan: a support request can point at "3 expenses waiting over 30 days with X".
    """
    groups: dict[str, list] = {}
    for owed in expenses_owed(entries, today):
        if owed.days_waited <= over_days:
            continue
        name = owed.organisation.strip()
        group = groups.setdefault(name.casefold(), [name, 0, {}])
        group[1] += 1
        group[2][owed.currency] = group[2].get(owed.currency, 0) + owed.amount
    return sorted(((g[0], g[1], g[2]) for g in groups.values()), key=lambda g: (-g[1], g[0]))


def overview(
    entries: list[Involvement], start: date, end: date, today: date, role_order=(), impact_order=()
) -> Overview:
    """The figures for a period; expenses still owed are counted whenever they began
    (the oldest debt matters most).

    role_order and impact_order (framework ids) break ties in the framework's order.
    """
    period = in_period(entries, start, end)
    payments: dict[str, int] = {}
    for entry in period:
        if entry.paid_for_time:
            payments[entry.currency] = payments.get(entry.currency, 0) + entry.paid_for_time
    owed = expenses_owed(entries, today)
    owed_totals: dict[str, int] = {}
    for item in owed:
        owed_totals[item.currency] = owed_totals.get(item.currency, 0) + item.amount
    impacts: dict[str, int] = {}
    for entry in period:
        if entry.impact_kind:
            impacts[entry.impact_kind] = impacts.get(entry.impact_kind, 0) + 1
    rank = {k: n for n, k in enumerate(impact_order)}
    return Overview(
        start=start,
        end=end,
        activities=len(period),
        minutes=sum(e.minutes for e in period),
        by_role=_tallies(period, lambda e: e.role_id, tuple(role_order)),
        by_kind=_tallies(period, lambda e: e.kind, KINDS),
        paid_activities=sum(1 for e in period if e.paid_for_time),
        unpaid_minutes=sum(e.minutes for e in period if e.payment != "offered_accepted"),
        payments=payments,
        expenses_owed=tuple(owed),
        owed_totals=owed_totals,
        unclaimed=sum(1 for e in period for x in e.expenses if not x.claimed and not x.paid),
        impact_by_kind=tuple(sorted(impacts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], 99)))),
        waiting=tuple(waiting_to_hear(period, today)),
        checks=tuple((e.date, e.how_am_i) for e in period if e.how_am_i is not None),
        debriefs=sum(1 for e in period if not e.debrief.empty),
    )


def used_competence(entries: list[Involvement], competence_id: str) -> list[Involvement]:
    """The activities that drew on one competence, newest first ("What I did")."""
    return newest_first([e for e in entries if competence_id in e.competence_ids])


def hours(minutes: int) -> tuple[int, int]:
    """(hours, minutes) of a number of minutes: 150 -> (2, 30)."""
    return divmod(max(0, int(minutes)), 60)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(str(value).strip()[:10]) if value else None
    except ValueError:
        return None
