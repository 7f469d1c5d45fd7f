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


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (1, None),
        (
            2,
            "future.toml was saved by a newer version of Citizen Leadership Companion (a "
            "framework file in version 2 of its format)",
        ),
        (
            "1",
            "future.toml cannot be read as a framework file: format_version: must be a whole "
            "number.",
        ),
    ],
)
def test_a_framework_file_for_a_newer_format_is_refused_like_any_other_file(version, expected):
    """The same header check, in the same words, as data, share and feedback files; a
    file without format_version is version 1."""
    data = _shipped_data()
    data["framework"]["format_version"] = version
    if expected is None:
        assert parse_framework(data, "future.toml").id == "citizen-leadership"
        return
    with pytest.raises(FrameworkError) as caught:
        parse_framework(data, "future.toml")
    [problem] = caught.value.problems
    assert problem.startswith(expected)


def test_missing_file(tmp_path):
    with pytest.raises(FrameworkError, match="does not exist"):
        load_framework(tmp_path / "nowhere.toml")


def _shipped(language: str):
    return load_framework(default_framework_path(language))


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_weights_reason_names_exactly_the_competences_that_carry_the_role(language):
    """The reason a person reads names the competences the results list for the role."""
    framework = _shipped(language)
    for role in framework.roles:
        reason = role.weights_reason.casefold()
        named = [c.id for c in framework.competences if c.name.casefold() in reason]
        assert named == role.carrying_competences(), role.id


@pytest.mark.parametrize(
    ("language", "confidence_words"),
    [("en", ("confident", "confidence")), ("es", ("confianza", "seguro", "segura"))],
)
def test_level_names_are_distinct_and_not_the_confidence_question(language, confidence_words):
    """How well I do something is asked apart from how confident I feel about it."""
    names = _shipped(language).level_names
    assert len(set(names)) == len(names)
    for name in names:
        assert not any(word in name.casefold() for word in confidence_words), name


def test_supports_barriers_and_words_the_report_stresses():
    framework = _shipped("en")
    supports = {item.id for item in framework.supports}
    assert {"feedback", "staff_training", "more_than_one"} <= supports
    barriers = {item.id for item in framework.barriers}
    assert {"new_leader", "no_facilitation_skills", "entry_criteria"} <= barriers
    for item in (*framework.supports, *framework.barriers):
        assert item.name and item.description, item.id
    words = framework.self_descriptions
    for word in ("patient", "parent", "survivor", "campaigner", "public contributor", "consumer"):
        assert word in words
    assert words[-1] == "just me" and len(set(words)) == len(words)


def test_the_roles_paper_is_credited_by_title_and_the_spanish_title_is_marked_free():
    english, spanish = _shipped("en"), _shipped("es")
    title = "Builder, Expert, Disruptor, Leader: The Many Roles of People with Lived Experience"
    for framework in (english, spanish):
        assert title in framework.credit
        assert "International Journal of Integrated Care" in framework.credit
        assert "ICIC 2023 workshop paper" not in framework.credit
    assert "traducción libre" in spanish.credit
