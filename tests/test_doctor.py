"""`competence-app doctor` and Help > About > Diagnostics: a support report that looks,
never touches, and never shows anything personal."""

from __future__ import annotations

import os

import pytest

from competence_app import cli, doctor
from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import backups, plans, profiles, reflections
from competence_app.store.database import open_database
from competence_app.store.lock import FolderLock

NAME = "Juniper Okonkwo-Lindqvist"
STORY = "I told the panel about my mother's respite care"
GOAL = "Chair the carers' forum by spring"


@pytest.fixture
def filled(data_dir, framework):
    """A data folder with one person, two reflections, three goals and a backup."""
    prepare_data_dir(data_dir)
    db = open_database(database_path(data_dir))
    person = profiles.create_profile(db, NAME, ["carer advocate"])
    for label in ("Before the course", "After the course"):
        reflection = reflections.create_reflection(db, person.id, label)
        competence = framework.competences[0].id
        reflections.save_competence_answer(
            db, reflection.id, CompetenceAnswer(competence, level=3, example=STORY)
        )
    for n in range(3):
        plans.create_goal(db, person.id, f"{GOAL} {n}")
    backups.make_backup(db.conn, data_dir, "daily")
    db.close()
    return data_dir


def report(data_dir, **kwargs) -> tuple[str, list[doctor.Line]]:
    lines = doctor.gather(data_dir, **kwargs)
    return doctor.format_report(lines), lines


def value(lines, label: str) -> str:
    return next(line.value for line in lines if line.label == label)


def test_a_folder_not_made_yet_is_fine_and_stays_unmade(data_dir):
    text, lines = report(data_dir)
    assert not doctor.has_problem(lines)
    assert "not yet" in value(lines, "Exists")
    assert "none yet" in value(lines, "State")
    assert "Everything looks fine." in text
    assert not data_dir.exists()


def test_versions_and_platform_are_reported(data_dir):
    from competence_app import __version__

    text, lines = report(data_dir)
    assert value(lines, "App version") == __version__
    for label in ("Python", "PySide6", "Qt", "SQLite", "matplotlib", "jinja2", "sqlite-utils"):
        assert value(lines, label)
    assert value(lines, "Frozen build") == "no"
    assert "citizen-leadership" in value(lines, "Id and version")


def test_counts_appear_and_nothing_personal_does(filled):
    files_before = sorted(p.name for p in filled.iterdir())
    text, lines = report(filled)
    assert not doctor.has_problem(lines), text
    assert value(lines, "Number of profiles") == "1"
    assert value(lines, "Number of reflections") == "2"
    assert value(lines, "Number of goals") == "3"
    assert value(lines, "Check (integrity_check)") == "ok"
    assert value(lines, "Journal mode") == "WAL"
    assert value(lines, "Schema version").endswith("(current)")
    assert value(lines, "Number of backups") == "1"
    assert value(lines, "Newest passes its check") == "yes"
    for private in (NAME, "Juniper", STORY, "respite", GOAL, "forum", "Before the course", "carer"):
        assert private not in text
    # Read-only: not even the -wal and -shm files SQLite makes for a reader are left behind.
    assert sorted(p.name for p in filled.iterdir()) == files_before


def test_the_database_file_is_not_changed(filled):
    database = database_path(filled)
    before = database.read_bytes(), database.stat().st_mtime_ns
    report(filled)
    assert (database.read_bytes(), database.stat().st_mtime_ns) == before


def test_a_damaged_database_is_said_plainly(filled):
    database = database_path(filled)
    data = bytearray(database.read_bytes())
    data[4096:8192] = b"\xa5" * 4096  # scribble over a page of the tables
    database.write_bytes(bytes(data))
    text, lines = report(filled)
    assert doctor.has_problem(lines)
    assert "PROBLEM: damaged" in text
    assert "restores the newest good backup" in text


def test_a_file_that_is_not_a_database_is_damaged(data_dir):
    prepare_data_dir(data_dir)
    database_path(data_dir).write_bytes(b"this is not a database" * 100)
    text, lines = report(data_dir)
    assert doctor.has_problem(lines)
    assert "not a database file" in value(lines, "State")


def test_a_database_from_a_newer_app_is_a_problem(filled):
    db = open_database(database_path(filled))
    db["_sqlite_migrations"].insert(
        {"migration_set": "competence_app", "name": "m999_future", "applied_at": "x"}
    )
    db.close()
    _, lines = report(filled)
    assert "newer version" in value(lines, "Schema version")
    assert doctor.has_problem(lines)


