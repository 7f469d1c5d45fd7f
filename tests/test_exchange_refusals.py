"""Files the importer refuses, each with a plain message that says where the problem is."""

from __future__ import annotations

import copy
import json

import pytest
from test_exchange_samples import document_of, encoded, sample_person, snapshot

from competence_app import __version__
from competence_app.exchange import MAX_FILE_BYTES, ExchangeError, import_data, read_data_file
from competence_app.store.database import open_memory


@pytest.fixture(scope="module")
def valid(framework) -> dict:
    laptop = open_memory()
    person = sample_person(laptop, framework, name="Robin")
    return document_of(laptop, person.id, framework)


@pytest.fixture
def doc(valid) -> dict:
    return copy.deepcopy(valid)


def refusal(db, content) -> ExchangeError:
    """Import must fail with ExchangeError and leave the database as it was."""
    raw = content if isinstance(content, bytes) else encoded(content)
    rows = snapshot(db)
    with pytest.raises(ExchangeError) as refused:
        import_data(db, raw)
    assert snapshot(db) == rows
    assert "Nothing has been changed." in str(refused.value)
    return refused.value


def test_a_newer_schema_version_names_the_app_version_needed(db, doc):
    doc.update(schema_version=5, app={"name": "Citizen Leadership Companion", "version": "0.9.0"})
    doc["something_new"] = {"we": "cannot know"}
    message = str(refusal(db, doc))
    assert message == (
        "The file was saved by a newer version of Citizen Leadership Companion (a data file "
        f"in version 5 of its format); this app is version {__version__} and reads versions "
        "up to 4. Please update Citizen Leadership Companion to version 0.9.0 or later to read "
        "it. Nothing has been changed."
    )


def test_a_newer_schema_version_without_an_app_version_still_says_what_is_needed(db):
    message = str(refusal(db, b'{"format": "citizen-leadership-companion", "schema_version": 7}'))
    assert "Please update Citizen Leadership Companion to a version that reads version 7." in (
        message
    )


def test_a_version_older_than_any_known_is_refused(db, doc):
    doc["schema_version"] = 0
    message = str(refusal(db, doc))
    assert message == (
        "The file is a data file in version 0 of its format, older than any this app can read "
        "(the oldest is version 1). Nothing has been changed."
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"format": "citizen-leadership"}, 'its format is "citizen-leadership"'),
        ({"format": None}, "its format is null"),
        ({}, "it has no format field"),
    ],
)
def test_another_format_is_not_a_data_file(db, doc, change, expected):
    del doc["format"]
    doc.update(change)
    message = str(refusal(db, doc))
    assert message == (
        f'The file is not a data file ({expected}; it should be "citizen-leadership-companion"). '
        "Nothing has been changed."
    )


def test_schema_version_must_be_a_whole_number(db, doc):
    doc["schema_version"] = "1"
    assert str(refusal(db, doc)) == (
        "The file cannot be read as a data file: schema_version: must be a whole number. "
        "Nothing has been changed."
    )


def test_every_problem_is_listed_with_its_place(db, doc):
    del doc["profile"]["name"]
    doc["reflections"][0]["competences"][0]["level"] = "4"
    doc["reflections"][0]["competences"][1]["not_yet"] = 1
    doc["reflections"][0]["competences"][2]["level"] = 6
    doc["reflections"][1]["competences"][0]["level"] = True
    doc["reflections"][0]["roles"][0]["wish"] = 5
    doc["reflections"][0]["label"] = 5
    doc["plan"]["goals"][0]["actions"][0]["due"] = "2025-02-30"
    doc["plan"]["goals"][0]["status"] = "done"
    doc["plan"]["goals"][0]["competence_ids"] = ["ok", 4]
    doc["plan"]["mentor"]["next_review"] = "next week"
    doc["profile"]["updated_at"] = "yesterday"
    doc["exported_at"] = "2024-05-01T14:30:00"
    doc["reflections"][0]["levle"] = 3
    error = refusal(db, doc)
    assert error.summary == (
        "The file cannot be imported because it has 14 problems. Nothing has been changed."
    )
    assert sorted(error.problems) == sorted(
        [
            "exported_at: must be a date and time like 2024-05-01T14:30:00+01:00",
            "profile.name: is missing",
            "profile.updated_at: must be a date and time like 2024-05-01T14:30:00+01:00",
            "reflections[0].label: must be text (in double quotes)",
            "reflections[0].competences[0].level: must be a whole number from 1 to 5 or null",
            "reflections[0].competences[1].not_yet: must be true or false",
            "reflections[0].competences[2].level: must be a whole number from 1 to 5 or null",
            "reflections[0].roles[0].wish: must be a whole number from 0 to 4 or null",
            "reflections[0].levle: is not part of this data file format (misspelt?)",
            "reflections[1].competences[0].level: must be a whole number from 1 to 5 or null",
            'plan.mentor.next_review: must be a date like 2024-05-01, or "" for no date',
            'plan.goals[0].status: must be one of "not_started", "under_way", "achieved", "set_aside"',
            "plan.goals[0].competence_ids[1]: must be text (in double quotes)",
            'plan.goals[0].actions[0].due: must be a date like 2024-05-01, or "" for no date',
        ]
    )


