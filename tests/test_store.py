"""Storage: migrations, saving and reading back, permissions, refusing newer databases."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.store import profiles, reflections
from competence_app.store.database import (
    StoreError,
    applied_migrations,
    known_migrations,
    open_database,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_migrations_build_the_schema_from_empty_and_are_recorded(db):
    assert applied_migrations(db) == known_migrations()
    assert known_migrations()[:2] == ["m001_initial", "m002_plan"]
    assert {"profiles", "reflections", "competence_answers", "role_answers", "settings"} <= set(
        db.table_names()
    )
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_reopening_keeps_every_answer(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = open_database(path)
    person = profiles.create_profile(db, "Ngozi ✨", ["carer", "my own word"])
    first = reflections.create_reflection(db, person.id, "Start of programme", "fw", "1")
    reflections.save_competence_answer(
        db,
        first.id,
        CompetenceAnswer("mediating", level=4, confidence=2, example="Ünïcode & <b>", develop=True),
    )
    reflections.save_competence_answer(db, first.id, CompetenceAnswer("research", not_yet=True))
    reflections.save_role_answer(
        db, first.id, RoleAnswer("citizen_leader", now=1, wish=4, notes="n")
    )
    reflections.set_current_page(db, first.id, 7)
    db.close()

    again = open_database(path)
    assert applied_migrations(again) == known_migrations()
    person_again = profiles.current_profile(again)
    assert (person_again.name, person_again.self_words) == ("Ngozi ✨", ["carer", "my own word"])
    stored = reflections.latest_reflection(again, person.id)
    assert stored.label == "Start of programme"
    assert stored.current_page == 7
    assert stored.framework_id == "fw"
    assert stored.competence("mediating") == CompetenceAnswer(
        "mediating", level=4, confidence=2, example="Ünïcode & <b>", develop=True
    )
    assert stored.competence("research").not_yet and stored.competence("research").level is None
    assert stored.role("citizen_leader") == RoleAnswer("citizen_leader", 1, 4, "n")
    again.close()


def test_saving_again_replaces_the_answer(db):
    person = profiles.create_profile(db)
    r = reflections.create_reflection(db, person.id)
    reflections.save_competence_answer(db, r.id, CompetenceAnswer("lobbying", level=2))
    reflections.save_competence_answer(db, r.id, CompetenceAnswer("lobbying", level=5))
    assert reflections.get_reflection(db, r.id).competence("lobbying").level == 5
    assert db["competence_answers"].count == 1


def test_reflections_are_listed_oldest_first(db):
    person = profiles.create_profile(db)
    reflections.create_reflection(db, person.id, "later", created_at="2026-05-01T10:00:00+00:00")
    reflections.create_reflection(db, person.id, "earlier", created_at="2026-01-01T10:00:00+00:00")
    listed = reflections.list_reflections(db, person.id)
    assert [r.label for r in listed] == ["earlier", "later"]
    assert reflections.reflection_ids(db, person.id) == [r.id for r in listed]
    assert reflections.latest_reflection(db, person.id).label == "later"


def test_answers_need_an_existing_reflection(db):
    with pytest.raises(sqlite3.IntegrityError):
        reflections.save_competence_answer(db, "no-such-reflection", CompetenceAnswer("x", level=1))


@posix_only
def test_database_files_are_owner_only(tmp_path):
    db = open_database(tmp_path / "c.sqlite3")
    profiles.create_profile(db, "x")
    for name in ("c.sqlite3", "c.sqlite3-wal", "c.sqlite3-shm"):
        path = tmp_path / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
    db.close()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {
            "migration_set": "competence_app",
            "name": "m099_from_the_future",
            "applied_at": "2030-01-01",
        }
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer version"):
        open_database(path)
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_gets_a_plain_message(tmp_path):
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database at all, just some words" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="cannot be opened"):
        open_database(path)
    assert _digest(path) == before
