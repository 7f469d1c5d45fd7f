"""'Delete all my data' leaves no trace of a story anywhere in the data folder."""

from __future__ import annotations

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.domain.plan import Wellbeing
from competence_app.paths import prepare_data_dir
from competence_app.store import backups, erase, plans, profiles, reflections
from competence_app.store.database import open_store

SECRET = "the day my son was discharged without a plan"


def all_bytes(folder):
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_deleted_story_is_nowhere_in_the_folder(tmp_path):
    folder = prepare_data_dir(tmp_path / "data")
    opened = open_store(folder)
    db = opened.db
    person = profiles.create_profile(db, "Mariam")
    r = reflections.create_reflection(db, person.id, "Start")
    for i in range(30):  # enough rows to spread over several pages
        reflections.save_competence_answer(
            db, r.id, CompetenceAnswer(f"c{i}", level=3, example=f"{SECRET} {i}")
        )
    reflections.save_role_answer(db, r.id, RoleAnswer("citizen_leader", notes=SECRET))
    goal = plans.create_goal(db, person.id, SECRET)
    plans.add_action(db, goal.id, SECRET)
    plans.save_wellbeing(db, person.id, Wellbeing(SECRET, "", ""))
    backups.make_backup(db.conn, folder, "manual")
    # The folder last saved to is kept (only the folder): its name can be personal too.
    from competence_app import settings

    shares = tmp_path / "Mariam shares"
    settings.save(folder, settings.LAST_FOLDERS.key, {"share": str(shares)})
    assert SECRET.encode() in all_bytes(folder)

    erase.erase_profile(db, folder, person.id)
    assert profiles.current_profile(db) is None
    db.close()
    leftovers = all_bytes(folder)
    assert SECRET.encode() not in leftovers
    assert b"Mariam" not in leftovers
    assert backups.list_backups(folder) == []


def test_other_profiles_keep_their_data_and_a_fresh_backup(tmp_path):
    folder = prepare_data_dir(tmp_path / "data")
    db = open_store(folder).db
    leaving = profiles.create_profile(db, "Leaving")
    staying = profiles.create_profile(db, "Staying")
    reflections.create_reflection(db, staying.id, "their own")
    reflections.create_reflection(db, leaving.id, SECRET)
    erase.erase_profile(db, folder, leaving.id)
    assert [p.name for p in profiles.list_profiles(db)] == ["Staying"]
    assert len(backups.list_backups(folder)) == 1
    db.close()
    assert SECRET.encode() not in all_bytes(folder)


def test_delete_after_a_recovery_removes_the_damaged_copy_and_half_made_files(tmp_path):
    """A damaged file set aside after a repair, and partial files a kill left, hold the story
    too: "Delete all my data" removes them all, with other people still in the folder."""
    folder = prepare_data_dir(tmp_path / "data")
    db = open_store(folder).db
    leaving = profiles.create_profile(db, "Leaving")
    profiles.create_profile(db, "Staying")
    r = reflections.create_reflection(db, leaving.id, "Start")
    reflections.save_competence_answer(db, r.id, CompetenceAnswer("c1", level=2, example=SECRET))
    backups.make_backup(db.conn, folder, "manual")
    db.close()
    database = folder / "companion.sqlite3"
    # Damage the live file: the next start puts it aside (with the story in it).
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))
    opened = open_store(folder)
    assert opened.notice and list(folder.glob("damaged-*"))
    db = opened.db
    partial = folder / "backups" / "companion-20260101-000000-daily.partial"
    partial.write_bytes(SECRET.encode())
    found = erase.copies(folder)
    assert found["damaged"] and found["backups"]
    erase.erase_profile(db, folder, leaving.id)
    db.close()
    assert not list(folder.glob("damaged-*"))
    assert not partial.exists()
    assert SECRET.encode() not in all_bytes(folder)
