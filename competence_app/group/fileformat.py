"""The share file's fixed names and numbers, its error type, and the check of its fields.

docs/share-file.md describes the format for people; change both together.
The check is cheap on purpose (a facilitator may load thousands of files) and
is used both before a share file is written and when one is read, so the app
never writes a file it would refuse.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from competence_app.domain.framework import LEVEL_COUNT
from competence_app.domain.model import CONFIDENCE_STEPS, ROLE_SCALE_MAX
from competence_app.i18n import translate

FORMAT_ID = "citizen-leadership-companion-share"
SCHEMA_VERSION = 1
FILE_SUFFIX = ".share.json"
# A share holds a few numbers per competence; even with every story ticked it is
# tens of kilobytes. Anything bigger is not a share file and is not read.
MAX_FILE_BYTES = 1024 * 1024
# Fewer people than this and any breakdown could point at someone.
MIN_GROUP = 3

MAX_ID_CHARS = 100
MAX_SHORT_TEXT = 200  # session names, a name, a self-description word
MAX_ITEMS = 200  # entries in any list

REQUIRED_FIELDS = (
    "format",
    "schema_version",
    "share_id",
    "app_version",
    "framework",
    "session",
    "created",
    "competences",
    "roles",
    "supports",
)
# Each is present only when the person ticked it (see share.ShareExtras).
EXTRA_FIELDS = ("name", "self_words", "stories", "support_details")
COMPETENCE_FIELDS = ("competence_id", "level", "not_yet", "confidence", "develop", "look_back")
ROLE_FIELDS = ("role_id", "now", "wish")
STORY_KINDS = ("competence", "role")

UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


class GroupError(Exception):
    """A share file or a group document cannot be made or written. The message is for people."""


def _whole(value: Any, low: int, high: int) -> bool:
    # type() rather than isinstance(): JSON true is not the number 1.
    return type(value) is int and low <= value <= high


def _optional_whole(value: Any, low: int, high: int) -> bool:
    return value is None or _whole(value, low, high)


def _short(value: Any, limit: int = MAX_SHORT_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _ident(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= MAX_ID_CHARS


def problems_in(share: Any) -> list[str]:
    """Every problem with the share's fields, in plain words; [] for a good share."""
    if not isinstance(share, dict):
        return [
            translate(
                "group", "it should be a JSON object (named fields between {open} and {close})"
            ).format(open="{", close="}")
        ]
    problems: list[str] = []
    add = problems.append
    for key in REQUIRED_FIELDS:
        if key not in share:
            add(translate("group", "{key} is missing").format(key=key))
    for key in share:
        if key not in REQUIRED_FIELDS and key not in EXTRA_FIELDS:
            add(translate("group", "{key} is not part of a share file").format(key=_shown(key)))
    if share.get("format", FORMAT_ID) != FORMAT_ID:
        add(translate("group", 'format must be "{format}"').format(format=FORMAT_ID))
    if "schema_version" in share and share["schema_version"] != SCHEMA_VERSION:
        add(translate("group", "schema_version must be {version}").format(version=SCHEMA_VERSION))
    if "share_id" in share and not (
        isinstance(share["share_id"], str) and UUID_PATTERN.fullmatch(share["share_id"])
    ):
        add(translate("group", "share_id must be a random id (a version 4 UUID in lower case)"))
    if "app_version" in share and not _short(share["app_version"], 40):
        add(translate("group", "app_version must be a short text"))
    framework = share.get("framework", {})
    if not (
        isinstance(framework, dict)
        and set(framework) == {"id", "version"}
        and _ident(framework["id"])
        and _short(framework["version"], 40)
    ):
        add(translate("group", "framework must hold just an id and a version"))
    if "session" in share and not _short(share["session"]):
        add(
            translate("group", "session must be a text of at most {count} characters").format(
                count=MAX_SHORT_TEXT
            )
        )
    if "created" in share and not _is_date(share["created"]):
        add(translate("group", "created must be a date written YYYY-MM-DD, without a time"))
    if "competences" in share:
        _check_list(share["competences"], "competences", COMPETENCE_FIELDS, _competence, add)
    if "roles" in share:
        _check_list(share["roles"], "roles", ROLE_FIELDS, _role, add)
    if "supports" in share:
        supports = share["supports"]
        if not (isinstance(supports, list) and len(supports) <= MAX_ITEMS):
            add(translate("group", "supports must be a list of support ids"))
        elif not all(_ident(s) for s in supports) or len(set(supports)) != len(supports):
            add(translate("group", "supports must list each support id once, as text"))
    _check_extras(share, add)
    return problems


