"""The share file: what it holds by default and with each extra ticked, how it is written,
and what the consent screen says about it. Also the helpers the other group tests use."""

from __future__ import annotations

import json
import os
import re
import stat
import uuid
from datetime import date
from pathlib import Path

import pytest

from competence_app.domain.model import CompetenceAnswer, Profile, Reflection, RoleAnswer
from competence_app.domain.plan import Goal, Mentor, Plan, SupportNeed, Wellbeing
from competence_app.group.fileformat import EXTRA_FIELDS, REQUIRED_FIELDS, GroupError
from competence_app.group.share import (
    InvolvementCounts,
    ShareExtras,
    build_share,
    describe_share,
    make_share,
    write_share,
)

# Words that exist only in the person's free text, so finding one in a file means a leak.
NAME = "Marigold Featherstonehaugh"
SELF_WORD = "lanternbearer"
STORY = "At the quillwort forum I waited until everyone had spoken."
ROLE_NOTE = "Thistledown network of carers meets on Tuesdays."
GOAL_TITLE = "Speak at the periwinkle board"
GOAL_WHY = "Decisions about juniper respite are made without us."
ACTION = "Practise a bramblewood story"
DETAIL = "Paid within nineteen days, by the saffron office"
WELLBEING = "Walking the dog along the oxbow"
MENTOR = "Jo Cardamom"
PRIVATE = (
    NAME,
    SELF_WORD,
    STORY,
    ROLE_NOTE,
    GOAL_TITLE,
    GOAL_WHY,
    ACTION,
    DETAIL,
    WELLBEING,
    MENTOR,
)


def person(
    framework,
    levels: dict[str, int] | None = None,
    develop: tuple[str, ...] = (),
    not_yet: tuple[str, ...] = (),
    supports: tuple[str, ...] = (),
    session: str = "",
    look_back: dict[str, int] | None = None,
    roles: dict[str, tuple[int | None, int | None]] | None = None,
    extras: ShareExtras | None = None,
    words: tuple[str, ...] = (),
    story: str = "",
    detail: str = "",
    involvement: InvolvementCounts | None = None,
) -> dict:
    """A share made the app's way from chosen answers; every competence is answered at
    level 3 unless said otherwise."""
    reflection = Reflection("r", "p", "2026-03-01T10:00:00+00:00", session=session)
    for competence in framework.competences:
        cid = competence.id
        untried = cid in not_yet
        reflection.competences[cid] = CompetenceAnswer(
            cid,
            level=None if untried else (levels or {}).get(cid, 3),
            not_yet=untried,
            confidence=2,
            develop=cid in develop,
            look_back=(look_back or {}).get(cid),
            example=story,
        )
    for role in framework.roles:
        now, wish = (roles or {}).get(role.id, (1, 3))
        reflection.roles[role.id] = RoleAnswer(role.id, now, wish, notes=story)
    needs = [SupportNeed(f"n{i}", sid, detail) for i, sid in enumerate(supports)]
    plan = Plan("p", goals=[Goal("g", "p", title=GOAL_TITLE, supports=needs)])
    profile = Profile("p", NAME, list(words))
    return make_share(
        framework, profile, reflection, plan, extras or ShareExtras(), involvement=involvement
    )


def write_people(folder: Path, shares: list[dict]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_share(share, folder) for share in shares]


@pytest.fixture
def full_person(db, framework):
    """Someone with every kind of free text filled in, through the store as the app saves it."""
    from competence_app.store import plans, profiles, reflections

    profile = profiles.create_profile(db, NAME, [SELF_WORD, "carer"])
    reflection = reflections.create_reflection(
        db, profile.id, "After the course", framework.id, framework.version, session="Spring 2026"
    )
    for index, competence in enumerate(framework.competences):
        reflections.save_competence_answer(
            db,
            reflection.id,
            CompetenceAnswer(
                competence.id,
                level=None if index == 2 else 1 + index % 5,
                not_yet=index == 2,
                confidence=1 + index % 3,
                example=STORY if index % 2 == 0 else "",
                develop=index in (0, 5),
                look_back=1 if index == 0 else None,
            ),
        )
    for role in framework.roles:
        reflections.save_role_answer(db, reflection.id, RoleAnswer(role.id, 2, 4, ROLE_NOTE))
    goal = plans.create_goal(db, profile.id, GOAL_TITLE, [framework.competences[0].id])
    goal.why = GOAL_WHY
    plans.save_goal(db, goal)
    plans.add_action(db, goal.id, ACTION, "2026-05-01")
    plans.add_support(db, goal.id, "expenses", DETAIL)
    plans.add_support(db, goal.id, "peer_mentoring")
    second = plans.create_goal(db, profile.id, "Another goal")
    plans.add_support(db, second.id, "expenses")  # asked twice: shared once
    dropped = plans.create_goal(db, profile.id, "Dropped goal")
    dropped.status = "set_aside"
    plans.save_goal(db, dropped)
    plans.add_support(db, dropped.id, "payment")
    plans.save_wellbeing(db, profile.id, Wellbeing(WELLBEING, WELLBEING, WELLBEING))
    plans.save_mentor(db, profile.id, Mentor(MENTOR, "monthly", "2026-06-01"))
    return profile, reflection


