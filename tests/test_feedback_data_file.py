"""Feedback travels in the data file (version 3), merged by id like the rest, and never in a
share file for a group summary."""

from __future__ import annotations

import json

import jsonschema
import pytest
from test_exchange_samples import (
    STRANGE,
    V3_FILE,
    document_of,
    encoded,
    feedback_id,
    sample_feedback,
    sample_person,
    snapshot,
)

from competence_app.exchange import ExchangeError, export_data, import_data, read_data_file
from competence_app.group.share import ShareExtras, build_share, share_bytes
from competence_app.paths import resource_path
from competence_app.store import feedback, reflections
from competence_app.store.database import open_database, open_memory

SCHEMA = json.loads(
    resource_path("resources", "schema", "companion-data-file.schema.json").read_text("utf-8")
)


def test_the_version_3_fixture_is_read_whole():
    data = read_data_file(V3_FILE)
    assert data.document["schema_version"] == 4
    pack = data.document["feedback_packs"][0]
    assert pack["allow_anonymous"] is True
    sam, anonymous = data.document["feedback_rounds"]
    assert (sam["giver_name"], sam["competences"][0]["level"]) == ("Sam ✨", 4)
    assert anonymous["anonymous"] is True and anonymous["giver_name"] == ""
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data.document)) == []


def test_feedback_comes_back_exactly_through_a_real_file(db, framework, tmp_path):
    person = sample_person(db, framework)
    pack, given = sample_feedback(db, person.id)
    written = export_data(db, person.id, framework, tmp_path / "with-feedback")
    document = json.loads(written.read_text("utf-8"))
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document)) == []
    assert [p["id"] for p in document["feedback_packs"]] == [pack.id]
    assert [r["id"] for r in document["feedback_rounds"]] == [given.id]

    other = open_database(tmp_path / "other.sqlite3")
    report = import_data(other, written)
    assert report.tallies["feedback_packs"].added == 1
    assert report.tallies["feedback_rounds"].added == 1
    assert "1 round of feedback" in report.summary()
    (moved,) = feedback.load_rounds(other, person.id)
    assert moved == feedback.load_rounds(db, person.id)[0]
    assert moved.giver_name == "Sam " + STRANGE
    assert feedback.load_pack(other, pack.id) == feedback.load_pack(db, pack.id)
    again = export_data(other, person.id, framework, tmp_path / "again")
    assert json.loads(again.read_text("utf-8"))["feedback_rounds"] == document["feedback_rounds"]


def test_importing_feedback_twice_keeps_one_round(framework, tmp_path):
    laptop = open_memory()
    person = sample_person(laptop, framework)
    sample_feedback(laptop, person.id)
    raw = encoded(document_of(laptop, person.id, framework))
    db = open_memory()
    import_data(db, raw)
    kept = snapshot(db)
    report = import_data(db, raw)
    assert (report.added, report.updated) == (0, 0)
    assert snapshot(db) == kept
    assert len(feedback.load_rounds(db, person.id)) == 1


def test_a_round_from_two_laptops_is_merged_by_its_id(framework):
    laptop = open_memory()
    person = sample_person(laptop, framework)
    sample_feedback(laptop, person.id, giver="Sam")
    first = encoded(document_of(laptop, person.id, framework))
    sample_feedback(laptop, person.id, giver="Priya")
    second = encoded(document_of(laptop, person.id, framework))
    db = open_memory()
    import_data(db, first)
    import_data(db, second)
    assert [r.giver_name for r in feedback.load_rounds(db, person.id)] == ["Sam", "Priya"]


def test_a_round_id_that_belongs_to_someone_else_here_is_refused(framework):
    laptop = open_memory()
    person = sample_person(laptop, framework)
    sample_feedback(laptop, person.id)
    document = document_of(laptop, person.id, framework)
    db = open_memory()
    import_data(db, encoded(document))
    # Another person's file that claims the same round id.
    other = sample_person(db, framework, name="Someone else")
    theirs = document_of(db, other.id, framework)
    theirs["feedback_rounds"] = [
        {**document["feedback_rounds"][0], "pack_id": feedback_id()},
    ]
    theirs["feedback_packs"] = []
    with pytest.raises(ExchangeError) as refused:
        import_data(db, encoded(theirs))
    assert refused.value.problems == [
        "The file: feedback_rounds[0].id: another profile here already has a round of "
        "feedback with this id"
    ]


def test_feedback_never_goes_into_a_share_file(db, framework):
    person = sample_person(db, framework, name="Robin")
    reflection = reflections.list_reflections(db, person.id)[0]
    everything = ShareExtras(name=True, self_words=True, stories=True, support_details=True)
    before = build_share(db, framework, person.id, reflection.id, everything)
    _, given = sample_feedback(db, person.id, giver="Wilhelmina Quince")
    after = build_share(db, framework, person.id, reflection.id, everything)
    for share in (before, after):
        share.pop("share_id")
    assert after == before
    raw = share_bytes(after)
    for words in ("Wilhelmina Quince", given.strengths, given.goals[0].next_step, given.id):
        assert words.encode("utf-8") not in raw
