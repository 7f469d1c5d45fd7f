"""Plain-language sentences about results, shared by the screens and documents.

Built from the pure results in domain.analysis; translated through `translate`
so one set of .ts files covers the app and its documents. No Qt here: dates and
numbers come from competence_app.formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from competence_app.domain.framework import Framework
from competence_app.domain.model import Reflection
from competence_app.formats import date_text
from competence_app.i18n import translate

if TYPE_CHECKING:
    # Read when results are worded, not when the reflection page (which needs only the
    # sentences above them) opens at start-up.
    from competence_app.domain.analysis import Comparison, RoleFit


def counted(kind: str, number: int) -> str:
    """'1 goal', '2 goals': a count and its word, in the person's language, with the
    plural form that language uses for that count (each .ts file holds the forms)."""
    words = {
        "goals": lambda: translate("Wording", "%n goals", None, number),
        "reflections": lambda: translate("Wording", "%n reflections", None, number),
        "actions": lambda: translate("Wording", "%n actions", None, number),
        "people": lambda: translate("Wording", "%n people", None, number),
        "files": lambda: translate("Wording", "%n files", None, number),
        "backups": lambda: translate("Wording", "%n backups", None, number),
        "characters": lambda: translate("Wording", "%n characters", None, number),
    }
    return words[kind]()


def reflection_date(reflection: Reflection) -> str:
    """'22 Nov 2026': the day a reflection was started."""
    return date_text(reflection.created_at[:10], short=True)


def reflection_title(reflection: Reflection) -> str:
    """'22 Nov 2026 · Start of programme': how a reflection is named everywhere."""
    when = reflection_date(reflection)
    return f"{when} · {reflection.label}" if reflection.label else when


def join_names(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return translate("Wording", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def confidence_labels() -> tuple[str, str, str]:
    """The answers to "How confident do I feel about this?", from 1 to 3."""
    return (
        translate("Wording", "Not very confident"),
        translate("Wording", "Fairly confident"),
        translate("Wording", "Very confident"),
    )


def confidence_text(value: int | None) -> str:
    """How a confidence answer reads on the results page and in the plan; '' when none."""
    labels = confidence_labels()
    return labels[value - 1] if value in (1, 2, 3) else ""


def level_text(framework: Framework, level: int | None, not_yet: bool = False) -> str:
    if not_yet:
        return translate("Wording", "not had the chance yet")
    if level is None:
        return translate("Wording", "not answered")
    return translate("Wording", "{level} · {name}").format(
        level=level, name=framework.level_names[level - 1]
    )


def fit_band_text(band: str) -> str:
    """How a role fits, in words: the same on screen and in documents."""
    from competence_app.domain.analysis import FIT_GROWING, FIT_NOT_YET, FIT_STRONG

    words = {
        FIT_STRONG: translate("Wording", "A strong match"),
        FIT_GROWING: translate("Wording", "Growing"),
        FIT_NOT_YET: translate("Wording", "Not yet"),
    }
    return words.get(band, translate("Wording", "Not yet known"))


def role_fit_sentence(framework: Framework, fit: RoleFit) -> str:
    """One short sentence, only about the competences the role itself leans on most."""
    from competence_app.domain.analysis import FIT_STRONG, FIT_UNKNOWN

    if fit.band == FIT_UNKNOWN:
        return translate(
            "Wording", "It leans most on {carrying}: choose levels for them to see how you fit."
        ).format(carrying=join_names([s.name for s in fit.carrying]))
    standing = join_names(
        [
            translate("Wording", "{name} ({level})").format(name=s.name, level=s.level)
            if s.level is not None
            else translate("Wording", "{name} (not tried yet)").format(name=s.name)
            for s in fit.carrying
        ]
    )
    if fit.untried:
        return translate(
            "Wording", "It leans most on {standing}; a chance to try {names} would tell you more."
        ).format(standing=standing, names=join_names([s.name for s in fit.untried]))
    if fit.band == FIT_STRONG:
        return translate(
            "Wording", "It leans most on {standing}; you already stand high on them."
        ).format(standing=standing)
    return translate(
        "Wording", "It leans most on {standing}; growing {grow} would strengthen it most."
    ).format(standing=standing, grow=join_names([s.name for s in fit.to_strengthen]))


def role_fit_summary(fits: list[RoleFit]) -> str:
    """'A strong match: A and B. Growing: C.': roles grouped, never ranked within a group."""
    from competence_app.domain.analysis import FIT_UNKNOWN, fits_by_band

    parts = [
        translate("Wording", "{band}: {names}.").format(
            band=fit_band_text(band), names=join_names([f.name for f in group])
        )
        for band, group in fits_by_band(fits).items()
        if group and band != FIT_UNKNOWN
    ]
    return " ".join(parts)


def comparison_sentences(framework: Framework, comparison: Comparison) -> list[str]:
    """What changed between two reflections, in words, most telling first."""
    lines: list[str] = []
    for change in comparison.grown():
        lines.append(
            translate("Wording", "{name}: up from {before} to {after}.").format(
                name=change.name, before=change.before, after=change.after
            )
        )
    for change in comparison.lower():
        lines.append(
            translate("Wording", "{name}: {before} then, {after} now.").format(
                name=change.name, before=change.before, after=change.after
            )
            + " "
            + _lower_rating_note()
        )
    for change in comparison.newly_rated():
        lines.append(
            translate("Wording", "{name}: rated for the first time, at {after}.").format(
                name=change.name, after=change.after
            )
        )
    for change in comparison.competences:
        if change.before is not None and change.after is None and change.after_not_yet:
            lines.append(
                translate("Wording", "{name}: marked 'not had the chance yet' this time.").format(
                    name=change.name
                )
            )
    steady = comparison.steady()
    if steady:
        lines.append(
            translate("Wording", "Same level as before: {names}.").format(
                names=join_names([c.name for c in steady])
            )
        )
    for role in comparison.roles:
        if None not in (role.now_before, role.now_after) and role.now_before != role.now_after:
            lines.append(
                translate(
                    "Wording",
                    "{name}: how much it describes what you do went from {before} to {after} "
                    "(out of 4).",
                ).format(name=role.name, before=role.now_before, after=role.now_after)
            )
    looked_back = [c for c in comparison.competences if c.look_back is not None]
    for change in looked_back:
        if change.after is None:
            continue
        lines.append(
            translate(
                "Wording",
                "{name}: looking back, you put your start at {look_back} (at the time you said "
                "{before}); from there you have moved to {after}.",
            ).format(
                name=change.name,
                look_back=change.look_back,
                before=change.before
                if change.before is not None
                else translate("Wording", "no level"),
                after=change.after,
            )
        )
    if looked_back:
        lines.append(
            translate(
                "Wording",
                "Looking back, many people rate their start lower than they did at the time, "
                "because they now know more about the skill. Both views are kept side by side.",
            )
        )
    if not lines:
        lines.append(
            translate("Wording", "There is nothing to compare yet: answer some pages in both.")
        )
    return lines


def _lower_rating_note() -> str:
    return translate(
        "Wording",
        "A lower rating often means you see more of the skill than before, not that you "
        "have lost it.",
    )


def change_summary(comparison: Comparison) -> str:
    """What moved since an earlier reflection, in one line; '' when nothing can be compared.

    The short form of comparison_sentences, for a summary: the same comparison, the
    same words for a lower rating.
    """
    parts = []
    grown = [c.name for c in comparison.grown()]
    lower = [c.name for c in comparison.lower()]
    new = [c.name for c in comparison.newly_rated()]
    steady = [c.name for c in comparison.steady()]
    if grown:
        parts.append(translate("Wording", "higher in {names}").format(names=join_names(grown)))
    if lower:
        parts.append(translate("Wording", "lower in {names}").format(names=join_names(lower)))
    if new:
        parts.append(
            translate("Wording", "rated for the first time in {names}").format(
                names=join_names(new)
            )
        )
    if steady:
        others = len(steady)  # a plain name: lupdate sees the plural message
        parts.append(
            translate("Wording", "the same in {names}").format(names=join_names(steady))
            if len(steady) <= 3
            else translate("Wording", "the same in %n others", None, others)
        )
    if not parts:
        return ""
    line = "; ".join(parts) + "."
    if lower:
        line += " " + _lower_rating_note()
    return line[0].upper() + line[1:]


def goal_status_text(status: str) -> str:
    """How a goal's status reads, the same on the plan page and in the plan document."""
    words = {
        "not_started": translate("Wording", "Not started"),
        "under_way": translate("Wording", "Under way"),
        "achieved": translate("Wording", "Achieved"),
        "set_aside": translate("Wording", "Set aside"),
    }
    return words.get(status, status)


