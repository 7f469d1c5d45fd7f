"""Files written by older versions of the app still read and import, upgraded in memory."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from hypothesis import given, settings
from test_exchange_fuzz import json_values
from test_exchange_samples import (
    V1_FILE,
    V2_FILE,
    V3_FILE,
    V4_FILE,
    encoded,
    snapshot,
    without_export_time,
)

from competence_app.exchange import (
    SCHEMA_VERSION,
    ExchangeError,
    export_data,
    import_data,
    read_data_file,
)
from competence_app.exchange.reading import parse_data_file
from competence_app.exchange.upgrades import (
    UPGRADES,
    oldest_readable,
    upgrade,
    v1_sessions_and_look_back,
    v2_feedback,
    v3_involvement,
)
from competence_app.paths import resource_path
from competence_app.store import feedback, reflections
from competence_app.store.database import open_memory

SCHEMA = json.loads(
    resource_path("resources", "schema", "companion-data-file.schema.json").read_text("utf-8")
)


def v1_document() -> dict:
    return json.loads(V1_FILE.read_text("utf-8"))


def every_answer(document: dict):
    for reflection in document["reflections"]:
        yield from reflection["competences"]


def test_the_fixture_is_a_real_version_1_file():
    document = v1_document()
    assert document["schema_version"] == 1
    assert not any("session" in reflection for reflection in document["reflections"])
    assert not any("look_back" in answer for answer in every_answer(document))


def test_every_published_version_stays_readable():
    assert oldest_readable() == 1
    assert UPGRADES == [v1_sessions_and_look_back, v2_feedback, v3_involvement]
    for version, step in enumerate(UPGRADES, start=1):
        assert step.__doc__.startswith(f"Version {version} to {version + 1}:")


def test_a_version_1_file_reads_with_no_session_and_no_look_back():
    before = V1_FILE.read_bytes()
    data = read_data_file(V1_FILE)
    assert V1_FILE.read_bytes() == before  # upgraded in memory only
    assert data.upgraded_from == 1
    document = data.document
    assert document["schema_version"] == SCHEMA_VERSION == 4
    assert [r["session"] for r in document["reflections"]] == ["", ""]
    assert [a["look_back"] for a in every_answer(document)] == [None] * 4
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document)) == []
    assert (document.pop("feedback_packs"), document.pop("feedback_rounds")) == ([], [])
    assert document.pop("involvement") == []
    # Nothing else changes: without the two new fields it is the old file, word for word.
    for reflection in document["reflections"]:
        del reflection["session"]
        for answer in reflection["competences"]:
            del answer["look_back"]
    assert document == {**v1_document(), "schema_version": 4}


def test_a_version_1_file_imports_and_exports_as_version_4(framework, tmp_path):
    db = open_memory()
    data = read_data_file(V1_FILE)
    report = import_data(db, data)
    # A profile, 2 reflections, 6 answers, the wellbeing section, a goal, an action, a support.
    assert (report.added, report.updated, report.unchanged) == (13, 0, 0)

    start, later = reflections.list_reflections(db, data.profile_id)
    assert (start.label, start.session, later.session) == ("Start of programme", "", "")
    listening = start.competence("active_listening")
    assert (listening.level, listening.confidence, listening.look_back) == (4, 3, None)
    research = start.competence("research")
    assert (research.not_yet, research.level, research.look_back) == (True, None, None)
    assert later.competence("story_telling").look_back is None

    written = export_data(db, data.profile_id, framework, tmp_path / "moved")
    again = json.loads(written.read_text("utf-8"))
    assert again["schema_version"] == 4
    expected = {**data.document}
    # The same content; only the app that wrote it, and the version of the framework in use
    # now, may differ.
    again.pop("app")
    assert again.pop("framework") == {"id": "citizen-leadership", "version": framework.version}
    expected = {k: v for k, v in expected.items() if k not in ("app", "framework")}
    assert without_export_time(again) == without_export_time(expected)


def test_the_version_2_fixture_is_a_real_version_2_file():
    document = json.loads(V2_FILE.read_text("utf-8"))
    assert document["schema_version"] == 2
    assert "feedback_packs" not in document and "feedback_rounds" not in document
    assert document["reflections"][0]["session"] == "Spring cohort, day 1"


def test_a_version_2_file_reads_with_no_feedback_and_nothing_else_changed():
    before = V2_FILE.read_bytes()
    data = read_data_file(V2_FILE)
    assert V2_FILE.read_bytes() == before
    assert data.upgraded_from == 2
    document = data.document
    assert document["schema_version"] == 4
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document)) == []
    assert (document.pop("feedback_packs"), document.pop("feedback_rounds")) == ([], [])
    assert document.pop("involvement") == []
    assert document == {**json.loads(before), "schema_version": 4}


def test_a_version_2_file_imports_beside_the_same_person_with_feedback_in_version_3(framework):
    # The version-3 fixture is the version-2 person after feedback came back: importing the
    # older file over it adds nothing and takes no feedback away.
    db = open_memory()
    newer = read_data_file(V3_FILE)
    assert newer.upgraded_from == 3  # version 4 added my involvement
    import_data(db, newer)
    kept = snapshot(db)
    report = import_data(db, read_data_file(V2_FILE))
    assert report.added == 0
    assert snapshot(db) == kept
    rounds = feedback.load_rounds(db, newer.profile_id)
    assert [(r.giver_name, r.anonymous) for r in rounds] == [("Sam ✨", False), ("", True)]


def test_the_version_2_upgrade_keeps_lists_already_there_for_the_checks_to_judge():
    assert v2_feedback({}) == {"feedback_packs": [], "feedback_rounds": []}
    odd = {"feedback_packs": 5}
    assert v2_feedback(odd) == {"feedback_packs": 5, "feedback_rounds": []}


def test_a_damaged_version_1_file_is_named_place_by_place():
    document = v1_document()
    document["reflections"][0]["competences"] = 5
    document["reflections"][1]["competences"][0] = "a story"
    document["reflections"].append(None)
    with pytest.raises(ExchangeError) as refused:
        read_data_file(encoded(document))
    assert refused.value.problems == [
        "reflections[0].competences: must be a list (between [ and ])",
        "reflections[1].competences[0]: must be a JSON object (named fields between { and })",
        "reflections[2]: must be a JSON object (named fields between { and })",
    ]


@settings(max_examples=300, deadline=None, database=None)
@given(json_values)
def test_the_version_1_upgrade_copes_with_any_shape(value):
    # It runs before the checks, so whatever it is given it must hand on for them to judge.
    untouched = {"reflections": copy.deepcopy(value)}
    v1_sessions_and_look_back(untouched)
    if not isinstance(value, list):
        assert untouched == {"reflections": value}
    v1_sessions_and_look_back({"reflections": [value]})
    v1_sessions_and_look_back({"reflections": [{"competences": value}]})


# The upgrade machinery itself, with made-up older versions.


def test_a_made_up_version_0_is_brought_up_through_every_published_upgrade():
    def nest_name(document: dict) -> dict:
        """Made-up version 0: the profile's name sat at the top as "person"."""
        document["profile"]["name"] = document.pop("person")
        return document

    old = v1_document()
    old["schema_version"] = 0
    old["person"] = old["profile"].pop("name")
    steps = [nest_name, *UPGRADES]
    data = parse_data_file(encoded(old), "old.companion.json", upgrade_steps=steps)
    assert data.upgraded_from == 0
    assert data.document == read_data_file(V1_FILE).document
    with pytest.raises(ExchangeError, match="older than any this app can read"):
        old["schema_version"] = -1
        parse_data_file(encoded(old), "old.companion.json", upgrade_steps=steps)


