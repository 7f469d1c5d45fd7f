"""Moving to a new laptop: File > Export my data… here, File > Import data… there."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_export_my_data_then_import_on_a_fresh_laptop(
    open_window, data_dir, person, qtbot, monkeypatch, tmp_path
):
    from competence_app.gui.shell import data_transfer
    from competence_app.gui.shell.command import do

    window = open_window(data_dir)
    page = window.workspace.flow.pages[3]
    page.handle_digit(4)
    page.example.setFocus()
    qtbot.keyClicks(page.example, "The time I stayed calm")
    page.example.insertPlainText(" — حكاية 🌱")  # typed through an input method
    target = tmp_path / "moving" / "me.companion.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text, *a: told.append(text))
    written = do(window.context, window, data_transfer.export_my_data)
    assert written == target and target.exists()
    assert "keep it somewhere safe" in told[-1]
    window.close()

    fresh = open_window(tmp_path / "new-laptop")
    assert fresh.workspace is None, "a new laptop starts at the welcome page"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(target)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert do(fresh.context, fresh, data_transfer.import_data_files)
    assert "Added" in told[-1]
    assert fresh.workspace is not None
    assert fresh.reflection.label == "Start of programme"
    imported = fresh.workspace.flow.pages[3]
    assert imported.levels.value() == 4
    assert imported.example.toPlainText() == "The time I stayed calm — حكاية 🌱"

    # The same file again adds nothing.
    assert do(fresh.context, fresh, data_transfer.import_data_files)
    assert told[-1].startswith("Nothing new")


def test_a_broken_file_is_refused_with_its_reason(
    open_window, data_dir, person, monkeypatch, tmp_path
):
    from competence_app.gui.shell import data_transfer
    from competence_app.gui.shell.command import do

    window = open_window(data_dir)
    broken = tmp_path / "broken.companion.json"
    broken.write_text('{"format": "citizen-leadership-companion", "schema_version": 1', "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(broken)], ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warned.append(text))
    assert not do(window.context, window, data_transfer.import_data_files)
    assert "broken.companion.json" in warned[0]
