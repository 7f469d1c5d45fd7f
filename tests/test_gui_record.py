"""File > Export my involvement record…, as a person would: the period, the parts, the
personal ticks (never remembered), the format, the save dialog, the file."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_involvement_record import DEBRIEF, IMPACT, entries

from competence_app.paths import database_path
from competence_app.store import involvement as store
from competence_app.store import profiles
from competence_app.store.database import open_database


@pytest.fixture
def with_record(data_dir, person, framework):
    db = open_database(database_path(data_dir))
    profile = profiles.current_profile(db)
    for entry in entries(framework, profile.id):
        store.save_involvement(db, entry)
    db.close()


def test_the_dialog_starts_with_the_last_12_months_and_nothing_personal(qtbot):
    from competence_app.gui.dialogs.record_dialog import RecordDialog

    dialog = RecordDialog(today=date(2027, 3, 31), paper="A4")
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert (options.start, options.end) == (date(2026, 4, 1), date(2027, 3, 31))
    assert options.fields == {"activities", "time", "expenses"}
    assert options.format == "pdf" and options.paper == "A4"
    assert not dialog.field_boxes["impact"].isChecked()
    assert not dialog.field_boxes["debriefs"].isChecked()
    assert dialog.field_boxes["debriefs"].accessibleDescription().startswith("You wrote these")
    assert dialog.start.accessibleName() == "From" and dialog.end.accessibleName() == "To"


def test_keyboard_choices_and_a_period_that_ends_before_it_starts(qtbot):
    from competence_app.gui.dialogs.record_dialog import RecordDialog

    dialog = RecordDialog(today=date(2027, 3, 31))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field_boxes["impact"].setFocus()
    qtbot.keyClick(dialog.field_boxes["impact"], Qt.Key.Key_Space)
    assert dialog.options().fields == {"activities", "time", "expenses", "impact"}
    dialog.format_buttons["csv"].click()
    assert not dialog.paper.isEnabled() and dialog.options().format == "csv"
    dialog.end.setDate(QDate(2026, 1, 1))
    assert not dialog.ok.isEnabled()
    dialog.end.setDate(QDate(2027, 1, 1))
    for box in dialog.field_boxes.values():
        box.setChecked(False)
    assert not dialog.ok.isEnabled()


def test_export_writes_the_file_and_forgets_the_personal_ticks(
    open_window, data_dir, with_record, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import record_dialog

    window = open_window(data_dir)
    seen = []

    def fill_in(dialog):
        seen.append(dialog.field_boxes["debriefs"].isChecked())
        dialog.start.setDate(QDate(2026, 4, 1))
        dialog.end.setDate(QDate(2027, 3, 31))
        dialog.field_boxes["debriefs"].setChecked(True)
        dialog.format_buttons["csv"].setChecked(True)
        return True

    monkeypatch.setattr(record_dialog.RecordDialog, "exec", fill_in)
    target = tmp_path / "my record"  # no ending: the format's is added
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, start, filters: (
            offered.append((title, start, filters)) or (str(target), "")
        ),
    )
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda p, t, text, *a: asked.append(text) or QMessageBox.No
    )
    written = record_dialog.run_record_export(window.context, window)
    assert written == tmp_path / "my record.csv"
    title, start, filters = offered[0]
    assert title == "Save my involvement record as"
    assert start.endswith(f"involvement-record-{date.today().isoformat()}.csv")
    assert filters == "Spreadsheet (*.csv)"
    assert "Open it now?" in asked[0]
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert DEBRIEF in [r["What happened?"] for r in rows]
    assert not any(IMPACT in v for r in rows for v in r.values())

    # The next time, the debriefs are unticked again.
    record_dialog.run_record_export(window.context, window)
    assert seen == [False, False]


def test_a_folder_that_cannot_be_written_is_said_plainly(
    open_window, data_dir, with_record, monkeypatch, tmp_path
):
    from competence_app.gui.dialogs import record_dialog

    window = open_window(data_dir)
    monkeypatch.setattr(record_dialog.RecordDialog, "exec", lambda d: True)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "nowhere" / "record.pdf"), ""),
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warned.append((t, text)))
    assert record_dialog.run_record_export(window.context, window) is None
    assert warned[0][0] == "The record was not saved"
    assert "cannot be found" in warned[0][1]


def test_the_file_menu_offers_it(open_window, data_dir, with_record):
    window = open_window(data_dir)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export my involvement &record…" in texts