def test_upgrades_run_in_order_and_a_damaged_old_file_gets_a_plain_message():
    def make_step(number):
        def step(document):
            document["seen"] = [*document.get("seen", []), number]
            return document

        return step

    every_step = [make_step(n) for n in (0, 1, 2, 3)]
    upgraded = upgrade({"schema_version": 1}, 1, "f", current=4, upgrades=every_step)
    assert upgraded == {"schema_version": 4, "seen": [1, 2, 3]}

    def fragile(document):
        return document["a field an old file should have"]

    with pytest.raises(ExchangeError, match="its contents do not match that version"):
        upgrade({}, 0, "f", current=1, upgrades=[fragile])


def test_a_version_3_file_reads_with_no_involvement_and_nothing_else_changed():
    before = V3_FILE.read_bytes()
    data = read_data_file(V3_FILE)
    assert V3_FILE.read_bytes() == before
    assert data.upgraded_from == 3
    document = data.document
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document)) == []
    assert document.pop("involvement") == []
    assert document == {**json.loads(before), "schema_version": 4}


def test_the_version_4_fixture_carries_involvement_exactly_and_merges_by_id(framework):
    from competence_app.store import involvement

    db = open_memory()
    newer = read_data_file(V4_FILE)
    assert newer.upgraded_from is None
    import_data(db, newer)
    entries = involvement.load_involvements(db, newer.profile_id)
    assert [(e.organisation, e.minutes, e.currency) for e in entries] == [
        ("Ayuntamiento de Sevilla", 90, "EUR"),
        ("City Council ✨", 150, "GBP"),
    ]
    owed = entries[1].expenses[0]
    assert (owed.kind, owed.amount, owed.claimed_on, owed.paid_on) == (
        "travel",
        1260,
        "2025-02-13",
        "",
    )
    assert entries[1].debrief.what == "They talked over me" and entries[1].how_am_i == 2
    kept = snapshot(db)
    # The older files of the same person add nothing and take no activity away.
    for older in (V3_FILE, V2_FILE):
        assert import_data(db, read_data_file(older)).added == 0
    assert snapshot(db) == kept
    assert import_data(db, read_data_file(V4_FILE)).added == 0


def test_the_version_3_upgrade_keeps_a_list_already_there_for_the_checks_to_judge():
    assert v3_involvement({}) == {"involvement": []}
    assert v3_involvement({"involvement": 5}) == {"involvement": 5}
