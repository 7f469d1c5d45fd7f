"""One person's share file for a facilitator: their ratings and nothing else, unless they
tick more, one thing at a time.

A share file is not the data file (docs/data-file.md), which holds a whole
life's stories: it is a small, separate format (docs/share-file.md) made to be
handed over. By default it holds numbers and yes/no answers, the support
categories asked for, the session name and a date: no name, no free text, no
ids of the person, their reflection or this computer. describe_share() says in
plain words exactly what a given share holds, for the consent screen.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from competence_app import __version__
from competence_app.domain.framework import Framework
from competence_app.domain.model import Profile, Reflection
from competence_app.domain.plan import Plan
from competence_app.group.fileformat import (
    FILE_SUFFIX,
    FORMAT_ID,
    MAX_ACTIVITIES,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_MINUTES,
    MAX_WAITING_DAYS,
    SCHEMA_VERSION,
    GroupError,
    problems_in,
)
from competence_app.group.files import write_atomically
from competence_app.i18n import translate


@dataclass(frozen=True)
class ShareExtras:
    """What the person chose to add, each ticked on its own. All off by default."""

    name: bool = False  # the name (or pseudonym) on their profile
    self_words: bool = False  # the words they use for themselves ("carer", "advocate")
    stories: bool = False  # their examples and stories, and their notes on the roles
    support_details: bool = False  # the support they need, in their own words
    # From the involvement record: numbers only, never an organisation or an amount.
    involvement: bool = False  # how many activities and hours in the last 12 months
    expenses_owed: bool = False  # how many expenses are still owed, and how long each waited


@dataclass(frozen=True)
class InvolvementCounts:
    """What the two involvement extras carry, worked out from the record on the day the
    share is made: the last 12 months' activities and time, and the expenses still owed."""

    activities: int = 0
    minutes: int = 0
    unpaid_minutes: int = 0
    waiting_days: tuple[int, ...] = ()  # one per expense still owed, the longest first


def make_share(
    framework: Framework,
    profile: Profile,
    reflection: Reflection,
    plan: Plan,
    extras: ShareExtras = ShareExtras(),
    today: date | None = None,
    involvement: InvolvementCounts | None = None,
) -> dict:
    """The share as plain JSON values, from the domain objects (no database needed).
    `involvement`: the counts from the record, used only for the extras ticked."""
    goals = plan.active_goals()  # a goal set aside no longer asks for anything
    # A need whose kind is not chosen yet says nothing the group could count.
    supports = list(
        dict.fromkeys(
            need.support_id for goal in goals for need in goal.supports if need.support_id
        )
    )
    share = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        # Random each time: two shares from the same person cannot be linked by it.
        "share_id": str(uuid.uuid4()),
        "app_version": __version__,
        "framework": {"id": framework.id, "version": framework.version},
        "session": reflection.session,
        # A date, not a time: a time of day could tell who handed in which file.
        "created": (today or date.today()).isoformat(),
        "competences": [
            {
                "competence_id": c.id,
                "level": None if answer.not_yet else answer.level,
                "not_yet": answer.not_yet,
                "confidence": answer.confidence,
                "develop": answer.develop,
                "look_back": answer.look_back,
            }
            for c in framework.competences
            for answer in [reflection.competence(c.id)]
        ],
        "roles": [
            {"role_id": r.id, "now": answer.now, "wish": answer.wish}
            for r in framework.roles
            for answer in [reflection.role(r.id)]
        ],
        "supports": _framework_order(supports, [s.id for s in framework.supports]),
    }
    if extras.name and profile.name.strip():
        share["name"] = profile.name.strip()
    if extras.self_words and profile.self_words:
        share["self_words"] = list(profile.self_words)
    if extras.stories:
        stories = [
            {"kind": "competence", "item_id": c.id, "text": reflection.competence(c.id).example}
            for c in framework.competences
            if reflection.competence(c.id).example.strip()
        ] + [
            {"kind": "role", "item_id": r.id, "text": reflection.role(r.id).notes}
            for r in framework.roles
            if reflection.role(r.id).notes.strip()
        ]
        if stories:
            share["stories"] = stories
    if extras.support_details:
        details = [
            {"support_id": need.support_id, "detail": need.detail.strip()}
            for goal in goals
            for need in goal.supports
            if need.detail.strip() and need.support_id
        ]
        if details:
            share["support_details"] = details
    counts = involvement or InvolvementCounts()
    if extras.involvement:
        share["involvement"] = {
            "activities": min(counts.activities, MAX_ACTIVITIES),
            "minutes": min(counts.minutes, MAX_MINUTES),
            "unpaid_minutes": min(counts.unpaid_minutes, counts.minutes, MAX_MINUTES),
        }
    if extras.expenses_owed:
        days = sorted((min(max(d, 0), MAX_WAITING_DAYS) for d in counts.waiting_days), reverse=True)
        share["expenses_owed"] = days[:MAX_ITEMS]
    return share


