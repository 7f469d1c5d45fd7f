"""Importing merges by id: new records are added, a newer copy wins, nothing is deleted,
importing twice changes nothing, and a refused import changes nothing at all."""

from __future__ import annotations

import copy

import pytest
from test_exchange_samples import (
    document_of,
    encoded,
    file_digest,
    sample_person,
    snapshot,
)

from competence_app.exchange import ExchangeError, export_data, import_data, read_data_file
from competence_app.store import plans, profiles, reflections
from competence_app.store.database import open_memory

EARLIER = "2001-01-01T00:00:00+00:00"
LATER = "2999-01-01T00:00:00+00:00"


@pytest.fixture
def robin(framework):
    """Robin's data file content, made on another laptop."""
    laptop = open_memory()
    person = sample_person(laptop, framework, name="Robin")
    return document_of(laptop, person.id, framework)


def test_importing_the_same_file_twice_changes_nothing(db, framework, tmp_path, robin):
    path = tmp_path / "robin.companion.json"
    path.write_bytes(encoded(robin))
    first = import_data(db, path)
    # profile, reflections, answers, plan, goal, action, support, an activity
    assert first.added == 1 + 2 + 5 + 1 + 1 + 1 + 1 + 1
    assert first.updated == first.unchanged == 0
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = tmp_path / "test.sqlite3"
    rows, digest = snapshot(db), file_digest(database)

    again = import_data(db, path)

    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)
    assert again.summary() == f"Nothing new: all {first.added} records were already here."
    assert snapshot(db) == rows
    assert file_digest(database) == digest


def later_copy(document: dict) -> dict:
    """The same person's file after more work on a second laptop."""
    newer = copy.deepcopy(document)
    reflection = newer["reflections"][0]
    reflection.update(label="Renamed later", session="Autumn cohort", updated_at=LATER)
    reflection["competences"][0].update(
        level=5, example="a better story", look_back=1, updated_at=LATER
    )
    goal = newer["plan"]["goals"][0]
    goal.update(title="Retitled", updated_at=LATER)
    goal["actions"][0]["done"] = True
    # This laptop had an old copy of the name: an older change must not win.
    newer["profile"].update(name="Old name", updated_at=EARLIER)
    extra = copy.deepcopy(reflection)
    extra.update(id="00000000-0000-4000-8000-000000000001", label="Only on laptop B")
    newer["reflections"].append(extra)
    return newer


@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_two_files_with_the_same_records_the_newer_copy_wins(framework, robin, order):
    newer = later_copy(robin)
    files = [robin, newer] if order == "older first" else [newer, robin]
    db = open_memory()
    reports = [import_data(db, encoded(document)) for document in files]

    profile_id = robin["profile"]["id"]
    assert profiles.list_profiles(db)[0].name == "Robin"
    stored = {r.id: r for r in reflections.list_reflections(db, profile_id)}
    first = stored[robin["reflections"][0]["id"]]
    assert (first.label, first.session) == ("Renamed later", "Autumn cohort")
    answer = first.competence(robin["reflections"][0]["competences"][0]["competence_id"])
    assert (answer.level, answer.example, answer.look_back) == (5, "a better story", 1)
    assert stored["00000000-0000-4000-8000-000000000001"].label == "Only on laptop B"
    goal = plans.load_plan(db, profile_id).goals[0]
    assert goal.title == "Retitled"
    assert goal.actions[0].done  # actions follow their goal's time
    if order == "older first":
        tallies = reports[1].tallies
        assert (tallies["reflections"].added, tallies["reflections"].updated) == (1, 1)
        assert (tallies["answers"].added, tallies["answers"].updated) == (4, 1)
        assert (tallies["goals"].updated, tallies["actions"].updated) == (1, 1)
        assert tallies["profiles"].unchanged == 1
        assert (
            reports[1]
            .summary()
            .startswith(
                "Added 1 reflection and 4 answers; updated 1 reflection, 1 answer, 1 goal and 1 action;"
            )
        )
    else:
        # Only the profile changes: the older file has the newer name.
        assert (reports[1].added, reports[1].updated) == (0, 1)
        assert reports[1].tallies["profiles"].updated == 1


def test_times_are_compared_as_moments_not_as_text(robin):
    ahead, behind = copy.deepcopy(robin), copy.deepcopy(robin)
    # 10:00 at +01:00 is 09:00 UTC, half an hour before 09:30 UTC.
    ahead["reflections"][0].update(label="at 09:00 UTC", updated_at="2030-05-01T10:00:00+01:00")
    behind["reflections"][0].update(label="at 09:30 UTC", updated_at="2030-05-01T09:30:00Z")
    for order in ([ahead, behind], [behind, ahead]):
        db = open_memory()
        for document in order:
            import_data(db, encoded(document))
        assert reflections.get_reflection(db, robin["reflections"][0]["id"]).label == "at 09:30 UTC"


