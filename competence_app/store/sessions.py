"""A facilitator's session: while one is on, new reflections in this folder carry its name."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from competence_app.settings import SESSION
from competence_app.store import preferences

if TYPE_CHECKING:
    from sqlite_utils import Database


class Session(NamedTuple):
    name: str
    day: str  # ISO date


def active_session(db: Database) -> Session | None:
    value = preferences.read(db, SESSION)
    return Session(value["name"], value["day"]) if value["name"] else None


def start_session(db: Database, name: str, day: str | None = None) -> Session:
    session = Session(name.strip(), day or date.today().isoformat())
    preferences.write(db, SESSION, session._asdict())
    return session


def end_session(db: Database) -> None:
    preferences.forget(db, SESSION)
