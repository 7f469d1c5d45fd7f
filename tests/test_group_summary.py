"""Reading many share files (every file gets a status, a bad one never stops the rest) and
summarising them: counts, medians, sessions, and the small-group rule."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from test_group_share import DETAIL, person, write_people

from competence_app.group.fileformat import MAX_FILE_BYTES, SCHEMA_VERSION, GroupError
from competence_app.group.share import ShareExtras, share_bytes
from competence_app.group.summary import (
    COUNTED,
    DUPLICATE,
    REFUSED,
    load_shares,
    summarise,
)


def statuses(result) -> dict[str, tuple[str, str]]:
    return {f.path.name: (f.status, f.problem) for f in result.files}


def test_a_file_handed_in_twice_is_counted_once(framework, tmp_path):
    share = person(framework)
    first = tmp_path / "a.share.json"
    first.write_bytes(share_bytes(share))
    (tmp_path / "b-copy.share.json").write_bytes(share_bytes(share))
    write_people(tmp_path, [person(framework)])
    result = load_shares([tmp_path, first], framework)  # the first also named on its own
    assert len(result.shares) == 2
    assert len(result.files) == 3
    [copy] = result.duplicates
    assert copy.path.name == "b-copy.share.json"
    assert "same share as a.share.json" in copy.reason
    assert summarise(result, framework).people == 2


def _bad_files(framework) -> dict[str, tuple[bytes, str]]:
    good = person(framework)

    def changed(**fields) -> bytes:
        return json.dumps({**good, **fields}).encode()

    data_file = json.dumps({"format": "citizen-leadership-companion", "schema_version": 1})
    wrong_level = json.loads(json.dumps(good))
    wrong_level["competences"][3]["level"] = 9
    return {
        "not-json": (b"{this is not json", "not_json"),
        "cut-off": (share_bytes(good)[:200], "not_json"),
        "empty": (b"  \n", "empty"),
        "latin1": ('{"session": "Caf\u00e9"}'.encode("latin-1"), "not_text"),
        "a-list": (b"[1, 2, 3]", "wrong_format"),
        "other-format": (changed(format="something-else"), "wrong_format"),
        "data-file": (data_file.encode(), "data_file"),
        "newer": (changed(schema_version=SCHEMA_VERSION + 1), "newer"),
        "other-framework": (
            changed(framework={"id": "another", "version": "1"}),
            "wrong_framework",
        ),
        "bad-level": (json.dumps(wrong_level).encode(), "invalid"),
        "extra-field": (changed(email="someone@example.org"), "invalid"),
        "with-time": (changed(created="2026-03-01T10:00:00"), "invalid"),
        "surrogate": (
            share_bytes(good).replace(b'"session": ""', b'"session": "\\ud800"'),
            "invalid",
        ),
        "too-big": (b" " * (MAX_FILE_BYTES + 1) + share_bytes(good), "too_big"),
        # json keeps the last of two keys; which one the person meant nobody can tell.
        "duplicate-key": (
            share_bytes(good).replace(b'"session": ""', b'"session": "", "session": "Spring"'),
            "invalid",
        ),
        "level-1e40": (json.dumps(_level(good, 10**40)).encode(), "invalid"),
        "level-past-sqlite": (json.dumps(_level(good, 2**63)).encode(), "invalid"),
        "5000-digits": (
            share_bytes(good).replace(b'"schema_version": 2', b'"schema_version": 2' + b"0" * 5000),
            "not_json",
        ),
        "deep": (b'{"format": ' + b"[" * 100 + b"]" * 100 + b"}", "not_json"),
        "very-deep": (b"[" * 100_000 + b"]" * 100_000, "not_json"),
    }


def _level(share: dict, level) -> dict:
    changed = json.loads(json.dumps(share))
    changed["competences"][0]["level"] = level
    return changed


def test_refused_files_get_their_reasons_and_never_stop_the_good_ones(framework, tmp_path):
    bad = _bad_files(framework)
    good = [person(framework) for _ in range(3)]
    for index, (name, (raw, _problem)) in enumerate(bad.items()):
        (tmp_path / f"{name}.share.json").write_bytes(raw)
        # Good files sit between the bad ones in the folder's order.
        (tmp_path / f"{name}-z{index}.share.json").write_bytes(share_bytes(good[index % 3]))
    result = load_shares([tmp_path, tmp_path / "not-there.share.json"], framework)
    found = statuses(result)
    for name, (_raw, problem) in bad.items():
        assert found[f"{name}.share.json"] == (REFUSED, problem), name
    assert found["not-there.share.json"] == (REFUSED, "missing")
    assert len(result.shares) == 3
    assert summarise(result, framework).people == 3
    reasons = {f.path.stem: f.reason for f in result.refused}
    assert (
        "saved by a newer version of Citizen Leadership Companion (a share file in version 3"
        in (reasons["newer.share"])
    )
    assert "whole data file, not a share file" in reasons["data-file.share"]
    assert '"another"' in reasons["other-framework.share"]
    assert "competences[3].level: must be a whole number from 1 to 5" in reasons["bad-level.share"]
    assert "email: is not part of a share file" in reasons["extra-field.share"]
    assert "larger than the 1 MB a share file can be" in reasons["too-big.share"]
    assert "cut off" in reasons["cut-off.share"]
    assert "session: is written twice in the same object" in reasons["duplicate-key.share"]
    assert "competences[0].level: must be a whole number from 1 to 5" in reasons["level-1e40.share"]
    assert "far too many digits" in reasons["5000-digits.share"]
    assert "nested far too deeply" in reasons["deep.share"]
    assert "nested far too deeply" in reasons["very-deep.share"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="POSIX devices")
def test_a_device_given_as_a_share_is_refused_without_reading_it(framework, tmp_path):
    write_people(tmp_path, [person(framework)])
    started = time.perf_counter()
    result = load_shares([Path("/dev/zero"), tmp_path], framework)
    assert time.perf_counter() - started < 1
    assert statuses(result)["zero"] == (REFUSED, "unreadable")
    assert "not an ordinary file" in result.refused[0].reason
    assert len(result.shares) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_pipe_named_as_a_share_is_refused_without_waiting_for_it(framework, tmp_path):
    os.mkfifo(tmp_path / "pipe.share.json")
    write_people(tmp_path, [person(framework)])
    result = load_shares([tmp_path], framework)
    assert statuses(result)["pipe.share.json"] == (REFUSED, "unreadable")
    assert len(result.shares) == 1


def test_folders_are_read_one_level_deep(framework, tmp_path):
    write_people(tmp_path / "group", [person(framework), person(framework)])
    write_people(tmp_path / "group" / "inside", [person(framework)])
    (tmp_path / "group" / "notes.txt").write_text("not a share")
    (tmp_path / "empty").mkdir()
    result = load_shares([tmp_path / "group", tmp_path / "empty"], framework)
    assert len(result.shares) == 2
    [empty] = result.refused
    assert empty.problem == "empty_folder"
    assert "Folders inside it are not looked in" in empty.reason


def test_a_given_file_is_read_whatever_its_name(framework, tmp_path):
    path = tmp_path / "from-robin.json"
    path.write_bytes(share_bytes(person(framework)))
    assert len(load_shares([path], framework).shares) == 1


@pytest.fixture
def group(framework, tmp_path):
    """Five people with known answers, in two spellings of one session and one other."""
    ids = [c.id for c in framework.competences]
    roles = [r.id for r in framework.roles]
    listening, story, literacy = ids[0], ids[1], ids[2]
    people = [
        person(
            framework,
            levels={listening: 1},
            develop=(story, literacy),
            supports=("expenses", "payment"),
            session="Spring",
            look_back={listening: 1},
            roles={roles[0]: (0, 4)},
        ),
        person(
            framework,
            levels={listening: 2},
            develop=(story,),
            supports=("expenses",),
            session="spring ",
            look_back={listening: 1},
            roles={roles[0]: (1, 4)},
        ),
        person(
            framework,
            levels={listening: 4},
            develop=(story,),
            supports=("expenses", "training"),
            session="Spring",
            roles={roles[0]: (None, 3)},
        ),
        person(framework, levels={listening: 5}, not_yet=(story,), session="Autumn"),
        person(framework, not_yet=(listening,), supports=("payment",), session="Autumn"),
    ]
    # One person answered nothing for literacy: made by hand, as an older app might.
    people[4]["competences"][2] = {**people[4]["competences"][2], "level": None}
    write_people(tmp_path / "shares", people)
    return load_shares([tmp_path / "shares"], framework)


def test_the_summary_counts_levels_develop_roles_supports_and_look_back(framework, group):
    summary = summarise(group, framework)
    assert summary.people == 5 and not summary.suppressed and summary.notice == ""
    listening, story, literacy = summary.competences[:3]
    assert listening.levels == (1, 1, 0, 1, 1)
    assert (listening.not_yet, listening.no_answer, listening.median) == (1, 0, 3.0)
    assert story.levels == (0, 0, 4, 0, 0) and story.not_yet == 1
    assert literacy.levels == (0, 0, 4, 0, 0) and literacy.no_answer == 1
    assert [c.name for c in summary.wants_to_develop] == [story.name, literacy.name]
    assert (story.develop, literacy.develop) == (3, 1)
    first_role = summary.roles[0]
    # Now: 0, 1, no answer, 1, 1. Would like: 4, 4, 3, 3, 3.
    assert first_role.now.values == (1, 3, 0, 0, 0) and first_role.now.no_answer == 1
    assert first_role.now.median == 1.0
    assert first_role.wish.values == (0, 0, 0, 3, 2) and first_role.wish.median == 3.0
    assert [(s.support_id, s.people) for s in summary.supports] == [
        ("expenses", 3),
        ("payment", 2),
        ("training", 1),
    ]
    # Changed with issue 19: only two people gave a look-back rating, and a figure from
    # fewer than three could be traced to them, so it is not shown.
    assert summary.look_back == ()
    assert summary.sessions == (("Autumn", 2), ("Spring", 3))


def test_the_key_points_name_what_the_group_most_wants_and_needs(framework, group):
    points = summarise(group, framework).key_points()
    assert points[0].startswith("What the group most wants to develop: Story telling (3 of 5")
    assert points[1].startswith("The support people most need: Expenses paid promptly (3 of 5")


def test_the_session_filter_matches_whatever_the_capitals(framework, group):
    spring = summarise(group, framework, session="SPRING")
    assert spring.people == 3 and not spring.suppressed
    assert [s.support_id for s in spring.supports][0] == "expenses"
    assert summarise(group, framework, session="Nobody's").people == 0


def test_a_group_of_two_shows_counts_of_people_only(framework, group):
    small = summarise(group, framework, session="Autumn")
    assert small.people == 2 and small.suppressed
    assert small.notice == (
        "This summary shows only how many people took part, because with fewer than 3 people "
        "an answer could be traced back to the person who gave it."
    )
    assert small.competences == small.roles == small.supports == small.look_back == ()
    assert small.wants_to_develop == () and small.key_points() == []
    assert small.sessions == (("Autumn", 2), ("Spring", 3))  # counts of people only
    assert small._breakdown is None  # not even worked out


def test_words_and_support_details_come_only_from_those_who_ticked_them(framework, tmp_path):
    ticked = ShareExtras(self_words=True, support_details=True)
    people = [
        person(
            framework,
            words=("Carer", "advocate"),
            extras=ticked,
            supports=("expenses",),
            detail=DETAIL,
        ),
        person(framework, words=("carer",), extras=ticked),
        person(framework, words=("secret-word",)),  # not ticked
    ]
    write_people(tmp_path, people)
    summary = summarise(load_shares([tmp_path], framework), framework)
    assert summary.self_words == (("Carer", 2), ("advocate", 1))
    assert summary.support_details == (("Expenses paid promptly", DETAIL),)


def test_a_summary_needs_the_framework_the_files_were_checked_against(framework, group):
    from dataclasses import replace

    with pytest.raises(GroupError, match="checked against"):
        summarise(group, replace(framework, id="another"))


def test_reading_defaults_to_the_apps_own_framework(framework, tmp_path):
    write_people(tmp_path, [person(framework)])
    result = load_shares([Path(tmp_path)])
    assert result.framework_id == framework.id and len(result.shares) == 1
    assert [f.status for f in result.files] == [COUNTED]
    assert DUPLICATE != COUNTED


def test_look_back_needs_three_people_behind_the_figure(framework, tmp_path):
    listening = framework.competences[0].id
    people = [
        person(framework, levels={listening: 4}, look_back={listening: 2}, session="S")
        for _ in range(3)
    ] + [person(framework, levels={listening: 3}, session="S") for _ in range(2)]
    write_people(tmp_path / "three", people)
    summary = summarise(load_shares([tmp_path / "three"], framework), framework)
    [change] = summary.look_back
    assert (change.people, change.median_start, change.median_now) == (3, 2.0, 4.0)
    # One person's look-back among five is never shown.
    others = [person(framework, levels={listening: 3}, session="S") for _ in range(4)]
    write_people(tmp_path / "one", [people[0], *others])
    lone = summarise(load_shares([tmp_path / "one"], framework), framework)
    assert lone.people >= 3 and lone.look_back == ()