def relation_text(relation: str) -> str:
    """Who a giver of feedback is to the person, in words."""
    words = {
        "mentor": translate("Wording", "mentor"),
        "peer": translate("Wording", "peer"),
        "facilitator": translate("Wording", "facilitator"),
        "colleague": translate("Wording", "colleague"),
    }
    return words.get(relation, relation)


def giver_label(given) -> str:
    """'Sam (mentor)', or 'Anonymous peer': who gave a round of feedback."""
    if given.anonymous or not given.giver_name.strip():
        return translate("Wording", "Anonymous {relation}").format(
            relation=relation_text(given.relation)
        )
    return translate("Wording", "{name} ({relation})").format(
        name=given.giver_name.strip(), relation=relation_text(given.relation)
    )


def giver_view_title(view) -> str:
    """The heading of one giver beside the person's own view: 'Sam, 20 Nov 2026', or
    'Anonymous (3 people)'."""
    if view.anonymous:
        return translate("Wording", "Anonymous ({count} people)").format(count=len(view.rounds))
    given = view.rounds[0]
    name = given.giver_name.strip() or relation_text(given.relation)
    return translate("Wording", "{name}, {date}").format(
        name=name, date=date_text(given.given_on, short=True)
    )


def anonymous_wait_text(count: int, minimum: int) -> str:
    """Why anonymous answers are not shown yet."""
    if count == 1:
        return translate(
            "Wording",
            "1 anonymous answer came back; anonymous answers are shown once {minimum} or more "
            "have, so no one can be picked out.",
        ).format(minimum=minimum)
    return translate(
        "Wording",
        "{count} anonymous answers came back; they are shown once {minimum} or more have, so "
        "no one can be picked out.",
    ).format(count=count, minimum=minimum)


