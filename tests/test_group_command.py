"""`competence-app group-summary`: exit codes, the lines it prints, and that the GUI's
start-up never imports the group package."""

from __future__ import annotations

import csv
import os
import sys

import pytest
from test_group_share import person, write_people
from test_reports_sample import contains, pdf_pages
from test_startup import STARTUP_PROBE, run_python

from competence_app import cli


@pytest.fixture
def shares(framework, tmp_path):
    lobbying = next(c.id for c in framework.competences if c.name == "Lobbying")
    folder = tmp_path / "shares"
    people = [
        person(framework, develop=(lobbying,), supports=("payment",), session="Spring")
        for _ in range(3)
    ] + [person(framework, session="Autumn") for _ in range(2)]
    write_people(folder, people)
    (folder / "broken.share.json").write_text("{not json", encoding="utf-8")
    return folder


def run(*args: str) -> int:
    return cli.main(["group-summary", *map(str, args)])


def test_a_report_and_tables_from_a_folder(qapp, shares, tmp_path, capsys, framework):
    output, table = tmp_path / "group.pdf", tmp_path / "group.csv"
    code = run(shares, "--output", output, "--csv", table, "--sqlite", tmp_path / "group.db")
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (
        f"Not counted: {shares / 'broken.share.json'}. broken.share.json is not a share file" in err
    )
    assert out.strip() == (
        f"6 files: 5 counted, 1 not counted. The summary of 5 people is saved as {output}, "
        f"{table} and {tmp_path / 'group.db'}."
    )
    assert contains(pdf_pages(output)[0], "Lobbying (3 of 5 people)")
    with open(table, encoding="utf-8-sig", newline="") as handle:
        assert len({r["share_id"] for r in csv.DictReader(handle)}) == 5


def test_files_may_come_before_and_after_the_options(qapp, shares, tmp_path, capsys):
    first, *rest = sorted(shares.glob("group-share-*"))
    output = tmp_path / "group.html"
    assert run(first, "--output", output, *rest, "--paper", "letter") == 0
    assert "5 counted" in capsys.readouterr().out
    assert output.read_text(encoding="utf-8").count("data:image/svg+xml;base64,") == 1


def test_no_usable_file_is_exit_code_2(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.share.json"
    bad.write_text("[]", encoding="utf-8")
    code = run(bad, tmp_path / "missing.share.json", "--output", tmp_path / "group.pdf")
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert (
        f"Not counted: {bad}. bad.share.json is not a share file (it should start with {{)." in err
    )
    missing = tmp_path / "missing.share.json"
    assert f"Not counted: {missing}. The file missing.share.json does not exist." in err
    assert "No share file could be counted (2 files: 0 counted, 2 not counted)" in err
    assert not (tmp_path / "group.pdf").exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--output", "group.txt"], "must end in .pdf, .odt or .html"),
        (["--output", "group.pdf", "--paper", "A5"], "must be A4 or Letter"),
        (["--output", "group.pdf", "--csv", "group.pdf"], "need different names"),
        (["--output", "group.pdf", "--session", "Winter"], "Autumn (2), Spring (3)"),
    ],
)
def test_bad_arguments_are_exit_code_2(qapp, shares, tmp_path, capsys, options, message):
    options = [str(tmp_path / o) if o.startswith("group.") else o for o in options]
    assert run(shares, *options) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "group.pdf").exists()


def test_a_report_that_cannot_be_written_is_exit_code_1(qapp, shares, tmp_path, capsys):
    code = run(shares, "--output", tmp_path / "nowhere" / "group.pdf")
    assert code == 1
    assert "cannot be found" in capsys.readouterr().err


def test_tables_for_two_people_are_refused_but_the_counts_are_written(
    qapp, shares, tmp_path, capsys
):
    output, table = tmp_path / "autumn.pdf", tmp_path / "autumn.csv"
    code = run(shares, "--output", output, "--csv", table, "--session", "autumn")
    out, _ = capsys.readouterr()
    assert code == 2
    assert "The CSV file was not made" in out
    assert "fewer than 3 people" in out
    assert not table.exists()
    assert contains(pdf_pages(output)[0], "2 people shared their answers.")


def test_help_lists_the_command_and_its_options(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "group-summary" in capsys.readouterr().out
    assert run("--help") == 0
    assert "--sqlite FILE" in capsys.readouterr().out


@pytest.mark.usefixtures("person")  # conftest's: a data folder with someone in it
def test_the_gui_start_up_does_not_import_the_group_package(data_dir):
    probe = STARTUP_PROBE.replace(
        'print("jinja2-loaded", "jinja2" in sys.modules)',
        'print("group-loaded", any(m.startswith("competence_app.group") for m in sys.modules))',
    )
    assert probe != STARTUP_PROBE
    result = run_python(probe, str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "reflect-page-shown True" in result.stdout
    assert "group-loaded False" in result.stdout


def test_the_command_runs_without_a_display(shares, tmp_path):
    import subprocess

    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "competence_app",
            "group-summary",
            str(shares),
            "-o",
            str(tmp_path / "g.odt"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "g.odt").stat().st_size > 0
