"""The documentation, the JSON Schema and the app's own checks describe the same format."""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path

import jsonschema
import pytest
from test_exchange_samples import document_of, encoded, sample_feedback, sample_person

from competence_app.exchange import SCHEMA_VERSION, ExchangeError, read_data_file
from competence_app.exchange import validation as v
from competence_app.paths import resource_path
from competence_app.store.database import open_memory

DOCS = Path(__file__).resolve().parent.parent / "docs" / "data-file.md"
SCHEMA = json.loads(
    resource_path("resources", "schema", "companion-data-file.schema.json").read_text("utf-8")
)


def schema_at(*steps: str) -> dict:
    node = SCHEMA
    for step in steps:
        node = node[step]
    return node


PAIRS = {
    "top level": ((), v.DOCUMENT),
    "app": (("properties", "app"), v.APP),
    "framework": (("properties", "framework"), v.FRAMEWORK),
    "profile": (("$defs", "profile"), v.PROFILE),
    "reflection": (("$defs", "reflection"), v.REFLECTION),
    "competence answer": (("$defs", "competence_answer"), v.COMPETENCE_ANSWER),
    "role answer": (("$defs", "role_answer"), v.ROLE_ANSWER),
    "plan": (("$defs", "plan"), v.PLAN),
    "wellbeing": (("$defs", "plan", "properties", "wellbeing"), v.WELLBEING),
    "mentor": (("$defs", "plan", "properties", "mentor"), v.MENTOR),
    "goal": (("$defs", "goal"), v.GOAL),
    "action": (("$defs", "action"), v.ACTION),
    "support": (("$defs", "support"), v.SUPPORT),
    "feedback pack": (("$defs", "feedback_pack"), v.FEEDBACK_PACK),
    "feedback round": (("$defs", "feedback_round"), v.FEEDBACK_ROUND),
    "competence view": (("$defs", "competence_view"), v.COMPETENCE_VIEW),
    "goal view": (("$defs", "goal_view"), v.GOAL_VIEW),
    "involvement": (("$defs", "involvement"), v.INVOLVEMENT),
    "expense": (("$defs", "expense"), v.EXPENSE),
    "debrief": (("$defs", "involvement", "properties", "debrief"), v.DEBRIEF),
}


@pytest.mark.parametrize("part", PAIRS)
def test_schema_and_checks_name_the_same_required_fields(part):
    steps, spec = PAIRS[part]
    node = schema_at(*steps)
    assert list(node["properties"]) == list(spec)
    assert node["required"] == list(spec)
    assert node["additionalProperties"] is False


@pytest.mark.parametrize("part", PAIRS)
def test_the_documentation_describes_every_field(part):
    _, spec = PAIRS[part]
    described = set(re.findall(r"^\| `([a-z_]+)`", DOCS.read_text("utf-8"), re.MULTILINE))
    described |= {"framework_version"}  # shares a row with framework_id
    assert set(spec) <= described


def test_the_version_history_has_a_row_for_every_version():
    history = DOCS.read_text("utf-8").split("### Version history", 1)[1].split("\n## ", 1)[0]
    versions = [int(n) for n in re.findall(r"^\| (\d+) \|", history, re.MULTILINE)]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_the_documented_example_is_a_valid_file():
    example = re.search(r"## An example\n\n```json\n(.*?)\n```", DOCS.read_text("utf-8"), re.S)
    raw = example.group(1).encode("utf-8")
    assert read_data_file(raw).profile_name == "Robin"
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(json.loads(raw))) == []


@pytest.fixture(scope="module")
def valid(framework):
    laptop = open_memory()
    person = sample_person(laptop, framework, name="Robin")
    sample_feedback(laptop, person.id)
    return document_of(laptop, person.id, framework)


MISTAKES = {
    "level too high": lambda d: d["reflections"][0]["competences"][0].update(level=6),
    "level true": lambda d: d["reflections"][0]["competences"][0].update(level=True),
    "level as text": lambda d: d["reflections"][0]["competences"][0].update(level="4"),
    "confidence 4": lambda d: d["reflections"][0]["competences"][0].update(confidence=4),
    "look back 0": lambda d: d["reflections"][0]["competences"][0].update(look_back=0),
    "look back 6": lambda d: d["reflections"][0]["competences"][0].update(look_back=6),
    "look back as text": lambda d: d["reflections"][0]["competences"][1].update(look_back="2"),
    "session null": lambda d: d["reflections"][0].update(session=None),
    "session missing": lambda d: d["reflections"][1].pop("session"),
    "level with not yet": lambda d: d["reflections"][0]["competences"][1].update(level=2),
    "wish 5": lambda d: d["reflections"][0]["roles"][0].update(wish=5),
    "empty role id": lambda d: d["reflections"][0]["roles"][0].update(role_id=""),
    "negative page": lambda d: d["reflections"][0].update(current_page=-1),
    "page of 1e40": lambda d: d["reflections"][0].update(current_page=10**40),
    "position past SQLite": lambda d: d["plan"]["goals"][0].update(position=2**63),
    "unknown status": lambda d: d["plan"]["goals"][0].update(status="done"),
    "short date": lambda d: d["plan"]["goals"][0]["actions"][0].update(due="2025-1-1"),
    "done as 1": lambda d: d["plan"]["goals"][0]["actions"][0].update(done=1),
    "upper-case id": lambda d: d["profile"].update(id=d["profile"]["id"].upper()),
    "export time without offset": lambda d: d.update(exported_at="2025-01-01T10:00:00"),
    "time as a date": lambda d: d["profile"].update(updated_at="2025-01-01"),
    "unknown field": lambda d: d["plan"].update(notes=""),
    "missing field": lambda d: d["plan"]["mentor"].pop("name"),
    "word as a number": lambda d: d["profile"].update(self_words=[1]),
    "other format": lambda d: d.update(format="something-else"),
    "feedback level 6": lambda d: d["feedback_rounds"][0]["competences"][0].update(level=6),
    "feedback level with not seen": lambda d: d["feedback_rounds"][0]["competences"][1].update(
        level=2
    ),
    "dashed round id": lambda d: d["feedback_rounds"][0].update(id=str(uuid.uuid4())),
    "unknown relation": lambda d: d["feedback_packs"][0].update(relation="boss"),
    "giver name too long": lambda d: d["feedback_rounds"][0].update(giver_name="x" * 201),
    "no given date": lambda d: d["feedback_rounds"][0].update(given_on=""),
    "feedback missing": lambda d: d.pop("feedback_rounds"),
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_schema_and_app_refuse_the_same_mistakes(valid, mistake):
    document = copy.deepcopy(valid)
    MISTAKES[mistake](document)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document))
    with pytest.raises(ExchangeError):
        read_data_file(encoded(document))