def spread_text(counts: dict[int, int]) -> str:
    """Anonymous levels as a spread: '2 at level 3, 1 at level 4' (never an average)."""
    return ", ".join(
        translate("Wording", "{count} at level {level}").format(count=count, level=level)
        for level, count in counts.items()
    )


def talk_about_text(giver_name: str, competence_name: str) -> str:
    """One gentle line where the person and a giver see a competence differently."""
    return translate(
        "Wording", "You and {name} see {competence} differently: something to talk about."
    ).format(name=giver_name, competence=competence_name)


# -- my involvement ------------------------------------------------------------------------
# The names of the involvement log's stored values, and the overview's sentences: the same
# on the page, in the record and in the share file's summary.


def involvement_kind_names() -> dict[str, str]:
    """What an activity was, in the order the framework's research lists them."""
    return {
        "panel": translate("Wording", "Panel"),
        "committee": translate("Wording", "Committee"),
        "talk": translate("Wording", "Talk"),
        "interview_panel": translate("Wording", "Interview panel"),
        "co_design_workshop": translate("Wording", "Co-design workshop"),
        "research_advisory_group": translate("Wording", "Research advisory group"),
        "campaign_action": translate("Wording", "Campaign action"),
        "peer_group": translate("Wording", "Peer group"),
        "teaching": translate("Wording", "Teaching"),
        "other": translate("Wording", "Something else"),
    }


def payment_names() -> dict[str, str]:
    """Payment for time."""
    return {
        "not_offered": translate("Wording", "Not offered"),
        "offered_accepted": translate("Wording", "Offered and accepted"),
        "offered_declined": translate("Wording", "Offered and declined"),
    }


def expense_kind_names() -> dict[str, str]:
    return {
        "travel": translate("Wording", "Travel"),
        "carer_cover": translate("Wording", "Carer cover"),
        "technology": translate("Wording", "Technology or internet"),
        "other": translate("Wording", "Other"),
    }


def heard_back_names() -> dict[str, str]:
    """The answers to "Did I hear back about what happened to my input?"."""
    return {
        "not_yet": translate("Wording", "Not yet"),
        "yes": translate("Wording", "Yes"),
        "no": translate("Wording", "No"),
    }


def how_am_i_labels() -> tuple[str, str, str, str, str]:
    """ "How am I after this?", from 1 (drained) to 5 (restored)."""
    return (
        translate("Wording", "Drained"),
        translate("Wording", "Tired"),
        translate("Wording", "All right"),
        translate("Wording", "Good"),
        translate("Wording", "Restored"),
    )


def how_am_i_text(value: int | None) -> str:
    labels = how_am_i_labels()
    return labels[value - 1] if value in (1, 2, 3, 4, 5) else ""


