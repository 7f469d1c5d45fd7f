"""`competence-app export`: the plan without a window, and plain messages when it cannot be made."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from test_reports_sample import GOAL_TITLE, contains, make_person, text_of

from competence_app import cli
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import profiles
from competence_app.store.database import open_database


@pytest.fixture
def folder(data_dir, framework):
    """A data folder with two people: Robin, and Sam, who used the app last."""
    db = open_database(database_path(prepare_data_dir(data_dir)))
    make_person(db, framework, "Robin")
    make_person(db, framework, "Sam", lambda f: "Sam's own goal" if f == "goal-0" else "")
    db.close()
    return data_dir


def run(qapp, capsys, *args):
    code = cli.main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_by_profile_name(qapp, capsys, folder, tmp_path):
    output = tmp_path / "robin.md"
    code, out, err = run(
        qapp, capsys, "--format", "md", "--output", str(output), "--profile", "robin",
        "--data-dir", str(folder),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert str(output) in out
    text = text_of(output, "md")
    assert contains(text, GOAL_TITLE) and not contains(text, "Sam's own goal")


def test_on_a_shared_laptop_the_command_asks_whose_plan(qapp, capsys, folder, tmp_path):
    """Never someone else's plan by a guess: with two people, --profile says whose."""
    output = tmp_path / "plan.html"
    code, out, err = run(
        qapp, capsys, "--format", "html", "--output", str(output), "--data-dir", str(folder)
    )
    assert (code, out) == (2, "")
    assert err == (
        "This data folder holds 2 people's data (Robin, Sam). Please say whose plan to export "
        "with --profile NAME.\n"
    )
    assert not output.exists()


def test_one_person_needs_no_name(qapp, capsys, data_dir, framework, tmp_path):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    make_person(db, framework, "Sam", lambda f: "Sam's own goal" if f == "goal-0" else "")
    db.close()
    output = tmp_path / "plan.html"
    code, _, _ = run(
        qapp, capsys, "--format", "html", "--output", str(output), "--data-dir", str(data_dir)
    )
    assert code == 0
    assert contains(text_of(output, "html"), "Sam's own goal")


def test_data_dir_before_the_command_and_sections(qapp, capsys, folder, tmp_path):
    output = tmp_path / "plan.odt"
    code = cli.main(
        ["--data-dir", str(folder), "export", "--format", "ODT", "--output", str(output),
         "--sections", "goals,stories", "--paper", "letter", "--profile", "Sam"]
    )  # fmt: skip
    assert code == 0
    text = text_of(output, "odt")
    assert contains(text, "My examples and stories") and not contains(text, "Summary")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profile", "Alex"], "Nobody here is called 'Alex'"),
        (["--format", "rtf"], "'rtf' is not a format this app can write. Choose one of: pdf"),
        (["--sections", "goals,diary"], "Unknown section(s): diary. Sections are: summary"),
        (["--sections", ","], "Please name at least one section"),
        (["--paper", "A3"], "paper size must be one of: A4, Letter."),
        (["--output", "{tmp}/missing/plan.pdf"], "cannot be found. Please choose another folder."),
        (["--output", "{tmp}"], "is a folder. Please choose a file name"),
    ],
)
def test_mistakes_are_explained_in_one_plain_sentence(
    qapp, capsys, folder, tmp_path, args, message
):
    options = {
        "--format": "pdf",
        "--output": str(tmp_path / "plan.pdf"),
        "--data-dir": str(folder),
        "--profile": "Sam",
    }
    for name, value in zip(args[::2], args[1::2], strict=True):
        options[name] = value.replace("{tmp}", str(tmp_path))
    code, out, err = run(qapp, capsys, *[part for pair in options.items() for part in pair])
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""
    assert not (tmp_path / "plan.pdf").exists()


def test_unknown_profile_lists_the_people_there(qapp, capsys, folder, tmp_path):
    _, _, err = run(
        qapp, capsys, "--format", "pdf", "--output", str(tmp_path / "p.pdf"), "--profile", "Alex",
        "--data-dir", str(folder),
    )  # fmt: skip
    assert "The people here are: Robin, Sam." in err


def test_an_empty_data_folder_is_left_untouched(qapp, capsys, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(
        qapp,
        capsys,
        "--format",
        "pdf",
        "--output",
        str(tmp_path / "p.pdf"),
        "--data-dir",
        str(empty),
    )
    assert code == 2
    assert "There is no reflection in" in err and "start a reflection first" in err
    assert list(empty.iterdir()) == []


def test_a_profile_without_a_reflection(qapp, capsys, data_dir, tmp_path):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    profiles.create_profile(db, "New")
    db.close()
    code, _, err = run(
        qapp,
        capsys,
        "--format",
        "md",
        "--output",
        str(tmp_path / "p.md"),
        "--data-dir",
        str(data_dir),
    )
    assert code == 2
    assert "There is no reflection to put in the plan yet" in err


def test_a_database_from_a_newer_version_is_refused(qapp, capsys, folder, tmp_path):
    db = open_database(database_path(folder))
    db["_sqlite_migrations"].insert(
        {"migration_set": "competence_app", "name": "m999_future", "applied_at": "x"}
    )
    db.close()
    code, _, err = run(
        qapp,
        capsys,
        "--format",
        "pdf",
        "--output",
        str(tmp_path / "p.pdf"),
        "--data-dir",
        str(folder),
    )
    assert code == 3
    assert "made by a newer version" in err
    assert not (tmp_path / "p.pdf").exists()


def test_help_lists_formats_and_sections(qapp, capsys):
    code = cli.main(["export", "--help"])
    out = capsys.readouterr().out
    assert code == 0
    assert "pdf, docx, odt, html, md" in out and "mentor_notes" in out and "--paper" in out


def test_unknown_options_still_stop_the_gui_path(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--not-an-option"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --not-an-option" in capsys.readouterr().err


def test_export_works_with_no_display_at_all(folder, tmp_path):
    """A real process, with no Qt platform chosen: the command picks 'offscreen' itself."""
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    output = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "competence_app", "export", "--format", "pdf", "--output",
         str(output), "--data-dir", str(folder), "--profile", "Robin"],
        capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert output.read_bytes().startswith(b"%PDF")


GUI_PATH_PROBE = textwrap.dedent(
    """
    import sys
    from competence_app.gui.shell import app

    app.run = lambda *args, **kwargs: 0  # stands in for the window; the parsing is real
    from competence_app import cli

    assert cli.main(["--data-dir", sys.argv[1]]) == 0
    loaded = sorted(m for m in sys.modules if m.startswith(("competence_app.reports", "jinja2", "matplotlib")))
    print(loaded)
    """
)


def test_the_gui_path_does_not_load_the_export_code(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", GUI_PATH_PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