def _framework_order(ids: list[str], order: list[str]) -> list[str]:
    known = [i for i in order if i in ids]
    return known + sorted(i for i in ids if i not in order)


def involvement_counts(entries: list, today: date) -> InvolvementCounts:
    """The two extras' numbers from the involvement record (domain.involvement entries):
    the 12 months up to today, and every expense still owed, whenever it began."""
    from competence_app.domain.involvement import last_twelve_months, overview

    start, end = last_twelve_months(today)
    figures = overview(entries, start, end, today)
    return InvolvementCounts(
        activities=figures.activities,
        minutes=figures.minutes,
        unpaid_minutes=figures.unpaid_minutes,
        waiting_days=tuple(owed.days_waited for owed in figures.expenses_owed),
    )


def build_share(
    db,
    framework: Framework,
    profile_id: str,
    reflection_id: str,
    extras: ShareExtras,
    today: date | None = None,
) -> dict:
    """The share for one of the person's reflections, read through the store."""
    from competence_app.store import plans, profiles, reflections

    profile = next((p for p in profiles.list_profiles(db) if p.id == profile_id), None)
    if profile is None:
        raise GroupError(
            translate("group", "This person is no longer in the app, so there is nothing to share.")
        )
    reflection = next(
        (r for r in reflections.list_reflections(db, profile_id) if r.id == reflection_id), None
    )
    if reflection is None:
        raise GroupError(
            translate(
                "group", "That reflection is not one of this person's, so it cannot be shared."
            )
        )
    today = today or date.today()
    counts = None
    if extras.involvement or extras.expenses_owed:
        from competence_app.store.involvement import load_involvements

        counts = involvement_counts(load_involvements(db, profile_id), today)
    plan = plans.load_plan(db, profile_id)
    return make_share(framework, profile, reflection, plan, extras, today, counts)


