"""Opening the database: pragmas, permissions and migrations in one place."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from competence_app.formats import date_time_text
from competence_app.i18n import translate
from competence_app.store import import_sqlite_utils
from competence_app.store.connection import connect_read_only, uri_name
from competence_app.store.schema import MIGRATION_SET, MIGRATIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def _sqlite_utils():
    """sqlite-utils' Database and the app's migrations, loaded when first needed: the
    checks and first_look() below use the standard library's sqlite3 alone."""
    import_sqlite_utils()
    from sqlite_utils import Database

    from competence_app.store.migrations import migrations

    return Database, migrations


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


def is_empty(path: Path) -> bool:
    """No database file, or one of 0 bytes (a new file nothing was ever saved in)."""
    try:
        return Path(path).stat().st_size == 0
    except FileNotFoundError:
        return True


def refuse_newer(path: Path) -> None:
    """Raise StoreError if a newer app made the database; looks without writing anything.

    Opening it for writing first would already change it: closing a connection folds
    the write-ahead log into the main file.
    """
    if is_empty(path):
        return
    try:
        connection = connect_read_only(path)
        try:
            newer = bool(_unknown_in(connection))
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return  # not ours to judge here: opening it says what is wrong
    if newer:
        raise StoreError(_newer_message(path))


def _unknown_in(connection: sqlite3.Connection) -> set[str]:
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    if "_sqlite_migrations" not in tables:
        return set()
    names = {
        r[0]
        for r in connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    return names - set(MIGRATIONS)


def verify(db: Database) -> None:
    """A full integrity check of the open database; StoreError in plain words if it fails.

    The start-up check (quick_check) does not compare rows with their indexes; a backup,
    an export of the data file and an import must not build on such damage.
    """
    rows = db.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        raise StoreError(
            translate(
                "store",
                "Your data file has a fault, so nothing was done. Close the app and open it "
                "again: it will put the damaged file aside and restore your newest good "
                "backup (File > Backups… lists them).",
            )
        )


def open_database(path: Path) -> Database:
    """Open (creating if needed) the database at path, migrated to the current schema."""
    path = Path(path)
    refuse_newer(path)
    if is_empty(path) and _good_backup(path.parent) is not None:
        # An empty file beside good backups is damage, not a new start: writing into it
        # would bury the backups' data under a fresh one.
        raise StoreError(
            translate(
                "store",
                "Your data file {path} is empty, but there are backups of your data. Open "
                "the app: it restores the newest good backup. Nothing has been changed.",
            ).format(path=path)
        )
    if os.name == "posix" and not path.exists():
        # Create the file owner-only before SQLite writes anything to it.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    database, migrations = _sqlite_utils()
    try:
        db = database(path, execute_plugins=False)  # no plugins: their search is slow
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


def open_snapshot(path: Path) -> Database:
    """An in-memory copy of the database, upgraded in memory: the file is only read.

    For everything that must not change the data folder (an export, a read-only USB
    stick or backup disk): nothing is ever written beside the file, and an older
    layout is upgraded in the copy, never in place. Changes to the copy are lost when
    it is closed.
    """
    path = Path(path)
    if is_empty(path):
        raise StoreError(
            translate("store", "There is no saved data in {path} yet.").format(path=path)
        )
    try:
        try:
            source = connect_read_only(path)
        except sqlite3.OperationalError:
            # A read-only disk where the -shm beside a -wal cannot be made: the main
            # file alone, without the last commits still in the log.
            source = sqlite3.connect(f"file:{uri_name(path)}?mode=ro&immutable=1", uri=True)
        try:
            if _unknown_in(source):
                raise StoreError(_newer_message(path))
            if source.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise sqlite3.DatabaseError("quick_check failed")
            copy = sqlite3.connect(":memory:")
            source.backup(copy)
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(
            translate(
                "store", "The database {path} cannot be opened ({error}). It has not been changed."
            ).format(path=path, error=error)
        ) from error
    database, migrations = _sqlite_utils()
    db = database(copy, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def open_memory() -> Database:
    """An in-memory database with the full schema, for tests and previews."""
    database, migrations = _sqlite_utils()
    db = database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def _unknown_migrations(db: Database) -> list[str]:
    _, migrations = _sqlite_utils()
    known = set(known_migrations())
    return [m.name for m in migrations.applied(db) if m.name not in known]


def known_migrations() -> list[str]:
    _, migrations = _sqlite_utils()
    return [m.name for m in migrations._migrations]  # noqa: SLF001 - sqlite-utils keeps it private


def applied_migrations(db: Database) -> list[str]:
    _, migrations = _sqlite_utils()
    return [m.name for m in migrations.applied(db)]


__all__ = [
    "MIGRATION_SET",
    "StoreError",
    "applied_migrations",
    "connect_read_only",
    "open_database",
    "open_memory",
    "open_snapshot",
]


@dataclass
class Opened:
    db: Database
    notice: str | None = None  # what happened, in plain words, when the app had to step in
    read_only: bool = False  # a copy in memory of a folder that cannot be written


def health(path: Path, thorough: bool = False) -> str:
    """'ok', 'newer' (made by a newer app) or 'damaged', looking without writing.

    `thorough` runs the full integrity_check (rows against their indexes too), which
    takes longer than the quick_check that start-up can afford.
    """
    check = "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
    try:
        connection = connect_read_only(path)
        try:
            if _unknown_in(connection):
                return "newer"
            if connection.execute(check).fetchall() != [("ok",)]:
                return "damaged"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return "damaged"
    return "ok"


def first_look(data_dir: Path) -> sqlite3.Connection | None:
    """A read-only connection to show the person's first page from, or None.

    Start-up shows the page from it and opens the database for writing (open_store:
    sqlite-utils, migrations, the daily backup) just after that page is painted. Only
    a database that needs nothing done first gets one: there, not empty, passing the
    quick check, and made by exactly this version (no migration missing, none
    unknown). Anything else (a new folder, damage, an older or newer file) returns
    None, and open_store deals with it before anything is shown. Call while holding
    the folder lock.
    """
    from competence_app.paths import database_path
    from competence_app.store import backups

    path = database_path(data_dir)
    backups.clear_interrupted(data_dir)
    if is_empty(path):
        return None
    try:
        connection = connect_read_only(path)
    except sqlite3.DatabaseError:
        return None
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        applied = (
            {
                r[0]
                for r in connection.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    [MIGRATION_SET],
                )
            }
            if "_sqlite_migrations" in tables
            else set()
        )
        if applied == set(MIGRATIONS) and connection.execute("PRAGMA quick_check").fetchall() == [
            ("ok",)
        ]:
            return connection
    except sqlite3.DatabaseError:
        pass
    connection.close()
    return None


def nothing_saved_yet(data_dir: Path) -> bool:
    """A new folder: no database with anything in it and no backup of one.

    Start-up then shows the welcome page at once and makes the database just after it
    is painted (open_store), since that page reads nothing. An empty file beside
    backups is damage, not a new start: open_store restores the backup first.
    Call while holding the folder lock.
    """
    from competence_app.paths import database_path
    from competence_app.store import backups

    backups.clear_interrupted(data_dir)
    return is_empty(database_path(data_dir)) and not backups.list_backups(data_dir)


def _good_backup(data_dir: Path):
    from competence_app.store import backups

    return next((b for b in backups.list_backups(data_dir) if backups.integrity_ok(b.path)), None)


def open_store(data_dir: Path, now: datetime | None = None, read_only: bool = False) -> Opened:
    """Open the data folder's database, recovering from damage and keeping backups fresh.

    `read_only` (a folder that cannot be written): everything is read into memory and
    nothing is repaired, backed up or written; the person can still read and export.
    """
    from competence_app.paths import database_path
    from competence_app.store import backups

    path = database_path(data_dir)
    if read_only:
        return Opened(open_snapshot(path), read_only=True)
    backups.clear_interrupted(data_dir)
    notice = None
    if is_empty(path):
        if _good_backup(data_dir) is not None:
            notice = _recover(path, data_dir, now, empty=True)
    else:
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


def _recover(path: Path, data_dir: Path, now: datetime | None, empty: bool = False) -> str:
    """Move a damaged database aside (never delete it) and restore the newest good backup."""
    from competence_app.store import backups

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"damaged-{stamp}-{path.name}")
    if path.exists():
        os.replace(path, damaged)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{damaged}{suffix}"))
    for backup in backups.list_backups(data_dir):
        if backups.integrity_ok(backup.path):
            backups.restore_file(backup.path, path)
            if empty:
                return translate(
                    "store",
                    "Your data file was empty or missing, so your most recent good backup, "
                    "from {when}, has been restored. Anything you wrote after that time may "
                    "be missing.",
                ).format(when=date_time_text(backup.taken_at))
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
