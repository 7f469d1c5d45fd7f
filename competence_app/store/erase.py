"""Deleting a person's data for good: rows, free pages, the write-ahead log and backups."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from competence_app.store import backups
from competence_app.store.profiles import CURRENT_PROFILE_KEY

if TYPE_CHECKING:
    from sqlite_utils import Database

# Child rows first, so foreign keys never point at a deleted row.
_DELETES = (
    "DELETE FROM goal_actions WHERE goal_id IN (SELECT id FROM goals WHERE profile_id = :p)",
    "DELETE FROM goal_supports WHERE goal_id IN (SELECT id FROM goals WHERE profile_id = :p)",
    "DELETE FROM goals WHERE profile_id = :p",
    "DELETE FROM plans WHERE profile_id = :p",
    "DELETE FROM competence_answers WHERE reflection_id IN "
    "(SELECT id FROM reflections WHERE profile_id = :p)",
    "DELETE FROM role_answers WHERE reflection_id IN "
    "(SELECT id FROM reflections WHERE profile_id = :p)",
    "DELETE FROM reflections WHERE profile_id = :p",
    "DELETE FROM feedback_rounds WHERE profile_id = :p",
    "DELETE FROM feedback_packs WHERE profile_id = :p",
    "DELETE FROM involvements WHERE profile_id = :p",
    "DELETE FROM involvement_dismissed WHERE profile_id = :p",
    "DELETE FROM profiles WHERE id = :p",
)


def _shred(path: Path) -> None:
    """Overwrite a file before unlinking it, so its old blocks do not keep the words."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for _ in range(0, size, _CHUNK):
            handle.write(b"\0" * min(_CHUNK, size - handle.tell()))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


_CHUNK = 1 << 20


def copies(data_dir: Path) -> dict[str, list[Path]]:
    """Every file besides the live database that can hold a person's words, by kind.

    Backups, damaged files set aside after a repair (with their -wal and -shm), and
    half-made copies a kill left behind: "Delete all my data" removes them all, because
    each may hold the words being deleted.
    """
    data_dir = Path(data_dir)
    return {
        "backups": [b.path for b in backups.list_backups(data_dir)],
        "damaged": sorted(p for p in data_dir.glob("damaged-*") if p.is_file()),
        "partial": backups.leftovers(data_dir),
    }


def erase_profile(db: Database, data_dir: Path, profile_id: str) -> None:
    """Remove everything of one profile so that no trace is left in the data folder.

    secure_delete zeroes freed pages, the checkpoint empties the write-ahead
    log, VACUUM rebuilds the file without free pages, and backups (which hold
    the same words) are shredded; if other profiles remain, a fresh backup of
    their data is made straight away.
    """
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        for statement in _DELETES:
            db.execute(statement, {"p": profile_id})
        db.execute(
            "DELETE FROM settings WHERE key = ? AND value = ?", [CURRENT_PROFILE_KEY, profile_id]
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    replace_copies(db, data_dir)
    _forget_folders(data_dir)


def _forget_folders(data_dir: Path) -> None:
    """The folders last saved to go too: a folder's name can say whose plan was in it."""
    from competence_app import settings

    if settings.load(data_dir)[settings.LAST_FOLDERS.key] != settings.LAST_FOLDERS.default:
        settings.save(data_dir, settings.LAST_FOLDERS.key, settings.LAST_FOLDERS.default)


def replace_copies(db: Database, data_dir: Path) -> None:
    """Shred every copy that may still hold words as they were (backups, damaged and
    half-made files), then keep one fresh backup of what the database holds now."""
    for paths in copies(data_dir).values():
        for path in paths:
            _shred(path)
    if db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0]:
        # The others keep a backup of their data, now without the removed words.
        backups.make_backup(db.conn, data_dir, "daily")