def duration_text(minutes: int) -> str:
    """150 -> '2 h 30 min'; 45 -> '45 min'; 120 -> '2 h'."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if hours and rest:
        return translate("Wording", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours:
        return translate("Wording", "{hours} h").format(hours=hours)
    return translate("Wording", "{minutes} min").format(minutes=rest)


def money_totals_text(totals: dict[str, int]) -> str:
    """{'GBP': 10000, 'EUR': 2550} -> '£100.00 and €25.50': never added across currencies."""
    from competence_app.formats import minor_money_text

    return join_names([minor_money_text(units, code) for code, units in sorted(totals.items())])


def involvement_title(entry) -> str:
    """'12 Mar 2027 · City Council · Committee': how an activity is named in lists."""
    parts = [date_text(entry.date, short=True)]
    if entry.organisation.strip():
        parts.append(entry.organisation.strip())
    parts.append(entry.title.strip() or involvement_kind_names().get(entry.kind, entry.kind))
    return " · ".join(parts)


def _counted(n: int, one: str, many: str) -> str:
    """one when n is 1, else many; both already translated, with {n} for the number.

    English and Spanish agree on when to use the singular; Qt's %n would need the
    translations installed, and documents are also made in plain Python.
    """
    return (one if n == 1 else many).replace("{n}", str(n))


def involvement_sentences(overview, period: str = "") -> list[str]:
    """The overview of a period in plain sentences (domain.involvement.Overview); period
    names it when its dates would not help ("Since you started this record")."""
    period = period or translate("Wording", "From {start} to {end}").format(
        start=date_text(overview.start), end=date_text(overview.end)
    )
    if not overview.activities:
        return [
            translate("Wording", "{period} there is nothing in your record yet.").format(
                period=period
            )
        ]
    lines = [
        _counted(
            overview.activities,
            translate("Wording", "{period} you took part in {n} activity, {time} in all."),
            translate("Wording", "{period} you took part in {n} activities, {time} in all."),
        ).format(period=period, time=duration_text(overview.minutes))
    ]
    if overview.paid_activities:
        lines.append(
            _counted(
                overview.paid_activities,
                translate("Wording", "{n} of them paid you for your time: {money}."),
                translate("Wording", "{n} of them paid you for your time: {money}."),
            ).format(money=money_totals_text(overview.payments))
        )
    else:
        lines.append(translate("Wording", "None of them was paid for your time."))
    if overview.unpaid_minutes:
        lines.append(
            translate("Wording", "You gave {time} of your time without payment.").format(
                time=duration_text(overview.unpaid_minutes)
            )
        )
    owed = overview.expenses_owed
    if owed:
        lines.append(
            _counted(
                len(owed),
                translate(
                    "Wording",
                    "{n} expense is still owed to you: {money}. It has waited {days} days.",
                ),
                translate(
                    "Wording",
                    "{n} expenses are still owed to you: {money}. The oldest has waited {days} "
                    "days.",
                ),
            ).format(money=money_totals_text(overview.owed_totals), days=owed[0].days_waited)
        )
    else:
        lines.append(translate("Wording", "No expense you claimed is waiting to be paid."))
    if overview.unclaimed:
        lines.append(
            _counted(
                overview.unclaimed,
                translate("Wording", "{n} expense from this time is not claimed yet."),
                translate("Wording", "{n} expenses from this time are not claimed yet."),
            )
        )
    if overview.waiting:
        due = sum(1 for w in overview.waiting if w.chase_due)
        line = _counted(
            len(overview.waiting),
            translate("Wording", "You are still waiting to hear back about {n} activity."),
            translate("Wording", "You are still waiting to hear back about {n} activities."),
        )
        if due and len(overview.waiting) == 1:
            line += " " + translate("Wording", "Its chase date has come.")
        elif due:
            line += " " + _counted(
                due,
                translate("Wording", "The chase date of {n} of them has come."),
                translate("Wording", "The chase dates of {n} of them have come."),
            )
        lines.append(line)
    if overview.debriefs:
        lines.append(
            _counted(
                overview.debriefs,
                translate("Wording", "You wrote {n} debrief after a hard meeting."),
                translate("Wording", "You wrote {n} debriefs after hard meetings."),
            )
        )
    return lines


def overdue_sentence(item) -> str:
    """One overdue item (domain.involvement.Overdue), said calmly."""
    from competence_app.formats import minor_money_text

    organisation = item.organisation.strip() or translate("Wording", "an organisation")
    if item.what == "expense":
        return translate(
            "Wording",
            "An expense of {money} from {organisation} has waited {days} days to be paid.",
        ).format(
            money=minor_money_text(item.amount, item.currency),
            organisation=organisation,
            days=item.days,
        )
    return translate(
        "Wording", "You planned to ask {organisation} what happened to your input {days} days ago."
    ).format(organisation=organisation, days=item.days)


def owed_request_text(organisation: str, count: int, totals: dict[str, int]) -> str:
    """For a support request in the plan: the record, in one line."""
    return _counted(
        count,
        translate("Wording", "{n} expense waiting over 30 days with {organisation} ({money})."),
        translate("Wording", "{n} expenses waiting over 30 days with {organisation} ({money})."),
    ).format(
        organisation=organisation or translate("Wording", "an organisation"),
        money=money_totals_text(totals),
    )


def owed_requests(entries, today) -> list[str]:
    """For the plan's support requests: one line per organisation with expenses waiting
    over 30 days, most first ("3 expenses waiting over 30 days with X (£45.00).")."""
    from competence_app.domain.involvement import owed_by_organisation

    return [
        owed_request_text(organisation, count, totals)
        for organisation, count, totals in owed_by_organisation(entries, today)
    ]


def evidence_sentence(count: int) -> str:
    """Results: what the reflection can rest on, from the involvement record."""
    return _counted(
        count,
        translate("Wording", "Based on {n} activity you logged in the last year."),
        translate("Wording", "Based on {n} activities you logged in the last year."),
    )
