"""Bringing a `.feedback.json` back: checked with the one reader (every problem with its
place), kept as one round per answer, and never changing the person's own view."""

from __future__ import annotations

import copy
import json

import pytest
from feedback_samples import HOSTILE, anonymous, answer, encoded, person_with_pack, write
from test_exchange_samples import snapshot

from competence_app import cli
from competence_app.domain.analysis import role_fits
from competence_app.domain.feedback import MAX_FILE_BYTES
from competence_app.exchange import ExchangeError
from competence_app.exchange.feedback_file import (
    import_feedback,
    keep_feedback,
    read_feedback_file,
)
from competence_app.group.share import ShareExtras, build_share
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import feedback, reflections
from competence_app.store.database import open_database, open_memory


@pytest.fixture
def ines(db, framework):
    return person_with_pack(db, framework)


def refused(db, document, profile_id=None) -> ExchangeError:
    raw = document if isinstance(document, bytes) else encoded(document)
    with pytest.raises(ExchangeError) as caught:
        read_feedback_file(db, raw, profile_id)
    return caught.value


def test_a_sound_file_is_read_and_says_what_it_holds(db, ines):
    read = read_feedback_file(db, encoded(answer(ines.pack)), ines.profile.id)
    given = read.round
    assert (given.giver_name, given.relation, given.given_on) == ("Sam", "mentor", "2026-11-20")
    assert given.profile_id == ines.profile.id
    assert given.reflection_id == ines.reflection.id
    # Two competences seen, one goal's comment, step and support, three overall texts.
    assert (read.comment_count, read.level_count) == (8, 2)
    assert read.already_kept is False
    assert feedback.load_rounds(db, ines.profile.id) == []  # reading keeps nothing


def test_keeping_a_round_leaves_the_persons_own_view_exactly_as_it_was(db, framework, ines):
    """Never averaged: stored levels, role fit and the group share are the same after."""
    reflection = reflections.get_reflection(db, ines.reflection.id)
    everything = ShareExtras(name=True, self_words=True, stories=True, support_details=True)

    def own_view():
        tables = snapshot(db)
        tables.pop("feedback_rounds")
        share = build_share(db, framework, ines.profile.id, ines.reflection.id, everything)
        share.pop("share_id")
        again = reflections.get_reflection(db, ines.reflection.id)
        return tables, share, role_fits(framework, again), again.competences

    before = own_view()
    far_apart = {c: 5 for c in ines.pack.competence_ids[:3]}
    report = import_feedback(db, encoded(answer(ines.pack, levels=far_apart)))
    assert len(report.added) == 1
    assert own_view() == before
    assert role_fits(framework, reflection) == before[2]
    assert "Your own answers have not been changed." in report.summary()


def test_the_same_answer_brought_in_twice_is_kept_once_and_says_so(db, ines):
    document = answer(ines.pack)
    first = import_feedback(db, encoded(document), profile_id=ines.profile.id)
    assert first.summary().startswith("Kept 1 new round of feedback.")
    again = read_feedback_file(db, encoded(document), ines.profile.id)
    assert again.already_kept
    second = import_feedback(db, again)
    assert second.added == [] and len(second.unchanged) == 1
    assert "Already here, exactly the same, so kept once: Sam (mentor)." in second.summary()
    # The giver changed a word and saved again: the same id, so it replaces the first.
    document["overall"]["focus"] = "Saying yes"
    third = import_feedback(db, encoded(document))
    assert len(third.replaced) == 1
    assert "replaced by the newer copy" in third.summary()
    (kept,) = feedback.load_rounds(db, ines.profile.id)
    assert kept.focus == "Saying yes"


def test_two_copies_in_one_go_are_one_round(db, ines):
    raw = encoded(answer(ines.pack))
    report = import_feedback(db, raw, raw)
    assert (len(report.added), len(report.unchanged)) == (1, 1)
    assert len(feedback.load_rounds(db, ines.profile.id)) == 1


def test_feedback_for_someone_elses_plan_is_refused(db, framework, ines):
    other = person_with_pack(db, framework, name="Someone else")
    error = refused(db, answer(other.pack), ines.profile.id)
    assert error.problems == [
        "pack_id: this feedback answers a plan from someone else, not yours; open their "
        "profile to bring it in"
    ]
    assert "cannot be brought in because it has a problem. Nothing has been changed." in str(error)


