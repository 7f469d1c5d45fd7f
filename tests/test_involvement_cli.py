"""`competence-app involvement`: the record without a window; plain messages and the
project's exit codes when it cannot be made."""

from __future__ import annotations

import csv
import os
from datetime import date

import pytest
from test_involvement_record import DEBRIEF, IMPACT, entries

from competence_app import cli
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import involvement as store
from competence_app.store import profiles
from competence_app.store.database import open_database


@pytest.fixture
def folder(data_dir, framework):
    """A data folder with Robin, who has a record, and Sam, who has none."""
    db = open_database(database_path(prepare_data_dir(data_dir)))
    robin = profiles.create_profile(db, "Robin", [])
    for entry in entries(framework, robin.id):
        store.save_involvement(db, entry)
    profiles.create_profile(db, "Sam", [])
    db.close()
    return data_dir


def run(capsys, folder, *args):
    code = cli.main(["involvement", "--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_record_as_csv_for_a_period(qapp, capsys, folder, tmp_path):
    output = tmp_path / "record.csv"
    code, out, err = run(
        capsys, folder, "--from", "2026-04-01", "--to", "2026-12-31", "--output", str(output),
        "--profile", "robin",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Your involvement record has been saved as {output}.\n"
    rows = rows_of(output)
    assert [r["Date"] for r in rows if r["Part"] == "Activity"] == ["2026-05-12", "2026-09-03"]
    assert not any(IMPACT in v or DEBRIEF in v for r in rows for v in r.values())


def test_personal_parts_only_when_named(qapp, capsys, folder, tmp_path):
    output = tmp_path / "record.csv"
    code, _, _ = run(
        capsys, folder, "--from", "2026-04-01", "--to", "2027-03-31", "--output", str(output),
        "--profile", "Robin", "--fields", "activities,impact,debriefs",
    )  # fmt: skip
    assert code == 0
    rows = rows_of(output)
    assert IMPACT in [r["What changed"] for r in rows]
    assert DEBRIEF in [r["What happened?"] for r in rows]
    assert "Days waiting" not in rows[0]  # expenses were not named


def test_the_format_comes_from_the_option_or_the_ending(qapp, capsys, folder, tmp_path):
    output = tmp_path / "record.docx"
    code, _, err = run(capsys, folder, "--output", str(output), "--profile", "Robin")
    assert (code, err) == (0, "")
    assert output.read_bytes()[:2] == b"PK"
    output = tmp_path / "record-file"
    code, _, _ = run(
        capsys, folder, "--output", str(output), "--format", "PDF", "--profile", "Robin"
    )
    assert code == 0 and output.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--from", "01/04/2026"),
            "--from '01/04/2026' is not a date. Please write it as YEAR-MONTH-DAY, for example "
            "2026-04-01.\n",
        ),
        (
            ("--from", "2027-01-01", "--to", "2026-01-01"),
            "The period ends (1 January 2026) before it starts (1 January 2027). Please swap "
            "the dates.\n",
        ),
        (
            ("--format", "odt"),
            "'odt' is not a format the record can be saved in. Choose one of: pdf, docx, csv.\n",
        ),
        (
            ("--fields", "activities,stories"),
            "Unknown part(s): stories. The parts are: activities, time, expenses, impact, "
            "debriefs.\n",
        ),
    ],
)
def test_bad_arguments_are_refused_with_exit_code_2(qapp, capsys, folder, tmp_path, args, message):
    output = tmp_path / "record.pdf"
    code, out, err = run(capsys, folder, "--output", str(output), "--profile", "Robin", *args)
    assert (code, out, err) == (2, "", message)
    assert not output.exists()


def test_an_unknown_ending_asks_for_a_format(qapp, capsys, folder, tmp_path):
    code, _, err = run(capsys, folder, "--output", str(tmp_path / "r.txt"), "--profile", "Robin")
    assert code == 2
    assert err.startswith("The record cannot be saved as 'txt'.")


def test_a_missing_folder_is_exit_code_1(qapp, capsys, folder, tmp_path):
    output = tmp_path / "nowhere" / "record.pdf"
    code, out, err = run(capsys, folder, "--output", str(output), "--profile", "Robin")
    assert (code, out) == (1, "")
    assert (
        "nowhere cannot be found. Please choose another folder." in err
        and "\n" == err[-1]
        and err.count("\n") == 1
    )
    assert not output.parent.exists()


def test_an_unwritable_folder_is_exit_code_1(qapp, capsys, folder, tmp_path):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a folder this user cannot write")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, out, err = run(
            capsys, folder, "--output", str(locked / "record.pdf"), "--profile", "Robin"
        )
    finally:
        locked.chmod(0o700)
    assert (code, out) == (1, "")
    assert "cannot be written to" in err
    assert list(locked.iterdir()) == []


def test_whose_record_and_an_empty_one(qapp, capsys, folder, tmp_path):
    output = tmp_path / "record.pdf"
    code, _, err = run(capsys, folder, "--output", str(output))
    assert code == 2
    assert err == (
        "This data folder holds 2 people's data (Robin, Sam). Please say whose record to "
        "export with --profile NAME.\n"
    )
    code, _, err = run(capsys, folder, "--output", str(output), "--profile", "Sam")
    assert code == 2 and err.startswith("Sam has no activities in their involvement record yet.")
    assert not output.exists()


def test_a_folder_without_data_is_not_created(qapp, capsys, tmp_path):
    empty = tmp_path / "nothing-here"
    code, _, err = run(capsys, empty, "--output", str(tmp_path / "r.pdf"))
    assert code == 2 and "no involvement record to export" in err
    assert not empty.exists()


def test_the_default_period_is_the_last_12_months(qapp, capsys, data_dir, framework, tmp_path):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    robin = profiles.create_profile(db, "Robin", [])
    today = date.today()
    for entry in entries(framework, robin.id)[:2]:
        entry.date = today.replace(year=today.year - 2).isoformat()
        store.save_involvement(db, entry)
    recent = entries(framework, robin.id)[2]
    recent.date = today.isoformat()
    store.save_involvement(db, recent)
    db.close()
    output = tmp_path / "record.csv"
    code, _, _ = run(capsys, data_dir, "--output", str(output), "--fields", "time")
    assert code == 0
    assert [r["Date"] for r in rows_of(output)] == [today.isoformat()]
