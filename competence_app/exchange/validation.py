"""The data file's fields and rules, checked with the project's one set of field checks
(competence_app.fieldcheck), listing every problem with its place.

The JSON Schema in resources/schema/ says the same things for tools (tests hold the two
together); this module also checks what a schema cannot: that ids are unique, that
dates exist on the calendar and that an answer is not given twice.
"""

from __future__ import annotations

import re
from typing import Any

from competence_app.domain import feedback
from competence_app.domain import involvement as involved
from competence_app.domain.framework import LEVEL_COUNT
from competence_app.domain.model import CONFIDENCE_STEPS, ROLE_SCALE_MAX
from competence_app.domain.plan import GOAL_STATUSES
from competence_app.exchange.fileformat import FORMAT_ID, MAX_PAGE, MAX_POSITION, SCHEMA_VERSION
from competence_app.fieldcheck import (
    Check,
    Checker,
    a_date,
    boolean,
    both,
    date_or_empty,
    exactly,
    fields,
    list_of,
    matching,
    moment,
    once_each,
    one_of,
    parse_moment,
    place,
    quote,
    short_text,
    some_text,
    text,
    whole,
)
from competence_app.i18n import translate

__all__ = ["parse_moment", "problems_in", "quote"]

UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
EXAMPLE_ID = "0b6f2c8e-4f3a-4c1e-9d2b-7a5e8c1f3d4a"
# Feedback packs and rounds have ids of 32 hexadecimal digits (a uuid4 without dashes).
FEEDBACK_ID_PATTERN = re.compile(f"[0-9a-f]{{{feedback.ID_LENGTH}}}")
EXAMPLE_FEEDBACK_ID = "9f1c2d3e4b5a69788796a5b4c3d2e1f0"


def _kind(kind: str) -> str:
    """A kind of record in a message ("each goal needs its own id")."""
    names = {
        "reflection": translate("exchange", "reflection"),
        "goal": translate("exchange", "goal"),
        "action": translate("exchange", "action"),
        "support": translate("exchange", "support"),
        "profile": translate("exchange", "profile"),
        "feedback_pack": translate("exchange", "feedback pack"),
        "feedback_round": translate("exchange", "round of feedback"),
        "involvement": translate("exchange", "activity"),
    }
    return names.get(kind, kind)


def uuid(kind: str) -> Check:
    """An id as the app writes it, used once in the whole file."""

    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, str) or not UUID_PATTERN.fullmatch(value):
            c.add(
                path,
                translate(
                    "exchange", "must be an id like {example} (lower-case, as the app writes them)"
                ).format(example=EXAMPLE_ID),
            )
        else:
            c.unique(kind, value, path, _kind(kind))

    return check


def feedback_id(kind: str | None = None) -> Check:
    """A feedback pack's or round's id; with `kind`, used once in the whole file."""

    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, str) or not FEEDBACK_ID_PATTERN.fullmatch(value):
            c.add(
                path,
                translate(
                    "exchange",
                    "must be an id of 32 lower-case letters a-f and digits, like {example}",
                ).format(example=EXAMPLE_FEEDBACK_ID),
            )
        elif kind:
            c.unique(kind, value, path, _kind(kind))

    return check


def reflection_link(c: Checker, value: Any, path: str) -> None:
    """An id that points at a reflection (it need not be in this file: feedback stays
    linked to the reflection it was given on, wherever that reflection is kept)."""
    if not isinstance(value, str) or not UUID_PATTERN.fullmatch(value):
        c.add(
            path,
            translate(
                "exchange", "must be an id like {example} (lower-case, as the app writes them)"
            ).format(example=EXAMPLE_ID),
        )


# The file, part by part. tests/test_exchange_docs.py holds these field lists
# against the JSON Schema and docs/data-file.md, so the three cannot drift apart.

