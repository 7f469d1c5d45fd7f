"""The explicit application context handed to every page (no globals, no parent() chains)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from competence_app.domain.framework import Framework

if TYPE_CHECKING:
    from sqlite_utils import Database

    from competence_app.domain.model import Profile


def framework_cache(path: Path) -> Path:
    """Where the framework file at `path` is kept parsed between runs: the desktop's cache
    folder for this app (filecheck.read_toml), never the data folder, which is not yet
    locked when the framework is read."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / "framework" / f"{Path(path).name}.json"


class Events(QObject):
    """Signals pages use to tell each other what happened."""

    saved = Signal()  # an answer reached the database (and nothing is waiting to be saved)
    save_failed = Signal(str)  # a change could not be saved yet; the reason in plain words
    reflection_changed = Signal(str)  # answers of this reflection id changed
    reflections_listed = Signal()  # a reflection was added or relabelled
    profile_changed = Signal()
    session_changed = Signal()  # a facilitator's session started or ended
    feedback_changed = Signal()  # a round of feedback was kept or deleted


@dataclass
class AppContext:
    framework: Framework
    data_dir: Path
    profile: Profile | None = None
    events: Events = field(default_factory=Events)
    _db: Database | None = None
    # Start-up: the database is opened for writing (sqlite-utils, migrations, backup)
    # just after the first page is painted, or at once when anything asks for it.
    _open_later: Callable[[], Database] | None = None
    _reading: object | None = None  # a read-only sqlite3 connection, while the page is made
    # What waits for the database to be open for writing (see when_open).
    _waiting: list[tuple[QObject, Callable[[], None]]] = field(default_factory=list)

    @property
    def db(self) -> Database | None:
        if self._reading is not None:
            return self._reading
        if self._open_later is not None:
            opener, self._open_later = self._open_later, None
            self._db = opener()
            waiting, self._waiting = self._waiting, []
            for receiver, callback in waiting:
                self._soon(receiver, callback)
        return self._db

    @db.setter
    def db(self, value: Database | None) -> None:
        self._db = value
        self._open_later = None

    def open_later(self, opener: Callable[[], Database]) -> None:
        """Open the database with `opener` when it is next asked for (see finish_opening)."""
        self._open_later = opener

    def when_open(self, receiver: QObject, callback: Callable[[], None]) -> None:
        """Call `callback` on the next turn of the event loop once the database is open
        for writing: what can wait (the involvement record's notices and evidence) never
        opens it before the person's first page is painted."""
        if self._open_later is None:
            self._soon(receiver, callback)
        else:
            self._waiting.append((receiver, callback))

    @staticmethod
    def _soon(receiver: QObject, callback: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer
        from shiboken6 import isValid

        if isValid(receiver):  # a page closed meanwhile asks for nothing
            QTimer.singleShot(0, receiver, callback)

    def opening(self) -> bool:
        return self._open_later is not None

    def writable(self) -> None:
        """About to write: reads leave the read-only connection, and the database is
        opened now if it was still waiting."""
        self._reading = None
        self.db  # noqa: B018 - asking for it opens it

    def close_database(self) -> None:
        """Close the database; one still waiting to be opened is simply never opened."""
        self._open_later = None
        self._waiting = []
        if self._db is not None:
            self._db.close()
            self._db = None

    @contextmanager
    def reading_from(self, connection) -> Iterator[None]:
        """While the first page is made, reads go to `connection` (read-only, plain sqlite3)."""
        self._reading = connection
        try:
            yield
        finally:
            self._reading = None
