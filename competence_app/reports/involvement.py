"""My involvement record: what goes into it, for a period, and the document it becomes.

One record, three uses, each a part a person ticks:
- "activities": for a CV or an application for a paid role: what, when, the
  organisation, the role it drew on, the competences it used, the kind of impact;
- "time": for a benefits journal: the dates, the time given, paid or unpaid;
- "expenses": the expenses to chase: organisation, amount, claimed on, days waiting.
Two more are personal and off until ticked, every time (never remembered): "impact",
what changed in the person's own words, and "debriefs", their private debriefs.

Plain data, no Qt: content from the domain (domain.involvement) worded through
wording.py and formats.py, then one Document for reports/render.py, which writes
PDF, DOCX and CSV (and prints) the one way every document is written. Parts not
chosen are left empty here, so nothing personal can reach a template by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from competence_app.domain.framework import Framework
from competence_app.domain.involvement import (
    Involvement,
    expenses_owed,
    in_period,
    last_twelve_months,
    overview,
)
from competence_app.formats import date_text, from_minor_units
from competence_app.i18n import translate
from competence_app.reports.options import PAPER_SIZES, ExportError

FORMATS = ("pdf", "docx", "csv")
# In document order. "impact" and "debriefs" are personal: off unless ticked that time.
FIELDS = ("activities", "time", "expenses", "impact", "debriefs")
PRIVATE_FIELDS = frozenset({"impact", "debriefs"})
DEFAULT_FIELDS = frozenset(FIELDS) - PRIVATE_FIELDS
TEMPLATE = "involvement/record.html.j2"


def field_names() -> dict[str, str]:
    """Each part as a person chooses it, in the dialog and in the command's help."""
    return {
        "activities": translate(
            "InvolvementRecord", "What I did, for a CV or an application for a paid role"
        ),
        "time": translate(
            "InvolvementRecord", "Dates, time given, paid or unpaid, for a benefits journal"
        ),
        "expenses": translate("InvolvementRecord", "Expenses still owed to me, to chase"),
        "impact": translate("InvolvementRecord", "What changed because of it, in my own words"),
        "debriefs": translate("InvolvementRecord", "My debriefs after hard meetings"),
    }


def parse_fields(text: str) -> frozenset[str]:
    """'activities,time' -> the set of parts; 'all' means every part, personal ones too."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if names == ["all"]:
        return frozenset(FIELDS)
    unknown = sorted(set(names) - set(FIELDS))
    if unknown:
        raise ExportError(
            translate(
                "InvolvementRecord", "Unknown part(s): {unknown}. The parts are: {fields}."
            ).format(unknown=", ".join(unknown), fields=", ".join(FIELDS))
        )
    if not names:
        raise ExportError(
            translate("InvolvementRecord", "Please name at least one part: {fields}.").format(
                fields=", ".join(FIELDS)
            )
        )
    return frozenset(names)


@dataclass(frozen=True)
class RecordOptions:
    start: date
    end: date
    fields: frozenset[str] = DEFAULT_FIELDS
    format: str = "pdf"
    paper: str = "A4"

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ExportError(
                translate(
                    "InvolvementRecord",
                    "'{format}' is not a format the record can be saved in. Choose one of: "
                    "{formats}.",
                ).format(format=self.format, formats=", ".join(FORMATS))
            )
        if self.end < self.start:
            raise ExportError(
                translate(
                    "InvolvementRecord",
                    "The period ends ({end}) before it starts ({start}). Please swap the dates.",
                ).format(end=date_text(self.end), start=date_text(self.start))
            )
        if not self.fields or set(self.fields) - set(FIELDS):
            raise ExportError(
                translate("InvolvementRecord", "Please name at least one part: {fields}.").format(
                    fields=", ".join(FIELDS)
                )
            )
        if self.paper not in PAPER_SIZES:
            raise ExportError(
                translate("Render", "The paper size must be one of: {sizes}.").format(
                    sizes=", ".join(PAPER_SIZES)
                )
            )


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last 12 months, as the overview shows by default."""
    return last_twelve_months(today or date.today())


# -- the content ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    label: str
    text: str


@dataclass(frozen=True)
class ActivityRow:
    when: str
    what: str  # the activity's own few words, or its kind
    kind: str
    organisation: str
    role: str
    competences: str
    impact_kind: str
    impact: str  # the person's own words: "" unless "impact" was ticked


@dataclass(frozen=True)
class TimeRow:
    when: str
    what: str  # "City Council · Committee"
    time: str
    paid: str  # "Paid: £50.00", "Not paid (offered and declined)"