ROLE_SCALE = whole(0, ROLE_SCALE_MAX, nullable=True)
COMPETENCE_ANSWER = {
    "competence_id": some_text,
    "level": whole(1, LEVEL_COUNT, nullable=True),
    "not_yet": boolean,
    "confidence": whole(1, CONFIDENCE_STEPS, nullable=True),
    "example": text,
    "develop": boolean,
    "look_back": whole(1, LEVEL_COUNT, nullable=True),
    "updated_at": moment(nullable=True),
}
ROLE_ANSWER = {
    "role_id": some_text,
    "now": ROLE_SCALE,
    "wish": ROLE_SCALE,
    "notes": text,
    "updated_at": moment(nullable=True),
}


def competence_answer(c: Checker, value: Any, path: str) -> None:
    if (
        c.fields(value, path, COMPETENCE_ANSWER)
        and value.get("not_yet") is True
        and value.get("level") is not None
    ):
        c.add(
            place(path, "level"),
            translate(
                "exchange",
                'must be null when not_yet is true ("not had the chance yet" is not a level)',
            ),
        )


def answers_once(c: Checker, answers: Any, path: str, key: str) -> None:
    """One answer per competence (or role) in a reflection, as the database keeps them."""
    if not isinstance(answers, list):
        return
    first: dict[str, str] = {}
    for index, answer in enumerate(answers):
        ident = answer.get(key) if isinstance(answer, dict) else None
        if not isinstance(ident, str):
            continue
        where = f"{path}[{index}].{key}"
        if ident in first:
            c.add(
                where,
                translate(
                    "exchange", "{id} is answered twice in this reflection (also at {other})"
                ).format(id=quote(ident), other=first[ident]),
            )
        else:
            first[ident] = where


REFLECTION = {
    "id": uuid("reflection"),
    "created_at": moment(),
    "label": text,
    "session": text,
    "framework_id": text,
    "framework_version": text,
    "current_page": whole(0, MAX_PAGE),
    "updated_at": moment(),
    "competences": list_of(competence_answer),
    "roles": list_of(fields(ROLE_ANSWER)),
}


def reflection(c: Checker, value: Any, path: str) -> None:
    if c.fields(value, path, REFLECTION):
        answers_once(c, value.get("competences"), place(path, "competences"), "competence_id")
        answers_once(c, value.get("roles"), place(path, "roles"), "role_id")


ACTION = {
    "id": uuid("action"),
    "text": text,
    "due": date_or_empty,
    "done": boolean,
    "position": whole(0, MAX_POSITION),
}
# support_id is "" while the person has not yet chosen what kind of support it is.
SUPPORT = {
    "id": uuid("support"),
    "support_id": text,
    "detail": text,
    "position": whole(0, MAX_POSITION),
}
GOAL = {
    "id": uuid("goal"),
    "title": text,
    "why": text,
    "evidence": text,
    "competence_ids": list_of(some_text),
    "role_ids": list_of(some_text),
    "who_can_help": text,
    "target_date": date_or_empty,
    "status": one_of(*GOAL_STATUSES),
    "position": whole(0, MAX_POSITION),
    "created_at": moment(),
    "updated_at": moment(),
    "actions": list_of(fields(ACTION)),
    "supports": list_of(fields(SUPPORT)),
}
WELLBEING = {"drains": text, "restores": text, "talk_to": text}
MENTOR = {"name": text, "how_we_meet": text, "next_review": date_or_empty}
PLAN = {
    "updated_at": moment(nullable=True),
    "wellbeing": fields(WELLBEING),
    "mentor": fields(MENTOR),
    "goals": list_of(fields(GOAL)),
}
PROFILE = {
    "id": uuid("profile"),
    "name": text,
    "self_words": list_of(text),
    "created_at": moment(),
    "updated_at": moment(),
}
# Feedback: what was handed out and what came back (docs/feedback-file.md has the file the
# giver saves; here each round is kept as the app holds it, with the same limits).
FEEDBACK_PACK = {
    "id": feedback_id("feedback_pack"),
    "reflection_id": reflection_link,
    "made_at": moment(),
    "relation": one_of(*feedback.RELATIONS),
    "sections": list_of(some_text, most=50),
    "competence_ids": list_of(some_text, most=feedback.MAX_COMPETENCES),
    "goal_ids": list_of(some_text, most=feedback.MAX_GOALS),
    "allow_anonymous": boolean,
}
COMPETENCE_VIEW = {
    "competence_id": some_text,
    "seen": short_text(feedback.MAX_TEXT),
    "level": whole(1, LEVEL_COUNT, nullable=True),
    "not_seen": boolean,
}
GOAL_VIEW = {
    "goal_id": some_text,
    "comment": short_text(feedback.MAX_TEXT),
    "next_step": short_text(feedback.MAX_STEP),
    "support": short_text(feedback.MAX_TEXT),
}


