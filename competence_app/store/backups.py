"""Backups through SQLite's online backup API, checked, thinned and restorable.

A plain file copy of a live WAL database can miss committed pages that still
sit in the -wal file; the backup API copies a consistent snapshot instead.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from competence_app.i18n import translate
from competence_app.store.connection import connect_read_only

BACKUP_DIR_NAME = "backups"
PREFIX = "companion-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
START_BACKUP_AGE = timedelta(days=1)
# Names of half-made files: a backup being written, a restore being copied in.
PARTIAL = ".partial"
RESTORING = ".restoring"


class BackupError(Exception):
    """A backup could not be made, checked or restored; the message is for people."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    profiles: int
    reflections: int
    goals: int


def backup_dir(data_dir: Path) -> Path:
    folder = Path(data_dir) / BACKUP_DIR_NAME
    if not folder.exists():
        folder.mkdir(mode=0o700)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    return folder


def integrity_ok(path: Path) -> bool:
    """Full integrity check of a database file that nothing else is writing."""
    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def make_backup(
    source: sqlite3.Connection, data_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    """Snapshot the open database into backups/, verify it, and return its path."""
    now = now or datetime.now()
    folder = backup_dir(data_dir)
    final = folder / f"{PREFIX}{now.strftime(STAMP)}-{reason}{SUFFIX}"
    counter = 1
    while final.exists():
        final = folder / f"{PREFIX}{now.strftime(STAMP)}-{reason}-{counter}{SUFFIX}"
        counter += 1
    temporary = final.with_suffix(PARTIAL)
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        target = sqlite3.connect(temporary)
        try:
            source.backup(target)
            # A backup is a standalone file: no -wal beside it to lose or forget.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        if not integrity_ok(temporary):
            raise BackupError(
                translate("store", "The new backup did not pass its check, so it was not kept.")
            )
        os.replace(temporary, final)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            translate("store", "A backup could not be made in {folder} ({error}).").format(
                folder=folder, error=error
            )
        ) from error
    finally:
        # Whatever went wrong, no half-made copy (or its journal) stays behind.
        _remove_partial(temporary)
    return final


@contextmanager
def safety_copy(source: sqlite3.Connection, data_dir: Path, reason: str):
    """A backup taken before a risky change, kept only if the change went through.

    A refused import (bad ids, a crash) changes nothing, so a copy of the same data
    would only crowd out older backups.
    """
    made = make_backup(source, data_dir, reason)
    try:
        yield made
    except BaseException:
        made.unlink(missing_ok=True)
        raise


def _remove_partial(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def leftovers(data_dir: Path) -> list[Path]:
    """Files of the app's own work that a kill interrupted: half-made backups and restores.

    Never the only good copy of anything: a half-made backup's source is the database,
    and a half-made restore's source is the backup it was copying.
    """
    from competence_app.paths import DATABASE_NAME

    data_dir = Path(data_dir)
    found = []
    folder = data_dir / BACKUP_DIR_NAME
    if folder.is_dir():
        found += sorted(folder.glob(f"{PREFIX}*{PARTIAL}"))
        found += sorted(folder.glob(f"{PREFIX}*{PARTIAL}-journal"))
    for name in (RESTORING, RESTORING + "-journal"):
        path = data_dir / (DATABASE_NAME + name)
        if path.exists():
            found.append(path)
    return found


def clear_interrupted(data_dir: Path) -> list[Path]:
    """Remove the leftovers of interrupted work; call only while holding the folder lock."""
    removed = []
    for path in leftovers(data_dir):
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def parse_name(path: Path) -> tuple[datetime, str] | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    core = name[len(PREFIX) : -len(SUFFIX)]
    try:
        taken = datetime.strptime(core[:15], STAMP)
    except ValueError:
        return None
    return taken, core[16:]


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first, with a summary of what it holds."""
    folder = Path(data_dir) / BACKUP_DIR_NAME
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}") if folder.exists() else []:
        parsed = parse_name(path)
        if parsed is None:
            continue
        counts = _counts(path)
        found.append(BackupInfo(path, parsed[0], parsed[1], *counts))
    # Names count seconds; two backups in the same second are told apart by when written.
    return sorted(found, key=lambda b: (b.taken_at, _written(b.path)), reverse=True)


def _written(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _counts(path: Path) -> tuple[int, int, int]:
    try:
        connection = connect_read_only(path)
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            return tuple(
                connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                if table in tables
                else 0
                for table in ("profiles", "reflections", "goals")
            )
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return (0, 0, 0)


def newest_age(data_dir: Path, now: datetime | None = None) -> timedelta | None:
    backups = list_backups(data_dir)
    if not backups:
        return None
    return (now or datetime.now()) - backups[0].taken_at


def to_keep(
    stamps: list[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which backups to keep: the newest of each of the last `daily` days that have one,
    of the last `weekly` ISO weeks and of the last `monthly` months; always the newest."""
    ordered = sorted(stamps, reverse=True)
    keep: set[datetime] = set(ordered[:1])
    for key, limit in (
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ):
        seen = []
        for stamp in ordered:
            bucket = key(stamp)
            if bucket in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(bucket)
            keep.add(stamp)
    return keep


def thin(data_dir: Path) -> list[Path]:
    """Delete backups the keeping rule no longer needs; returns what was removed."""
    backups = list_backups(data_dir)
    keep = to_keep([b.taken_at for b in backups])
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore_file(backup: Path, database: Path) -> None:
    """Put a verified copy of backup in place of database (which must be closed).

    The copy is made and checked beside the database, then renamed over it, so
    at every moment there is one whole database file at that path.
    """
    if not integrity_ok(backup):
        raise BackupError(
            translate("store", "The backup {name} is damaged, so it was not restored.").format(
                name=backup.name
            )
        )
    temporary = database.with_name(database.name + RESTORING)
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        target = sqlite3.connect(temporary)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        if not integrity_ok(temporary):
            raise BackupError(
                translate("store", "The restored copy did not pass its check; nothing was changed.")
            )
        for suffix in ("-wal", "-shm"):
            # Left-overs of the closed database would be replayed into the restored one.
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, database)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            translate(
                "store", "The backup could not be restored ({error}). Nothing was changed."
            ).format(error=error)
        ) from error
    finally:
        _remove_partial(temporary)
