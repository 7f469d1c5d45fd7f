"""A profile locked with a passphrase: nobody reads its words without it, not in the app,
not in the database file, its write-ahead log or its backups."""

from __future__ import annotations

import pytest

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.domain.plan import Mentor, Wellbeing
from competence_app.paths import prepare_data_dir
from competence_app.store import backups, plans, profiles, reflections, sealing
from competence_app.store.database import open_store

STORY = "the night the ambulance did not come for my father"
PASS = "blue kettle on a Sunday"


def folder_bytes(folder):
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def fill(db, person_id):
    reflection = reflections.create_reflection(db, person_id, "Before the course " + STORY)
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("story_telling", level=3, example=STORY)
    )
    reflections.save_role_answer(db, reflection.id, RoleAnswer("citizen_leader", 2, 3, STORY))
    goal = plans.create_goal(db, person_id, "Goal: " + STORY, ["story_telling"])
    goal.why = STORY
    plans.save_goal(db, goal)
    action = plans.add_action(db, goal.id, "Action: " + STORY)
    plans.add_support(db, goal.id, "expenses", "Support: " + STORY)
    plans.save_wellbeing(db, person_id, Wellbeing(STORY, STORY, STORY))
    plans.save_mentor(db, person_id, Mentor(STORY, STORY, "2027-01-01"))
    return reflection, goal, action


@pytest.fixture
def folder(tmp_path):
    return prepare_data_dir(tmp_path / "data")


def test_a_locked_profile_leaves_no_plain_word_anywhere_in_the_folder(folder):
    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    other = profiles.create_profile(db, "Sam")
    fill(db, person.id)
    reflections.create_reflection(db, other.id, "Sam's own")
    backups.make_backup(db.conn, folder, "manual")
    assert STORY.encode() in folder_bytes(folder), "plain before locking, backups too"

    sealing.lock_profile(db, folder, person.id, PASS)
    # New words written while locked are sealed as they are saved.
    reflection = reflections.latest_reflection(db, person.id)
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("mediating", level=2, example="new " + STORY)
    )
    assert STORY.encode() not in folder_bytes(folder)
    assert b"Sam's own" in folder_bytes(folder), "other people's words are untouched"
    assert backups.list_backups(folder), "a fresh backup is kept"

    # The owner, with the passphrase, reads everything back.
    plan = plans.load_plan(db, person.id)
    assert plan.goals[0].title == "Goal: " + STORY
    assert plan.goals[0].actions[0].text == "Action: " + STORY
    assert plan.wellbeing.drains == STORY and plan.mentor.name == STORY
    assert reflection.competence("story_telling").example == STORY
    db.close()

    # Reopened in this process (after a restore, say) it stays open...
    db = open_store(folder).db
    assert plans.load_plan(db, person.id).wellbeing.drains == STORY
    # ...but a new start of the app (no key in memory) cannot read it without the passphrase.
    sealing.forget(db)
    with pytest.raises(sealing.LockedError):
        plans.load_plan(db, person.id)
    with pytest.raises(sealing.WrongPassphraseError):
        sealing.unlock(db, person.id, "red kettle")
    sealing.unlock(db, person.id, PASS)
    assert reflections.latest_reflection(db, person.id).competence("mediating").example == (
        "new " + STORY
    )
    db.close()


def test_the_key_derivation_cost_is_kept_with_the_profile(folder):
    """So it can be raised later without locking anyone out (its time: benchmarks/unlock.py)."""
    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    sealing.set_passphrase(db, person.id, PASS)
    row = db.execute("SELECT lock_cost FROM profiles WHERE id = ?", [person.id]).fetchone()
    assert row[0] == sealing.COST == "scrypt:15:8:1"
    db.close()


