"""`competence-app export-data` and `competence-app import`: exit codes and plain messages."""

from __future__ import annotations

import errno
import json
import os

import pytest
from test_exchange_samples import file_digest, sample_person, without_export_time

from competence_app import cli
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import profiles
from competence_app.store.database import open_database


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.fixture
def robin_folder(tmp_path, framework):
    folder = prepare_data_dir(tmp_path / "robin-data")
    db = open_database(database_path(folder))
    sample_person(db, framework, name="Robin")
    db.close()
    return folder


def test_a_round_trip_through_the_commands(robin_folder, tmp_path, capsys):
    assert (
        run("export-data", "--output", str(tmp_path / "robin"), "--data-dir", str(robin_folder))
        == 0
    )
    written = tmp_path / "robin.companion.json"
    out, err = capsys.readouterr()
    assert out == f"Saved Robin's data to {written}: 2 reflections and 1 goal.\n"
    assert err == ""

    new_folder = tmp_path / "new-laptop"
    assert run("--data-dir", str(new_folder), "import", str(written)) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"Imported {written} into {new_folder.resolve()}. Added 1 profile, ")
    assert "\n" not in out.rstrip("\n")
    assert err == ""

    again = tmp_path / "again.companion.json"
    assert (
        run("export-data", "-o", str(again), "--profile", "robin", "--data-dir", str(new_folder))
        == 0
    )
    first, second = (json.loads(p.read_text("utf-8")) for p in (written, again))
    assert without_export_time(first) == without_export_time(second)

    assert run("import", str(written), str(again), "--data-dir", str(new_folder)) == 0
    assert capsys.readouterr().out.endswith("Nothing new: all 26 records were already here.\n")


def test_an_unknown_profile_is_named_with_the_people_there(robin_folder, tmp_path, capsys):
    code = run(
        "export-data", "-o", str(tmp_path), "--profile", "Sam", "--data-dir", str(robin_folder)
    )
    assert code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "Nobody here is called 'Sam'. The people here are: Robin.\n"
    assert list(tmp_path.glob("*.companion.json")) == []


def test_with_several_people_the_command_asks_whose_data(robin_folder, tmp_path, capsys):
    db = open_database(database_path(robin_folder))
    profiles.create_profile(db, "Sam")
    db.close()
    assert run("export-data", "-o", str(tmp_path), "--data-dir", str(robin_folder)) == 2
    err = capsys.readouterr().err
    assert err.startswith("This data folder holds 2 people's data (Robin, Sam). Please say whose")
    assert (
        run("export-data", "-o", str(tmp_path), "--profile", "Sam", "--data-dir", str(robin_folder))
        == 0
    )


def test_exporting_from_an_empty_place_creates_nothing(tmp_path, capsys):
    nowhere = tmp_path / "no-data-here"
    assert run("export-data", "-o", str(tmp_path), "--data-dir", str(nowhere)) == 2
    assert "There is nothing to save yet: there is no Citizen Leadership Companion data" in (
        capsys.readouterr().err
    )
    assert not nowhere.exists()


def test_a_missing_file_is_reported_and_no_data_folder_is_made(tmp_path, capsys):
    folder = tmp_path / "data"
    missing = tmp_path / "gone.companion.json"
    assert run("import", str(missing), "--data-dir", str(folder)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"The file {missing} does not exist. Nothing has been changed.\n"
    assert not folder.exists()


def test_a_bad_file_lists_its_problems(robin_folder, tmp_path, capsys):
    bad = tmp_path / "bad.companion.json"
    bad.write_text('{"format": "citizen-leadership-companion", "schema_version": 1}', "utf-8")
    assert run("import", str(bad), "--data-dir", str(robin_folder)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad} cannot be imported because it has 6 problems.")
    assert "  - profile: is missing\n" in err
    assert "Traceback" not in err


def test_a_database_from_a_newer_app_is_left_alone(robin_folder, tmp_path, capsys):
    good = tmp_path / "good.companion.json"
    assert run("export-data", "-o", str(good), "--data-dir", str(robin_folder)) == 0
    db = open_database(database_path(robin_folder))
    db["_sqlite_migrations"].insert(
        {"migration_set": "competence_app", "name": "m099_from_the_future", "applied_at": "2030"}
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = file_digest(database_path(robin_folder))
    capsys.readouterr()

    assert run("export-data", "-o", str(tmp_path), "--data-dir", str(robin_folder)) == 3
    assert "made by a newer version of Citizen Leadership Companion" in capsys.readouterr().err
    assert run("import", str(good), "--data-dir", str(robin_folder)) == 3
    assert "Please update the app to open it" in capsys.readouterr().err
    assert file_digest(database_path(robin_folder)) == before


def test_a_full_disk_is_reported_in_plain_words(robin_folder, tmp_path, capsys, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("competence_app.files.os.fsync", full)
    target = tmp_path / "out.companion.json"
    assert run("export-data", "-o", str(target), "--data-dir", str(robin_folder)) == 1
    err = capsys.readouterr().err
    assert err == (
        f"There is not enough space on the disk to save out.companion.json in {tmp_path}. "
        "Please free some space or choose another place. Nothing has been changed.\n"
    )
    assert list(tmp_path.iterdir()) == [robin_folder]  # no half-written or temporary file


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_is_reported_in_plain_words(robin_folder, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert run("export-data", "-o", str(locked), "--data-dir", str(robin_folder)) == 1
    assert "you do not have permission to write in that folder" in capsys.readouterr().err
    assert list(locked.iterdir()) == []


def test_arguments_are_checked_by_argparse_with_exit_code_2(capsys):
    assert run("export-data") == 2
    assert "the following arguments are required: --output/-o" in capsys.readouterr().err


def test_import_refuses_while_the_app_has_the_folder_open(tmp_path, capsys):
    from competence_app.cli import main
    from competence_app.paths import prepare_data_dir
    from competence_app.store.lock import FolderLock

    source = prepare_data_dir(tmp_path / "source")
    from competence_app.paths import database_path
    from competence_app.store import profiles
    from competence_app.store.database import open_database

    db = open_database(database_path(source))
    profiles.create_profile(db, "Lin")
    db.close()
    assert main(["--data-dir", str(source), "export-data", "--output", str(tmp_path / "f")]) == 0
    exported = next(tmp_path.glob("f*"))
    target = prepare_data_dir(tmp_path / "open-in-the-app")
    with FolderLock(target):
        assert main(["import", str(exported), "--data-dir", str(target)]) == 2
    assert "already open" in capsys.readouterr().err
    assert main(["import", str(exported), "--data-dir", str(target)]) == 0
