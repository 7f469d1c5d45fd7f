"""Writing the data file: its name and shape, all or nothing, plain words when it cannot be."""

from __future__ import annotations

import errno
import json
import os
import stat
from datetime import date

import pytest
from test_exchange_samples import sample_person

from competence_app.exchange import (
    FILE_SUFFIX,
    DataFileWriteError,
    ExchangeError,
    export_data,
    read_data_file,
)
from competence_app.store import profiles, reflections


def test_the_file_is_indented_utf8_with_ids_as_stored(db, framework, tmp_path):
    person = sample_person(db, framework)
    written = export_data(db, person.id, framework, tmp_path / "mine.json")
    assert written.name == "mine" + FILE_SUFFIX
    text = written.read_text("utf-8")
    assert "✨" in text  # written as itself, not as \\u escapes
    assert text.startswith('{\n  "format": "citizen-leadership-companion",\n  "schema_version": 4,')
    document = json.loads(text)
    assert document["profile"]["id"] == person.id
    assert [r["id"] for r in document["reflections"]] == [
        r.id for r in reflections.list_reflections(db, person.id)
    ]
    assert document["framework"] == {"id": framework.id, "version": framework.version}


def test_a_folder_as_output_gets_a_dated_file_name(db, framework, tmp_path):
    person = profiles.create_profile(db, "Robin O'Neil")
    before = date.today()
    written = export_data(db, person.id, framework, tmp_path)
    days = {before, date.today()}  # the export may straddle midnight
    assert written in {tmp_path / f"robin-o-neil-{day.isoformat()}{FILE_SUFFIX}" for day in days}
    nameless = profiles.create_profile(db, "✨")
    assert export_data(db, nameless.id, framework, tmp_path).name.startswith("my-data-")


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (
            errno.ENOSPC,
            "There is not enough space on the disk to save backup.companion.json in {folder}. "
            "Please free some space or choose another place. Nothing has been changed.",
        ),
        (
            errno.EROFS,
            "This folder cannot be written to, so the data file cannot be saved in {folder}. "
            "Please choose another folder, such as your Documents folder.",
        ),
        (
            errno.EACCES,
            "backup.companion.json could not be replaced. It may be open in another program, "
            "or read-only. Please close it, or save the data file under another name.",
        ),
    ],
)
@pytest.mark.parametrize("step", ["mkstemp", "fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_whole_and_no_scraps(
    db, framework, tmp_path, monkeypatch, failure, said, step
):
    person = sample_person(db, framework)
    out = tmp_path / "usb-stick"
    out.mkdir()
    target = out / "backup.companion.json"
    target.write_text("yesterday's backup", "utf-8")

    def fail(*_args, **_kwargs):
        raise OSError(failure, os.strerror(failure))

    where = {"mkstemp": "tempfile.mkstemp", "fsync": "os.fsync", "replace": "os.replace"}[step]
    monkeypatch.setattr(f"competence_app.files.{where}", fail)
    with pytest.raises(DataFileWriteError) as failed:
        export_data(db, person.id, framework, target)
    # The app's one wording of a failed save, as for documents and share files.
    assert str(failed.value) == said.format(folder=out)
    assert target.read_text("utf-8") == "yesterday's backup"
    assert list(out.iterdir()) == [target]  # no temporary scraps left behind


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_is_readable_by_its_owner_only(db, framework, tmp_path):
    person = sample_person(db, framework)
    written = export_data(db, person.id, framework, tmp_path / "mine")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_an_unknown_profile_is_not_exported(db, framework, tmp_path):
    with pytest.raises(ExchangeError, match="There is no profile with the id nobody"):
        export_data(db, "nobody", framework, tmp_path)
    assert list(tmp_path.glob("*.companion.json")) == []


def test_data_the_format_cannot_carry_is_named_rather_than_written(db, framework, tmp_path):
    person = profiles.create_profile(db, "Robin")
    made = reflections.create_reflection(db, person.id, created_at="last spring")
    with pytest.raises(ExchangeError) as refused:
        export_data(db, person.id, framework, tmp_path / "robin")
    assert refused.value.problems == [
        "reflections[0].created_at: must be a date and time like 2024-05-01T14:30:00+01:00"
    ]
    assert list(tmp_path.glob("*.companion.json")) == []
    assert made.id in {r.id for r in reflections.list_reflections(db, person.id)}


def test_what_is_written_reads_back(db, framework, tmp_path):
    person = sample_person(db, framework, name="Robin")
    written = export_data(db, person.id, framework, tmp_path)
    assert read_data_file(written).document == json.loads(written.read_text("utf-8"))
