"""The group summary window: files with their status, the picture, the small-group rule."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from test_group_share import person, write_people

from competence_app.gui.dialogs.group_window import GroupWindow


def make_group(framework, folder, size):
    ids = [c.id for c in framework.competences]
    people = [
        person(
            framework,
            levels={ids[0]: n % 5 + 1},
            develop=(ids[5],),
            supports=("expenses",),
            session="Cohort 4",
        )
        for n in range(size)
    ]
    return write_people(folder, people)


def test_the_window_counts_people_lists_files_and_saves_reports(
    qtbot, framework, tmp_path, monkeypatch
):
    files = make_group(framework, tmp_path / "shares", 5)
    (tmp_path / "shares" / "broken.share.json").write_text("{not json", "utf-8")
    window = GroupWindow(framework)
    qtbot.addWidget(window)
    window.set_paths([tmp_path / "shares", files[0]])  # one file handed in twice
    assert window.summary.people == 5
    assert window.people.text() == "5 people counted"
    rows = {
        window.files_model.cell(r, 0): window.files_model.cell(r, 1)
        for r in range(window.files_model.rowCount())
    }
    assert sum(status == "Counted" for status in rows.values()) == 5
    assert "not valid JSON" in rows["broken.share.json"]
    competences = window.tables["competences"][0]
    assert competences.cell(5, 0) == "Lobbying" and competences.cell(5, 8) == "5"
    supports = window.tables["supports"][0]
    assert (supports.cell(0, 0), supports.cell(0, 1)) == ("Expenses paid promptly", "5")
    assert window.chart.figure is not None
    assert [window.session.itemText(i) for i in range(window.session.count())] == [
        "Everyone",
        "Cohort 4 (5)",
    ]
    window.session.setCurrentIndex(1)
    assert window.summary.people == 5

    report = tmp_path / "cohort.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    assert window._save_report() == report and report.stat().st_size > 0
    rows = tmp_path / "cohort.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rows), ""))
    assert window._save_csv() == rows
    assert len(rows.read_text("utf-8-sig").splitlines()) > 5


def test_two_people_show_counts_only_and_no_rows_can_be_saved(qtbot, framework, tmp_path):
    make_group(framework, tmp_path / "shares", 2)
    window = GroupWindow(framework)
    qtbot.addWidget(window)
    window.set_paths([tmp_path / "shares"])
    assert window.summary.people == 2
    assert "fewer than 3 people" in window.notice.text()
    assert not window.chart.isVisibleTo(window)
    assert not window.save_buttons[1].isEnabled() and not window.save_buttons[2].isEnabled()


def test_files_dropped_on_the_window_are_added(qtbot, framework, tmp_path):
    files = make_group(framework, tmp_path / "shares", 3)
    window = GroupWindow(framework)
    qtbot.addWidget(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.summary.people == 3


def test_two_sessions_show_change_both_ways(qtbot, framework, tmp_path):
    first = [person(framework, levels={"mediating": 2}, session="Day 1") for _ in range(3)]
    later = [
        person(framework, levels={"mediating": 4}, look_back={"mediating": 1}, session="Day 5")
        for _ in range(3)
    ]
    for share in first:
        share["created"] = "2026-01-10"
    write_people(tmp_path / "s", first + later)
    window = GroupWindow(framework)
    qtbot.addWidget(window)
    window.set_paths([tmp_path / "s"])
    model = window.tables["sessions"][0]
    row = next(r for r in range(model.rowCount()) if model.cell(r, 0) == "Mediating")
    assert [model.cell(row, c) for c in range(1, 6)] == ["2", "1", "4", "+2", "+3"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "At Day 1"
    assert window.sessions_note.isVisibleTo(window)


def test_the_window_fits_the_screen_and_shows_whole_file_names(qtbot, framework, tmp_path):
    from PySide6.QtGui import QFontMetrics

    folder = tmp_path / "shares"
    make_group(framework, folder, 3)
    long_name = "participant-from-the-spring-leadership-cohort-number-17.share.json"
    (folder / long_name).write_text("{not json", "utf-8")
    window = GroupWindow(framework)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()
    assert window.frameGeometry().height() <= room.height()
    assert window.frameGeometry().width() <= room.width()
    window.set_paths([folder])
    qtbot.wait(50)
    model, view = window.files_model, window.files
    row = next(r for r in range(model.rowCount()) if model.cell(r, 0) == long_name)
    index = model.index(row, 0)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == long_name
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == long_name
    # The whole name is drawn: wrapped within its column, inside the row's height.
    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
    cell = view.visualRect(index)
    needed = QFontMetrics(view.font()).boundingRect(
        0, 0, cell.width() - 8, 10_000, int(Qt.TextFlag.TextWrapAnywhere), shown
    )
    assert needed.width() <= cell.width()
    assert view.rowHeight(row) >= needed.height()


def test_the_mouse_wheel_over_a_chart_or_table_scrolls_the_summary(qtbot, framework, tmp_path):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from competence_app.gui.pages.page_top import enclosing_scroll_area

    make_group(framework, tmp_path / "shares", 5)
    window = GroupWindow(framework)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    window.set_paths([tmp_path / "shares"])
    qtbot.wait(50)
    bar = enclosing_scroll_area(window.chart).verticalScrollBar()
    assert bar.maximum() > 0
    canvas = window.chart.findChildren(QWidget)[0]
    table = window.tables["competences"][1].viewport()
    for target in (canvas, table):
        before = bar.value()
        centre = QPointF(target.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(target.mapToGlobal(target.rect().center())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, wheel)
        assert bar.value() > before, target
