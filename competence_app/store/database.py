"""Opening the database: pragmas, permissions and migrations in one place."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from competence_app.store.migrations import MIGRATION_SET, migrations


class StoreError(Exception):
    """The database cannot be used; the message is for people."""


def _owner_only(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def configure(db: Database) -> Database:
    # WAL keeps readers and the writer apart and survives a killed process;
    # synchronous=FULL makes each commit durable across power loss too, which
    # matters more here than the few milliseconds it costs per answer.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 2000")
    return db


def open_database(path: Path) -> Database:
    """Open (creating if needed) the database at path, migrated to the current schema."""
    path = Path(path)
    if os.name == "posix" and not path.exists():
        # Create the file owner-only before SQLite writes anything to it.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        db = Database(path)
        # Look before writing anything: a newer app's database must stay untouched.
        if _unknown_migrations(db):
            db.close()
            raise StoreError(
                f"The database {path} was made by a newer version of Citizen Leadership "
                "Companion. Please update the app to open it; the file has not been changed."
            )
        configure(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"The database {path} cannot be opened ({error}). It has not been changed."
        ) from error
    for suffix in ("", "-wal", "-shm"):
        _owner_only(Path(f"{path}{suffix}"))
    return db


def open_memory() -> Database:
    """An in-memory database with the full schema, for tests and previews."""
    db = Database(memory=True)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def _unknown_migrations(db: Database) -> list[str]:
    known = set(known_migrations())
    return [m.name for m in migrations.applied(db) if m.name not in known]


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]  # noqa: SLF001 - sqlite-utils keeps it private


def applied_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


__all__ = ["MIGRATION_SET", "StoreError", "applied_migrations", "open_database", "open_memory"]
