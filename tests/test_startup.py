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


PAGE_PAINT_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from competence_app.gui.shell import main_window

    original_load = main_window.MainWindow.load
    original_paint = main_window.MainWindow.paintEvent
    state = {"loaded": False}

    def load(self):
        ok = original_load(self)
        state["loaded"] = ok
        return ok

    def paint(self, event):
        original_paint(self, event)
        if state["loaded"]:
            state["loaded"] = False
            page = self.workspace.flow.pages[self.workspace.flow.current_index()]
            print("page-shown", page.isVisible(), flush=True)
            print("story-shown", page.example.toPlainText(), flush=True)
            print("store-loaded-at-page-paint", "sqlite_utils" in sys.modules, flush=True)
            waiting = ("decimal", "uuid", "competence_app.gui.dialogs.profile_lock")
            print("loaded-too-soon", [m for m in waiting if m in sys.modules], flush=True)
            style = type(QApplication.style())
            print("style-in-python", not style.__module__.startswith("PySide6"), flush=True)

            def later():
                print("store-loaded-after", "sqlite_utils" in sys.modules, flush=True)
                print("writable-after", self.context._db is not None, flush=True)
                QApplication.quit()

            QTimer.singleShot(300, later)

    main_window.MainWindow.load = load
    main_window.MainWindow.paintEvent = paint
    from competence_app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def saved_story(data_dir, framework, story: str) -> None:
    from competence_app.domain.model import CompetenceAnswer
    from competence_app.paths import database_path
    from competence_app.store import profiles, reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(data_dir))
    profile = profiles.list_profiles(db)[0]
    latest = reflections.latest_reflection(db, profile.id)
    answer = CompetenceAnswer(framework.competences[0].id, level=2, example=story)
    reflections.save_competence_answer(db, latest.id, answer)
    db.close()


def test_the_persons_page_is_painted_before_sqlite_utils_loads(person, data_dir, framework):
    saved_story(data_dir, framework, "We met at the forum")
    result = run_python(PAGE_PAINT_PROBE, str(data_dir))
    assert result.returncode == 0, result.stderr
    # Read with the standard library's sqlite3, read-only: the page with its answers.
    assert "page-shown True" in result.stdout
    assert "story-shown We met at the forum" in result.stdout
    assert "store-loaded-at-page-paint False" in result.stdout
    # Money, new ids and the passphrase dialog wait until they are needed.
    assert "loaded-too-soon []" in result.stdout
    # Every control draws and measures itself without calling into Python (the style
    # sheet draws the focus rings): about 120 ms of start-up.
    assert "style-in-python False" in result.stdout
    # Just after, the database is opened for writing with sqlite-utils.
    assert "store-loaded-after True" in result.stdout
    assert "writable-after True" in result.stdout


def test_a_damaged_database_is_dealt_with_before_any_page(person, data_dir, qtbot, monkeypatch):
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import database_path
    from competence_app.store import database

    path = database_path(data_dir)
    with open(path, "r+b") as file:  # a header that is not SQLite's
        file.write(b"this is not a database at all")
    assert database.first_look(data_dir) is None, "no page is read from a damaged file"
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    assert window.load()
    # Recovered (put aside, a backup or a fresh start) before the page, and said so.
    assert shown and "damaged" in shown[0]
    assert window.context._db is not None and not window.context.opening()


def test_an_older_database_is_upgraded_before_any_page(person, data_dir):
    import sqlite3

    from competence_app.paths import database_path
    from competence_app.store import database

    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:  # as an app one version older left it
        connection.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_feedback'")
    connection.close()
    assert database.first_look(data_dir) is None
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('competence_app', 'm005_feedback', 'x'), ('competence_app', 'm999_future', 'x')"
        )
    connection.close()
    assert database.first_look(data_dir) is None, "a newer app's file is refused, not read"


def test_the_schema_list_names_every_migration():
    from competence_app.store.database import known_migrations
    from competence_app.store.schema import MIGRATIONS

    assert list(MIGRATIONS) == known_migrations()


