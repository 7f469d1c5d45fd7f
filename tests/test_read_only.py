"""Read-only is not unreadable: a write-protected USB stick or a backup on a read-only disk
is shown in full and can be exported elsewhere; nothing is written in it, and the person is
told once, and in the status bar, that nothing can be saved there."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import database_path, prepare_data_dir, readable_data
from competence_app.store import plans, profiles, reflections
from competence_app.store.database import open_database

STORY = "the ward round where I was finally heard"


def folder_state(folder):
    """Every file's name and bytes: nothing may change, appear or disappear."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def stick(data_dir, framework):
    folder = prepare_data_dir(data_dir)
    db = open_database(database_path(folder))
    person = profiles.create_profile(db, "Noor")
    reflection = reflections.create_reflection(db, person.id, "Spring")
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer(framework.competences[0].id, level=3, example=STORY)
    )
    plans.create_goal(db, person.id, "Speak at the board meeting")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for suffix in ("-wal", "-shm"):
        (folder / f"companion.sqlite3{suffix}").unlink(missing_ok=True)
    (folder / ".companion.lock").unlink(missing_ok=True)
    return folder


def test_a_folder_with_data_is_readable(stick, tmp_path):
    assert readable_data(stick)
    assert not readable_data(tmp_path / "nowhere")


def test_the_window_shows_everything_and_writes_nothing(stick, qtbot, framework, monkeypatch):
    from competence_app.gui.shell.main_window import MainWindow

    before = folder_state(stick)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = MainWindow(stick, framework=framework, read_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    assert window.context.profile.name == "Noor"
    assert len(told) == 1 and "cannot be written" in told[0]
    assert "Read only" in window.saved_label.text()
    flow = window.workspace.flow
    assert any(
        STORY in page.example.toPlainText() for page in flow.pages if hasattr(page, "example")
    ), "the story is shown"
    # A change is taken in memory, and the status keeps saying it is not kept.
    window.context.events.saved.emit()
    assert "Read only" in window.saved_label.text()
    window.close()
    assert folder_state(stick) == before


def test_export_reads_a_read_only_folder_without_writing_in_it(stick, tmp_path):
    from competence_app.cli import main

    before = folder_state(stick)
    target = tmp_path / "out" / "plan.md"
    target.parent.mkdir()
    assert (
        main(["export", "--format", "md", "--output", str(target), "--data-dir", str(stick)]) == 0
    )
    assert "Speak at the board meeting" in target.read_text("utf-8")
    data = tmp_path / "out" / "mine"
    assert main(["export-data", "--output", str(data), "--data-dir", str(stick)]) == 0
    assert list((tmp_path / "out").glob("mine*"))
    assert folder_state(stick) == before
