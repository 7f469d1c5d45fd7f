"""Bringing data files written by older versions of the app up to SCHEMA_VERSION.

UPGRADES is an ordered list: UPGRADES[i] turns a file of version
SCHEMA_VERSION - len(UPGRADES) + i into the next version. When the format
changes, raise SCHEMA_VERSION and append one function whose docstring says
what changed; never edit or remove a published one, because files of every
old version may still be in people's backups.

An upgrade runs before the file is checked, so it must expect damage: it
changes only what has the old version's shape and leaves anything else for
the checks to report with its place in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from competence_app.exchange.fileformat import SCHEMA_VERSION, ExchangeError
from competence_app.i18n import translate

Upgrade = Callable[[dict], dict]


def v1_sessions_and_look_back(document: dict) -> dict:
    """Version 1 to 2: every reflection gains "session" (the facilitator's session it was
    made in) and every competence answer gains "look_back" (looking back, where was I really
    at the start, 1 to 5). Version 1 had neither, so a reflection's session becomes "" (none)
    and an answer's look_back becomes null (not given)."""
    reflections = document.get("reflections")
    for reflection in reflections if isinstance(reflections, list) else ():
        if not isinstance(reflection, dict):
            continue
        reflection.setdefault("session", "")
        answers = reflection.get("competences")
        for answer in answers if isinstance(answers, list) else ():
            if isinstance(answer, dict):
                answer.setdefault("look_back", None)
    return document


def v2_feedback(document: dict) -> dict:
    """Version 2 to 3: the file gains "feedback_packs" (the feedback packs the person handed
    out) and "feedback_rounds" (the feedback that came back from them). Version 2 had
    neither, so both become empty lists."""
    document.setdefault("feedback_packs", [])
    document.setdefault("feedback_rounds", [])
    return document


def v3_involvement(document: dict) -> dict:
    """Version 3 to 4: the file gains "involvement" (my involvement: the activities the person
    logged, with their time, payment, expenses, impact and debriefs). Version 3 had none, so
    it becomes an empty list."""
    document.setdefault("involvement", [])
    return document


UPGRADES: list[Upgrade] = [v1_sessions_and_look_back, v2_feedback, v3_involvement]


def oldest_readable(current: int = SCHEMA_VERSION, upgrades: Sequence[Upgrade] = UPGRADES) -> int:
    return current - len(upgrades)


def upgrade(
    document: dict,
    version: int,
    source: str,
    current: int = SCHEMA_VERSION,
    upgrades: Sequence[Upgrade] = UPGRADES,
) -> dict:
    """Run every upgrade from `version` to `current`, in order."""
    first = oldest_readable(current, upgrades)
    if version < first:
        raise ExchangeError(
            translate(
                "exchange",
                "{source} is data file version {version}, older than any this app can read "
                "(the oldest is version {first}). Nothing has been changed.",
            ).format(source=source, version=version, first=first)
        )
    for step in range(version, current):
        try:
            document = upgrades[step - first](document)
        except ExchangeError:
            raise
        except Exception as error:
            # An old file can be damaged in ways its upgrade never expected; the
            # person needs to hear that the file is damaged, not see a traceback.
            raise ExchangeError(
                translate(
                    "exchange",
                    "{source} says it is data file version {step}, but its contents do not "
                    "match that version, so it cannot be brought up to date "
                    "({error}). Nothing has been changed.",
                ).format(source=source, step=step, error=type(error).__name__)
            ) from error
        if not isinstance(document, dict):
            raise ExchangeError(
                translate(
                    "exchange", "{source} could not be brought up to date from version {step}."
                ).format(source=source, step=step)
            )
        document["schema_version"] = step + 1
    return document
