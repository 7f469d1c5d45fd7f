"""Starting the app: the command line, clear messages instead of tracebacks, a lean start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from competence_app import __version__, cli


def run_python(code: str, *args: str, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def test_version_from_the_module_entry_point():
    result = run_python(
        "import runpy, sys; sys.argv=['competence-app','--version'];"
        "runpy.run_module('competence_app', run_name='__main__')"
    )
    assert result.stdout.strip() == f"competence-app {__version__}"


@pytest.fixture
def critical(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_broken_framework_file_is_explained_not_a_traceback(qapp, tmp_path, critical, capsys):
    broken = tmp_path / "our-framework.toml"
    broken.write_text("[framework]\nid = 'x'\n", encoding="utf-8")
    code = cli.main(["--framework", str(broken), "--data-dir", str(tmp_path / "d")])
    assert code == 2
    assert "our-framework.toml" in critical[0]
    assert "'level_names' is missing" in critical[0]
    assert "Traceback" not in capsys.readouterr().err


def test_data_folder_that_cannot_be_written_is_explained(qapp, tmp_path, critical, capsys):
    (tmp_path / "a-file").write_text("x")
    code = cli.main(["--data-dir", str(tmp_path / "a-file" / "data")])
    assert code == 2
    assert "cannot be saved" in critical[0]
    assert "cannot be saved" in capsys.readouterr().err


def test_newer_database_is_refused_with_a_message(qapp, qtbot, tmp_path, critical, framework):
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.store.database import open_database

    data = tmp_path / "d"
    data.mkdir()
    db = open_database(data / "companion.sqlite3")
    db["_sqlite_migrations"].insert(
        {"migration_set": "competence_app", "name": "m999_future", "applied_at": "x"}
    )
    db.close()
    window = MainWindow(data, framework=framework)
    qtbot.addWidget(window)
    assert window.load() is False
    assert "newer version" in critical[0]


STARTUP_PROBE = textwrap.dedent(
    """
    import sys
    from competence_app.gui.shell import main_window

    original = main_window.MainWindow.load

    def load(self):
        ok = original(self)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def report():
            shown = self.workspace is not None and self.workspace.flow.isVisible()
            print("reflect-page-shown", shown)
            print("matplotlib-loaded", "matplotlib" in sys.modules)
            print("jinja2-loaded", "jinja2" in sys.modules)
            print("babel-loaded", "babel" in sys.modules)
            print("numpy-loaded", "numpy" in sys.modules)
            print("export-dialog-loaded", "competence_app.gui.dialogs.export_dialog" in sys.modules)
            QApplication.quit()

        QTimer.singleShot(100, report)
        return ok

    main_window.MainWindow.load = load
    from competence_app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_charts_and_templates_stay_off_the_start_up_path(person, data_dir):
    result = run_python(STARTUP_PROBE, str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "reflect-page-shown True" in result.stdout
    assert "matplotlib-loaded False" in result.stdout
    assert "jinja2-loaded False" in result.stdout
    assert "babel-loaded False" in result.stdout  # only money needs it (competence_app.formats)
    assert "numpy-loaded False" in result.stdout  # sqlite-utils would pull it in (store/__init__)
    assert "export-dialog-loaded False" in result.stdout  # menu commands load when chosen


def test_data_dir_from_the_environment(person, data_dir):
    probe = STARTUP_PROBE.replace('main(["--data-dir", sys.argv[1]])', "main([])")
    result = run_python(probe, COMPETENCE_APP_DATA_DIR=str(data_dir))
    assert "reflect-page-shown True" in result.stdout, result.stderr


FIRST_PAINT_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from competence_app.gui.shell import main_window

    original = main_window.MainWindow.paintEvent

    def paint(self, event):
        original(self, event)
        if not getattr(self, "probed", False):
            self.probed = True
            print("store-loaded-at-first-paint", "sqlite_utils" in sys.modules, flush=True)
            QApplication.quit()

    main_window.MainWindow.paintEvent = paint
    from competence_app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_the_first_frame_is_painted_before_the_store_loads(person, data_dir):
    result = run_python(FIRST_PAINT_PROBE, str(data_dir))
    assert "store-loaded-at-first-paint False" in result.stdout, result.stderr
