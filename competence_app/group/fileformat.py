"""The share file's fixed names and numbers, its error type, and the check of its fields.

docs/share-file.md describes the format for people; change both together.
The fields are checked with the project's one set of checks (competence_app.fieldcheck),
cheap enough for thousands of files, both before a share file is written and when
one is read, so the app never writes a file it would refuse.
"""

from __future__ import annotations

import re
from typing import Any

from competence_app.domain.framework import LEVEL_COUNT
from competence_app.domain.model import CONFIDENCE_STEPS, ROLE_SCALE_MAX
from competence_app.fieldcheck import (
    Checker,
    a_date,
    boolean,
    both,
    exactly,
    fields,
    list_of,
    once_each,
    one_of,
    place,
    short_text,
    whole,
)
from competence_app.i18n import translate

FORMAT_ID = "citizen-leadership-companion-share"
# 1: the first format. 2: adds the two counts from the involvement record
# ("involvement" and "expenses_owed"), each present only when ticked. Both are read.
SCHEMA_VERSION = 2
FIRST_VERSION = 1
FILE_SUFFIX = ".share.json"
# A share holds a few numbers per competence; even with every story ticked it is
# tens of kilobytes. Anything bigger is not a share file and is not read.
MAX_FILE_BYTES = 1024 * 1024
# Fewer people than this and any breakdown could point at someone.
MIN_GROUP = 3

MAX_ID_CHARS = 100
MAX_SHORT_TEXT = 200  # session names, a name, a self-description word
MAX_ITEMS = 200  # entries in any list
# A story or a support detail: the share file's size limit is the real bound, this only
# keeps one text from taking all of it.
MAX_STORY_CHARS = 100_000

STORY_KINDS = ("competence", "role")
# The counts from the involvement record: bounds no real year reaches, so any number
# within them fits the database.
MAX_ACTIVITIES = 10_000  # in 12 months
MAX_MINUTES = 366 * 24 * 60  # every minute of a leap year
MAX_WAITING_DAYS = 36_500  # a hundred years

UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


class GroupError(Exception):
    """A share file or a group document cannot be made or written. The message is for people."""


def _not_yet_without_level(c: Checker, value: Any, path: str) -> None:
    if isinstance(value, dict) and value.get("not_yet") is True and value.get("level") is not None:
        c.add(
            place(path, "level"),
            translate(
                "group",
                'must be null when not_yet is true ("not had the chance yet" is not a level)',
            ),
        )


def _share_id(c: Checker, value: Any, path: str) -> None:
    if not isinstance(value, str) or not UUID_PATTERN.fullmatch(value):
        c.add(path, translate("group", "must be a random id (a version 4 UUID in lower case)"))


# The share file, part by part: docs/share-file.md and
# resources/schema/companion-share-file.schema.json describe the same fields.
IDENT = short_text(MAX_ID_CHARS, empty=False)
SHORT = short_text(MAX_SHORT_TEXT)
VERSION_TEXT = short_text(40)
COMPETENCE = {
    "competence_id": IDENT,
    "level": whole(1, LEVEL_COUNT, nullable=True),
    "not_yet": boolean,
    "confidence": whole(1, CONFIDENCE_STEPS, nullable=True),
    "develop": boolean,
    "look_back": whole(1, LEVEL_COUNT, nullable=True),
}
ROLE = {
    "role_id": IDENT,
    "now": whole(0, ROLE_SCALE_MAX, nullable=True),
    "wish": whole(0, ROLE_SCALE_MAX, nullable=True),
}
STORY = {"kind": one_of(*STORY_KINDS), "item_id": IDENT, "text": short_text(MAX_STORY_CHARS)}
SUPPORT_DETAIL = {"support_id": IDENT, "detail": short_text(MAX_STORY_CHARS)}
# Version 2: the last 12 months before `created`, from the involvement record.
INVOLVEMENT = {
    "activities": whole(0, MAX_ACTIVITIES),
    "minutes": whole(0, MAX_MINUTES),  # time given, travel and preparation included
    "unpaid_minutes": whole(0, MAX_MINUTES),  # of which no payment for time was received
}
SHARE = {
    "format": exactly(FORMAT_ID),
    "schema_version": whole(FIRST_VERSION, SCHEMA_VERSION),
    "share_id": _share_id,
    "app_version": VERSION_TEXT,
    "framework": fields({"id": IDENT, "version": VERSION_TEXT}),
    "session": SHORT,
    "created": a_date,
    "competences": both(
        list_of(both(fields(COMPETENCE), _not_yet_without_level), MAX_ITEMS),
        once_each("competence_id"),
    ),
    "roles": both(list_of(fields(ROLE), MAX_ITEMS), once_each("role_id")),
    "supports": both(list_of(IDENT, MAX_ITEMS), once_each()),
}
# Each is present only when the person ticked it (see share.ShareExtras).
EXTRAS = {
    "name": SHORT,
    "self_words": list_of(SHORT, MAX_ITEMS),
    "stories": list_of(fields(STORY), MAX_ITEMS),
    "support_details": list_of(fields(SUPPORT_DETAIL), MAX_ITEMS),
    # Version 2. Present when ticked, even at zero: "none owed" is worth counting too.
    "involvement": fields(INVOLVEMENT),
    # Days each expense still owed has waited since it was claimed, on `created`:
    # no organisations, no amounts.
    "expenses_owed": list_of(whole(0, MAX_WAITING_DAYS), MAX_ITEMS),
}
# The extras a version 1 file cannot hold: they came with version 2.
SINCE_VERSION_2 = ("involvement", "expenses_owed")
REQUIRED_FIELDS = tuple(SHARE)
EXTRA_FIELDS = tuple(EXTRAS)
COMPETENCE_FIELDS = tuple(COMPETENCE)
ROLE_FIELDS = tuple(ROLE)
INVOLVEMENT_FIELDS = tuple(INVOLVEMENT)


def problems_in(share: Any) -> list[str]:
    """Every problem with the share's fields, in plain words with their place; [] for a
    good share."""
    checker = Checker(translate("group", "is not part of a share file (misspelt?)"))
    if checker.fields(share, "", SHARE, EXTRAS):
        version = share.get("schema_version")
        if type(version) is int and version < 2:
            for key in SINCE_VERSION_2:
                if key in share:
                    checker.add(
                        key,
                        translate(
                            "group",
                            "is only in share files of version 2 or later (this is {version})",
                        ).format(version=version),
                    )
    return checker.problems
