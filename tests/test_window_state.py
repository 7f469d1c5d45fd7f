"""The window remembers its size, place and maximised state in a file of its own, fits a
1366x768 laptop the first time, and never opens off screen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from competence_app import settings
from competence_app.gui.shell import window_state
from competence_app.gui.shell.window_state import FRAME, STATE_NAME, place


def _open(qtbot, framework, folder):
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    window = MainWindow(prepare_data_dir(folder), framework=framework)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.load()
    return window


def _screen() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def _on_screen(window) -> bool:
    return _screen().contains(window.frameGeometry())


def test_size_place_and_maximised_come_back_after_reopening(qtbot, framework, data_dir):
    window = _open(qtbot, framework, data_dir)
    assert _on_screen(window)
    window.setGeometry(QRect(40, 70, 610, 450))
    window.close()
    state = json.loads((data_dir / STATE_NAME).read_text("utf-8"))
    assert state["main"] == {"x": 40, "y": 70, "width": 610, "height": 450, "maximised": False}
    assert settings.load(data_dir) == settings.load(data_dir / "nowhere"), "preferences untouched"
    assert not (data_dir / settings.PREFERENCES_NAME).exists()

    again = _open(qtbot, framework, data_dir)
    assert again.geometry() == QRect(40, 70, 610, 450)
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()

    third = _open(qtbot, framework, data_dir)
    assert third.isMaximized()
    assert third.normalGeometry() == QRect(40, 70, 610, 450), "the size it had before maximising"
    third.showNormal()
    qtbot.waitUntil(lambda: third.geometry() == QRect(40, 70, 610, 450))


def test_a_place_on_a_screen_that_is_gone_is_brought_to_the_middle(qtbot, framework, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / STATE_NAME).write_text(
        json.dumps({"main": {"x": 5000, "y": -3000, "width": 600, "height": 400}}), "utf-8"
    )
    window = _open(qtbot, framework, data_dir)
    assert _on_screen(window)
    assert window.size().width() == 600 and window.size().height() == 400
    assert abs(window.geometry().center().x() - _screen().center().x()) <= FRAME.left() + 1


def test_a_window_larger_than_the_screen_is_shrunk_to_fit(qtbot, framework, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / STATE_NAME).write_text(
        json.dumps({"main": {"x": 10, "y": 10, "width": 4000, "height": 3000}}), "utf-8"
    )
    window = _open(qtbot, framework, data_dir)
    assert _on_screen(window)


@pytest.mark.parametrize(
    "content",
    [
        b"{broken",
        b"[1, 2, 3]",
        b'{"main": "big"}',
        b'{"main": {"x": "left", "y": 0, "width": 800, "height": 600}}',
        b'{"main": {"x": 0, "y": 0, "width": -5, "height": 1e300, "maximised": "yes"}}',
        b'{"main": {"x": 0, "y": 0, "width": true, "height": 600}}',
        b"\xff\xfe not text",
        b'{"main": {"x": 0, "y": 0, "width": 700, "height": 500}, "pad": "'
        + b"x" * (window_state.MAX_STATE_BYTES + 1)
        + b'"}',
    ],
)
def test_a_broken_or_oversized_state_file_is_ignored_calmly(
    qtbot, framework, data_dir, content, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    data_dir.mkdir(parents=True)
    (data_dir / STATE_NAME).write_bytes(content)
    spoken = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: spoken.append(a))
    window = _open(qtbot, framework, data_dir)
    assert spoken == []
    assert _on_screen(window)
    assert not window.isMaximized()
    assert window.size() == place(None, [_screen()], _screen()).size(), "the first-run size"
    window.close()
    state = json.loads((data_dir / STATE_NAME).read_text("utf-8"))
    assert state["main"]["width"] == window.width(), "replaced by a good one on closing"


def test_the_first_window_fits_a_1366_by_768_laptop():
    """No panels (Xvfb, a kiosk) and a desktop with a top bar and a dock: the window and its
    frame fit, so the status bar is on screen."""
    for available in (QRect(0, 0, 1366, 768), QRect(0, 32, 1366, 736), QRect(70, 27, 1296, 741)):
        inside = place(None, [available], available)
        assert available.contains(inside.marginsAdded(FRAME))
        assert inside.width() >= 1000 and inside.height() >= 600
    roomy = QRect(0, 0, 1920, 1080)
    assert place(None, [roomy], roomy).size() == window_state.PREFERRED


def test_a_place_partly_off_a_second_screen_is_pulled_onto_it():
    left, right = QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080)
    inside = place(QRect(2900, 900, 800, 600), [left, right], left)
    assert right.contains(inside.marginsAdded(FRAME))
    assert inside.size() == QRect(0, 0, 800, 600).size()
    gone = place(QRect(2900, 900, 800, 600), [left], left)
    assert left.contains(gone.marginsAdded(FRAME))
    assert gone.center().x() == pytest.approx(left.center().x(), abs=FRAME.left() + 1)


def test_a_folder_that_cannot_be_written_keeps_the_window_quiet(qtbot, framework, data_dir):
    window = _open(qtbot, framework, data_dir)
    (data_dir / STATE_NAME).mkdir()  # the file's name is taken by a folder
    window.close()
    assert (data_dir / STATE_NAME).is_dir()