def share_bytes(share: dict) -> bytes:
    return (json.dumps(share, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_share(share: dict, output: Path) -> Path:
    """Write the share file and return where it went.

    `output` may be a folder (a random file name is chosen, so the name tells
    nobody whose it is) or a file name, given the .share.json ending if it
    lacks it. Owner-only, and whole or not at all.
    """
    problems = problems_in(share)
    if problems:
        # Never hand over a file the facilitator's app would refuse.
        raise GroupError(
            translate(
                "group",
                "The share file cannot be made, because some answers are in a shape the share "
                "file does not allow: {problems}.",
            ).format(problems="; ".join(problems[:5]))
        )
    payload = share_bytes(share)
    if len(payload) > MAX_FILE_BYTES:
        raise GroupError(
            translate(
                "group",
                "The share file would be larger than a share file can be (1 MB), because of the "
                "stories in it. Please share without your stories, or shorten them.",
            )
        )
    output = Path(output)
    if output.is_dir():
        target = output / f"group-share-{secrets.token_hex(4)}{FILE_SUFFIX}"
    elif output.name.endswith(FILE_SUFFIX):
        target = output
    else:
        stem = output.name[: -len(".json")] if output.name.endswith(".json") else output.name
        target = output.with_name(stem + FILE_SUFFIX)
    return write_atomically(target, translate("group", "The share file"), payload)


def describe_share(share: dict, framework: Framework | None = None) -> list[str]:
    """Plain lines saying exactly what the share holds, for the person to read before
    agreeing. With the framework, support categories are named rather than given by id."""
    from competence_app.formats import date_text
    from competence_app.wording import join_names

    supports = {s.id: s.name for s in framework.supports} if framework else {}
    competences = len(share["competences"])
    roles = len(share["roles"])
    lines = [
        translate(
            "GroupSummary",
            "Your level (or 'not had the chance yet'), your confidence and 'I want to develop "
            "this' for each of the %n competences",
            None,
            competences,
        ),
    ]
    looked_back = sum(item["look_back"] is not None for item in share["competences"])
    if looked_back:
        lines.append(
            translate(
                "GroupSummary",
                "Where you think you were at the start, for %n of them",
                None,
                looked_back,
            )
        )
    lines.append(
        translate(
            "GroupSummary",
            "How much each of the %n roles describes what you do now, and how much you "
            "would like to grow into it",
            None,
            roles,
        )
    )
    if share["supports"]:
        names = [supports.get(s, s) for s in share["supports"]]
        lines.append(
            translate("GroupSummary", "The kinds of support your plan asks for: {names}").format(
                names=join_names(names)
            )
        )
    else:
        lines.append(
            translate("GroupSummary", "No kinds of support (your plan does not ask for any yet)")
        )
    if share["session"]:
        lines.append(
            translate("GroupSummary", "The session: {session}").format(session=share["session"])
        )
    lines.append(
        translate("GroupSummary", "The date it was made ({date}), without the time of day").format(
            date=date_text(share["created"])
        )
    )
    lines.append(
        translate(
            "GroupSummary",
            "A random number, so the same file is not counted twice. It says nothing about "
            "you or this computer.",
        )
    )
    chosen = _chosen_extras(share)
    if not chosen:
        lines.append(
            translate(
                "GroupSummary",
                "No name, no stories, no free text, nothing from your involvement record",
            )
        )
        return lines
    left_out = []
    if "name" not in share:
        left_out.append(translate("GroupSummary", "no name"))
    if "self_words" not in share:
        left_out.append(translate("GroupSummary", "no words you use for yourself"))
    if "stories" not in share:
        left_out.append(translate("GroupSummary", "no stories"))
    if "support_details" not in share:
        left_out.append(translate("GroupSummary", "no support needs in your own words"))
    if "involvement" not in share and "expenses_owed" not in share:
        left_out.append(translate("GroupSummary", "nothing from your involvement record"))
    else:
        left_out.append(
            translate(
                "GroupSummary",
                "no organisations, no amounts of money and nothing else from your involvement "
                "record",
            )
        )
    left_out.append(translate("GroupSummary", "no goals and nothing about looking after yourself"))
    return (
        lines
        + chosen
        + [translate("GroupSummary", "Nothing else: {list}").format(list=", ".join(left_out))]
    )


def _chosen_extras(share: dict) -> list[str]:
    lines = []
    if "name" in share:
        lines.append(translate("GroupSummary", "Your name: {name}").format(name=share["name"]))
    if "self_words" in share:
        lines.append(
            translate("GroupSummary", "The words you use for yourself: {words}").format(
                words=", ".join(share["self_words"])
            )
        )
    if "stories" in share:
        count = len(share["stories"])
        lines.append(
            translate(
                "GroupSummary",
                "Your examples and stories, and your notes on the roles, in your own words ({count})",
            ).format(count=count)
        )
    if "support_details" in share:
        count = len(share["support_details"])
        lines.append(
            translate("GroupSummary", "The support you need, in your own words ({count})").format(
                count=count
            )
        )
    if "involvement" in share:
        lines.append(involvement_line(share["involvement"]))
    if "expenses_owed" in share:
        lines.append(expenses_line(share["expenses_owed"]))
    return lines


def activities_text(count: int) -> str:
    if count == 1:
        return translate("GroupSummary", "1 activity")
    return translate("GroupSummary", "{count} activities").format(count=count)


def involvement_line(figures: dict) -> str:
    """The involvement extra in words, with the numbers the file will hold."""
    from competence_app.wording import duration_text

    return translate(
        "GroupSummary",
        "From your involvement record, the last 12 months: {activities}, {hours} given, "
        "{unpaid} of them unpaid",
    ).format(
        activities=activities_text(figures["activities"]),
        hours=duration_text(figures["minutes"]),
        unpaid=duration_text(figures["unpaid_minutes"]),
    )


def expenses_line(waiting_days: list[int]) -> str:
    """The expenses extra in words: how many are owed and the days each has waited."""
    if not waiting_days:
        return translate(
            "GroupSummary", "From your involvement record: no expenses are owed to you"
        )
    if len(waiting_days) == 1:
        line = translate(
            "GroupSummary",
            "From your involvement record: 1 expense still owed to you, waiting {days} days "
            "(no organisation, no amount)",
        )
    else:
        line = translate(
            "GroupSummary",
            "From your involvement record: {count} expenses still owed to you, waiting "
            "{days} days (no organisations, no amounts)",
        )
    from competence_app.wording import join_names

    return line.format(count=len(waiting_days), days=join_names([str(d) for d in waiting_days]))
