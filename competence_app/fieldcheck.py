"""The one set of field checks for every file format (the data file, share files and
those to come), listing every problem with its place and in plain words.

Places look like `reflections[2].competences[4].level`, so a person can find the
spot in a text editor. A format is a dict of field names to checks built from the
small functions below; a check takes the Checker, the value and its place.
Every whole number has a range and every list and short text a length, so nothing
a file holds can overflow the database or swamp a screen.

The JSON Schemas in resources/schema/ state the same rules for other tools, and
tests/test_file_schemas.py holds both to the same verdict on every field. The schemas
are not checked at run time with jsonschema: measured on this project's files it was
6 times slower on a large data file and 30 times slower on share files, added a
quarter to half a second of imports and four packages, and its messages ("5 is not
valid under any of the given schemas") would need rewording here anyway.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any

from competence_app.i18n import translate

MOMENT_PATTERN = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?"
)
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
# Lone surrogates can arrive through JSON escapes such as "\ud800"; they are not
# characters at all, and SQLite (UTF-8) cannot store them.
SURROGATE = re.compile("[\ud800-\udfff]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

EXAMPLE_MOMENT = "2024-05-01T14:30:00+01:00"

Check = Callable[["Checker", Any, str], None]
_NONE: Mapping[str, Check] = MappingProxyType({})


def quote(value: Any, limit: int = 60) -> str:
    """Someone's text inside a message: quoted, control characters escaped, kept short."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = SURROGATE.sub("\ufffd", text)
    return text if len(text) <= limit else text[: limit - 2] + '…"'


def place(path: str, key: str) -> str:
    if not _NAME.fullmatch(key):
        key = "[" + quote(key) + "]"
        return f"{path}{key}" if path else key
    return f"{path}.{key}" if path else key


def parse_moment(value: Any) -> datetime | None:
    """A stored time as an aware datetime; a time without an offset counts as UTC."""
    if not isinstance(value, str) or not MOMENT_PATTERN.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Checker:
    """Collects every problem of one file. `unknown` words a field the format does not
    have ("is not part of this data file format (misspelt?)")."""

    def __init__(self, unknown: str | None = None) -> None:
        self.problems: list[str] = []
        self._ids: dict[str, dict[str, str]] = {}
        self._unknown = unknown or translate(
            "fieldcheck", "is not part of this file's format (misspelt?)"
        )

    def add(self, path: str, message: str) -> None:
        where = path or translate("fieldcheck", "(the whole file)")
        self.problems.append(f"{where}: {message}")

    def fields(
        self, value: Any, path: str, spec: dict[str, Check], optional: Mapping[str, Check] = _NONE
    ) -> bool:
        """Check an object against its fields; False when it is not an object at all."""
        if not isinstance(value, dict):
            self.add(
                path,
                translate(
                    "fieldcheck", "must be a JSON object (named fields between {open} and {close})"
                ).format(open="{", close="}"),
            )
            return False
        for key in getattr(value, "duplicate_keys", ()):
            self.add(
                place(path, key),
                translate("fieldcheck", "is written twice in the same object; keep only one"),
            )
        prefix = path + "." if path else ""
        found = 0
        for key, check in spec.items():
            # A format's own field names are plain words: no need to quote them.
            if key in value:
                found += 1
                check(self, value[key], prefix + key)
            else:
                self.add(prefix + key, translate("fieldcheck", "is missing"))
        if len(value) > found:
            for key in value:
                if key in optional:
                    optional[key](self, value[key], place(path, key))
                elif key not in spec:
                    self.add(place(path, key), self._unknown)
        return True

    def unique(self, kind: str, value: Any, path: str, name: str) -> None:
        """An id used once in the whole file; `name` words the kind ("goal")."""
        if not isinstance(value, str):
            return
        seen = self._ids.setdefault(kind, {})
        if value in seen:
            self.add(
                path,
                translate(
                    "fieldcheck",
                    "the id {id} is also used by {other}; each {kind} needs its own id",
                ).format(id=value, other=seen[value], kind=name),
            )
        else:
            seen[value] = path


def problems_of(document: Any, spec: dict[str, Check], unknown: str | None = None) -> list[str]:
    """Every problem of a whole file described by `spec`; [] when it is sound."""
    checker = Checker(unknown)
    checker.fields(document, "", spec)
    return checker.problems


# Checks. Each takes the checker, the value and its place.


def text(c: Checker, value: Any, path: str) -> None:
    if not isinstance(value, str):
        c.add(path, translate("fieldcheck", "must be text (in double quotes)"))
    elif SURROGATE.search(value):
        c.add(
            path,
            translate(
                "fieldcheck",
                "contains a broken character (a lone UTF-16 surrogate such as \\ud800)",
            ),
        )


def some_text(c: Checker, value: Any, path: str) -> None:
    text(c, value, path)
    if isinstance(value, str) and not value:
        c.add(path, translate("fieldcheck", "must not be empty"))


