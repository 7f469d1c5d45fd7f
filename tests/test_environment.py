"""Programs the bundle starts (PDF viewer, file manager) get the session's environment."""

from __future__ import annotations

import os
import sys

import pytest

from competence_app.environment import restore_for_children

BUNDLE = "/opt/clc/_internal"


def bundled_environment(**extra: str) -> dict[str, str]:
    # What PyInstaller's bootloader and its PySide6 run-time hook leave behind.
    return {
        "HOME": "/home/ana",
        "LD_LIBRARY_PATH": f"{BUNDLE}:/usr/local/lib",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
        "QT_PLUGIN_PATH": f"{BUNDLE}/PySide6/Qt/plugins",
        "QML2_IMPORT_PATH": f"{BUNDLE}/PySide6/Qt/qml",
        **extra,
    }


def test_the_sessions_library_path_comes_back():
    environ = bundled_environment()
    restore_for_children(environ, BUNDLE)
    assert environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in environ
    # A Qt viewer (Okular) must load its own Qt plugins, not the bundle's.
    assert "QT_PLUGIN_PATH" not in environ and "QML2_IMPORT_PATH" not in environ
    assert environ["HOME"] == "/home/ana"
    assert environ["PYINSTALLER_RESET_ENVIRONMENT"] == "1"


def test_no_library_path_when_the_session_had_none():
    environ = bundled_environment(LD_LIBRARY_PATH=BUNDLE)
    del environ["LD_LIBRARY_PATH_ORIG"]
    restore_for_children(environ, BUNDLE)
    assert "LD_LIBRARY_PATH" not in environ


def test_the_persons_own_plugin_folders_stay():
    environ = bundled_environment(QT_PLUGIN_PATH=f"{BUNDLE}/PySide6/Qt/plugins:/home/ana/qt")
    restore_for_children(environ, BUNDLE)
    assert environ["QT_PLUGIN_PATH"] == "/home/ana/qt"


def test_calling_twice_changes_nothing_more():
    environ = bundled_environment()
    restore_for_children(environ, BUNDLE)
    once = dict(environ)
    restore_for_children(environ, BUNDLE)
    assert environ == once


def test_a_pip_installed_app_leaves_the_environment_alone(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    environ = bundled_environment()
    restore_for_children(environ)
    assert environ == bundled_environment()


@pytest.fixture
def frozen(monkeypatch):
    """The test process made to look like the bundle: sys.frozen and its environment."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", BUNDLE, raising=False)
    for name, value in bundled_environment().items():
        if name != "HOME":
            monkeypatch.setenv(name, value)


def test_open_the_folder_starts_the_file_manager_with_the_sessions_paths(
    qapp, frozen, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from competence_app.gui.shell.privacy import where_is_my_data

    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if b.text() == "Open the folder"),
    )
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: seen.append((url, dict(os.environ)))
    )
    where_is_my_data(None, tmp_path)
    ((url, environ),) = seen
    assert url.toLocalFile() == str(tmp_path)
    assert environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "QT_PLUGIN_PATH" not in environ