def test_missing_parts_and_wrong_shapes(db, doc):
    del doc["plan"]
    doc["profile"] = []
    doc["reflections"] = {"0": {}}
    assert refusal(db, doc).problems == [
        "profile: must be a JSON object (named fields between { and })",
        "reflections: must be a list (between [ and ])",
        "plan: is missing",
    ]


def test_a_level_together_with_not_had_the_chance_yet_is_refused(db, doc):
    answer = doc["reflections"][0]["competences"][1]
    assert answer["not_yet"] is True
    answer["level"] = 2
    assert refusal(db, doc).problems == [
        'reflections[0].competences[1].level: must be null when not_yet is true ("not had the '
        'chance yet" is not a level)'
    ]


def test_duplicate_ids_and_answers_are_refused(db, doc):
    first, second = doc["reflections"]
    second["id"] = first["id"]
    goal = doc["plan"]["goals"][0]
    twin = copy.deepcopy(goal)
    twin["id"] = "00000000-0000-4000-8000-00000000000a"
    twin["supports"][0]["id"] = "00000000-0000-4000-8000-00000000000b"
    doc["plan"]["goals"].append(twin)  # the action id now appears in two goals
    first["competences"].append(copy.deepcopy(first["competences"][0]))
    problems = refusal(db, doc).problems
    cid = first["competences"][0]["competence_id"]
    assert problems == [
        f'reflections[0].competences[3].competence_id: "{cid}" is answered twice in this '
        "reflection (also at reflections[0].competences[0].competence_id)",
        f"reflections[1].id: the id {first['id']} is also used by reflections[0].id; each "
        "reflection needs its own id",
        f"plan.goals[1].actions[0].id: the id {goal['actions'][0]['id']} is also used by "
        "plan.goals[0].actions[0].id; each action needs its own id",
    ]


def test_ids_must_look_as_the_app_writes_them(db, doc):
    doc["profile"]["id"] = doc["profile"]["id"].upper()
    assert refusal(db, doc).problems == [
        "profile.id: must be an id like 0b6f2c8e-4f3a-4c1e-9d2b-7a5e8c1f3d4a (lower-case, as the "
        "app writes them)"
    ]


def test_unknown_competence_and_role_ids_are_welcome_but_must_be_text(db, doc):
    answer = doc["reflections"][0]["competences"][0]
    answer["competence_id"] = "from another framework 🌍"
    import_data(open_memory(), encoded(doc))
    answer["competence_id"] = 5
    doc["reflections"][0]["roles"][0]["role_id"] = ""
    assert refusal(db, doc).problems == [
        "reflections[0].competences[0].competence_id: must be text (in double quotes)",
        "reflections[0].roles[0].role_id: must not be empty",
    ]


def test_a_key_written_twice_is_refused(db, valid):
    raw = encoded(valid).replace(b'"label": "Later",', b'"label": "Later", "label": "Again",', 1)
    assert refusal(db, raw).problems == [
        "reflections[1].label: is written twice in the same object; keep only one"
    ]


def test_text_with_a_lone_surrogate_is_refused(db, valid):
    raw = encoded(valid).replace(b'"label": "Later"', b'"label": "Later \\ud800"', 1)
    assert refusal(db, raw).problems == [
        "reflections[1].label: contains a broken character (a lone UTF-16 surrogate such as "
        "\\ud800)"
    ]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(db, tmp_path, monkeypatch):
    big = tmp_path / "big.companion.json"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
    opened = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or pytest.fail("read"))
    rows = snapshot(db)
    with pytest.raises(ExchangeError, match=r"is 20\.0 MB \(20,971,521 bytes\), larger than"):
        import_data(db, big)
    monkeypatch.undo()
    assert opened == []
    assert snapshot(db) == rows
    with pytest.raises(ExchangeError, match="larger than the 20 MB a data file can be"):
        import_data(db, b" " * (MAX_FILE_BYTES + 1))


