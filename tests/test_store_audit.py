"""What an outside audit of the data layer broke: leftovers after a kill, empty or damaged
files that slipped through, newer databases changed by a read, partial backups."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from competence_app.paths import prepare_data_dir
from competence_app.store import backups, profiles, reflections
from competence_app.store.database import (
    StoreError,
    health,
    open_database,
    open_store,
    verify,
)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path):
    return prepare_data_dir(tmp_path / "data")


def with_person(folder, name="Ama"):
    db = open_store(folder).db
    person = profiles.create_profile(db, name)
    reflections.create_reflection(db, person.id, "Start")
    backups.make_backup(db.conn, folder, "manual")
    return db


def test_leftovers_of_an_interrupted_backup_or_restore_are_cleared_at_start(folder):
    with_person(folder).close()
    kept = backups.list_backups(folder)
    (folder / "backups" / "companion-20260101-000000-daily.partial").write_bytes(b"x")
    (folder / "backups" / "companion-20260101-000000-daily.partial-journal").write_bytes(b"x")
    (folder / "companion.sqlite3.restoring").write_bytes(b"x")
    assert len(backups.leftovers(folder)) == 3
    db = open_store(folder).db
    db.close()
    assert backups.leftovers(folder) == []
    assert {b.path for b in kept} <= {b.path for b in backups.list_backups(folder)}


def test_a_failed_backup_removes_its_own_partial_files(folder, monkeypatch):
    db = with_person(folder)
    monkeypatch.setattr(backups, "integrity_ok", lambda path: False)
    with pytest.raises(backups.BackupError):
        backups.make_backup(db.conn, folder, "daily")
    db.close()
    assert not list((folder / "backups").glob("*.partial*"))


def test_an_empty_database_beside_backups_is_restored_not_started_afresh(folder):
    with_person(folder).close()
    database = folder / "companion.sqlite3"
    for suffix in ("-wal", "-shm"):
        (folder / f"companion.sqlite3{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"")
    with pytest.raises(StoreError, match="empty"):
        open_database(database)  # an import or export must not write into it
    assert database.stat().st_size == 0
    opened = open_store(folder)
    assert opened.notice and "backup" in opened.notice
    assert [p.name for p in profiles.list_profiles(opened.db)] == ["Ama"]
    opened.db.close()


def test_a_missing_database_beside_backups_is_restored(folder):
    with_person(folder).close()
    for suffix in ("", "-wal", "-shm"):
        (folder / f"companion.sqlite3{suffix}").unlink(missing_ok=True)
    opened = open_store(folder)
    assert opened.notice
    assert [p.name for p in profiles.list_profiles(opened.db)] == ["Ama"]
    opened.db.close()


def corrupt_an_index(path):
    """A row that no longer matches its index: quick_check cannot see it."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("CREATE TABLE IF NOT EXISTS audit_t (a TEXT)")
    connection.execute("CREATE INDEX IF NOT EXISTS audit_i ON audit_t(a)")
    connection.executemany("INSERT INTO audit_t VALUES (?)", [(f"v{i}",) for i in range(50)])
    connection.commit()
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'audit_t'"
    ).fetchone()[0]
    connection.close()
    # Change a row's bytes in the table's page, leaving the index as it was.
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page = data[(root - 1) * page_size : root * page_size]
    at = page.find(b"v17")
    assert at > 0
    data[(root - 1) * page_size + at + 1 : (root - 1) * page_size + at + 3] = b"99"
    path.write_bytes(bytes(data))


def test_damage_that_quick_check_misses_is_found_by_the_thorough_check(folder):
    with_person(folder).close()
    database = folder / "companion.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    corrupt_an_index(database)
    assert health(database) == "ok", "start-up's quick check cannot see this"
    assert health(database, thorough=True) == "damaged"
    db = open_database(database)
    with pytest.raises(StoreError, match="fault"):
        verify(db)
    db.close()


def make_newer(folder):
    """A database from a newer app, its last commit still in the write-ahead log."""
    db = with_person(folder)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    keep_open = sqlite3.connect(folder / "companion.sqlite3")
    keep_open.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('competence_app', 'm999_from_the_future', '2030-01-01')"
    )
    keep_open.commit()
    # Copy the files as they are while a connection holds the log open (like a kill).
    snapshot = {
        s: (folder / f"companion.sqlite3{s}").read_bytes()
        for s in ("", "-wal")
        if (folder / f"companion.sqlite3{s}").exists()
    }
    keep_open.close()
    db.close()
    for suffix in ("-wal", "-shm"):
        (folder / f"companion.sqlite3{suffix}").unlink(missing_ok=True)
    for suffix, data in snapshot.items():
        (folder / f"companion.sqlite3{suffix}").write_bytes(data)
    return folder / "companion.sqlite3"


def test_a_newer_database_is_refused_unchanged_even_with_its_last_commit_in_the_log(folder):
    database = make_newer(folder)
    assert (folder / "companion.sqlite3-wal").stat().st_size > 0
    before = digest(database), digest(folder / "companion.sqlite3-wal")
    with pytest.raises(StoreError, match="newer"):
        open_database(database)
    with pytest.raises(StoreError, match="newer"):
        open_store(folder)
    assert (digest(database), digest(folder / "companion.sqlite3-wal")) == before


def test_no_log_files_are_made_beside_a_refused_database(folder):
    database = make_newer(folder)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for suffix in ("-wal", "-shm"):
        (folder / f"companion.sqlite3{suffix}").unlink(missing_ok=True)
    before = digest(database)
    with pytest.raises(StoreError):
        open_store(folder)
    assert not (folder / "companion.sqlite3-wal").exists()
    assert not (folder / "companion.sqlite3-shm").exists()
    assert digest(database) == before


def test_a_refused_change_leaves_no_new_backup(folder):
    db = with_person(folder)
    before = {b.path for b in backups.list_backups(folder)}
    with pytest.raises(RuntimeError):
        with backups.safety_copy(db.conn, folder, "before-import"):
            raise RuntimeError("the import failed")
    assert {b.path for b in backups.list_backups(folder)} == before
    with backups.safety_copy(db.conn, folder, "before-import") as made:
        pass
    assert made.exists()
    db.close()
