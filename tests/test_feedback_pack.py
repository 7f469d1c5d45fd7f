"""The feedback pack: one web page with the chosen plan and a form, that asks for nothing
outside itself, holds only what the person chose, and escapes every word they typed."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import stat

import pytest
from markupsafe import escape
from test_reports_sample import make_person

from competence_app.domain.feedback import FORMAT_ID, SCHEMA_VERSION
from competence_app.reports.feedback_pack import (
    PACK_SECTIONS,
    PackOptions,
    suggested_name,
    write_pack,
)
from competence_app.reports.options import ExportError
from competence_app.store import feedback, reflections

STORY = "the day the ward listened to me"
DRAINS = "Last-minute changes to meetings"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & </script>'


@pytest.fixture
def robin(db, framework):
    profile, made = make_person(db, framework, "Robin", lambda f: STORY if f == "example-0" else "")
    return profile, made[-1]


def page_of(path) -> str:
    return path.read_text("utf-8")


def pack_block(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="pack">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def test_the_pack_shows_the_chosen_plan_and_remembers_what_it_asked(db, framework, robin, tmp_path):
    profile, reflection = robin
    written, pack = write_pack(db, framework, profile.id, PackOptions(), tmp_path / "p.html")
    page = page_of(written)
    assert "Speak at the integrated care board about carers" in page  # goals
    assert 'id="competences"' in page and 'id="roles"' in page
    assert STORY not in page, "stories stay out unless ticked"
    assert DRAINS not in page, "looking after myself stays out unless ticked"
    assert 'id="mentor_notes"' not in page
    # The form asks about every competence and goal shown, with the level words.
    assert page.count('name="c.') == len(framework.competences) * 8  # text, none, 1-5, not seen
    assert "I haven&#39;t seen this" in page
    assert framework.level_names[2] in page
    assert page.count('name="g.') == 2 * 3

    kept = feedback.load_pack(db, pack.id)
    assert kept == feedback.packs_of(db, profile.id)[0]
    assert kept.reflection_id == reflection.id and kept.relation == "mentor"
    assert set(kept.sections) == PACK_SECTIONS
    assert kept.competence_ids == [c.id for c in framework.competences]
    assert len(kept.goal_ids) == 2 and not kept.allow_anonymous

    data = pack_block(page)
    assert data["format"] == FORMAT_ID and data["schema_version"] == SCHEMA_VERSION
    assert data["pack_id"] == pack.id and re.fullmatch("[0-9a-f]{32}", pack.id)
    assert data["reflection_id"] == reflection.id
    assert (data["language"], data["relation"], data["allow_anonymous"]) == ("en", "mentor", False)
    assert [c["competence_id"] for c in data["competences"]] == kept.competence_ids
    own = reflections.get_reflection(db, reflection.id).levels()
    assert [c["own_level"] for c in data["competences"]] == [
        own.get(c.id) for c in framework.competences
    ]
    assert None in [c["own_level"] for c in data["competences"]], "not yet is no level"
    assert [g["goal_id"] for g in data["goals"]] == kept.goal_ids
    assert 'id="giver-anonymous"' not in page, "no anonymous choice unless allowed"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_personal_sections_only_when_chosen_and_the_form_follows_the_sections(
    db, framework, robin, tmp_path
):
    profile, _ = robin
    options = PackOptions(
        relation="peer", sections=frozenset({"stories", "wellbeing"}), allow_anonymous=True
    )
    written, pack = write_pack(db, framework, profile.id, options, tmp_path / "p.html")
    page = page_of(written)
    assert STORY in page and DRAINS in page
    # No competences and no goals shown: the form asks only about the giver and overall.
    assert 'name="c.' not in page and 'name="g.' not in page
    assert pack.competence_ids == [] and pack.goal_ids == []
    assert "2. Looking ahead" in page
    assert 'id="giver-anonymous"' in page
    assert '<option value="peer" selected>' in page
    data = pack_block(page)
    assert (data["competences"], data["goals"], data["allow_anonymous"]) == ([], [], True)


def test_every_word_a_person_typed_is_escaped(db, framework, tmp_path):
    from competence_app.store import profiles

    make_person(db, framework, HOSTILE, lambda f: HOSTILE if f.startswith("goal-") else "")
    profile = profiles.list_profiles(db)[0]
    written, _ = write_pack(db, framework, profile.id, PackOptions(), tmp_path / "p.html")
    page = page_of(written)
    assert "<img src=x" not in page and 'alert("x")</script>' not in page
    assert str(escape(HOSTILE)) in page  # the person's name, as text
    # Exactly the page's own three script elements, and the JSON blocks cannot be ended
    # early by a goal title: "<" is written as \u003c inside them.
    assert page.count("<script") == 3 and page.count("</script>") == 3
    assert pack_block(page)["goals"][0]["title"] == HOSTILE


def test_the_page_asks_for_nothing_outside_itself(db, framework, robin, tmp_path):
    profile, _ = robin
    written, _ = write_pack(db, framework, profile.id, PackOptions(), tmp_path / "p.html")
    page = page_of(written)
    assert not re.search(r"https?://", page, re.I), "no web address anywhere in the file"
    assert not re.search(r"<(link|iframe|object|embed|base)\b", page, re.I)
    assert not re.search(r"@import|\burl\(", page)
    for source in re.findall(r'\bsrc="([^"]*)"', page):
        assert source.startswith("data:image/")
    policy = re.search(
        r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page
    ).group(1)
    policy = html.unescape(policy)
    assert policy.startswith("default-src 'none';")
    assert "img-src data:;" in policy and "form-action 'none'" in policy
    assert "connect-src" not in policy and "'unsafe-eval'" not in policy
    # The script is allowed by its hash, and only that script.
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in policy
    # The policy comes before anything it governs.
    assert page.index("Content-Security-Policy") < page.index("<style>")


def test_bad_choices_are_refused_in_plain_words():
    with pytest.raises(ExportError, match="'aunt' is not one of the people"):
        PackOptions(relation="aunt")
    with pytest.raises(ExportError, match="Unknown section"):
        PackOptions(sections=frozenset({"diary"}))


def test_the_proposed_file_name_says_who_it_is_for_and_when():
    from datetime import date

    assert suggested_name("mentor", date(2026, 12, 1)) == "feedback-pack-mentor-2026-12-01.html"