def test_feedback_for_a_pack_this_app_did_not_make_is_refused(db, framework):
    laptop = open_memory()
    elsewhere = person_with_pack(laptop, framework)
    error = refused(db, answer(elsewhere.pack))
    assert error.problems[0].startswith("pack_id: this feedback answers a pack this app did not")


def test_anonymous_only_where_the_pack_allowed_it(db, framework, ines):
    error = refused(db, anonymous(ines.pack))
    assert error.problems == [
        "giver.anonymous: must be false: this pack asked the giver to say who they are"
    ]
    open_pack = person_with_pack(db, framework, name="Open", allow_anonymous=True)
    given = read_feedback_file(db, encoded(anonymous(open_pack.pack))).round
    assert (given.anonymous, given.giver_name) == (True, "")
    named = anonymous(open_pack.pack)
    named["giver"]["name"] = "Really Sam"
    assert refused(db, named).problems == ['giver.name: must be "" when anonymous is true']


def test_ids_not_on_the_pack_are_named_with_their_place(db, ines):
    document = answer(ines.pack)
    document["competences"][0]["competence_id"] = "juggling"
    document["goals"][0]["goal_id"] = "a-goal-from-elsewhere"
    document["reflection_id"] = "0b6f2c8e-4f3a-4c1e-9d2b-7a5e8c1f3d4a"
    assert refused(db, document).problems == [
        f"reflection_id: is not the reflection the pack was made from ({ines.reflection.id})",
        'competences[0].competence_id: "juggling" was not on the pack\'s form',
        'goals[0].goal_id: "a-goal-from-elsewhere" was not on the pack\'s form',
    ]


def mutate(change):
    def make(pack):
        document = answer(pack)
        change(document)
        return document

    return make


MISTAKES = {
    "unknown field": (
        mutate(lambda d: d["giver"].update(email="sam@example.org")),
        "giver.email: is not part of a feedback file (misspelt?)",
    ),
    "unknown top field": (
        mutate(lambda d: d.update(score=5)),
        "score: is not part of a feedback file (misspelt?)",
    ),
    "level as text": (
        mutate(lambda d: d["competences"][0].update(level="4")),
        "competences[0].level: must be a whole number from 1 to 5 or null",
    ),
    "level 6": (
        mutate(lambda d: d["competences"][0].update(level=6)),
        "competences[0].level: must be a whole number from 1 to 5 or null",
    ),
    "level when not seen": (
        mutate(lambda d: d["competences"][2].update(level=3)),
        'competences[2].level: must be null when not_seen is true ("I haven\'t seen this")',
    ),
    "not seen as 1": (
        mutate(lambda d: d["competences"][0].update(not_seen=1)),
        "competences[0].not_seen: must be true or false",
    ),
    "NUL in a comment": (
        mutate(lambda d: d["goals"][0].update(comment="fine\x00")),
        "goals[0].comment: contains a NUL character (\\u0000), which plain text cannot hold",
    ),
    "long name": (
        mutate(lambda d: d["giver"].update(name="x" * 201)),
        "giver.name: must be at most 200 characters long",
    ),
    "long step": (
        mutate(lambda d: d["goals"][0].update(next_step="x" * 2001)),
        "goals[0].next_step: must be at most 2000 characters long",
    ),
    "unknown relation": (
        mutate(lambda d: d["giver"].update(relation="boss")),
        'giver.relation: must be one of "mentor", "peer", "facilitator", "colleague"',
    ),
    "bad date": (
        mutate(lambda d: d.update(given_on="2026-02-30")),
        "given_on: must be a date like 2024-05-01, without a time",
    ),
    "dashed id": (
        mutate(lambda d: d.update(id="0b6f2c8e-4f3a-4c1e-9d2b-7a5e8c1f3d4a")),
        "id: must be an id of 32 lower-case letters a-f and digits, like "
        "9f1c2d3e4b5a69788796a5b4c3d2e1f0",
    ),
    "competence twice": (
        mutate(lambda d: d["competences"].append(copy.deepcopy(d["competences"][0]))),
        'competences[3].competence_id: "active_listening" is listed twice (also at '
        "competences[0].competence_id)",
    ),
    "language": (
        mutate(lambda d: d.update(language="fr")),
        'language: must be one of "en", "es"',
    ),
    "missing overall": (mutate(lambda d: d.pop("overall")), "overall: is missing"),
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_every_mistake_is_named_with_its_place(db, ines, mistake):
    make, expected = MISTAKES[mistake]
    error = refused(db, make(ines.pack))
    assert error.problems == [expected]
    assert feedback.load_rounds(db, ines.profile.id) == []


def test_whole_file_refusals_are_one_plain_sentence(db, ines, tmp_path):
    document = answer(ines.pack)
    assert "saved by a newer feedback form (feedback file version 2)" in str(
        refused(db, {**document, "schema_version": 2, "new_field": 1})
    )
    cut = encoded(document)[:300]
    assert "ends too early" in str(refused(db, cut))
    data_file = {**document, "format": "citizen-leadership-companion"}
    assert "is a data file, not a feedback file" in str(refused(db, data_file))
    assert 'is not a feedback file (its format is "x"' in str(
        refused(db, {**document, "format": "x"})
    )
    assert "should start with {" in str(refused(db, b"[1, 2]"))
    big = tmp_path / "huge.feedback.json"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ExchangeError, match="larger than the 1 MB a feedback file can be"):
        read_feedback_file(db, big)
    just_over = encoded({**document, "overall": {**document["overall"]}})
    padded = just_over[:-2] + b" " * (MAX_FILE_BYTES - len(just_over) + 1) + just_over[-2:]
    assert "larger than the 1 MB" in str(refused(db, padded))


