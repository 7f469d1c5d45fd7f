"""Backups, thinning, restoring, recovery from damage, and one app per data folder."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest

from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import backups, profiles, reflections
from competence_app.store.database import StoreError, open_database, open_store
from competence_app.store.lock import FolderInUseError, FolderLock

NOW = datetime(2026, 11, 22, 10, 0, 0)


@pytest.fixture
def folder(tmp_path):
    return prepare_data_dir(tmp_path / "data")


def add_story(db, text="A story about the panel"):
    person = profiles.current_profile(db) or profiles.create_profile(db, "Sam")
    r = reflections.latest_reflection(db, person.id) or reflections.create_reflection(db, person.id)
    reflections.save_competence_answer(
        db, r.id, CompetenceAnswer("mediating", level=3, example=text)
    )
    return person, r


def test_first_open_makes_a_checked_backup_and_a_day_later_another(folder):
    opened = open_store(folder, now=NOW)
    add_story(opened.db)
    opened.db.close()
    first = backups.list_backups(folder)
    assert len(first) == 1 and first[0].reason == "daily"
    assert backups.integrity_ok(first[0].path)

    open_store(folder, now=NOW + timedelta(hours=5)).db.close()
    assert len(backups.list_backups(folder)) == 1, "not again within a day"
    open_store(folder, now=NOW + timedelta(days=1, minutes=1)).db.close()
    newest = backups.list_backups(folder)[0]
    assert (newest.profiles, newest.reflections) == (1, 1), "the summary says what it holds"


def test_backup_holds_answers_still_in_the_wal(folder):
    db = open_database(database_path(folder))
    add_story(db, "only in the write-ahead log so far")
    path = backups.make_backup(db.conn, folder, "manual", NOW)
    db.close()
    copy = open_database(path)
    assert (
        "only in the write-ahead log"
        in copy.execute("SELECT example FROM competence_answers").fetchone()[0]
    )
    copy.close()


def stamps(*days_ago_hours):
    return [NOW - timedelta(days=d, hours=h) for d, h in days_ago_hours]


def test_thinning_keeps_seven_daily_four_weekly_twelve_monthly():
    # Two backups a day for 400 days.
    every = [NOW - timedelta(hours=12 * i) for i in range(800)]
    keep = backups.to_keep(every)
    days = {t.date() for t in keep}
    assert max(keep) == NOW
    recent_days = sorted({t.date() for t in every}, reverse=True)[:7]
    assert set(recent_days) <= days
    for day in recent_days:
        assert sum(1 for t in keep if t.date() == day) == 1, "one per day: the newest"
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert len(keep) <= 7 + 4 + 12


def test_thinning_removes_files_and_never_the_newest(folder):
    db = open_database(database_path(folder))
    for i in range(30):
        backups.make_backup(db.conn, folder, "daily", NOW - timedelta(days=i))
    db.close()
    removed = backups.thin(folder)
    left = backups.list_backups(folder)
    assert len(left) + len(removed) == 30
    assert left[0].taken_at == NOW
    assert len(left) <= 7 + 4 + 12


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_database_is_moved_aside_and_the_newest_good_backup_restored(folder):
    opened = open_store(folder, now=NOW)
    add_story(opened.db, "kept in the backup")
    backups.make_backup(opened.db.conn, folder, "manual", NOW + timedelta(minutes=1))
    opened.db.close()
    path = database_path(folder)
    damaged_bytes = b"SQLite format 3\x00" + b"\x13" * 5000
    path.write_bytes(damaged_bytes)

    recovered = open_store(folder, now=NOW + timedelta(hours=1))
    assert "put aside, not deleted" in recovered.notice
    assert "has been restored" in recovered.notice
    aside = list(folder.glob("damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    story = recovered.db.execute("SELECT example FROM competence_answers").fetchone()[0]
    assert story == "kept in the backup"
    recovered.db.close()


def test_damaged_database_without_backup_starts_afresh_but_keeps_the_file(folder):
    database_path(folder).write_bytes(b"not a database" * 100)
    opened = open_store(folder, now=NOW)
    assert "no good backup" in opened.notice
    assert list(folder.glob("damaged-*"))
    assert profiles.current_profile(opened.db) is None
    opened.db.close()


def test_newer_database_is_refused_untouched_even_with_backups(folder):
    db = open_database(database_path(folder))
    db["_sqlite_migrations"].insert(
        {"migration_set": "competence_app", "name": "m900_future", "applied_at": "x"}
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = digest(database_path(folder))
    with pytest.raises(StoreError, match="newer version"):
        open_store(folder)
    assert digest(database_path(folder)) == before
    assert backups.list_backups(folder) == []


def test_restore_replaces_the_database_with_the_chosen_backup(folder):
    db = open_database(database_path(folder))
    add_story(db, "version one")
    backup = backups.make_backup(db.conn, folder, "manual", NOW)
    db.execute("UPDATE competence_answers SET example = 'version two'")
    db.close()
    backups.restore_file(backup, database_path(folder))
    db = open_database(database_path(folder))
    assert db.execute("SELECT example FROM competence_answers").fetchone()[0] == "version one"
    db.close()


def test_a_damaged_backup_is_not_restored(folder):
    db = open_database(database_path(folder))
    add_story(db)
    db.close()
    before = digest(database_path(folder))
    bad = backups.backup_dir(folder) / "companion-20260101-000000-manual.sqlite3"
    bad.write_bytes(b"junk" * 1000)
    with pytest.raises(backups.BackupError, match="damaged"):
        backups.restore_file(bad, database_path(folder))
    assert digest(database_path(folder)) == before


def test_migrating_old_data_backs_it_up_first(folder):
    from sqlite_utils import Database

    from competence_app.store.migrations import migrations

    old = Database(database_path(folder))
    migrations.apply(old, stop_before="m002_plan")
    profiles.create_profile(old, "From version one")
    old.close()
    db = open_database(database_path(folder))
    db.close()
    reasons = [b.reason for b in backups.list_backups(folder)]
    assert reasons == ["before-migration"]


def test_a_second_copy_of_the_app_cannot_take_the_folder(folder):
    with FolderLock(folder):
        with pytest.raises(FolderInUseError, match="already open"):
            FolderLock(folder).acquire()
    FolderLock(folder).acquire().release()  # free again once the first lets go
