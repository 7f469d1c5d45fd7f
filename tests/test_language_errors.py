"""Messages made in the Qt-free layers (store, data files, share files, framework files)
speak the person's language once the app installs one, and stay Qt-free until then."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication

from competence_app import APP_NAME, __version__, i18n
from competence_app.domain.framework import FrameworkError, parse_framework
from competence_app.exchange import ExchangeError
from competence_app.exchange.merging import import_data
from competence_app.group.fileformat import FORMAT_ID as SHARE_FORMAT
from competence_app.group.fileformat import SCHEMA_VERSION as SHARE_VERSION
from competence_app.group.summary import load_shares
from competence_app.store.database import StoreError, open_database, open_memory


@pytest.fixture
def spanish(qapp):
    assert i18n.install("es") == []
    yield
    i18n.install("en")


def spanish_of(context: str, template: str) -> str:
    """The Spanish of a template, straight from Qt's translator; it must differ from English."""
    translated = QCoreApplication.translate(context, template)
    assert translated and translated != template, f"no Spanish for {template!r}"
    return translated


NEWER = (
    "The database {path} was made by a newer version of Citizen Leadership "
    "Companion. Please update the app to open it; the file has not been changed."
)


def test_a_newer_database_is_refused_in_spanish(spanish, tmp_path):
    path = tmp_path / "c.sqlite3"
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "competence_app", "name": "m099_from_the_future", "applied_at": "2030"}
    )
    db.close()
    with pytest.raises(StoreError) as caught:
        open_database(path)
    message = str(caught.value)
    assert message == spanish_of("store", NEWER).format(path=path)
    assert "newer version" not in message


def test_a_framework_file_problem_is_told_in_spanish(spanish):
    with pytest.raises(FrameworkError) as caught:
        parse_framework({}, "mine.toml")
    message = str(caught.value)
    assert (
        spanish_of("framework", "The framework file {path} cannot be used:").format(
            path="mine.toml"
        )
        in message
    )
    assert spanish_of("framework", "The [framework] section is missing.") in message
    assert "cannot be used" not in message and "is missing" not in message


def test_a_broken_data_file_is_refused_in_spanish(spanish):
    db = open_memory()
    # The one reader words why the file cannot be read; the importer adds that nothing changed.
    template = (
        "{name} ends too early, at line {line}: it may have been cut off while it was being "
        "copied or saved."
    )
    with pytest.raises(ExchangeError) as caught:
        import_data(db, b'{"format": "citizen-leadership-companion", "schema_')
    message = str(caught.value)
    name = spanish_of("exchange", "The file")
    reason = spanish_of("filecheck", template).format(name=name, line=1)
    assert message == spanish_of("exchange", "{reason} Nothing has been changed.").format(
        reason=reason
    )
    assert "ends too early" not in message and "Nothing has been changed" not in message


def test_a_share_file_refused_by_the_group_loader_is_told_in_spanish(spanish, framework, tmp_path):
    share = tmp_path / "newer.share.json"
    share.write_text(
        json.dumps(
            {
                "format": SHARE_FORMAT,
                "schema_version": SHARE_VERSION + 1,
                "framework": {"id": framework.id, "version": framework.version},
            }
        )
    )
    result = load_shares([share], framework)
    [status] = result.refused
    assert status.problem == "newer"
    newer = (
        "{name} was saved by a newer version of {app} ({kind} in version {version} of its "
        "format); this app is version {app_version} and reads versions up to {newest}. "
        "{needed}"
    )
    needed = spanish_of(
        "filecheck", "Please update {app} to a version that reads version {version}."
    ).format(app=APP_NAME, version=SHARE_VERSION + 1)
    reason = spanish_of("filecheck", newer).format(
        name=share.name,
        kind=spanish_of("group", "a share file"),
        app=APP_NAME,
        version=SHARE_VERSION + 1,
        app_version=__version__,
        newest=SHARE_VERSION,
        needed=needed,
    )
    assert status.reason == reason
    assert status.line() == spanish_of("group", "Not counted: {path}. {reason}").format(
        path=share, reason=reason
    )
    # Counts with their real Spanish plural forms.
    assert result.summary_line() == "1 archivo: 0 contados, 1 sin contar."
    shown = status.line() + result.summary_line()
    assert "Not counted" not in shown and "newer version" not in shown and "file:" not in shown


def test_without_install_the_store_and_domain_never_load_qt(tmp_path):
    script = textwrap.dedent(
        """
        import sys
        from competence_app.domain.framework import FrameworkError, parse_framework
        from competence_app.store.database import StoreError, open_database

        try:
            parse_framework({}, "mine.toml")
        except FrameworkError as error:
            assert "The [framework] section is missing." in str(error), error
        path = sys.argv[1]
        open(path, "wb").write(b"not a database at all " * 100)
        try:
            open_database(path)
        except StoreError as error:
            assert "cannot be opened" in str(error), error
        else:
            raise SystemExit("no StoreError")
        assert "PySide6" not in sys.modules, "Qt was loaded"
        print("english and qt-free")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "c.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "english and qt-free" in done.stdout
