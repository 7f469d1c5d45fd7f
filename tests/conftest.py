"""Shared fixtures: every test gets its own data folder and database; Qt runs headless."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The desktop's cache folder (the parsed framework, gui/shell/context.framework_cache):
# one of the test run's own, never the real one.
import tempfile  # noqa: E402

os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="competence-app-test-cache-")

import sys  # noqa: E402

NETWORK_EVENTS = frozenset(
    {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"}
)


def _refuse_network(event: str, args: tuple) -> None:
    # The app must never use the network: any attempt during the tests is a failure.
    if event in NETWORK_EVENTS:
        raise RuntimeError(f"network use attempted during tests: {event} {args!r}")


sys.addaudithook(_refuse_network)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from competence_app.domain.framework import default_framework_path, load_framework  # noqa: E402


@pytest.fixture(scope="session")
def framework():
    return load_framework(default_framework_path())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(tmp_path: Path):
    from competence_app.store.database import open_database

    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _no_user_data_dir(monkeypatch, tmp_path):
    """No test may touch the real user data folder."""
    monkeypatch.setenv("COMPETENCE_APP_DATA_DIR", str(tmp_path / "env-data"))


@pytest.fixture
def open_window(qtbot, framework):
    """Open the main window on a data folder, as the app does, with its data loaded."""
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    def opener(folder: Path):
        window = MainWindow(prepare_data_dir(folder), framework=framework)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        assert window.load()
        qtbot.wait(10)  # let the event loop settle, as it would before a person's first key
        # The page is painted from a read-only look; the database is opened for writing
        # (and the daily backup made) just after that paint, as in the app.
        qtbot.waitUntil(lambda: window.context is None or not window.context.opening())
        return window

    return opener


@pytest.fixture
def person(data_dir, framework):
    """A data folder that already has a profile and an empty reflection."""
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import profiles, reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(prepare_data_dir(data_dir)))
    profile = profiles.create_profile(db, "Robin", ["carer"])
    reflection = reflections.create_reflection(
        db, profile.id, "Start of programme", framework.id, framework.version
    )
    db.close()
    return profile, reflection


@pytest.fixture(autouse=True)
def _delete_closed_widgets():
    """Let Qt delete the widgets a test closed (deleteLater) before the next test starts.

    Otherwise every window of the session lives on, hidden, and each change of the
    app-wide style sheet (text size, contrast, theme) restyles all of them: minutes, late
    in a full run.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    application = QCoreApplication.instance()
    if application is None:
        return
    # Windows a test made without handing them to qtbot outlive it hidden (dialogs, group
    # windows): they are deleted too. A window still shown belongs to someone and stays.
    for widget in getattr(application, "topLevelWidgets", list)():
        if widget.parentWidget() is None and not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
