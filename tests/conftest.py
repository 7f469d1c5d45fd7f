"""Shared fixtures: every test gets its own data folder and database; Qt runs headless."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
