"""Every schema version people may have on their laptops opens, migrates and keeps its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from competence_app.store import plans, profiles, reflections
from competence_app.store.database import applied_migrations, known_migrations, open_database

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VERSIONS = sorted(FIXTURES.glob("schema-v*.sqlite3"))


def test_there_is_a_fixture_for_every_schema_version():
    assert [p.name for p in VERSIONS] == [
        f"schema-v{n}.sqlite3" for n in range(1, len(known_migrations()) + 1)
    ]


@pytest.mark.parametrize("fixture", VERSIONS, ids=lambda p: p.stem)
def test_old_database_migrates_and_keeps_everything(fixture, tmp_path):
    path = tmp_path / "companion.sqlite3"
    shutil.copy(fixture, path)
    db = open_database(path)
    assert applied_migrations(db) == known_migrations()
    person = profiles.current_profile(db)
    assert (person.name, person.self_words) == ("Fixture person ✨", ["carer"])
    reflection = reflections.latest_reflection(db, person.id)
    assert reflection.label == "Start of programme" and reflection.current_page == 4
    mediating = reflection.competence("mediating")
    assert (mediating.level, mediating.confidence, mediating.example, mediating.develop) == (
        3,
        2,
        "The bus stop meeting",
        True,
    )
    assert reflection.competence("research").not_yet
    assert reflection.role("citizen_leader").notes == "Not sure about the title"
    plan = plans.load_plan(db, person.id)
    if fixture.stem == "schema-v1":
        assert plan.goals == [], "version 1 had no plan; it starts empty"
    else:
        goal = plan.goals[0]
        assert (goal.title, goal.status, goal.competence_ids) == (
            "Speak at the board",
            "under_way",
            ["story_telling"],
        )
        assert goal.actions[0].done and goal.supports[0].support_id == "expenses"
        assert plan.mentor.name == "Jo" and plan.wellbeing.restores == "Walks"
    if fixture.stem >= "schema-v3":
        assert reflection.session == "Cohort 4, day 1"
        assert mediating.look_back == 2
    else:
        assert reflection.session == "" and mediating.look_back is None
    db.close()


def test_feedback_kept_in_version_5_survives_and_stays_apart_from_own_answers(tmp_path):
    from competence_app.store import feedback

    path = tmp_path / "companion.sqlite3"
    shutil.copy(FIXTURES / "schema-v5.sqlite3", path)
    db = open_database(path)
    person = profiles.current_profile(db)
    (kept,) = feedback.load_rounds(db, person.id)
    assert (kept.giver_name, kept.view_of("mediating").level) == ("Rosa", 4)
    # The mentor's level is theirs: the person's own answer is unchanged.
    assert reflections.latest_reflection(db, person.id).competence("mediating").level == 3


def test_involvement_kept_in_version_6_comes_back_exact(tmp_path):
    from competence_app.store import involvement

    path = tmp_path / "companion.sqlite3"
    shutil.copy(FIXTURES / "schema-v6.sqlite3", path)
    db = open_database(path)
    person = profiles.current_profile(db)
    (entry,) = involvement.load_involvements(db, person.id)
    assert (entry.organisation, entry.minutes, entry.expenses[0].amount) == (
        "City Council",
        150,
        1260,
    )
    assert entry.debrief.what == "They talked over me" and entry.how_am_i == 2