@dataclass(frozen=True)
class OwedRow:
    organisation: str
    activity: str  # the activity's date
    kind: str
    amount: str
    claimed_on: str
    days: int


@dataclass(frozen=True)
class DebriefView:
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class RecordContent:
    title: str
    person: str
    period: str
    made_on: str
    language: str
    credit: str
    sections: tuple[tuple[str, str], ...]  # (id, heading) of the chosen parts, in order
    summary: tuple[Line, ...] = ()
    activities: tuple[ActivityRow, ...] = ()
    time: tuple[TimeRow, ...] = ()
    time_total: tuple[Line, ...] = ()
    expenses: tuple[OwedRow, ...] = ()
    debriefs: tuple[DebriefView, ...] = ()
    # For the CSV: column names and rows of plain values (dates ISO, amounts exact).
    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()


def document_title() -> str:
    """Also the PDF's title: it never names the person."""
    return translate("InvolvementRecord", "My involvement record")


def section_titles() -> dict[str, str]:
    return {
        "activities": translate("InvolvementRecord", "What I did"),
        "time": translate("InvolvementRecord", "Time given"),
        "expenses": translate("InvolvementRecord", "Expenses still owed to me"),
        "debriefs": translate("InvolvementRecord", "My debriefs"),
    }


def build_record(
    framework: Framework,
    person: str,
    entries: list[Involvement],
    options: RecordOptions,
    today: date | None = None,
) -> RecordContent:
    """The record of a period from the person's entries (domain objects, any order)."""
    from competence_app import wording

    today = today or date.today()
    chosen = set(options.fields)
    period = in_period(entries, options.start, options.end)
    titles = section_titles()
    sections = tuple((key, titles[key]) for key in FIELDS if key in chosen and key in titles)
    if "impact" in chosen and "activities" not in chosen:
        # The person's words about what changed sit with what they did.
        sections = (("activities", titles["activities"]), *sections)
    figures = overview(
        entries,
        options.start,
        options.end,
        today,
        [r.id for r in framework.roles],
        [i.id for i in framework.impacts],
    )
    owed = expenses_owed(entries, today) if "expenses" in chosen else []
    shows_activities = "activities" in chosen or "impact" in chosen
    return RecordContent(
        title=document_title(),
        person=person.strip(),
        period=translate("InvolvementRecord", "From {start} to {end}").format(
            start=date_text(options.start), end=date_text(options.end)
        ),
        made_on=date_text(today),
        language=framework.language,
        credit=framework.credit,
        sections=sections,
        summary=_summary(figures, owed, chosen),
        activities=tuple(_activity(framework, e, "impact" in chosen) for e in period)
        if shows_activities
        else (),
        time=tuple(_time(e) for e in period) if "time" in chosen else (),
        time_total=_time_total(figures) if "time" in chosen else (),
        expenses=tuple(_owed(o) for o in owed),
        debriefs=tuple(
            _debrief(e, wording.involvement_title(e))
            for e in period
            if not e.debrief.empty or e.how_am_i is not None
        )
        if "debriefs" in chosen
        else (),
        columns=_columns(chosen),
        rows=tuple(_rows(framework, period, owed, chosen)),
    )


def _summary(figures, owed, chosen: set[str]) -> tuple[Line, ...]:
    from competence_app import wording

    lines = []
    if chosen & {"activities", "time", "impact"}:
        lines.append(Line(translate("InvolvementRecord", "Activities"), str(figures.activities)))
    if "time" in chosen:
        lines.append(
            Line(
                translate("InvolvementRecord", "Time given"), wording.duration_text(figures.minutes)
            )
        )
        lines.append(
            Line(
                translate("InvolvementRecord", "Of which unpaid"),
                wording.duration_text(figures.unpaid_minutes),
            )
        )
        if figures.payments:
            lines.append(
                Line(
                    translate("InvolvementRecord", "Paid for my time"),
                    wording.money_totals_text(figures.payments),
                )
            )
    if "expenses" in chosen:
        totals: dict[str, int] = {}
        for item in owed:
            totals[item.currency] = totals.get(item.currency, 0) + item.amount
        if owed:
            text = translate(
                "InvolvementRecord", "{count} ({money}); the oldest has waited {days} days"
            ).format(
                count=len(owed), money=wording.money_totals_text(totals), days=owed[0].days_waited
            )
        else:
            text = translate("InvolvementRecord", "None")
        lines.append(Line(translate("InvolvementRecord", "Expenses still owed"), text))
    return tuple(lines)


