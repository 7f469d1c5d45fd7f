"""Exporting and printing the plan from the window, as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.paths import database_path
from competence_app.store import plans, profiles
from competence_app.store.database import open_database


def pdf_text(path) -> str:
    """The words of a PDF, spaced simply (the PDF engine may space words with tabs)."""
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.fixture
def with_goal(data_dir, person):
    db = open_database(database_path(data_dir))
    profile = profiles.current_profile(db)
    goal = plans.create_goal(db, profile.id, "Chair the carers' forum", ["mediating"])
    plans.add_action(db, goal.id, "Shadow the current chair twice")
    plans.add_support(db, goal.id, "training", "A place on the facilitation course")
    db.close()
    return goal


def test_export_through_the_dialog_writes_the_plan_and_remembers_choices(
    open_window, data_dir, with_goal, qtbot, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import export_dialog

    window = open_window(data_dir)
    chosen = {}

    def fill_in(dialog):
        chosen["had_private_ticked"] = dialog.section_boxes["stories"].isChecked()
        dialog.format_buttons["pdf"].setChecked(True)
        dialog.section_boxes["roles"].setChecked(False)
        return True

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fill_in)
    target = tmp_path / "my plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    written = export_dialog.run_export(window.context, window, window.reflection)
    assert written == target
    assert "Open it now?" in asked[0]
    assert chosen["had_private_ticked"] is False, "stories are off by default"
    text = pdf_text(target)
    assert "Chair the carers" in text
    assert "Shadow the current chair twice" in text

    remembered = export_dialog.remembered_options(window.context)
    assert remembered.format == "pdf" and "roles" not in remembered.sections


def test_export_to_a_folder_that_cannot_be_written_says_so(
    open_window, data_dir, with_goal, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import export_dialog

    window = open_window(data_dir)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda d: True)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "plan.pdf"), "")
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warned.append(text))
    assert export_dialog.run_export(window.context, window, window.reflection) is None
    assert len(warned) == 1
    assert "a-file" in warned[0]


def test_print_goes_through_the_same_document(open_window, data_dir, with_goal, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from competence_app.gui.dialogs import export_dialog

    window = open_window(data_dir)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda d: True)
    printed = []

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(data_dir / "printed.pdf"))
        printed.append(printer)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert export_dialog.run_print(window.context, window, window.reflection)
    text = pdf_text(data_dir / "printed.pdf")
    assert "Chair the carers" in text


def test_personal_sections_are_never_remembered_as_ticked(
    open_window, data_dir, with_goal, monkeypatch, tmp_path
):
    """Ticking stories and "looking after myself" once must not tick them for the next export
    or print: the person chooses them each time."""
    from competence_app.gui.dialogs import export_dialog

    window = open_window(data_dir)
    seen = []

    def tick_everything(dialog):
        seen.append({k: b.isChecked() for k, b in dialog.section_boxes.items()})
        dialog.format_buttons["md"].setChecked(True)
        for box in dialog.section_boxes.values():
            box.setChecked(True)
        dialog.section_boxes["roles"].setChecked(False)
        return True

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", tick_everything)
    targets = iter([tmp_path / "first.md", tmp_path / "second.md"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    export_dialog.run_export(window.context, window, window.reflection)

    remembered = export_dialog.remembered_options(window.context)
    assert remembered.format == "md", "the format is remembered"
    assert "roles" not in remembered.sections, "ordinary choices are remembered"
    assert "mentor_notes" in remembered.sections
    assert not remembered.sections & {"stories", "wellbeing"}

    def look_only(dialog):
        seen.append({k: b.isChecked() for k, b in dialog.section_boxes.items()})
        return False

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", look_only)
    export_dialog.run_export(window.context, window, window.reflection)
    export_dialog.run_print(window.context, window, window.reflection)
    for boxes in seen[1:]:
        assert boxes["stories"] is False and boxes["wellbeing"] is False
        assert boxes["roles"] is False and boxes["mentor_notes"] is True


def test_personal_sections_stored_by_an_older_version_are_not_ticked(open_window, data_dir, person):
    """A preference written before the fix (stories remembered) must not tick them either."""
    import json

    from competence_app.gui.dialogs import export_dialog
    from competence_app.settings import EXPORT_CHOICES
    from competence_app.store import preferences

    db = open_database(database_path(data_dir))
    preferences.set_setting(
        db,
        EXPORT_CHOICES.key,
        json.dumps(
            {"format": "html", "sections": ["goals", "stories", "wellbeing"], "paper": "A4"}
        ),
    )
    db.close()
    window = open_window(data_dir)
    remembered = export_dialog.remembered_options(window.context)
    assert remembered.format == "html"
    assert remembered.sections == frozenset({"goals"})


def test_the_dialog_says_when_a_pdf_shows_only_the_beginning_of_a_long_story(
    open_window, data_dir, person, qtbot, monkeypatch
):
    from competence_app.domain.model import CompetenceAnswer
    from competence_app.gui.dialogs import export_dialog
    from competence_app.store import reflections

    _, reflection = person
    db = open_database(database_path(data_dir))
    long_story = "We kept going, week after week. " * 1000  # 32,000 characters
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("active_listening", level=3, example=long_story)
    )
    db.close()
    window = open_window(data_dir)
    seen = {}

    def look(dialog):
        seen["before"] = dialog.cut_note.isVisibleTo(dialog)  # stories not ticked yet
        dialog.section_boxes["stories"].setChecked(True)
        dialog.format_buttons["pdf"].setChecked(True)
        seen["pdf"] = dialog.cut_note.isVisibleTo(dialog), dialog.cut_note.text()
        dialog.format_buttons["docx"].setChecked(True)
        seen["docx"] = dialog.cut_note.isVisibleTo(dialog)
        return False

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", look)
    export_dialog.run_export(window.context, window, window.reflection)
    assert seen["before"] is False
    shown, text = seen["pdf"]
    assert shown and "My examples and stories" in text and "every word" in text
    assert seen["docx"] is False


def test_the_dialog_fits_a_laptop_screen_at_200_percent_with_its_buttons_in_view(
    open_window, data_dir, person, qtbot
):
    """At 200 % text the choices are taller than a 1366x768 screen: they scroll, and
    Export and Cancel stay in view below them."""
    from competence_app.gui.dialogs.export_dialog import ExportDialog, remembered_options
    from competence_app.gui.look import text_size

    window = open_window(data_dir)
    text_size.apply(200)
    try:
        dialog = ExportDialog(remembered_options(window.context), window)
        qtbot.addWidget(dialog)
        room = dialog.screen().availableGeometry()
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.height() <= room.height() - 60  # room for the title bar (screenshot:
        # 980x688 on a 1366x768 screen at 200 %, Spanish, high contrast)
        assert dialog.scroll.verticalScrollBar().maximum() > 0  # the choices scroll
        ok = dialog.buttons.buttons()[0]
        bottom = ok.mapTo(dialog, ok.rect().bottomLeft()).y()
        assert ok.isVisible() and bottom <= dialog.height()
    finally:
        text_size.apply(100)
