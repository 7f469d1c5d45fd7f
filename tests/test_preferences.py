"""Every preference declared once (settings.py), kept where it is declared to live, and read
back calmly whatever an older version or a damaged file left behind."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from competence_app import settings
from competence_app.settings import CURRENT_PERSON, EXPORT_CHOICES, SESSION
from competence_app.store import preferences, profiles, reflections, sessions


def test_each_preference_is_declared_once_with_a_home():
    everything = settings.OPTIONS + settings.DATABASE_OPTIONS
    keys = [option.key for option in everything]
    assert len(keys) == len(set(keys))
    assert {o.home for o in settings.OPTIONS} == {settings.IN_FILE}
    assert {o.home for o in settings.DATABASE_OPTIONS} == {settings.IN_DATABASE}
    for option in everything:
        assert option.clamp(option.default) == option.default


def test_database_preferences_are_not_written_to_the_file(tmp_path, db):
    with pytest.raises(KeyError):
        settings.save(tmp_path, SESSION.key, "Cohort 4")
    with pytest.raises(ValueError):
        preferences.write(db, settings.TEXT_SCALE, 150)
    assert not (tmp_path / settings.PREFERENCES_NAME).exists()


def test_the_current_person_is_kept_in_the_database(db):
    first = profiles.create_profile(db, "Ana")
    second = profiles.create_profile(db, "Ben")
    assert profiles.current_profile(db).id == second.id
    profiles.set_current_profile(db, first.id)
    assert preferences.read(db, CURRENT_PERSON) == first.id
    assert profiles.current_profile(db).id == first.id


def test_a_session_is_kept_and_ended(db):
    assert sessions.active_session(db) is None
    sessions.start_session(db, "  Cohort 4, day 1 ", "2026-03-02")
    assert sessions.active_session(db) == ("Cohort 4, day 1", "2026-03-02")
    sessions.end_session(db)
    assert sessions.active_session(db) is None


@pytest.mark.parametrize(
    "stored",
    ["", "not json", "[1, 2]", '{"name": 4}', '{"name": ["a"], "day": "x"}', "null"],
)
def test_a_damaged_session_counts_as_none(db, stored):
    preferences.set_setting(db, SESSION.key, stored)
    assert sessions.active_session(db) is None


def test_a_session_written_by_an_older_version_is_still_on(db):
    preferences.set_setting(db, SESSION.key, json.dumps({"name": "Cohort 3", "day": "2026-01-05"}))
    assert sessions.active_session(db) == ("Cohort 3", "2026-01-05")


def test_a_new_reflection_carries_the_session(db):
    person = profiles.create_profile(db, "Ana")
    plain = reflections.new_reflection(db, person.id, "", "fw", "1")
    assert (plain.label, plain.session) == ("", "")
    sessions.start_session(db, "Cohort 4")
    named = reflections.new_reflection(db, person.id, "", "fw", "1")
    labelled = reflections.new_reflection(db, person.id, "After the course", "fw", "1")
    stored = {r.id: r for r in reflections.list_reflections(db, person.id)}
    assert (stored[named.id].label, stored[named.id].session) == ("Cohort 4", "Cohort 4")
    assert (stored[labelled.id].label, stored[labelled.id].session) == (
        "After the course",
        "Cohort 4",
    )


@pytest.mark.parametrize(
    "stored, expected",
    [
        (None, {"format": "", "paper": "", "sections": None}),
        ("{broken", {"format": "", "paper": "", "sections": None}),
        ('["pdf"]', {"format": "", "paper": "", "sections": None}),
        (
            '{"format": 3, "paper": "A4", "sections": ["goals", 7], "extra": 1}',
            {"format": "", "paper": "A4", "sections": ["goals"]},
        ),
        ('{"sections": []}', {"format": "", "paper": "", "sections": []}),
    ],
)
def test_export_choices_fall_back_field_by_field(db, stored, expected):
    if stored is not None:
        preferences.set_setting(db, EXPORT_CHOICES.key, stored)
    assert preferences.read(db, EXPORT_CHOICES) == expected


def test_reading_preferences_before_the_first_frame_stays_light():
    """settings.py is read before the window appears: it must not pull in json or dataclasses
    (a few milliseconds each) when no preference file exists yet."""
    code = (
        "import sys, tempfile, pathlib\n"
        "from competence_app import settings\n"
        "settings.load(pathlib.Path(tempfile.mkdtemp()))\n"
        "print(sorted({'json', 'dataclasses', 'sqlite_utils'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