def _is_date(value: Any) -> bool:
    if not (isinstance(value, str) and DATE_PATTERN.fullmatch(value)):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_list(items: Any, name: str, fields: tuple[str, ...], check, add) -> None:
    if not (isinstance(items, list) and len(items) <= MAX_ITEMS):
        add(translate("group", "{name} must be a list").format(name=name))
        return
    seen = set()
    for index, item in enumerate(items):
        where = f"{name}[{index}]"
        if not (
            isinstance(item, dict) and len(item) == len(fields) and all(f in item for f in fields)
        ):
            add(
                translate("group", "{where} must have exactly these fields: {fields}").format(
                    where=where, fields=", ".join(fields)
                )
            )
            continue
        ident = item[fields[0]]
        if not _ident(ident):
            add(
                translate("group", "{where}.{field} must be a short text").format(
                    where=where, field=fields[0]
                )
            )
        elif ident in seen:
            add(
                translate("group", "{where}.{field} {id} is listed twice").format(
                    where=where, field=fields[0], id=_shown(ident)
                )
            )
        else:
            seen.add(ident)
        check(item, where, add)


def _competence(item: dict, where: str, add) -> None:
    if not _optional_whole(item["level"], 1, LEVEL_COUNT):
        add(
            translate(
                "group", "{where}.level must be a whole number from 1 to {highest}, or null"
            ).format(where=where, highest=LEVEL_COUNT)
        )
    if not isinstance(item["not_yet"], bool):
        add(translate("group", "{where}.not_yet must be true or false").format(where=where))
    elif item["not_yet"] and item["level"] is not None:
        add(
            translate(
                "group", "{where}: 'not had the chance yet' cannot have a level as well"
            ).format(where=where)
        )
    if not _optional_whole(item["confidence"], 1, CONFIDENCE_STEPS):
        add(
            translate(
                "group", "{where}.confidence must be a whole number from 1 to {highest}, or null"
            ).format(where=where, highest=CONFIDENCE_STEPS)
        )
    if not isinstance(item["develop"], bool):
        add(translate("group", "{where}.develop must be true or false").format(where=where))
    if not _optional_whole(item["look_back"], 1, LEVEL_COUNT):
        add(
            translate(
                "group", "{where}.look_back must be a whole number from 1 to {highest}, or null"
            ).format(where=where, highest=LEVEL_COUNT)
        )


def _role(item: dict, where: str, add) -> None:
    for key in ("now", "wish"):
        if not _optional_whole(item[key], 0, ROLE_SCALE_MAX):
            add(
                translate(
                    "group", "{where}.{key} must be a whole number from 0 to {highest}, or null"
                ).format(where=where, key=key, highest=ROLE_SCALE_MAX)
            )


def _check_extras(share: dict, add) -> None:
    if "name" in share and not _short(share["name"]):
        add(
            translate("group", "name must be a text of at most {count} characters").format(
                count=MAX_SHORT_TEXT
            )
        )
    if "self_words" in share:
        words = share["self_words"]
        if not (
            isinstance(words, list) and len(words) <= MAX_ITEMS and all(_short(w) for w in words)
        ):
            add(translate("group", "self_words must be a list of short texts"))
    if "stories" in share:
        stories = share["stories"]
        if not (
            isinstance(stories, list)
            and len(stories) <= MAX_ITEMS
            and all(
                isinstance(s, dict)
                and set(s) == {"kind", "item_id", "text"}
                and s["kind"] in STORY_KINDS
                and _ident(s["item_id"])
                and isinstance(s["text"], str)
                for s in stories
            )
        ):
            add(
                translate(
                    "group",
                    "stories must be a list of {kind, item_id, text}, kind being competence or role",
                )
            )
    if "support_details" in share:
        details = share["support_details"]
        if not (
            isinstance(details, list)
            and len(details) <= MAX_ITEMS
            and all(
                isinstance(d, dict)
                and set(d) == {"support_id", "detail"}
                and _ident(d["support_id"])
                and isinstance(d["detail"], str)
                for d in details
            )
        ):
            add(translate("group", "support_details must be a list of {support_id, detail}"))


def _shown(value: Any, limit: int = 40) -> str:
    """Someone's text inside a message: quoted and kept short."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 2] + "…'"
