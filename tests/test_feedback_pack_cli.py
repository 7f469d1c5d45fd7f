"""`competence-app feedback-pack`: a pack without a window, with export's messages and codes."""

from __future__ import annotations

import re

import pytest
from test_reports_sample import make_person

from competence_app import cli
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import feedback, profiles
from competence_app.store.database import open_database

STORY = "the day the ward listened to me"


@pytest.fixture
def folder(data_dir, framework):
    """Robin and Sam share the laptop."""
    db = open_database(database_path(prepare_data_dir(data_dir)))
    make_person(db, framework, "Robin", lambda f: STORY if f == "example-0" else "")
    make_person(db, framework, "Sam", lambda f: "Sam's own goal" if f == "goal-0" else "")
    db.close()
    return data_dir


def run(capsys, *args):
    code = cli.main(["feedback-pack", *args])
    out, err = capsys.readouterr()
    return code, out, err


def packs(folder, name):
    db = open_database(database_path(folder))
    try:
        person = next(p for p in profiles.list_profiles(db) if p.name == name)
        return feedback.packs_of(db, person.id)
    finally:
        db.close()


def test_a_pack_for_a_peer_is_written_and_remembered(qapp, capsys, folder, tmp_path):
    output = tmp_path / "for-alex.html"
    code, out, err = run(
        capsys, "--output", str(output), "--profile", "sam", "--relation", "Peer",
        "--allow-anonymous", "--data-dir", str(folder),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        f"Your feedback pack has been saved as {output}. Give it to your peer: it opens in any "
        "web browser, and their feedback comes back as a .feedback.json file.\n"
    )
    page = output.read_text("utf-8")
    assert "Sam&#39;s own goal" in page and STORY not in page
    (pack,) = packs(folder, "Sam")
    assert (pack.relation, pack.allow_anonymous) == ("peer", True)
    assert pack.sections == ["summary", "competences", "roles", "goals", "supports"]
    assert pack.id in page
    assert packs(folder, "Robin") == []


def test_personal_sections_only_when_named(qapp, capsys, folder, tmp_path):
    everything = tmp_path / "all.html"
    code, _, _ = run(
        capsys, "--output", str(everything), "--profile", "Robin", "--sections", "all",
        "--data-dir", str(folder),
    )  # fmt: skip
    assert code == 0
    assert STORY not in everything.read_text("utf-8"), "'all' leaves the personal sections out"
    assert 'id="mentor_notes"' in everything.read_text("utf-8")
    named = tmp_path / "named.html"
    code, _, _ = run(
        capsys, "--output", str(named), "--profile", "Robin", "--sections", "goals,stories",
        "--data-dir", str(folder),
    )  # fmt: skip
    assert code == 0
    page = named.read_text("utf-8")
    assert STORY in page and 'name="c.' not in page and 'name="g.' in page
    assert packs(folder, "Robin")[-1].sections == ["goals", "stories"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            [],
            "This data folder holds 2 people's data (Robin, Sam). Please say whose plan to put "
            "in the pack with --profile NAME.",
        ),
        (["--profile", "Jo"], "Nobody here is called 'Jo'. The people here are: Robin, Sam."),
        (
            ["--profile", "Sam", "--relation", "aunt"],
            "'aunt' is not one of the people a pack is for: mentor, peer, facilitator, colleague.",
        ),
        (["--profile", "Sam", "--sections", "diary"], "Unknown section(s): diary."),
        (["--profile", "Sam", "--sections", " , "], "Please name at least one section:"),
    ],
)
def test_mistakes_are_one_plain_sentence_and_exit_code_2(
    qapp, capsys, folder, tmp_path, args, message
):
    output = tmp_path / "pack.html"
    code, out, err = run(capsys, "--output", str(output), "--data-dir", str(folder), *args)
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1
    assert not output.exists()
    assert packs(folder, "Sam") == []


def test_a_folder_without_data_is_not_created(qapp, capsys, tmp_path):
    empty = tmp_path / "nothing-here"
    code, out, err = run(capsys, "--output", str(tmp_path / "p.html"), "--data-dir", str(empty))
    assert (code, out) == (2, "")
    assert "There is no reflection in" in err and not empty.exists()


def test_a_folder_that_cannot_be_written_is_said_plainly(qapp, capsys, folder, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, out, err = run(
        capsys, "--output", str(blocker / "p.html"), "--profile", "Sam", "--data-dir", str(folder)
    )
    assert (code, out) == (2, "")
    assert "a-file" in err and "Traceback" not in err
    assert packs(folder, "Sam") == [], "a pack is remembered only once its page is written"


def test_help_lists_the_command_and_its_options(capsys):
    assert "feedback-pack" in cli.build_parser().format_help()
    assert cli.main(["feedback-pack", "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--output", "--sections", "--relation", "--allow-anonymous", "--profile"):
        assert option in text
    assert re.search(r"personal\s+and\s+shown\s+only\s+when\s+named", text)
