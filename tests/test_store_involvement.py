"""My involvement as stored: kept whole and exact, sealed with a locked profile, gone
with "Delete all my data"."""

from __future__ import annotations

from competence_app.domain.involvement import Debrief, Expense, Involvement
from competence_app.paths import prepare_data_dir
from competence_app.store import erase, profiles, sealing
from competence_app.store import involvement as store
from competence_app.store.clock import new_id
from competence_app.store.database import open_store

DEBRIEF = "I cried in the car park afterwards"


def setup(tmp_path):
    folder = prepare_data_dir(tmp_path / "data")
    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    return folder, db, person


def an_entry(person_id, **changes):
    values = dict(
        id=new_id(),
        profile_id=person_id,
        date="2027-03-10",
        organisation="Northside Hospital Trust",
        title="Discharge pathway panel",
        kind="co_design_workshop",
        role_id="improvement_expert",
        minutes=195,
        payment="offered_accepted",
        payment_amount=7500,
        currency="GBP",
        expenses=[
            Expense("x1", "travel", 1260, claimed_on="2027-03-11"),
            Expense("x2", "carer_cover", 4000, claimed_on="2027-03-11", paid_on="2027-03-30"),
        ],
        competence_ids=["service_literacy", "story_telling"],
        impact="They changed the discharge letter",
        impact_kind="quality_improvement",
        heard_back="yes",
        debrief=Debrief(DEBRIEF, "Angry, then proud", "Ask for a break next time"),
        how_am_i=2,
    )
    values.update(changes)
    return Involvement(**values)


def test_an_entry_comes_back_exactly_as_kept(tmp_path):
    _, db, person = setup(tmp_path)
    kept = store.save_involvement(db, an_entry(person.id))
    (loaded,) = store.load_involvements(db, person.id)
    assert loaded == kept
    assert loaded.expenses[0].amount == 1260 and isinstance(loaded.expenses[0].amount, int)
    assert store.load_involvement(db, kept.id) == kept


def test_newest_first_changes_in_place_and_delete(tmp_path):
    _, db, person = setup(tmp_path)
    first = store.save_involvement(db, an_entry(person.id, date="2027-01-05"))
    second = store.save_involvement(db, an_entry(person.id, date="2027-02-05"))
    assert [e.id for e in store.load_involvements(db, person.id)] == [second.id, first.id]
    assert store.last_involvement(db, person.id).id == second.id
    first.minutes = 60
    store.save_involvement(db, first)
    assert store.load_involvement(db, first.id).minutes == 60
    assert store.count_involvements(db, person.id) == 2
    assert store.count_involvements(db, person.id, since="2027-02-01") == 1
    store.delete_involvement(db, first.id)
    assert [e.id for e in store.load_involvements(db, person.id)] == [second.id]


def test_dismissed_notices_are_remembered_per_person(tmp_path):
    _, db, person = setup(tmp_path)
    other = profiles.create_profile(db, "Tom")
    store.dismiss(db, person.id, ["expense:x1:2027-03-11"])
    store.dismiss(db, person.id, ["expense:x1:2027-03-11", "chase:y:2027-03-01"])
    assert store.dismissed(db, person.id) == {"expense:x1:2027-03-11", "chase:y:2027-03-01"}
    assert store.dismissed(db, other.id) == set()


def test_a_locked_profile_keeps_the_words_of_its_involvement_sealed(tmp_path):
    folder, db, person = setup(tmp_path)
    store.save_involvement(db, an_entry(person.id))
    sealing.lock_profile(db, folder, person.id, "correct horse")
    store.save_involvement(db, an_entry(person.id, organisation="Carers Forum"))
    raw = list(db.query("SELECT organisation, debrief_what, minutes FROM involvements"))
    assert all(r["organisation"].startswith(sealing.MARK) for r in raw)
    assert all(r["debrief_what"].startswith(sealing.MARK) for r in raw)
    assert {r["minutes"] for r in raw} == {195}  # numbers stay plain
    sealing.forget(db, person.id)
    assert store.count_involvements(db, person.id) == 2  # counted without the passphrase
    sealing.unlock(db, person.id, "correct horse")
    organisations = {e.organisation for e in store.load_involvements(db, person.id)}
    assert organisations == {"Northside Hospital Trust", "Carers Forum"}
    db.close()
    for path in folder.rglob("*"):
        if path.is_file():
            assert DEBRIEF.encode() not in path.read_bytes(), path


def test_delete_all_my_data_removes_the_involvement_and_its_notices(tmp_path):
    folder, db, person = setup(tmp_path)
    other = profiles.create_profile(db, "Tom")
    store.save_involvement(db, an_entry(person.id))
    store.save_involvement(db, an_entry(other.id, debrief=Debrief("Tom's own")))
    store.dismiss(db, person.id, ["expense:x1:2027-03-11"])
    erase.erase_profile(db, folder, person.id)
    assert store.load_involvements(db, person.id) == []
    assert store.dismissed(db, person.id) == set()
    assert len(store.load_involvements(db, other.id)) == 1
    db.close()
    for path in folder.rglob("*"):
        if path.is_file():
            assert DEBRIEF.encode() not in path.read_bytes(), path
