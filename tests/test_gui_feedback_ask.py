"""Plan > Ask for feedback… and Plan > Enter feedback from paper…, driven as a person would."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_reports_sample import make_person

from competence_app.paths import database_path, prepare_data_dir
from competence_app.reports.feedback_pack import PackOptions, write_pack
from competence_app.store import feedback, profiles
from competence_app.store.database import open_database

STORY = "the day the ward listened to me"


@pytest.fixture
def robin(data_dir, framework):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    make_person(db, framework, "Robin", lambda f: STORY if f == "example-0" else "")
    db.close()
    return data_dir


def stored_packs(window):
    return feedback.packs_of(window.context.db, window.context.profile.id)


def test_the_plan_menu_offers_the_feedback_commands(open_window, robin):
    window = open_window(robin)
    plan_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Plan"
    )
    texts = [a.text().replace("&", "") for a in plan_menu.actions()]
    assert texts == [
        "Ask my mentor or someone else for feedback…",
        "Enter feedback from paper…",
        "Feedback I have received…",  # the history, from feedback-back
    ]
    assert all(a.isEnabled() for a in plan_menu.actions())


def test_asking_for_feedback_writes_a_pack_with_what_was_chosen(
    open_window, robin, qtbot, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import feedback_dialog, save_dialog

    save_dialog.forget_folders()
    window = open_window(robin)
    seen = []

    def choose(dialog):
        seen.append({k: b.isChecked() for k, b in dialog.sections.boxes.items()})
        seen.append(dialog.contents.text())
        assert dialog.relation_buttons["mentor"].isChecked()
        assert dialog.relation_buttons["mentor"].hasFocus() or not dialog.isVisible()
        # The keyboard moves the choice to "peer", as in any radio group.
        dialog.relation_buttons["peer"].setChecked(True)
        dialog.anonymous.setChecked(True)
        dialog.sections.boxes["roles"].setChecked(False)
        dialog.sections.boxes["stories"].setChecked(True)
        seen.append(dialog.contents.text())
        return True

    monkeypatch.setattr(feedback_dialog.FeedbackDialog, "exec", choose)
    proposed = []

    def save_as(parent, title, suggested, filters):
        proposed.append(Path(suggested))
        return str(tmp_path / "for-alex"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text, *a: told.append(text))
    written = feedback_dialog.ask_for_feedback(window.context, window, window.reflection)

    first, before, after = seen
    assert first["stories"] is False and first["wellbeing"] is False
    assert first["mentor_notes"] is False and first["goals"] is True
    assert "Your examples and stories: not in the pack" in before
    assert "Your examples and stories: in the pack, as you ticked" in after
    assert "Robin" in before
    assert proposed[0].name == f"feedback-pack-peer-{date.today().isoformat()}.html"
    assert proposed[0].parent == save_dialog.documents_folder()
    assert written == tmp_path / "for-alex.html"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    page = written.read_text("utf-8")
    assert STORY in page and 'id="roles"' not in page
    (pack,) = stored_packs(window)
    assert (pack.relation, pack.allow_anonymous) == ("peer", True)
    assert "stories" in pack.sections and "roles" not in pack.sections
    assert pack.reflection_id == window.reflection.id
    assert str(written) in told[0]

    # The next time, the personal sections are unticked again.
    seen.clear()
    monkeypatch.setattr(feedback_dialog.FeedbackDialog, "exec", lambda d: seen.append(
        {k: b.isChecked() for k, b in d.sections.boxes.items()}) and False)  # fmt: skip
    assert feedback_dialog.ask_for_feedback(window.context, window, window.reflection) is None
    assert seen[0]["stories"] is False and seen[0]["wellbeing"] is False


def test_the_dialog_is_keyboard_friendly(open_window, robin, qtbot):
    from competence_app.gui.dialogs.feedback_dialog import FeedbackDialog

    window = open_window(robin)
    dialog = FeedbackDialog(window.context, window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.relation_buttons["mentor"].hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)  # the choices sit in a row
    assert dialog.relation() == "peer"
    assert dialog.options().sections == frozenset(
        {"summary", "competences", "roles", "goals", "supports"}
    )
    assert dialog.width() <= 1366 and dialog.height() <= 768


def test_feedback_from_paper_is_typed_in_as_a_round(
    open_window, robin, framework, qtbot, monkeypatch
):
    from competence_app.gui.dialogs import feedback_paper

    window = open_window(robin)
    db = window.context.db
    person = window.context.profile
    _, pack = write_pack(
        db,
        framework,
        person.id,
        PackOptions(allow_anonymous=True),
        window.context.data_dir / "p.html",
    )
    dialog = feedback_paper.FeedbackPaperDialog(window.context, [pack], window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.grid.hasFocus()
    qtbot.keyClicks(dialog.grid, "40")  # level 4, then "I haven't seen this"
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.grid, "7")  # not a level: ignored
    qtbot.keyClicks(dialog.seen[0], "Listened at the forum")
    qtbot.keyClicks(dialog.name, "Jo Bloggs")
    qtbot.keyClicks(dialog.goal_boxes[0][1], "Ask the chair for a slot")
    qtbot.keyClicks(dialog.strengths, "Calm <b>under</b> pressure")
    answer = dialog.feedback_round()
    assert answer.pack_id == pack.id and answer.reflection_id == pack.reflection_id
    assert (answer.giver_name, answer.anonymous, answer.relation) == ("Jo Bloggs", False, "mentor")
    views = answer.competences
    assert (views[0].level, views[0].not_seen, views[0].seen) == (4, False, "Listened at the forum")
    assert (views[1].level, views[1].not_seen) == (None, True)
    assert views[2].level is None and not views[2].not_seen
    assert answer.goals[0].next_step == "Ask the chair for a slot"
    assert answer.strengths == "Calm <b>under</b> pressure"
    dialog.close()

    monkeypatch.setattr(
        feedback_paper.FeedbackPaperDialog,
        "exec",
        lambda d: (d.grid.item(0, 0).setText("5"), d.anonymous.setChecked(True), True)[-1],
    )
    assert feedback_paper.enter_feedback_from_paper(window.context, window)
    (saved,) = feedback.load_rounds(db, person.id)
    assert saved.pack_id == pack.id and saved.competences[0].level == 5
    assert saved.anonymous and saved.giver_name == ""
    assert profiles.list_profiles(db)[0].id == person.id


def test_feedback_from_paper_without_a_pack_says_how_to_start(open_window, robin, monkeypatch):
    from competence_app.gui.dialogs import feedback_paper

    window = open_window(robin)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text, *a: told.append(text))
    assert not feedback_paper.enter_feedback_from_paper(window.context, window)
    assert "Ask my mentor or someone else for feedback" in told[0]


def test_the_personal_note_names_only_the_personal_parts_a_pack_can_hold(open_window, robin, qtbot):
    from competence_app.gui.dialogs.export_dialog import ExportDialog
    from competence_app.gui.dialogs.feedback_dialog import FeedbackDialog

    window = open_window(robin)
    asking = FeedbackDialog(window.context, window)
    qtbot.addWidget(asking)
    note = asking.sections.note.text()
    assert "What my mentor saw" not in note, "a pack never carries another giver's words"
    assert "Looking after myself" in note and "My examples and stories" in note
    assert note.endswith("are personal. They are left out unless you tick them, each time.")

    from competence_app.reports.options import ExportOptions

    exporting = ExportDialog(ExportOptions(), window)
    qtbot.addWidget(exporting)
    assert "What my mentor saw" in exporting.sections.note.text()
