"""The JSON Schemas shipped for tools and the app's own field checks agree on every file:
whatever is changed in a sound data file or share file, both accept it or both refuse it.
And however a share file is damaged, the group loader answers with a status, never an error.
"""

from __future__ import annotations

import copy
import json
import os

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_fuzz import huge_integers, json_values, places
from test_exchange_samples import document_of, sample_feedback, sample_person
from test_group_share import person

from competence_app.exchange.validation import problems_in as data_problems
from competence_app.group import fileformat
from competence_app.group.loading import REFUSED, load_shares
from competence_app.group.share import InvolvementCounts, ShareExtras, share_bytes
from competence_app.paths import resource_path
from competence_app.store.database import open_memory

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))


def schema(name: str) -> jsonschema.Draft202012Validator:
    loaded = json.loads(resource_path("resources", "schema", name).read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return jsonschema.Draft202012Validator(loaded)


DATA_SCHEMA = schema("companion-data-file.schema.json")
SHARE_SCHEMA = schema("companion-share-file.schema.json")

# Values that break a rule of one field or another: other types, numbers past every
# range (and past SQLite's), texts just past each length limit, lists past theirs.
SHARP = [
    "🙂 not what belongs here",
    "",
    " ",
    7,
    -1,
    0,
    1.5,
    True,
    None,
    [],
    {},
    "x" * 41,
    "x" * 101,
    "x" * 201,
    "x" * 100_001,
    ["a"] * 201,
    "2026-02-3",
    2**63,
    10**40,
]
REPLACEMENTS = st.one_of(st.sampled_from(SHARP), huge_integers, json_values)


def every_change(valid: dict):
    """Each field of each kind (the first entry of every list stands for the others)
    deleted, and replaced by each sharp value in turn, plus an unknown field everywhere."""
    for path, in_object in places(valid):
        if any(isinstance(step, int) and step > 0 for step in path):
            continue
        for value in ["<delete>", *SHARP]:
            if value == "<delete>" and not in_object:
                continue
            document = copy.deepcopy(valid)
            parent = document
            for key in path[:-1]:
                parent = parent[key]
            if value == "<delete>":
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
            if isinstance(parent, dict):
                yield document
                document = copy.deepcopy(document)
                parent = document
                for key in path[:-1]:
                    parent = parent[key]
                parent["levle"] = 1
            yield document


def disagreements(validator, app_check, documents) -> list:
    found = []
    for document in documents:
        app = app_check(document)
        if bool(app) == validator.is_valid(document):
            found.append((app, [e.message for e in validator.iter_errors(document)]))
    return found


def mutated(valid: dict):
    spots = list(places(valid))

    @st.composite
    def change(draw) -> dict:
        document = copy.deepcopy(valid)
        path, in_object = draw(st.sampled_from(spots))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        choice = draw(st.sampled_from(["delete", "replace", "replace", "add"]))
        if choice == "delete" and in_object:
            del parent[path[-1]]
        elif choice == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["email", "levle", "notes"]))] = "x"
        else:
            parent[path[-1]] = draw(REPLACEMENTS)
        return document

    return change()


def share_with_everything(framework) -> dict:
    return person(
        framework,
        not_yet=(framework.competences[1].id,),
        supports=(framework.supports[0].id,),
        session="Spring",
        look_back={framework.competences[0].id: 2},
        extras=ShareExtras(
            name=True,
            self_words=True,
            stories=True,
            support_details=True,
            involvement=True,
            expenses_owed=True,
        ),
        words=("carer",),
        story="A story.",
        detail="Paid on time.",
        involvement=InvolvementCounts(5, 600, 300, (40, 2)),
    )


def test_a_sound_share_file_passes_both(framework):
    share = share_with_everything(framework)
    assert set(share) == set(fileformat.REQUIRED_FIELDS) | set(fileformat.EXTRA_FIELDS)
    assert fileformat.problems_in(share) == []
    assert list(SHARE_SCHEMA.iter_errors(share)) == []


def test_schema_and_app_name_the_same_share_fields():
    top = SHARE_SCHEMA.schema
    assert set(top["required"]) == set(fileformat.REQUIRED_FIELDS)
    assert set(top["properties"]) == set(fileformat.SHARE) | set(fileformat.EXTRAS)
    defs = top["$defs"]
    assert list(defs["competence"]["properties"]) == list(fileformat.COMPETENCE)
    assert list(defs["role"]["properties"]) == list(fileformat.ROLE)
    assert list(top["properties"]["stories"]["items"]["properties"]) == list(fileformat.STORY)
    assert list(top["properties"]["involvement"]["properties"]) == list(fileformat.INVOLVEMENT)


def test_share_schema_and_share_checks_agree_on_each_field_and_sharp_value(framework):
    valid = share_with_everything(framework)
    assert disagreements(SHARE_SCHEMA, fileformat.problems_in, every_change(valid)) == []


def test_data_schema_and_data_checks_agree_on_each_field_and_sharp_value(valid_data_file):
    changes = every_change(valid_data_file)
    assert disagreements(DATA_SCHEMA, data_problems, changes) == []


def test_share_schema_and_share_checks_agree_on_random_changes(framework):
    valid = share_with_everything(framework)
    disagreements = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
    )
    @given(mutated(valid))
    def check(share: dict) -> None:
        app = fileformat.problems_in(share)
        tools = [e.message for e in SHARE_SCHEMA.iter_errors(share)]
        if bool(app) != bool(tools):
            disagreements.append((share, app, tools))

    check()
    assert disagreements == []


@pytest.fixture(scope="module")
def valid_data_file(framework) -> dict:
    laptop = open_memory()
    person = sample_person(laptop, framework, name="Robin")
    sample_feedback(laptop, person.id)
    return document_of(laptop, person.id, framework)


def test_data_schema_and_data_checks_agree_on_random_changes(valid_data_file):
    disagreements = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
    )
    @given(mutated(valid_data_file))
    def check(document: dict) -> None:
        app = data_problems(document)
        tools = [e.message for e in DATA_SCHEMA.iter_errors(document)]
        if bool(app) != bool(tools):
            disagreements.append((app, tools))

    check()
    assert disagreements == []


def test_any_damaged_share_file_gets_a_status_never_an_error(framework, tmp_path):
    valid = share_with_everything(framework)
    raw = share_bytes(valid)
    target = tmp_path / "one.share.json"
    seen = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(
        st.one_of(
            st.binary(max_size=300),
            json_values.map(lambda v: json.dumps(v).encode()),
            mutated(valid).map(lambda d: json.dumps(d, ensure_ascii=False).encode()),
            st.integers(0, len(raw)).map(lambda end: raw[:end]),
        )
    )
    def check(content: bytes) -> None:
        target.write_bytes(content)
        result = load_shares([target], framework)
        [status] = result.files
        assert status.status == REFUSED or len(result.shares) == 1
        assert status.status != REFUSED or status.reason.strip()
        seen.append(status.status)

    check()
    assert REFUSED in seen