def short_text(most: int, empty: bool = True) -> Check:
    """Text of at most `most` characters (and, unless `empty`, not only spaces)."""

    def check(c: Checker, value: Any, path: str) -> None:
        text(c, value, path)
        if not isinstance(value, str):
            return
        if len(value) > most:
            c.add(
                path,
                translate("fieldcheck", "must be at most {count} characters long").format(
                    count=most
                ),
            )
        elif not empty and not value.strip():
            c.add(path, translate("fieldcheck", "must not be empty"))

    return check


def list_of(item: Check, most: int | None = None) -> Check:
    """A JSON list whose every entry passes item (texts, answers, goals...)."""

    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, list):
            c.add(path, translate("fieldcheck", "must be a list (between [ and ])"))
            return
        if most is not None and len(value) > most:
            c.add(
                path,
                translate("fieldcheck", "must have at most {count} entries").format(count=most),
            )
            return
        for index, entry in enumerate(value):
            item(c, entry, f"{path}[{index}]")

    return check


def boolean(c: Checker, value: Any, path: str) -> None:
    if not isinstance(value, bool):
        c.add(path, translate("fieldcheck", "must be true or false"))


def whole(low: int, high: int, nullable: bool = False) -> Check:
    """A whole number within its documented range: every number has an upper bound, so
    none can overflow the database (SQLite keeps at most 2**63 - 1)."""

    def check(c: Checker, value: Any, path: str) -> None:
        if value is None and nullable:
            return
        # type() rather than isinstance(): JSON true is not the number 1.
        if type(value) is not int or not low <= value <= high:
            if nullable:
                wording = translate(
                    "fieldcheck", "must be a whole number from {low} to {high} or null"
                )
            else:
                wording = translate("fieldcheck", "must be a whole number from {low} to {high}")
            c.add(path, wording.format(low=low, high=high))

    return check


def moment(offset_required: bool = False, nullable: bool = False) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if value is None and nullable:
            return
        parsed = parse_moment(value)
        has_offset = isinstance(value, str) and bool(re.search(r"(Z|[+-]\d{2}:\d{2})$", value))
        if parsed is None or (offset_required and not has_offset):
            if nullable:
                wording = translate("fieldcheck", "must be a date and time like {example} or null")
            else:
                wording = translate("fieldcheck", "must be a date and time like {example}")
            c.add(path, wording.format(example=EXAMPLE_MOMENT))

    return check


def is_date(value: Any) -> bool:
    """A real calendar date written YYYY-MM-DD."""
    if not (isinstance(value, str) and DATE_PATTERN.fullmatch(value)):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def date_or_empty(c: Checker, value: Any, path: str) -> None:
    if value != "" and not is_date(value):
        c.add(path, translate("fieldcheck", 'must be a date like 2024-05-01, or "" for no date'))


def a_date(c: Checker, value: Any, path: str) -> None:
    if not is_date(value):
        c.add(path, translate("fieldcheck", "must be a date like 2024-05-01, without a time"))


def one_of(*choices: str) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, str) or value not in choices:
            choices_text = ", ".join(quote(choice) for choice in choices)
            c.add(
                path,
                translate("fieldcheck", "must be one of {choices}").format(choices=choices_text),
            )

    return check


def exactly(expected: Any) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        if value != expected or type(value) is not type(expected):
            c.add(path, translate("fieldcheck", "must be {value}").format(value=quote(expected)))

    return check


def matching(pattern: re.Pattern, wording: str) -> Check:
    """Text that fits `pattern` whole; `wording` says what it should look like."""

    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            c.add(path, wording)

    return check


def fields(spec: dict[str, Check], optional: Mapping[str, Check] = _NONE) -> Check:
    def check(c: Checker, value: Any, path: str) -> None:
        c.fields(value, path, spec, optional)

    return check


def once_each(key: str | None = None) -> Check:
    """A list in which no entry (or no entry's `key`) comes twice; the list itself is
    checked elsewhere."""

    def check(c: Checker, value: Any, path: str) -> None:
        if not isinstance(value, list):
            return
        first: dict[str, str] = {}
        for index, entry in enumerate(value):
            ident = entry.get(key) if key and isinstance(entry, dict) else entry
            if not isinstance(ident, str):
                continue
            where = f"{path}[{index}].{key}" if key else f"{path}[{index}]"
            if ident in first:
                c.add(
                    where,
                    translate("fieldcheck", "{id} is listed twice (also at {other})").format(
                        id=quote(ident), other=first[ident]
                    ),
                )
            else:
                first[ident] = where

    return check


def both(*checks: Check) -> Check:
    """Every check in turn on the same value."""

    def check(c: Checker, value: Any, path: str) -> None:
        for each in checks:
            each(c, value, path)

    return check
