"""The feedback file's JSON Schema, its documentation and the app's reader describe the same
file: whatever is changed in a sound feedback file, both accept it or both refuse it."""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path

import pytest
from feedback_samples import HOSTILE, anonymous, answer, encoded, person_with_pack
from hypothesis import HealthCheck, given, settings
from test_file_schemas import EXAMPLES, disagreements, every_change, mutated, schema

from competence_app.domain.feedback import FeedbackPack
from competence_app.exchange import feedback_file as reader
from competence_app.store import feedback

SCHEMA = schema("companion-feedback-file.schema.json")
DOCS = Path(__file__).resolve().parent.parent / "docs" / "feedback-file.md"
PACK = FeedbackPack(
    uuid.uuid4().hex,
    str(uuid.uuid4()),
    str(uuid.uuid4()),
    competence_ids=["active_listening", "research", "lobbying", "mediating"],
    goal_ids=[str(uuid.uuid4())],
    allow_anonymous=True,
)


def sound() -> dict:
    document = answer(PACK, name="Sam " + HOSTILE)
    document["overall"]["strengths"] = "Listens first\nand waits"
    return document


def test_a_sound_file_passes_both():
    for document in (sound(), anonymous(PACK)):
        assert reader.problems_in(document) == []
        assert list(SCHEMA.iter_errors(document)) == []


def test_schema_and_reader_name_the_same_fields():
    top = SCHEMA.schema
    assert list(top["properties"]) == list(reader.FILE) == top["required"]
    assert list(top["properties"]["giver"]["properties"]) == list(reader.GIVER)
    assert list(top["properties"]["overall"]["properties"]) == list(reader.OVERALL)
    assert list(top["$defs"]["competence"]["properties"]) == list(reader.COMPETENCE)
    assert list(top["$defs"]["goal"]["properties"]) == list(reader.GOAL)


def test_the_documentation_describes_every_field():
    described = set(re.findall(r"^\| `([a-z_]+)`", DOCS.read_text("utf-8"), re.MULTILINE))
    every = {*reader.FILE, *reader.GIVER, *reader.OVERALL, *reader.COMPETENCE, *reader.GOAL}
    assert every <= described


def test_the_documented_example_passes_both(db, framework):
    example = re.search(r"## An example\n\n```json\n(.*?)\n```", DOCS.read_text("utf-8"), re.S)
    document = json.loads(example.group(1))
    assert reader.problems_in(document) == []
    assert list(SCHEMA.iter_errors(document)) == []
    # And it reads whole against a pack that matches it.
    person = person_with_pack(db, framework)
    goal_id = document["goals"][0]["goal_id"]
    feedback.record_pack(
        db,
        FeedbackPack(
            document["pack_id"],
            person.profile.id,
            document["reflection_id"],
            competence_ids=["active_listening", "research"],
            goal_ids=[goal_id],
        ),
    )
    read = reader.read_feedback_file(db, encoded(document), person.profile.id)
    assert read.round.giver_name == "Sam" and read.comment_count == 7


INVALID = {
    "level 0": lambda d: d["competences"][0].update(level=0),
    "level with not seen": lambda d: d["competences"][0].update(not_seen=True),
    "name while anonymous": lambda d: d["giver"].update(anonymous=True),
    "NUL in focus": lambda d: d["overall"].update(focus="a\x00b"),
    "newer version": lambda d: d.update(schema_version=2),
    "no id": lambda d: d.pop("id"),
    "upper-case id": lambda d: d.update(id=d["id"].upper()),
    "next meeting with a time": lambda d: d["overall"].update(next_meeting="2027-01-12T10:00"),
    "long support": lambda d: d["goals"][0].update(support="x" * 10_001),
    "empty competence id": lambda d: d["competences"][0].update(competence_id=""),
    "HTML field": lambda d: d.update(html="<p>hi</p>"),
}


@pytest.mark.parametrize("mistake", INVALID)
def test_schema_and_reader_refuse_the_same_samples(mistake):
    document = sound()
    INVALID[mistake](document)
    assert reader.problems_in(document)
    assert list(SCHEMA.iter_errors(document))


def test_schema_and_reader_agree_on_each_field_and_sharp_value():
    for valid in (sound(), anonymous(PACK)):
        assert disagreements(SCHEMA, reader.problems_in, every_change(valid)) == []


def test_schema_and_reader_agree_on_random_changes():
    found = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
    )
    @given(mutated(sound()))
    def check(document: dict) -> None:
        app = reader.problems_in(copy.deepcopy(document))
        tools = [e.message for e in SCHEMA.iter_errors(document)]
        if bool(app) != bool(tools):
            found.append((document, app, tools))

    check()
    assert found == []
