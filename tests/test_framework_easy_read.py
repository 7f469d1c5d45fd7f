"""Easy-read wording in the framework file: optional, checked, and switched by Framework.worded."""

from __future__ import annotations

import tomllib

import pytest

from competence_app.domain.framework import (
    FrameworkError,
    default_framework_path,
    parse_framework,
)


def _shipped_data() -> dict:
    with open(default_framework_path(), "rb") as handle:
        return tomllib.load(handle)


def _without_easy_read(data: dict) -> dict:
    for table in data["competences"]:
        table.pop("description_easy", None)
        table.pop("levels_easy", None)
    return data


def test_every_shipped_competence_has_easy_read_wording(framework):
    for competence in framework.competences:
        assert competence.description_easy, competence.id
        assert len(competence.levels_easy) == len(competence.levels), competence.id
        assert competence.description_easy != competence.description, competence.id


def test_worded_swaps_descriptions_and_levels_and_back(framework):
    easy = framework.worded(easy=True)
    assert easy.easy_read
    for standard, worded in zip(framework.competences, easy.competences, strict=True):
        assert worded.description == standard.description_easy
        assert worded.levels == standard.levels_easy
        # Everything else is the same framework: names, prompts, ids.
        assert (worded.id, worded.name, worded.prompts) == (
            standard.id,
            standard.name,
            standard.prompts,
        )
    assert (easy.id, easy.version, easy.roles) == (framework.id, framework.version, framework.roles)
    back = easy.worded(easy=False)
    assert back == framework and not back.easy_read
    # Asking twice gives the easy wording once, not the easy wording of the easy wording.
    assert easy.worded(easy=True) == easy


def test_a_framework_without_easy_read_falls_back_to_the_standard_wording(tmp_path):
    framework = parse_framework(_without_easy_read(_shipped_data()), tmp_path / "local.toml")
    assert all(not c.description_easy and not c.levels_easy for c in framework.competences)
    easy = framework.worded(easy=True)
    assert [c.description for c in easy.competences] == [
        c.description for c in framework.competences
    ]
    assert [c.levels for c in easy.competences] == [c.levels for c in framework.competences]


def test_easy_read_for_some_competences_only(tmp_path):
    data = _without_easy_read(_shipped_data())
    data["competences"][0]["description_easy"] = "Listening well. One idea at a time."
    framework = parse_framework(data, tmp_path / "local.toml")
    easy = framework.worded(easy=True).competences
    assert easy[0].description == "Listening well. One idea at a time."
    assert easy[0].levels == framework.competences[0].levels
    assert easy[1].description == framework.competences[1].description


def test_wrong_number_of_easy_levels_is_explained(tmp_path):
    data = _shipped_data()
    data["competences"][1]["levels_easy"] = data["competences"][1]["levels_easy"][:3]
    with pytest.raises(FrameworkError) as caught:
        parse_framework(data, tmp_path / "local.toml")
    message = str(caught.value)
    assert "local.toml" in message
    assert "Competence 2 (Story telling): 'levels_easy' must have exactly 5 entries, it has 3." in (
        message
    )


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("levels_easy", "one sentence", "'levels_easy' must be a list of texts."),
        ("levels_easy", ["a", "b", "", "d", "e"], "'levels_easy' must be a list of texts."),
        ("description_easy", 3, "'description_easy' must be some text."),
    ],
)
def test_easy_read_fields_of_the_wrong_kind_are_explained(tmp_path, key, value, expected):
    data = _shipped_data()
    data["competences"][2][key] = value
    with pytest.raises(FrameworkError) as caught:
        parse_framework(data, tmp_path / "local.toml")
    assert f"Competence 3 (Service literacy): {expected}" in str(caught.value)