def test_a_running_copy_is_noticed_and_its_lock_left_alone(filled):
    db = open_database(database_path(filled))  # as the running app has it open
    with FolderLock(filled):
        text, lines = report(filled)
        assert value(lines, "In use by a running copy").startswith("yes")
        assert value(lines, "Number of reflections") == "2"
        assert not doctor.has_problem(lines), text
    db.close()
    # The probe held nothing: the app can take the folder at once.
    with FolderLock(filled):
        pass
    _, lines = report(filled)
    assert value(lines, "In use by a running copy") == "no"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_is_a_problem(filled):
    os.chmod(filled, 0o500)
    try:
        text, lines = report(filled)
    finally:
        os.chmod(filled, 0o700)
    assert value(lines, "Writable").startswith("no")
    assert doctor.has_problem(lines)
    assert value(lines, "Number of reflections") == "2"


def test_a_damaged_preferences_file_is_a_problem(data_dir):
    prepare_data_dir(data_dir)
    (data_dir / "preferences.json").write_text("{not json", encoding="utf-8")
    _, lines = report(data_dir)
    assert "cannot be read" in value(lines, "File")
    assert doctor.has_problem(lines)


def test_a_broken_framework_file_is_a_problem(data_dir, tmp_path):
    broken = tmp_path / "ours.toml"
    broken.write_text("[framework]\nid = 'x'\n", encoding="utf-8")
    _, lines = report(data_dir, framework=broken)
    assert "'level_names' is missing" in value(lines, "State")


def test_command_line_exit_codes(filled, tmp_path, capsys):
    assert cli.main(["doctor", "--data-dir", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "Number of goals:" in out and "Everything looks fine." in out
    assert NAME not in out
    # --data-dir before the command's name works too, as for the other commands.
    assert cli.main(["--data-dir", str(filled), "doctor"]) == 0
    capsys.readouterr()
    database_path(filled).write_bytes(b"rubbish" * 500)
    assert cli.main(["doctor", "--data-dir", str(filled)]) == 1
    assert "PROBLEM" in capsys.readouterr().out


def test_the_command_is_listed_but_not_imported_at_start_up():
    import subprocess
    import sys

    code = (
        "import sys; from competence_app import cli; cli.build_parser();"
        "print('competence_app.doctor' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
    assert "doctor" in cli.build_parser().format_help()


def test_about_box_opens_diagnostics_and_copies_the_report(open_window, filled, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QPushButton

    from competence_app.gui.dialogs import diagnostics
    from competence_app.gui.dialogs.small import about_dialog

    window = open_window(filled)
    about = about_dialog(window, window.context.framework, filled)
    qtbot.addWidget(about)
    shown = []

    def capture(self):
        shown.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(diagnostics.DiagnosticsDialog, "exec", capture)
    about.findChild(QPushButton, "diagnosticsButton").click()
    dialog = shown[0]
    text = dialog.report.toPlainText()
    assert "Number of reflections:" in text
    assert NAME not in text and STORY not in text
    assert dialog.report.isReadOnly()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert "copied" in dialog.copied.text()


def test_a_folder_that_refuses_new_files_is_a_problem(filled, monkeypatch):
    # The same check as above for runs as root, who can write anywhere.
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    _, lines = report(filled)
    assert value(lines, "Writable") == "no (Permission denied)"
    assert doctor.has_problem(lines)


def test_a_folder_name_with_uri_characters_is_read(tmp_path, framework):
    folder = prepare_data_dir(tmp_path / "50% done? #2")
    db = open_database(database_path(folder))
    profiles.create_profile(db, NAME)
    db.close()
    _, lines = report(folder)
    assert value(lines, "Number of profiles") == "1"


def test_a_full_disk_is_told_apart_from_damage(filled, monkeypatch):
    """With the disk full, an empty database (nothing could be saved in it) is reported as
    empty with the full disk named, not as "damaged"."""
    import shutil
    from collections import namedtuple

    database_path(filled).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (filled / f"companion.sqlite3{suffix}").unlink(missing_ok=True)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9, 0))
    text, lines = report(filled)
    state = value(lines, "State")
    assert "damaged" not in state
    assert "empty" in state and "disk is full" in state
    assert doctor.has_problem(lines)


def test_damage_that_only_the_full_check_sees_is_reported(filled):
    import sqlite3

    from test_store_audit import corrupt_an_index

    database = database_path(filled)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    corrupt_an_index(database)
    text, lines = report(filled)
    assert value(lines, "State").startswith("damaged")
    assert doctor.has_problem(lines)


def test_leftovers_of_interrupted_work_are_reported(filled):
    (filled / "backups" / "companion-20260101-000000-daily.partial").write_bytes(b"x")
    text, lines = report(filled)
    assert "partial" in value(lines, "Left from interrupted work")