def test_by_default_a_share_holds_numbers_and_nothing_personal(
    db, framework, full_person, tmp_path
):
    profile, reflection = full_person
    share = build_share(db, framework, profile.id, reflection.id, ShareExtras())
    path = write_share(share, tmp_path)
    raw = path.read_bytes()
    for text in (*PRIVATE, "After the course", profile.id, reflection.id, "2026-05-01"):
        assert text.encode("utf-8") not in raw, text
    on_disk = json.loads(raw)
    assert list(on_disk) == list(REQUIRED_FIELDS)
    assert on_disk["format"] == "citizen-leadership-companion-share"
    assert on_disk["schema_version"] == 2
    assert uuid.UUID(on_disk["share_id"]).version == 4
    assert on_disk["created"] == date.today().isoformat()  # a date, never a time
    assert on_disk["session"] == "Spring 2026"
    assert on_disk["framework"] == {"id": framework.id, "version": framework.version}
    assert [c["competence_id"] for c in on_disk["competences"]] == [
        c.id for c in framework.competences
    ]
    first, untried = on_disk["competences"][0], on_disk["competences"][2]
    assert first == {
        "competence_id": framework.competences[0].id,
        "level": 1,
        "not_yet": False,
        "confidence": 1,
        "develop": True,
        "look_back": 1,
    }
    assert untried["level"] is None and untried["not_yet"] is True
    assert on_disk["roles"][0] == {"role_id": framework.roles[0].id, "now": 2, "wish": 4}
    # Deduplicated, and nothing from the goal that was set aside.
    assert on_disk["supports"] == ["peer_mentoring", "expenses"]


def test_each_share_gets_its_own_random_id(db, framework, full_person):
    profile, reflection = full_person
    ids = {
        build_share(db, framework, profile.id, reflection.id, ShareExtras())["share_id"]
        for _ in range(3)
    }
    assert len(ids) == 3


EXTRAS = {
    "name": ({"name": NAME}, (NAME,)),
    "self_words": ({"self_words": [SELF_WORD, "carer"]}, (SELF_WORD,)),
    "stories": (None, (STORY, ROLE_NOTE)),
    "support_details": (
        {"support_details": [{"support_id": "expenses", "detail": DETAIL}]},
        (DETAIL,),
    ),
}


@pytest.mark.parametrize("tick", list(EXTRAS))
def test_each_extra_adds_its_own_field_and_nothing_else(db, framework, full_person, tmp_path, tick):
    profile, reflection = full_person
    share = build_share(db, framework, profile.id, reflection.id, ShareExtras(**{tick: True}))
    raw = write_share(share, tmp_path).read_bytes()
    on_disk = json.loads(raw)
    assert [k for k in on_disk if k in EXTRA_FIELDS] == [tick]
    expected, texts = EXTRAS[tick]
    if expected is not None:
        assert {tick: on_disk[tick]} == expected
    for text in texts:
        assert text.encode("utf-8") in raw
    leaked = [t for t in PRIVATE if t not in texts and t.encode("utf-8") in raw]
    assert leaked == []


def test_stories_hold_competence_examples_and_role_notes(db, framework, full_person):
    profile, reflection = full_person
    share = build_share(db, framework, profile.id, reflection.id, ShareExtras(stories=True))
    kinds = [(s["kind"], s["item_id"]) for s in share["stories"]]
    examples = [("competence", c.id) for c in framework.competences[::2]]
    notes = [("role", r.id) for r in framework.roles]
    assert kinds == examples + notes


def test_an_empty_extra_is_left_out_even_when_ticked(framework):
    share = person(framework, extras=ShareExtras(self_words=True, stories=True))
    assert not set(EXTRA_FIELDS) & set(share)


def test_the_consent_lines_say_what_is_in_the_file(db, framework, full_person):
    profile, reflection = full_person
    plain = build_share(db, framework, profile.id, reflection.id, ShareExtras())
    lines = describe_share(plain, framework)
    text = "\n".join(lines)
    assert "each of the 9 competences" in text
    assert "each of the 4 roles" in text
    assert "Peer mentoring and Expenses paid promptly" in text
    assert "Spring 2026" in text
    assert lines[-1] == "No name, no stories, no free text, nothing from your involvement record"
    assert NAME not in text

    ticked = build_share(
        db, framework, profile.id, reflection.id, ShareExtras(name=True, stories=True)
    )
    text = "\n".join(describe_share(ticked, framework))
    assert f"Your name: {NAME}" in text
    assert "Your examples and stories, and your notes on the roles, in your own words (9)" in text
    assert "No name" not in text
    assert text.splitlines()[-1] == (
        "Nothing else: no words you use for yourself, no support needs in your own words, "
        "nothing from your involvement record, no goals and nothing about looking after yourself"
    )


def test_a_share_saved_into_a_folder_gets_a_random_owner_only_name(framework, tmp_path):
    share = person(framework)
    path = write_share(share, tmp_path)
    assert re.fullmatch(r"group-share-[0-9a-f]{8}\.share\.json", path.name)
    assert path.parent == tmp_path
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    named = write_share(share, tmp_path / "for-the-facilitator.json")
    assert named.name == "for-the-facilitator.share.json"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_share_that_cannot_be_written_is_explained(framework, tmp_path):
    with pytest.raises(GroupError, match="cannot be found"):
        write_share(person(framework), tmp_path / "missing" / "x.share.json")


def test_a_share_the_facilitator_would_refuse_is_never_written(framework, tmp_path):
    share = person(framework)
    share["competences"][0]["level"] = 7
    with pytest.raises(GroupError, match=r"competences\[0\]\.level"):
        write_share(share, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_sharing_someone_elses_reflection_is_refused(db, framework, full_person):
    from competence_app.store import profiles, reflections

    profile, _ = full_person
    other = profiles.create_profile(db, "Someone else")
    theirs = reflections.create_reflection(db, other.id)
    with pytest.raises(GroupError, match="not one of this person's"):
        build_share(db, framework, profile.id, theirs.id, ShareExtras())