def test_hostile_text_is_kept_as_plain_text(db, ines):
    document = answer(ines.pack, name=HOSTILE)
    document["goals"][0]["next_step"] = HOSTILE
    import_feedback(db, encoded(document))
    (kept,) = feedback.load_rounds(db, ines.profile.id)
    assert kept.giver_name == HOSTILE and kept.goals[0].next_step == HOSTILE


def test_a_problem_in_one_of_several_files_keeps_none(db, ines):
    bad = answer(ines.pack)
    bad["competences"][0]["level"] = 9
    with pytest.raises(ExchangeError, match="1 of the 2 feedback files cannot be brought in"):
        import_feedback(db, encoded(answer(ines.pack)), encoded(bad))
    assert feedback.load_rounds(db, ines.profile.id) == []
    assert keep_feedback(db, []).added == []


# The command line, with the same messages and exit codes as `import`.


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.fixture
def ines_folder(tmp_path, framework):
    folder = prepare_data_dir(tmp_path / "ines-data")
    db = open_database(database_path(folder))
    person = person_with_pack(db, framework)
    other = person_with_pack(db, framework, name="Robin")
    db.close()
    return folder, person, other


def test_import_feedback_from_the_command_line(ines_folder, tmp_path, capsys):
    folder, ines, _ = ines_folder
    saved = write(tmp_path, answer(ines.pack))
    assert run("import-feedback", str(saved), "--data-dir", str(folder)) == 0
    out, err = capsys.readouterr()
    assert out == (
        f"Brought {saved} into {folder}. Kept 1 new round of feedback. Your own answers have "
        "not been changed.\n"
    )
    assert err == ""
    assert run("--data-dir", str(folder), "import-feedback", str(saved)) == 0
    assert "Already here, exactly the same, so kept once: Sam (mentor)." in (
        capsys.readouterr().out
    )
    db = open_database(database_path(folder))
    assert len(feedback.load_rounds(db, ines.profile.id)) == 1
    db.close()


def test_import_feedback_refuses_with_exit_code_2_and_keeps_nothing(ines_folder, tmp_path, capsys):
    folder, ines, robin = ines_folder
    saved = write(tmp_path, answer(robin.pack))
    code = run("import-feedback", str(saved), "--profile", "Ines", "--data-dir", str(folder))
    assert code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "pack_id: this feedback answers a plan from someone else" in err
    broken = tmp_path / "broken.feedback.json"
    broken.write_text(json.dumps(answer(ines.pack))[:200], "utf-8")
    assert run("import-feedback", str(broken), "--data-dir", str(folder)) == 2
    assert "ends too early" in capsys.readouterr().err
    assert run("import-feedback", str(tmp_path / "nothing.json"), "--data-dir", str(folder)) == 2
    assert "does not exist" in capsys.readouterr().err
    empty = tmp_path / "no-data-here"
    assert run("import-feedback", str(saved), "--data-dir", str(empty)) == 2
    assert "There is no data in" in capsys.readouterr().err
    db = open_database(database_path(folder))
    assert feedback.load_rounds(db, robin.profile.id) == []
    db.close()
