"""Opening the database: pragmas, permissions and migrations in one place."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from competence_app.formats import date_time_text
from competence_app.i18n import translate
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
            raise StoreError(_newer_message(path))
        configure(db)
        if migrations.pending(db) and "profiles" in db.table_names():
            # Existing data is about to be reshaped: keep a copy of it as it was.
            from competence_app.store.backups import BackupError, make_backup

            try:
                make_backup(db.conn, path.parent, "before-migration")
            except BackupError as error:
                db.close()
                raise StoreError(
                    translate(
                        "store",
                        "Your data was not updated to this version, because a backup could not "
                        "be made first. {error}",
                    ).format(error=error)
                ) from error
        migrations.apply(db)
    except sqlite3.DatabaseError as error:
        raise StoreError(
            translate(
                "store", "The database {path} cannot be opened ({error}). It has not been changed."
            ).format(path=path, error=error)
        ) from error
    for suffix in ("", "-wal", "-shm"):
        _owner_only(Path(f"{path}{suffix}"))
    return db


def _newer_message(path: Path) -> str:
    return translate(
        "store",
        "The database {path} was made by a newer version of Citizen Leadership "
        "Companion. Please update the app to open it; the file has not been changed.",
    ).format(path=path)


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


@dataclass
class Opened:
    db: Database
    notice: str | None = None  # what happened, in plain words, when the app had to step in


def health(path: Path) -> str:
    """'ok', 'newer' (made by a newer app) or 'damaged', looking without writing."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return "damaged"
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if "_sqlite_migrations" in tables:
                names = {
                    r[0]
                    for r in connection.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                        [MIGRATION_SET],
                    )
                }
                if names - set(known_migrations()):
                    return "newer"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return "damaged"
    return "ok"


def open_store(data_dir: Path, now: datetime | None = None) -> Opened:
    """Open the data folder's database, recovering from damage and keeping backups fresh."""
    from competence_app.paths import database_path
    from competence_app.store import backups

    path = database_path(data_dir)
    notice = None
    if path.exists():
        state = health(path)
        if state == "newer":
            raise StoreError(_newer_message(path))
        if state == "damaged":
            notice = _recover(path, data_dir, now)
    db = open_database(path)
    try:
        age = backups.newest_age(data_dir, now)
        if age is None or age > backups.START_BACKUP_AGE:
            backups.make_backup(db.conn, data_dir, "daily", now)
            backups.thin(data_dir)
    except backups.BackupError as error:
        notice = (notice + "\n\n" if notice else "") + str(error)
    return Opened(db, notice)


def _recover(path: Path, data_dir: Path, now: datetime | None) -> str:
    """Move a damaged database aside (never delete it) and restore the newest good backup."""
    from competence_app.store import backups

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"damaged-{stamp}-{path.name}")
    os.replace(path, damaged)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{damaged}{suffix}"))
    for backup in backups.list_backups(data_dir):
        if backups.integrity_ok(backup.path):
            backups.restore_file(backup.path, path)
            return translate(
                "store",
                "Your data file was damaged, so it has been put aside, not deleted:\n"
                "{damaged}\n\nYour most recent good backup, from "
                "{when}, has been restored. Anything you wrote "
                "after that time may be missing.",
            ).format(damaged=damaged, when=date_time_text(backup.taken_at))
    return translate(
        "store",
        "Your data file was damaged, so it has been put aside, not deleted:\n"
        "{damaged}\n\nThere was no good backup to restore, so the app starts afresh.",
    ).format(damaged=damaged)
