"""Export, import into an empty data folder, export again: nothing lost or changed."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_samples import (
    SESSION,
    STRANGE,
    sample_person,
    without_export_time,
)

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.domain.plan import GOAL_STATUSES, Mentor, Wellbeing
from competence_app.exchange import (
    export_data,
    import_data,
    read_data_file,
)
from competence_app.paths import resource_path
from competence_app.store import plans, profiles, reflections
from competence_app.store.database import open_database, open_memory


def test_a_real_export_validates_against_the_published_schema(db, framework, tmp_path):
    person = sample_person(db, framework)
    written = export_data(db, person.id, framework, tmp_path / "robin")
    schema = json.loads(
        resource_path("resources", "schema", "companion-data-file.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(written.read_text("utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document)) == []
    # The schema is not a rubber stamp: it refuses what the app refuses.
    document["reflections"][0]["competences"][0]["level"] = 6
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    document["reflections"][0]["competences"][0]["level"] = 3
    document["reflections"][0]["competences"][0]["look_back"] = 6
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document))


def test_strange_text_comes_back_exactly_through_real_files(db, framework, tmp_path):
    person = sample_person(db, framework)
    written = export_data(db, person.id, framework, tmp_path / "strange.companion.json")
    other = open_database(tmp_path / "other.sqlite3")
    import_data(other, written)
    moved = profiles.list_profiles(other)[0]
    assert moved.name == STRANGE.strip()
    assert moved.self_words == ["carer", STRANGE, "just me"]
    first, later = reflections.list_reflections(other, person.id)
    assert (first.session, later.session) == (SESSION, "")
    answer = first.competence(framework.competences[0].id)
    assert answer.example == STRANGE
    assert answer.look_back == 2
    assert first.competence(framework.competences[1].id).look_back is None
    assert first.role(framework.roles[0].id).notes == STRANGE
    plan = plans.load_plan(other, person.id)
    assert plan.wellbeing.drains == STRANGE
    assert plan.goals[0].supports[0].detail == STRANGE
    other.close()


def test_read_data_file_summarises_without_writing(db, framework, tmp_path):
    person = sample_person(db, framework, name="Robin")
    written = export_data(db, person.id, framework, tmp_path / "r.companion.json")
    data = read_data_file(written)
    assert (data.profile_name, data.reflection_count, data.goal_count) == ("Robin", 2, 1)
    assert data.exported_at.tzinfo is not None


# The property: any person's data survives the journey unchanged.

texts = st.text(max_size=40)
levels = st.one_of(st.none(), st.integers(1, 5))
# Session names come from a facilitator's keyboard in any language; STRANGE adds the
# text that has broken exporters before (NUL, bidi controls, separators, emoji).
sessions = st.one_of(st.just(""), texts, st.just(SESSION), texts.map(lambda t: STRANGE + t))


@st.composite
def people(draw, framework):
    known = [c.id for c in framework.competences]
    competence_ids = st.one_of(st.sampled_from(known), st.text(min_size=1, max_size=12))
    role_ids = st.one_of(st.sampled_from([r.id for r in framework.roles]), st.text(min_size=1))
    dates = st.one_of(st.just(""), st.dates().map(date.isoformat))
    answers = st.builds(
        CompetenceAnswer,
        competence_id=competence_ids,
        level=levels,
        not_yet=st.booleans(),
        confidence=st.one_of(st.none(), st.integers(1, 3)),
        example=texts,
        develop=st.booleans(),
        look_back=levels,
    )
    roles = st.builds(
        RoleAnswer,
        role_id=role_ids,
        now=st.one_of(st.none(), st.integers(0, 4)),
        wish=st.one_of(st.none(), st.integers(0, 4)),
        notes=texts,
    )
    reflection = st.tuples(texts, sessions, st.integers(0, 30), st.lists(answers), st.lists(roles))
    goal = st.fixed_dictionaries(
        {
            "title": texts,
            "why": texts,
            "evidence": texts,
            "who_can_help": texts,
            "target_date": dates,
            "status": st.sampled_from(GOAL_STATUSES),
            "competence_ids": st.lists(competence_ids, max_size=3),
            "role_ids": st.lists(role_ids, max_size=2),
            "actions": st.lists(st.tuples(texts, dates, st.booleans()), max_size=3),
            "supports": st.lists(st.tuples(st.text(min_size=1), texts), max_size=3),
        }
    )
    return {
        "name": draw(texts),
        "words": draw(st.lists(texts, max_size=4)),
        "reflections": draw(st.lists(reflection, max_size=3)),
        "wellbeing": draw(st.one_of(st.none(), st.builds(Wellbeing, texts, texts, texts))),
        "mentor": draw(st.one_of(st.none(), st.builds(Mentor, texts, texts, dates))),
        "goals": draw(st.lists(goal, max_size=3)),
    }


def store(db, framework, person: dict) -> str:
    """Save a generated person through the store, as the app's screens do."""
    profile = profiles.create_profile(db, person["name"], person["words"])
    for label, session, page, answers, roles in person["reflections"]:
        reflection = reflections.create_reflection(
            db, profile.id, label, framework.id, framework.version, session=session
        )
        reflections.set_current_page(db, reflection.id, page)
        for answer in answers:
            reflections.save_competence_answer(db, reflection.id, answer)
        for answer in roles:
            reflections.save_role_answer(db, reflection.id, answer)
    if person["wellbeing"]:
        plans.save_wellbeing(db, profile.id, person["wellbeing"])
    if person["mentor"]:
        plans.save_mentor(db, profile.id, person["mentor"])
    for fields in person["goals"]:
        goal = plans.create_goal(db, profile.id, fields["title"])
        for name in ("why", "evidence", "who_can_help", "target_date", "status"):
            setattr(goal, name, fields[name])
        goal.competence_ids, goal.role_ids = fields["competence_ids"], fields["role_ids"]
        plans.save_goal(db, goal)
        for text, due, done in fields["actions"]:
            action = plans.add_action(db, goal.id, text, due)
            if done:
                action.done = True
                plans.save_action(db, action)
        for support_id, detail in fields["supports"]:
            plans.add_support(db, goal.id, support_id, detail)
    return profile.id


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("round-trip")


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_any_person_survives_export_import_export(data, framework, out_dir):
    person = data.draw(people(framework))
    source = open_memory()
    profile_id = store(source, framework, person)
    first = export_data(source, profile_id, framework, out_dir / "first.companion.json")

    target = open_memory()
    report = import_data(target, first)
    assert report.updated == report.unchanged == 0
    second = export_data(target, profile_id, framework, out_dir / "second.companion.json")

    before, after = (json.loads(p.read_text("utf-8")) for p in (first, second))
    assert without_export_time(after) == without_export_time(before)
    # What the screens show on the new laptop, session and look-back ratings included.
    moved = reflections.list_reflections(target, profile_id)
    assert moved == reflections.list_reflections(source, profile_id)