def _activity(framework: Framework, entry: Involvement, with_impact: bool) -> ActivityRow:
    from competence_app import wording

    roles = {r.id: r.name for r in framework.roles}
    competences = {c.id: c.name for c in framework.competences}
    impacts = {i.id: i.name for i in framework.impacts}
    kind = wording.involvement_kind_names().get(entry.kind, entry.kind)
    title = entry.title.strip()
    return ActivityRow(
        when=date_text(entry.date, short=True),
        what=title or kind,
        # The kind after the title, unless the title says it already.
        kind=kind if title and title.casefold() != kind.casefold() else "",
        organisation=entry.organisation.strip(),
        role=roles.get(entry.role_id, ""),
        competences=wording.join_names(
            [competences[c] for c in entry.competence_ids if c in competences]
        ),
        impact_kind=impacts.get(entry.impact_kind, ""),
        impact=entry.impact.strip() if with_impact else "",
    )


def _paid_text(entry: Involvement) -> str:
    from competence_app import wording
    from competence_app.formats import minor_money_text

    if entry.payment == "offered_accepted":
        if entry.payment_amount:
            return translate("InvolvementRecord", "Paid: {money}").format(
                money=minor_money_text(entry.payment_amount, entry.currency)
            )
        return translate("InvolvementRecord", "Paid")
    how = wording.payment_names().get(entry.payment, entry.payment)
    return translate("InvolvementRecord", "Unpaid ({how})").format(how=how.lower())


def _time(entry: Involvement) -> TimeRow:
    from competence_app import wording

    kind = wording.involvement_kind_names().get(entry.kind, entry.kind)
    what = " · ".join(p for p in (entry.organisation.strip(), entry.title.strip() or kind) if p)
    return TimeRow(
        when=date_text(entry.date, short=True),
        what=what,
        time=wording.duration_text(entry.minutes),
        paid=_paid_text(entry),
    )


def _time_total(figures) -> tuple[Line, ...]:
    from competence_app import wording

    return (
        Line(translate("InvolvementRecord", "In all"), wording.duration_text(figures.minutes)),
        Line(
            translate("InvolvementRecord", "Paid"),
            wording.duration_text(figures.minutes - figures.unpaid_minutes),
        ),
        Line(
            translate("InvolvementRecord", "Unpaid"), wording.duration_text(figures.unpaid_minutes)
        ),
    )


def _owed(item) -> OwedRow:
    from competence_app import wording
    from competence_app.formats import minor_money_text

    return OwedRow(
        organisation=item.organisation.strip()
        or translate("InvolvementRecord", "(no organisation given)"),
        activity=date_text(item.activity_date, short=True),
        kind=wording.expense_kind_names().get(item.kind, item.kind),
        amount=minor_money_text(item.amount, item.currency),
        claimed_on=date_text(item.claimed_on, short=True),
        days=item.days_waited,
    )


def _debrief(entry: Involvement, heading: str) -> DebriefView:
    from competence_app import wording

    candidates = (
        Line(translate("InvolvementRecord", "What happened?"), entry.debrief.what),
        Line(
            translate("InvolvementRecord", "So what: how did it feel, what did I learn?"),
            entry.debrief.so_what,
        ),
        Line(translate("InvolvementRecord", "Now what?"), entry.debrief.now_what),
        Line(
            translate("InvolvementRecord", "How I was after it"),
            wording.how_am_i_text(entry.how_am_i),
        ),
    )
    return DebriefView(heading, tuple(line for line in candidates if line.text.strip()))


# -- the CSV table -------------------------------------------------------------------------


def _column_names() -> dict[str, str]:
    return {
        "part": translate("InvolvementRecord", "Part"),
        "date": translate("InvolvementRecord", "Date"),
        "organisation": translate("InvolvementRecord", "Organisation"),
        "what": translate("InvolvementRecord", "What"),
        "kind": translate("InvolvementRecord", "Kind of activity"),
        "role": translate("InvolvementRecord", "Role"),
        "competences": translate("InvolvementRecord", "Competences used"),
        "impact_kind": translate("InvolvementRecord", "Kind of impact"),
        "hours": translate("InvolvementRecord", "Hours"),
        "paid": translate("InvolvementRecord", "Paid for time"),
        "payment": translate("InvolvementRecord", "Payment"),
        "expense": translate("InvolvementRecord", "Expense"),
        "amount": translate("InvolvementRecord", "Amount"),
        "currency": translate("InvolvementRecord", "Currency"),
        "claimed_on": translate("InvolvementRecord", "Claimed on"),
        "days_waiting": translate("InvolvementRecord", "Days waiting"),
        "impact": translate("InvolvementRecord", "What changed"),
        "debrief_what": translate("InvolvementRecord", "What happened?"),
        "debrief_so_what": translate("InvolvementRecord", "So what?"),
        "debrief_now_what": translate("InvolvementRecord", "Now what?"),
        "how_am_i": translate("InvolvementRecord", "How I was after it"),
    }


