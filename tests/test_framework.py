"""The framework file: shipped content is complete, broken files are explained."""

from __future__ import annotations

import tomllib

import pytest

from competence_app.domain.framework import (
    FrameworkError,
    default_framework_path,
    load_framework,
    parse_framework,
)

EXPECTED_COMPETENCES = [
    "Active listening",
    "Story telling",
    "Service literacy",
    "Emotional intelligence",
    "Assertiveness",
    "Lobbying",
    "Mediating",
    "Resilience",
    "Research",
]


def test_shipped_framework_has_the_nine_competences_and_four_roles(framework):
    assert [c.name for c in framework.competences] == EXPECTED_COMPETENCES
    assert [r.name for r in framework.roles] == [
        "Community Builder",
        "Improvement Expert",
        "Disruptor / Advocate",
        "Citizen Leader",
    ]
    for competence in framework.competences:
        assert len(competence.levels) == 5
        assert len(set(competence.levels)) == 5, competence.name
        assert competence.prompts and competence.develop and competence.description
    for role in framework.roles:
        assert set(role.weights) == {c.id for c in framework.competences}
        assert role.asks and role.risks and role.carrying_competences()
    assert "just me" in framework.self_descriptions
    assert len(framework.supports) >= 8
    assert "Birmingham" in framework.credit


def _shipped_data() -> dict:
    with open(default_framework_path(), "rb") as handle:
        return tomllib.load(handle)


def test_missing_level_and_bad_weight_are_both_reported_with_the_file_name(tmp_path):
    data = _shipped_data()
    data["competences"][1]["levels"] = data["competences"][1]["levels"][:4]
    data["roles"][0]["weights"]["lobbying"] = 7
    with pytest.raises(FrameworkError) as caught:
        parse_framework(data, tmp_path / "local.toml")
    message = str(caught.value)
    assert "local.toml" in message
    assert (
        "Competence 2 (Story telling): 'levels' must have exactly 5 entries, it has 4." in message
    )
    assert "the weight for 'lobbying' must be a whole number from 0 to 3" in message


def test_weight_for_unknown_competence_and_duplicate_id(tmp_path):
    data = _shipped_data()
    data["roles"][1]["weights"]["juggling"] = 2
    data["competences"][2]["id"] = data["competences"][0]["id"]
    with pytest.raises(FrameworkError) as caught:
        parse_framework(data, "x.toml")
    problems = "\n".join(caught.value.problems)
    assert "'juggling' names no competence" in problems
    assert "is used twice" in problems


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[framework\nid = 1", "not valid TOML"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b"title = 'no sections'", "The [framework] section is missing."),
    ],
)
def test_unreadable_files_get_a_plain_message(tmp_path, content, expected):
    path = tmp_path / "broken.toml"
    path.write_bytes(content)
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    assert expected in str(caught.value)
    assert "broken.toml" in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(FrameworkError, match="does not exist"):
        load_framework(tmp_path / "nowhere.toml")