def test_a_file_of_exactly_the_limit_is_read(tmp_path, valid):
    raw = encoded(valid)
    padded = tmp_path / "padded.companion.json"
    padded.write_bytes(raw + b" " * (MAX_FILE_BYTES - len(raw)))
    assert padded.stat().st_size == MAX_FILE_BYTES
    assert read_data_file(padded).profile_name == "Robin"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Dear mentor, here are my notes.", "is not valid JSON at line 1, column 1"),
        (b"", "is empty"),
        (b"[1, 2, 3]", "(it should start with {)"),
        (b'{"a": NaN}', "it contains NaN, which is not a number JSON allows"),
        (b"\xff\xfe{\x00}\x00", "it is not UTF-8 text (the first unreadable byte is number 1)"),
        (b'{"name": "caf\xe9"}', "it is not UTF-8 text (the first unreadable byte is number 14)"),
        (b"[" * 100_000 + b"]" * 100_000, "nested far too deeply"),
        (b'{"format": 1' + b"9" * 5000 + b"}", "a number with far too many digits"),
    ],
)
def test_files_that_are_not_data_files(db, content, expected):
    assert expected in str(refusal(db, content))


def test_a_truncated_file_is_called_cut_off(db, valid):
    raw = encoded(valid)
    message = str(refusal(db, raw[: len(raw) // 2]))
    assert "ends too early" in message
    assert "it may have been cut off while it was being copied or saved" in message


def test_a_file_cut_anywhere_is_called_cut_off(valid):
    # Wherever a copy stops: inside text, a character of several bytes, a \u escape, a
    # word such as null, or between fields. The sample holds all of these.
    raw = encoded(valid)
    assert b"\\u0000" in raw and "👩".encode() in raw and b": null" in raw
    wrong = {}
    for end in range(1, len(raw) - 1):
        try:
            read_data_file(raw[:end])
        except ExchangeError as error:
            if "ends too early" not in str(error):
                wrong[end] = str(error)
    assert wrong == {}


def test_a_cut_off_file_names_the_line_it_stops_on(valid):
    raw = encoded(valid)
    cut = raw.index(b'"label"') + 5
    line = raw[:cut].count(b"\n") + 1
    with pytest.raises(ExchangeError, match=f"ends too early, at line {line}:"):
        read_data_file(raw[:cut])


def test_a_byte_order_mark_from_a_windows_editor_is_fine(valid):
    assert read_data_file(b"\xef\xbb\xbf" + encoded(valid)).profile_name == "Robin"


def test_missing_files_and_folders_get_plain_messages(db, tmp_path):
    with pytest.raises(ExchangeError, match="does not exist"):
        import_data(db, tmp_path / "nowhere.companion.json")
    with pytest.raises(ExchangeError, match="is a folder, not a data file"):
        import_data(db, tmp_path)
    with pytest.raises(ExchangeError, match="No data file was given"):
        import_data(db)


def test_the_message_lists_a_hundred_problems_and_counts_the_rest(db, doc):
    doc["profile"]["self_words"] = list(range(150))
    error = refusal(db, doc)
    assert len(error.problems) == 150
    assert str(error).count("\n  - ") == 100
    assert str(error).endswith("... and 50 more problems like these.")
    json.dumps(error.problems)  # plain strings, ready for a GUI list


MAX_PAGE, MAX_POSITION = 1000, 1_000_000  # as docs/data-file.md and the schema say


def test_whole_numbers_beyond_their_documented_range_are_refused_with_their_place(db, doc):
    # 1e40 written as a whole number, and the first number SQLite cannot store.
    doc["reflections"][0]["current_page"] = 10**40
    doc["plan"]["goals"][0]["position"] = 2**63
    doc["plan"]["goals"][0]["actions"][0]["position"] = MAX_POSITION + 1
    doc["plan"]["goals"][0]["supports"][0]["position"] = -(2**63) - 1
    assert refusal(db, doc).problems == [
        f"reflections[0].current_page: must be a whole number from 0 to {MAX_PAGE}",
        f"plan.goals[0].position: must be a whole number from 0 to {MAX_POSITION}",
        f"plan.goals[0].actions[0].position: must be a whole number from 0 to {MAX_POSITION}",
        f"plan.goals[0].supports[0].position: must be a whole number from 0 to {MAX_POSITION}",
    ]


def test_the_largest_documented_numbers_are_imported(doc):
    doc["reflections"][0]["current_page"] = MAX_PAGE
    doc["plan"]["goals"][0]["position"] = MAX_POSITION
    laptop = open_memory()
    import_data(laptop, encoded(doc))
    assert laptop.execute("select max(current_page) from reflections").fetchone()[0] == MAX_PAGE


def test_a_whole_number_of_thousands_of_digits_is_refused_without_converting_it(db, valid):
    raw = encoded(valid).replace(b'"current_page": 4', b'"current_page": 1' + b"0" * 5000, 1)
    assert "a number with far too many digits" in str(refusal(db, raw))