# The columns each part adds, in order; "part", "date" and "organisation" always lead.
_PART_COLUMNS = {
    "activities": ("what", "kind", "role", "competences", "impact_kind"),
    "time": ("what", "hours", "paid", "payment", "currency"),
    "expenses": ("expense", "amount", "currency", "claimed_on", "days_waiting"),
    "impact": ("impact",),
    "debriefs": ("debrief_what", "debrief_so_what", "debrief_now_what", "how_am_i"),
}


def _column_keys(chosen: set[str]) -> list[str]:
    keys = ["part", "date", "organisation"]
    for field in FIELDS:
        if field in chosen:
            keys += [k for k in _PART_COLUMNS[field] if k not in keys]
    return keys


def _columns(chosen: set[str]) -> tuple[str, ...]:
    names = _column_names()
    return tuple(names[k] for k in _column_keys(chosen))


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def _rows(framework: Framework, period: list[Involvement], owed, chosen: set[str]):
    """One row per activity of the period (when a part about activities is chosen), then
    one per expense still owed: dates ISO and amounts exact, for a spreadsheet."""
    from competence_app import wording

    keys = _column_keys(chosen)
    activity_word = translate("InvolvementRecord", "Activity")
    owed_word = translate("InvolvementRecord", "Expense owed")
    yes, no = translate("InvolvementRecord", "Yes"), translate("InvolvementRecord", "No")
    if chosen - {"expenses"}:
        for entry in period:
            row = _activity(framework, entry, "impact" in chosen)
            paid = entry.payment == "offered_accepted"
            values = {
                "part": activity_word,
                "date": entry.date,
                "organisation": entry.organisation.strip(),
                "what": row.what,
                "kind": wording.involvement_kind_names().get(entry.kind, entry.kind),
                "role": row.role,
                "competences": row.competences,
                "impact_kind": row.impact_kind,
                "hours": _hours(entry.minutes),
                "paid": yes if paid else no,
                "payment": from_minor_units(entry.paid_for_time, entry.currency) if paid else None,
                "currency": entry.currency if paid else None,
                "impact": row.impact,
            }
            if "debriefs" in chosen:
                values.update(
                    debrief_what=entry.debrief.what,
                    debrief_so_what=entry.debrief.so_what,
                    debrief_now_what=entry.debrief.now_what,
                    how_am_i=wording.how_am_i_text(entry.how_am_i),
                )
            yield tuple(values.get(k) for k in keys)
    for item in owed:
        values = {
            "part": owed_word,
            "date": item.activity_date,
            "organisation": item.organisation.strip(),
            "expense": wording.expense_kind_names().get(item.kind, item.kind),
            "amount": from_minor_units(item.amount, item.currency),
            "currency": item.currency,
            "claimed_on": item.claimed_on,
            "days_waiting": item.days_waited,
        }
        yield tuple(values.get(k) for k in keys)


# -- the document --------------------------------------------------------------------------


def record_document(content: RecordContent, paper: str = "A4"):
    """The record as a reports.render.Document: PDF, DOCX and CSV, and the printer."""
    from competence_app.reports import render

    def html(_pictures: str) -> str:
        from competence_app.reports import templates

        return templates.render(
            TEMPLATE,
            paper=paper,
            credit=content.credit,
            doc=content,
            _=partial(translate, "InvolvementRecord"),
        )

    return render.Document(
        what=translate("Render", "the record"),
        title=content.title,
        language=content.language,
        credit=content.credit,
        html=html,
        formats=FORMATS,
        table=lambda: (content.columns, content.rows),
    )


def load_record(
    db, framework: Framework, profile_id: str, options: RecordOptions, today: date | None = None
) -> RecordContent:
    """The person's record read through the store, or a plain reason why not."""
    from competence_app.store import involvement, profiles

    profile = next((p for p in profiles.list_profiles(db) if p.id == profile_id), None)
    if profile is None:
        raise ExportError(
            translate(
                "InvolvementRecord",
                "This person is no longer in the app, so there is no record to export.",
            )
        )
    entries = involvement.load_involvements(db, profile_id)
    return build_record(framework, profile.name, entries, options, today)


def export_record(
    db,
    framework: Framework,
    profile_id: str,
    options: RecordOptions,
    output: Path,
    today: date | None = None,
) -> Path:
    """Write the record in options.format to output (whole, owner-only); return its path."""
    from competence_app.reports import render

    content = load_record(db, framework, profile_id, options, today)
    return render.write(
        record_document(content, options.paper), options.format, Path(output), options.paper
    )
