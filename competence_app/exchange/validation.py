"""Checking a data file in plain Python, listing every problem with its place.

Places look like `reflections[2].competences[4].level`, so a facilitator can
find the spot in a text editor. The JSON Schema in resources/schema/ says the
same things for tools; this module also checks what a schema cannot: that ids
are unique, that dates exist on the calendar and that text can be stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from competence_app.domain.framework import LEVEL_COUNT
from competence_app.domain.model import CONFIDENCE_STEPS, ROLE_SCALE_MAX
from competence_app.domain.plan import GOAL_STATUSES
from competence_app.exchange.fileformat import FORMAT_ID, SCHEMA_VERSION
from competence_app.i18n import translate

UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MOMENT_PATTERN = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?"
)
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
# Lone surrogates can arrive through JSON escapes such as "\ud800"; they are not
# characters at all, and SQLite (UTF-8) cannot store them.
_SURROGATE = re.compile("[\ud800-\udfff]")

EXAMPLE_ID = "0b6f2c8e-4f3a-4c1e-9d2b-7a5e8c1f3d4a"
EXAMPLE_MOMENT = "2024-05-01T14:30:00+01:00"

Check = Callable[["Checker", Any, str], None]


class JsonObject(dict):
    """A parsed JSON object that remembers keys written twice (json keeps only the last)."""

    duplicate_keys: tuple[str, ...] = ()


def object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.duplicate_keys = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return result


def parse_moment(value: Any) -> datetime | None:
    """A stored time as an aware datetime; a time without an offset counts as UTC."""
    if not isinstance(value, str) or not MOMENT_PATTERN.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def quote(value: Any, limit: int = 60) -> str:
    """Someone's text inside a message: quoted, control characters escaped, kept short."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = _SURROGATE.sub("\ufffd", text)
    return text if len(text) <= limit else text[: limit - 2] + '…"'


def place(path: str, key: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        key = "[" + quote(key) + "]"
        return f"{path}{key}" if path else key
    return f"{path}.{key}" if path else key


class Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self._ids: dict[str, dict[str, str]] = {}

    def add(self, path: str, message: str) -> None:
        where = path or translate("exchange", "(the whole file)")
        self.problems.append(f"{where}: {message}")

    def fields(self, value: Any, path: str, spec: dict[str, Check]) -> bool:
        """Check an object against its fields; False when it is not an object at all."""
        if not isinstance(value, dict):
            self.add(
                path,
                translate(
                    "exchange", "must be a JSON object (named fields between {open} and {close})"
                ).format(open="{", close="}"),
            )
            return False
        for key in getattr(value, "duplicate_keys", ()):
            self.add(
                place(path, key),
                translate("exchange", "is written twice in the same object; keep only one"),
            )
        for key, check in spec.items():
            if key in value:
                check(self, value[key], place(path, key))
            else:
                self.add(place(path, key), translate("exchange", "is missing"))
        for key in value:
            if key not in spec:
                self.add(
                    place(path, key),
                    translate("exchange", "is not part of this data file format (misspelt?)"),
                )
        return True

    def unique(self, kind: str, value: Any, path: str) -> None:
        if not isinstance(value, str):
            return
        seen = self._ids.setdefault(kind, {})
        if value in seen:
            self.add(
                path,
                translate(
                    "exchange", "the id {id} is also used by {other}; each {kind} needs its own id"
                ).format(id=value, other=seen[value], kind=_kind(kind)),
            )
        else:
            seen[value] = path


def _kind(kind: str) -> str:
    """A kind of record in a message ("each goal needs its own id")."""
    names = {
        "reflection": translate("exchange", "reflection"),
        "goal": translate("exchange", "goal"),
        "action": translate("exchange", "action"),
        "support": translate("exchange", "support"),
        "profile": translate("exchange", "profile"),
    }
    return names.get(kind, kind)


def _whole_wording(low: int, high: int | None, nullable: bool) -> str:
    if high is None and nullable:
        wording = translate("exchange", "must be a whole number, {low} or more or null")
    elif high is None:
        wording = translate("exchange", "must be a whole number, {low} or more")
    elif nullable:
        wording = translate("exchange", "must be a whole number from {low} to {high} or null")
    else:
        wording = translate("exchange", "must be a whole number from {low} to {high}")
    return wording.format(low=low, high=high)


# Field checks. Each takes the checker, the value and its place.


def text(c: Checker, value: Any, path: str) -> None:
    if not isinstance(value, str):
        c.add(path, translate("exchange", "must be text (in double quotes)"))
    elif _SURROGATE.search(value):
        c.add(
            path,
            translate(
                "exchange",
                "contains a broken character (a lone UTF-16 surrogate such as \\ud800)",
            ),
        )


def some_text(c: Checker, value: Any, path: str) -> None:
    text(c, value, path)
    if isinstance(value, str) and not value:
        c.add(path, translate("exchange", "must not be empty"))


def list_of(item: Check) -> Check:
    """A JSON list whose every entry passes item (texts, answers, goals...)."""

    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, list):
            c.add(path, translate("exchange", "must be a list (between [ and ])"))
            return
        for index, entry in enumerate(value):
            item(c, entry, f"{path}[{index}]")

    return check


