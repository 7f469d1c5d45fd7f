"""Share with my group: the consent screen says exactly what goes in, extras one by one."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.domain.model import CompetenceAnswer
from competence_app.paths import database_path
from competence_app.store import reflections
from competence_app.store.database import open_database

STORY = "the day the ward listened to me"


def test_consent_screen_and_the_file_hold_no_story_unless_ticked(
    open_window, data_dir, person, qtbot, monkeypatch, tmp_path
):
    from competence_app.gui import share_dialog

    _, reflection = person
    db = open_database(database_path(data_dir))
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("active_listening", level=4, example=STORY)
    )
    db.close()
    window = open_window(data_dir)
    dialog = share_dialog.ShareDialog(window.context, window.reflection, window)
    qtbot.addWidget(dialog)
    before = dialog.contents.text()
    assert STORY not in before
    assert "name" in before.lower()
    dialog.extra_boxes["stories"].setChecked(True)
    assert dialog.contents.text() != before, "the consent text follows each tick"
    assert STORY in json.dumps(dialog.share(), ensure_ascii=False)
    dialog.extra_boxes["stories"].setChecked(False)

    monkeypatch.setattr(share_dialog.ShareDialog, "exec", lambda d: True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    written = share_dialog.share_with_group(window.context, window, window.reflection)
    raw = written.read_bytes()
    assert written.name.endswith(".share.json")
    assert STORY.encode() not in raw and b"Robin" not in raw
    assert json.loads(raw)["competences"][0]["level"] == 4
