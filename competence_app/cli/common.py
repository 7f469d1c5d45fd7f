"""What every sub-command shares: exit codes, how a message is printed, Qt off screen, whose data.

Exit codes, the same for every sub-command: 0 done; 1 a file could not be
written (a full disk, a folder that cannot be written); 2 a bad argument or a
bad file, or nothing to work on; 3 the database cannot be used (made by a newer
version of the app, or damaged); 130 stopped with Ctrl+C.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from competence_app import APP_NAME

DONE, NOT_WRITTEN, REFUSED, DATABASE_UNUSABLE, STOPPED = 0, 1, 2, 3, 130


class StopError(Exception):
    """Stop here: message is one plain sentence for stderr, code the exit code."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def say(stream: TextIO, text: str) -> None:
    """One message on its own line."""
    # File names can hold bytes that are not text, and a console may not show every
    # character; neither may turn a message into a traceback.
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    stream.flush()


def offscreen_application():
    """Qt's document classes need an application; off screen, so no display is needed.

    Keep the result referenced until the documents are written.
    """
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["competence-app", "-platform", "offscreen"])
        app.setApplicationName(APP_NAME)
        # Qt notes each font it passes over for a script (Devanagari, say) before finding
        # one that draws it: noise for someone exporting a plan at a terminal.
        QLoggingCategory.setFilterRules("qt.text.font.db.warning=false")
    return app


def choose_person(people: list, wanted: str | None, whose: str):
    """The one person a command works for, from the data folder's people.

    --profile NAME (or an id) picks a person; capitals and spaces around the name do
    not matter. Without it a folder with one person means that person; with more
    (a shared laptop) the command refuses and lists the names, rather than guessing
    and handing out someone else's plan. `whose` ends the request: "plan to export".
    Callers say themselves what is missing when `people` is empty.
    """
    names = ", ".join(_name(p.name) for p in people)
    if wanted is None:
        if len(people) == 1:
            return people[0]
        raise StopError(
            REFUSED,
            f"This data folder holds {len(people)} people's data ({names}). Please say whose "
            f"{whose} with --profile NAME.",
        )
    matches = [p for p in people if p.id == wanted] or [
        p for p in people if p.name.strip().casefold() == wanted.strip().casefold()
    ]
    if not matches:
        raise StopError(REFUSED, f"Nobody here is called {wanted!r}. The people here are: {names}.")
    if len(matches) > 1:
        ids = ", ".join(p.id for p in matches)
        raise StopError(
            REFUSED,
            f"{len(matches)} people here are called {wanted!r}. Please give the id of the one "
            f"you mean with --profile: {ids}.",
        )
    return matches[0]


def refuse_locked(db, person) -> None:
    """A profile protected with a passphrase is opened only in the app, where it is asked for."""
    from competence_app.store import sealing

    if sealing.is_locked(db, person.id):
        raise StopError(
            REFUSED,
            f"{_name(person.name)}'s profile is protected with a passphrase, so it cannot be "
            "read from the command line. Open the app, give the passphrase, and use the File "
            "menu.",
        )


def _name(name: str) -> str:
    return name or "(no name)"


def finish(work: Callable[[], str | tuple[int, str]], stopped: str) -> int:
    """Do work and print its outcome line; the exit code.

    work returns the line (exit code 0) or (code, line), or raises StopError.
    `stopped` is said when the person presses Ctrl+C.
    """
    try:
        outcome = work()
    except StopError as stop:
        say(sys.stderr, stop.message)
        return stop.code
    except KeyboardInterrupt:
        say(sys.stderr, stopped)
        return STOPPED
    code, line = outcome if isinstance(outcome, tuple) else (DONE, outcome)
    say(sys.stdout, line)
    return code


@contextmanager
def data_folder_errors() -> Iterator[None]:
    """What can go wrong reading or writing a data folder, as StopError with its exit code."""
    from competence_app.domain.framework import FrameworkError
    from competence_app.exchange.fileformat import DataFileWriteError, ExchangeError
    from competence_app.paths import DataDirError
    from competence_app.store.backups import BackupError
    from competence_app.store.database import StoreError
    from competence_app.store.sealing import LockedError

    try:
        yield
    except StoreError as error:
        raise StopError(DATABASE_UNUSABLE, str(error)) from error
    except (DataFileWriteError, BackupError, DataDirError) as error:
        # A folder that cannot be written (full, read-only) means the data was not saved.
        raise StopError(NOT_WRITTEN, str(error)) from error
    except (ExchangeError, FrameworkError, LockedError) as error:
        raise StopError(REFUSED, str(error)) from error
    except (sqlite3.Error, OSError) as error:
        raise StopError(
            NOT_WRITTEN,
            f"Something went wrong while working with your data ({error}). "
            "Nothing has been changed.",
        ) from error
