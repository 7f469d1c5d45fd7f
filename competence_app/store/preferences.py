"""The preferences kept in the database (declared, with their defaults, in settings.py).

Each is one row of the settings table: its key and its value as text. Reading
never fails: a missing, older or damaged value gives the declared default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from competence_app.settings import IN_DATABASE, Option, RecordOption, TextOption
from competence_app.store.rows import one_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def read(db: Database, option: Option | TextOption | RecordOption):
    _check(option)
    return option.from_text(get_setting(db, option.key))


def write(db: Database, option: Option | TextOption | RecordOption, value: object) -> None:
    _check(option)
    set_setting(db, option.key, option.to_text(value))


def forget(db: Database, option: Option | TextOption | RecordOption) -> None:
    """Back to the default."""
    write(db, option, option.default)


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    """The raw text kept under `key`; code outside store/ goes through read()."""
    row = one_row(db, "SELECT value FROM settings WHERE key = ?", [key])
    return row["value"] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    db["settings"].upsert({"key": key, "value": value}, pk="key")


def _check(option) -> None:
    # A file preference written here would be silently ignored by settings.load().
    if option.home != IN_DATABASE:
        raise ValueError(f"{option.key} is kept in the preferences file, not the database")