def competence_view(c: Checker, value: Any, path: str) -> None:
    if (
        c.fields(value, path, COMPETENCE_VIEW)
        and value.get("not_seen") is True
        and value.get("level") is not None
    ):
        c.add(
            place(path, "level"),
            translate(
                "exchange",
                'must be null when not_seen is true ("I haven\'t seen this" is not a level)',
            ),
        )


FEEDBACK_ROUND = {
    "id": feedback_id("feedback_round"),
    "pack_id": feedback_id(),
    "reflection_id": reflection_link,
    "given_on": a_date,
    "received_at": moment(),
    "relation": one_of(*feedback.RELATIONS),
    "giver_name": short_text(feedback.MAX_NAME),
    "anonymous": boolean,
    "competences": list_of(competence_view, most=feedback.MAX_COMPETENCES),
    "goals": list_of(fields(GOAL_VIEW), most=feedback.MAX_GOALS),
    "strengths": short_text(feedback.MAX_TEXT),
    "focus": short_text(feedback.MAX_TEXT),
    "next_steps": short_text(feedback.MAX_TEXT),
    "next_meeting": date_or_empty,
}
# My involvement: money in whole minor units (pence, cents), never a decimal point.
CURRENCY_PATTERN = re.compile("[A-Z]{3}")
EXPENSE = {
    "id": short_text(100, empty=False),
    "kind": one_of(*involved.EXPENSE_KINDS),
    "amount": whole(0, involved.MAX_AMOUNT),
    "claimed_on": date_or_empty,
    "paid_on": date_or_empty,
}
DEBRIEF = {"what": text, "so_what": text, "now_what": text}
INVOLVEMENT = {
    "id": uuid("involvement"),
    "date": a_date,
    "organisation": text,
    "title": text,
    "kind": one_of(*involved.KINDS),
    "role_id": text,
    "minutes": whole(0, involved.MAX_MINUTES),
    "payment": one_of(*involved.PAYMENTS),
    "payment_amount": whole(0, involved.MAX_AMOUNT),
    "currency": matching(
        CURRENCY_PATTERN,
        translate("exchange", "must be a currency's three capital letters, such as GBP or EUR"),
    ),
    "expenses": both(list_of(fields(EXPENSE), most=100), once_each("id")),
    "competence_ids": list_of(some_text, most=50),
    "impact": text,
    "impact_kind": text,
    "heard_back": one_of(*involved.HEARD_BACK),
    "chase_on": date_or_empty,
    "debrief": fields(DEBRIEF),
    "how_am_i": whole(1, len(involved.HOW_AM_I), nullable=True),
    "created_at": moment(),
    "updated_at": moment(),
}
APP = {"name": text, "version": text}
FRAMEWORK = {"id": text, "version": text}
DOCUMENT = {
    "format": exactly(FORMAT_ID),
    "schema_version": exactly(SCHEMA_VERSION),
    "app": fields(APP),
    "framework": fields(FRAMEWORK),
    "exported_at": moment(offset_required=True),
    "profile": fields(PROFILE),
    "reflections": list_of(reflection),
    "plan": fields(PLAN),
    "feedback_packs": list_of(fields(FEEDBACK_PACK)),
    "feedback_rounds": list_of(fields(FEEDBACK_ROUND)),
    "involvement": list_of(fields(INVOLVEMENT)),
}


def problems_in(document: Any) -> list[str]:
    """Every problem in a document at the current schema version; [] when it is sound."""
    checker = Checker(translate("exchange", "is not part of this data file format (misspelt?)"))
    checker.fields(document, "", DOCUMENT)
    return checker.problems