def test_an_equal_or_missing_time_keeps_what_is_already_here(robin):
    db = open_memory()
    import_data(db, encoded(robin))
    same_time = copy.deepcopy(robin)
    same_time["reflections"][0].update(label="same second, other laptop", session="other")
    answer = same_time["reflections"][0]["competences"][0]
    answer.update(level=1, look_back=5, updated_at=None)
    report = import_data(db, encoded(same_time))
    assert report.added == report.updated == 0
    kept = reflections.get_reflection(db, robin["reflections"][0]["id"])
    assert kept.label == robin["reflections"][0]["label"]
    assert kept.session == robin["reflections"][0]["session"] != "other"
    assert kept.competence(answer["competence_id"]).level == 3
    assert kept.competence(answer["competence_id"]).look_back == 2


def test_an_import_never_deletes(framework, robin):
    db = open_memory()
    import_data(db, encoded(robin))
    profile_id = robin["profile"]["id"]
    goal_id = robin["plan"]["goals"][0]["id"]
    local = reflections.create_reflection(db, profile_id, "Only here")
    plans.add_action(db, goal_id, "Only here too")
    smaller = later_copy(robin)
    smaller["reflections"] = smaller["reflections"][:1]
    import_data(db, encoded(smaller))
    labels = {r.label for r in reflections.list_reflections(db, profile_id)}
    assert {"Only here", "Renamed later", "Later"} <= labels
    (goal,) = [g for g in plans.load_plan(db, profile_id).goals if g.id == goal_id]
    assert "Only here too" in [a.text for a in goal.actions]
    assert local.id in {r.id for r in reflections.list_reflections(db, profile_id)}


def test_another_persons_file_is_added_beside_the_first(db, framework, robin):
    mine = sample_person(db, framework, name="Ngozi")
    before = document_of(db, mine.id, framework)
    import_data(db, encoded(robin))
    assert sorted(p.name for p in profiles.list_profiles(db)) == ["Ngozi", "Robin"]
    assert document_of(db, mine.id, framework)["reflections"] == before["reflections"]


def test_ids_that_belong_to_someone_else_here_refuse_the_whole_import(db, framework, robin):
    mine = sample_person(db, framework, name="Ngozi")
    taken = document_of(db, mine.id, framework)
    clash = copy.deepcopy(robin)
    clash["reflections"][1]["id"] = taken["reflections"][0]["id"]
    clash["plan"]["goals"][0]["actions"][0]["id"] = taken["plan"]["goals"][0]["actions"][0]["id"]
    rows = snapshot(db)
    with pytest.raises(ExchangeError) as refused:
        import_data(db, encoded(clash))
    assert refused.value.problems == [
        "The file: reflections[1].id: another profile here already has a reflection with this id",
        "The file: plan.goals[0].actions[0].id: another goal here already has an action with this id",
    ]
    assert "Nothing has been changed" in str(refused.value)
    assert snapshot(db) == rows


def test_one_bad_file_among_several_imports_none(db, tmp_path, robin):
    good = tmp_path / "good.companion.json"
    good.write_bytes(encoded(robin))
    bad = tmp_path / "bad.companion.json"
    broken = copy.deepcopy(robin)
    broken["reflections"][0]["current_page"] = -1
    bad.write_bytes(encoded(broken))
    rows = snapshot(db)
    with pytest.raises(ExchangeError) as refused:
        import_data(db, good, bad)
    assert refused.value.summary.startswith("1 of the 2 files cannot be imported, so none")
    assert f"{bad} cannot be imported because it has a problem." in refused.value.problems[0]
    assert (
        "reflections[0].current_page: must be a whole number from 0 to 1000"
        in (refused.value.problems[1])
    )
    assert snapshot(db) == rows


def test_a_failure_while_writing_rolls_everything_back(db, robin):
    # Stand-in for a full disk half way through: the last table refuses writes.
    db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON goal_supports "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    rows = snapshot(db)
    with pytest.raises(ExchangeError, match=r"could not be saved \(database or disk is full\)"):
        import_data(db, encoded(robin))
    assert snapshot(db) == rows
    assert not db.conn.in_transaction


def test_a_file_read_for_its_summary_can_then_be_imported(db, framework, tmp_path, robin):
    path = tmp_path / "robin.companion.json"
    path.write_bytes(encoded(robin))
    data = read_data_file(path)
    assert snapshot(db)["profiles"] == []
    import_data(db, data)
    assert profiles.list_profiles(db)[0].id == data.profile_id
    again = tmp_path / "again.companion.json"
    assert export_data(db, data.profile_id, framework, again) == again