WELCOME_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from competence_app.gui.pages.welcome import WelcomePage
    from competence_app.gui.shell import main_window
    from competence_app.paths import database_path

    original_load = main_window.MainWindow.load
    original_paint = main_window.MainWindow.paintEvent
    state = {"loaded": False}

    def load(self):
        ok = original_load(self)
        state["loaded"] = ok
        return ok

    def paint(self, event):
        original_paint(self, event)
        if state["loaded"]:
            state["loaded"] = False
            welcome = self.findChild(WelcomePage)
            print("page-shown", welcome is not None and welcome.isVisible(), flush=True)
            print("store-loaded-at-page-paint", "sqlite_utils" in sys.modules, flush=True)

            def later():
                print("writable-after", self.context._db is not None, flush=True)
                made = database_path(self.context.data_dir).stat().st_size > 0
                print("made-after", made, flush=True)
                QApplication.quit()

            QTimer.singleShot(300, later)

    main_window.MainWindow.load = load
    main_window.MainWindow.paintEvent = paint
    from competence_app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_a_new_folder_shows_the_welcome_page_before_the_database_is_made(tmp_path):
    folder = tmp_path / "new"
    result = run_python(WELCOME_PROBE, str(folder))
    assert result.returncode == 0, result.stderr
    assert "page-shown True" in result.stdout
    assert "store-loaded-at-page-paint False" in result.stdout
    assert "writable-after True" in result.stdout
    assert "made-after True" in result.stdout


def test_an_empty_file_beside_backups_is_not_taken_for_a_new_folder(person, data_dir):
    from competence_app.paths import database_path
    from competence_app.store import backups, database
    from competence_app.store.database import open_database

    db = open_database(database_path(data_dir))
    backups.make_backup(db.conn, data_dir, "daily")
    db.close()
    database_path(data_dir).write_bytes(b"")
    assert not database.nothing_saved_yet(data_dir)  # open_store restores the backup first


def test_the_app_can_say_when_its_window_and_the_persons_page_appeared(person, data_dir):
    """COMPETENCE_APP_STARTUP_REPORT: what benchmarks/startup.py times, in a checkout and in
    a bundle alike (gui/shell/startup_report.py)."""
    import time

    environment = dict(os.environ, COMPETENCE_APP_STARTUP_REPORT="1", QT_QPA_PLATFORM="offscreen")
    launched = time.time()
    child = subprocess.Popen(
        [sys.executable, "-m", "competence_app", "--data-dir", str(data_dir)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=environment,
    )
    said = {}
    try:
        for line in child.stderr:
            if line.startswith("startup "):
                moment, wall, cpu, *focus = line.split()[1:]
                said[moment] = (float(wall), float(cpu), focus)
            if "ready" in said:
                break
    finally:
        child.kill()
        child.communicate(timeout=30)
    visible, ready = said["visible"], said["ready"]
    assert launched < visible[0] <= ready[0] < launched + 60
    assert 0 < visible[1] <= ready[1]
    assert ready[2] == ["1"], "the focus was on the person's page"


COLLECTOR_PROBE = textwrap.dedent(
    """
    import gc, sys
    from PySide6.QtCore import QTimer
    from competence_app.gui.shell import main_window

    original = main_window.MainWindow._first_load
    seen = {}

    def first_load(self):
        seen["while loading"] = gc.isenabled()
        original(self)

        def after():
            seen["after"] = gc.isenabled()
            seen["set aside"] = gc.get_freeze_count() > 0
            self.close()  # the last window: the app quits

        QTimer.singleShot(0, after)

    main_window.MainWindow._first_load = first_load
    from competence_app.cli import main
    code = main(["--data-dir", sys.argv[1]])
    print(seen, "on at the end", gc.isenabled(), "code", code, flush=True)
    """
)


def test_the_cycle_collector_waits_for_the_first_page_and_then_runs(person, data_dir):
    result = run_python(COLLECTOR_PROBE, str(data_dir))
    said = result.stdout
    assert "'while loading': False" in said, result.stderr
    assert "'after': True" in said and "'set aside': True" in said, said
    assert "on at the end True code 0" in said, said


def test_the_cycle_collector_is_on_again_when_the_window_cannot_open(tmp_path):
    broken = tmp_path / "framework.json"
    broken.write_text("{ not json", encoding="utf-8")
    probe = COLLECTOR_PROBE.replace(
        'main(["--data-dir", sys.argv[1]])',
        'main(["--data-dir", sys.argv[1], "--framework", sys.argv[2]])',
    ).replace(
        "from competence_app.cli import main",
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.critical = staticmethod(lambda *args: None)  # no one to close it\n"
        "from competence_app.cli import main",
    )
    result = run_python(probe, str(tmp_path / "data"), str(broken))
    assert "'while loading': False" in result.stdout, result.stderr
    assert "on at the end True code 2" in result.stdout, result.stdout