def boolean(c: Checker, value: Any, path: str) -> None:
    if not isinstance(value, bool):
        c.add(path, translate("exchange", "must be true or false"))


def whole(low: int, high: int | None = None, nullable: bool = False) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if value is None and nullable:
            return
        # bool is an int in Python, but true is not a level.
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < low
            or (high is not None and value > high)
        ):
            c.add(path, _whole_wording(low, high, nullable))

    return check


def moment(offset_required: bool = False, nullable: bool = False) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if value is None and nullable:
            return
        parsed = parse_moment(value)
        has_offset = isinstance(value, str) and bool(re.search(r"(Z|[+-]\d{2}:\d{2})$", value))
        if parsed is None or (offset_required and not has_offset):
            if nullable:
                wording = translate("exchange", "must be a date and time like {example} or null")
            else:
                wording = translate("exchange", "must be a date and time like {example}")
            c.add(path, wording.format(example=EXAMPLE_MOMENT))

    return check


def date_or_empty(c: Checker, value: Any, path: str) -> None:
    if value == "":
        return
    try:
        ok = (
            isinstance(value, str)
            and bool(DATE_PATTERN.fullmatch(value))
            and bool(date.fromisoformat(value))
        )
    except ValueError:
        ok = False
    if not ok:
        c.add(path, translate("exchange", 'must be a date like 2024-05-01, or "" for no date'))


def one_of(*choices: str) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if value not in choices or not isinstance(value, str):
            choices_text = ", ".join(quote(choice) for choice in choices)
            c.add(
                path, translate("exchange", "must be one of {choices}").format(choices=choices_text)
            )

    return check


def exactly(expected: Any) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if value != expected or type(value) is not type(expected):
            c.add(path, translate("exchange", "must be {value}").format(value=quote(expected)))

    return check


def uuid(kind: str) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, str) or not UUID_PATTERN.fullmatch(value):
            c.add(
                path,
                translate(
                    "exchange", "must be an id like {example} (lower-case, as the app writes them)"
                ).format(example=EXAMPLE_ID),
            )
        else:
            c.unique(kind, value, path)

    return check


def fields(spec: dict[str, Check]) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        c.fields(value, path, spec)

    return check


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
    "current_page": whole(0),
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
    "position": whole(0),
}
# support_id is "" while the person has not yet chosen what kind of support it is.
SUPPORT = {"id": uuid("support"), "support_id": text, "detail": text, "position": whole(0)}
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
    "position": whole(0),
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
}


def problems_in(document: Any) -> list[str]:
    """Every problem in a document at the current schema version; [] when it is sound."""
    checker = Checker()
    checker.fields(document, "", DOCUMENT)
    return checker.problems
