"""Feedback packs and rounds as stored: kept whole, sealed with a locked profile, gone with
"Delete all my data", and never mixed into the person's own answers."""

from __future__ import annotations

from competence_app.domain.feedback import CompetenceView, FeedbackPack, FeedbackRound, GoalView
from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import prepare_data_dir
from competence_app.store import erase, feedback, plans, profiles, reflections, sealing
from competence_app.store.clock import new_id
from competence_app.store.database import open_store

SEEN = "She let the quietest carer speak first"


def a_round(person_id, pack, **changes):
    values = dict(
        id=new_id(),
        profile_id=person_id,
        pack_id=pack.id,
        reflection_id=pack.reflection_id,
        given_on="2026-11-20",
        relation="mentor",
        giver_name="Rosa",
        competences=[
            CompetenceView("active_listening", SEEN, 4),
            CompetenceView("research", not_seen=True),
        ],
        goals=[
            GoalView(
                pack.goal_ids[0],
                "Good start",
                "Ask the chair for ten minutes",
                "I can introduce you",
            )
        ],
        strengths="Listens first",
        focus="Saying no",
        next_steps="Meet in January",
        next_meeting="2027-01-12",
    )
    values.update(changes)
    return FeedbackRound(**values)


def setup(tmp_path):
    folder = prepare_data_dir(tmp_path / "data")
    db = open_store(folder).db
    person = profiles.create_profile(db, "Ines")
    reflection = reflections.create_reflection(db, person.id, "Start")
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("active_listening", level=2)
    )
    goal = plans.create_goal(db, person.id, "Speak at the board", ["lobbying"])
    pack = FeedbackPack(
        new_id(),
        person.id,
        reflection.id,
        sections=["goals"],
        competence_ids=["active_listening", "research"],
        goal_ids=[goal.id],
    )
    feedback.record_pack(db, pack)
    return folder, db, person, reflection, pack


def test_a_round_comes_back_whole_and_the_own_answer_is_untouched(tmp_path):
    _, db, person, reflection, pack = setup(tmp_path)
    assert feedback.load_pack(db, pack.id) == feedback.packs_of(db, person.id)[0]
    given = a_round(person.id, pack)
    feedback.save_round(db, given)
    (kept,) = feedback.load_rounds(db, person.id)
    assert kept.received_at and kept == FeedbackRound(
        **{**given.__dict__, "received_at": kept.received_at}
    )
    assert kept.view_of("research").not_seen and kept.view_of("active_listening").level == 4
    assert reflections.get_reflection(db, reflection.id).competence("active_listening").level == 2
    # The same file brought in twice is one round.
    feedback.save_round(db, given)
    assert len(feedback.load_rounds(db, person.id)) == 1
    assert feedback.has_round(db, given.id)


def test_feedback_words_are_sealed_when_the_profile_is_locked(tmp_path):
    folder, db, person, _, pack = setup(tmp_path)
    feedback.save_round(db, a_round(person.id, pack))
    sealing.lock_profile(db, folder, person.id, "blue kettle on a Sunday")
    raw = db.execute("SELECT competences, strengths FROM feedback_rounds").fetchone()
    assert SEEN not in raw[0] and "Listens" not in raw[1]
    assert feedback.load_rounds(db, person.id)[0].view_of("active_listening").seen == SEEN


def test_delete_all_my_data_removes_packs_and_rounds(tmp_path):
    folder, db, person, _, pack = setup(tmp_path)
    feedback.save_round(db, a_round(person.id, pack))
    erase.erase_profile(db, folder, person.id)
    assert db.execute("SELECT count(*) FROM feedback_rounds").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM feedback_packs").fetchone()[0] == 0
