"""What every sub-command shares: exit codes, the terminal's language, how a message is
printed, Qt off screen, whose data.

Every message a sub-command prints goes through translate, in the terminal's language:
--language, else the system's (LANG). Documents follow their own choice (the app's
language for that data folder); `speak` puts the terminal's language back after them.

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
from competence_app.i18n import translate

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


def speak(language: str | None) -> str:
    """Speak `language` on the terminal from now on (None: the environment's, LANG and
    the like); returns the language spoken.

    English needs nothing, so the data commands stay Qt-free. Another language needs
    Qt's translator, and that an application: the offscreen one the documents use
    anyway. Without a working Qt the command still runs, in English.
    """
    from competence_app import i18n

    try:
        language = language or i18n.environment_language() or i18n.system_language()
        if language != i18n.current_language():
            offscreen_application()
            i18n.install(language)
    except Exception:  # noqa: BLE001 - the command must not fail for want of its translation
        return i18n.current_language()
    return language


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
    and handing out someone else's plan. `whose` ends the request, in the terminal's language: "plan to export".
    Callers say themselves what is missing when `people` is empty.
    """
    names = ", ".join(person_name(p.name) for p in people)
    if wanted is None:
        if len(people) == 1:
            return people[0]
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "This data folder holds {count} people's data ({names}). Please say whose "
                "{whose} with --profile NAME.",
            ).format(count=len(people), names=names, whose=whose),
        )
    matches = [p for p in people if p.id == wanted] or [
        p for p in people if p.name.strip().casefold() == wanted.strip().casefold()
    ]
    if not matches:
        raise StopError(
            REFUSED,
            translate(
                "cli", "Nobody here is called {wanted}. The people here are: {names}."
            ).format(wanted=repr(wanted), names=names),
        )
    if len(matches) > 1:
        ids = ", ".join(p.id for p in matches)
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "{count} people here are called {wanted}. Please give the id of the one you "
                "mean with --profile: {ids}.",
            ).format(count=len(matches), wanted=repr(wanted), ids=ids),
        )
    return matches[0]


def refuse_locked(db, person) -> None:
    """A profile protected with a passphrase is opened only in the app, where it is asked for."""
    from competence_app.store import sealing

    if sealing.is_locked(db, person.id):
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "{name}'s profile is protected with a passphrase, so it cannot be read from the "
                "command line. Open the app, give the passphrase, and use the File menu.",
            ).format(name=person_name(person.name)),
        )


def person_name(name: str) -> str:
    """A person's name in a message; someone who gave none is "(no name)"."""
    return name or translate("cli", "(no name)")


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
            translate(
                "cli",
                "Something went wrong while working with your data ({error}). Nothing has been "
                "changed.",
            ).format(error=error),
        ) from error