def test_changing_and_removing_the_passphrase(folder):
    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    fill(db, person.id)
    sealing.lock_profile(db, folder, person.id, PASS)
    with pytest.raises(sealing.LockedError):
        sealing.lock_profile(db, folder, person.id, "new one")  # the current one is needed
    sealing.lock_profile(db, folder, person.id, "new one", current=PASS)
    sealing.forget(db)
    with pytest.raises(sealing.WrongPassphraseError):
        sealing.unlock(db, person.id, PASS)
    sealing.unlock(db, person.id, "new one")
    assert STORY.encode() not in folder_bytes(folder)
    sealing.unlock_profile_for_good(db, folder, person.id, "new one")
    assert not sealing.is_locked(db, person.id)
    sealing.forget(db)
    assert plans.load_plan(db, person.id).wellbeing.talk_to == STORY
    db.close()


def test_a_sealed_value_copied_to_another_field_does_not_open(folder):
    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    reflection, goal, action = fill(db, person.id)
    sealing.set_passphrase(db, person.id, PASS)
    why = db.execute("SELECT why FROM goals WHERE id = ?", [goal.id]).fetchone()[0]
    db.execute("UPDATE goals SET title = ? WHERE id = ?", [why, goal.id])
    with pytest.raises(sealing.LockedError):
        plans.load_plan(db, person.id)
    db.close()


def test_wrong_tries_slow_down():
    assert [sealing.wrong_try_delay(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]


def test_the_data_file_of_an_opened_profile_holds_its_words_and_imports_sealed(
    folder, tmp_path, framework
):
    """A data file is written only for a person who gave the passphrase: it holds their words
    in plain. Brought back into a protected profile, the words are sealed again."""
    from competence_app.exchange.merging import import_data
    from competence_app.exchange.reading import read_data_file
    from competence_app.exchange.writing import export_data

    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    fill(db, person.id)
    sealing.lock_profile(db, folder, person.id, PASS)
    written = export_data(db, person.id, framework, tmp_path / "out")
    assert STORY in written.read_text("utf-8")
    # Changed on another laptop, then brought back.
    data = read_data_file(written)
    plans.save_wellbeing(db, person.id, Wellbeing("older", "older", "older"))
    import_data(db, data)
    assert STORY.encode() not in b"".join(p.read_bytes() for p in folder.glob("companion.sqlite3*"))
    sealing.forget(db)
    with pytest.raises(sealing.LockedError):
        import_data(db, data)  # not into a protected profile whose passphrase was not given
    db.close()


def test_a_data_file_can_stay_locked_with_the_passphrase(folder, tmp_path, framework):
    """The person chooses: a locked data file shows nothing (not even the name) without the
    passphrase, and imports whole with it."""
    import json as json_module

    from competence_app.exchange.fileformat import ExchangeError
    from competence_app.exchange.reading import read_data_file
    from competence_app.exchange.sealed import SealedFileError
    from competence_app.exchange.writing import export_data

    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines Okafor")
    fill(db, person.id)
    sealing.lock_profile(db, folder, person.id, PASS)
    written = export_data(db, person.id, framework, tmp_path / "usb", seal_with=PASS)
    raw = written.read_bytes()
    assert STORY.encode() not in raw and b"Okafor" not in raw
    with pytest.raises(SealedFileError, match="locked with a passphrase"):
        read_data_file(written)
    with pytest.raises(SealedFileError, match="does not open"):
        read_data_file(written, "not the one")
    data = read_data_file(written, PASS)
    assert data.profile_name == "Ines Okafor" and data.reflection_count == 1
    # A hostile envelope asking for a huge key-derivation cost is refused, not run.
    envelope = json_module.loads(raw)
    envelope["cost"] = "scrypt:30:8:1"
    with pytest.raises(ExchangeError, match="damaged"):
        read_data_file(json_module.dumps(envelope).encode(), PASS)
    db.close()


def test_the_command_line_refuses_a_locked_data_file_plainly(folder, tmp_path, framework, capsys):
    from competence_app.cli import main
    from competence_app.exchange.writing import export_data

    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    fill(db, person.id)
    written = export_data(db, person.id, framework, tmp_path / "f", seal_with=PASS)
    db.close()
    target = tmp_path / "elsewhere"
    assert main(["import", str(written), "--data-dir", str(target)]) == 2
    assert "locked with a passphrase" in capsys.readouterr().err
