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

import argparse
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

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

    from competence_app import plain_imports

    plain_imports.restore()
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


@dataclass
class PersonDocument:
    """What a command needs to write one person's document: their data, the framework
    worded as they chose, and the language the document speaks."""

    db: Any
    framework: Any
    profile: Any
    language: str


@contextmanager
def person_document(
    args: argparse.Namespace,
    terminal_language: str,
    whose: str,
    nothing_yet: Callable[[Path], str],
    *,
    easy_read: bool | None = None,
    writable: bool = False,
    check: Callable[[Any, Any], None] | None = None,
) -> Iterator[PersonDocument]:
    """The one way `export`, `involvement` and `feedback-pack` find whose document to write.

    The document follows the choices made in the app for this folder (language, easy read,
    framework file) unless the options say otherwise. The folder is read from a copy in
    memory, so a read-only disk works and nothing is written there; `writable` opens it
    for real, for a command that keeps a record (a feedback pack). No database is ever
    created by asking. `check(db, profile)` refuses early, in the terminal's language.
    While the block runs Qt speaks the document's language; the terminal's afterwards.
    """
    from competence_app import i18n, settings
    from competence_app.domain.framework import FrameworkError, load_framework
    from competence_app.paths import database_path, default_framework_file, resolve_data_dir
    from competence_app.store import profiles
    from competence_app.store.database import StoreError, open_database, open_snapshot, verify

    folder = resolve_data_dir(args.data_dir)
    preferences = settings.load(folder)
    language = args.language or i18n.chosen_language(preferences[settings.LANGUAGE.key])
    try:
        framework = load_framework(
            Path(args.framework) if args.framework else default_framework_file(language)
        )
    except FrameworkError as error:
        raise StopError(REFUSED, str(error)) from error
    if easy_read is None:
        easy_read = bool(preferences[settings.EASY_READ.key])
    framework = framework.worded(easy_read)
    database = database_path(folder)
    if not database.is_file():
        # Opening would create an empty database: asking never changes the data folder.
        raise StopError(REFUSED, nothing_yet(folder))
    if writable:
        db = open_database(database)
    else:
        try:
            db = open_snapshot(database)
        except StoreError as error:
            raise StopError(DATABASE_UNUSABLE, str(error)) from error
    try:
        if writable:
            verify(db)
        people = profiles.list_profiles(db)
        if not people:
            raise StopError(REFUSED, nothing_yet(folder))
        profile = choose_person(people, args.profile, whose)
        refuse_locked(db, profile)
        if check is not None:
            check(db, profile)
        _app = offscreen_application()  # referenced until the document is written
        i18n.install(language)
        try:
            yield PersonDocument(db, framework, profile, language)
        finally:
            speak(terminal_language)
    finally:
        db.close()


def person_name(name: str) -> str:
    """A person's name in a message; someone who gave none is "(no name)"."""
    return name or translate("cli", "(no name)")


def argparse_words(text: str) -> str:
    """argparse's own messages in the terminal's language.

    Python words them in English only, and asks for each through its module's `_`
    (gettext, whose catalogues are files this app does not ship) before filling it in,
    so this takes that place below: a mistake on the command line ("the following
    arguments are required") is told in the same language as the rest.
    """
    words = {
        "the following arguments are required: %s": translate(
            "argparse", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "invalid %(type)s value: %(value)r": translate(
            "argparse", "invalid %(type)s value: %(value)r"
        ),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "one of the arguments %s is required": translate(
            "argparse", "one of the arguments %s is required"
        ),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "unexpected option string: %s": translate("argparse", "unexpected option string: %s"),
        "show program's version number and exit": translate(
            "argparse", "show program's version number and exit"
        ),
    }
    return words.get(text, text)


# Only the words change: a text argparse has and this does not know stays as it was.
argparse._ = argparse_words


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class CommandParser(argparse.ArgumentParser):
    """argparse's parser with its own words (usage, options, --help, error) in the
    terminal's language too: Python ships argparse's words in English only."""

    def __init__(self, prog: str, description: str):
        super().__init__(
            prog=prog, description=description, formatter_class=_Formatter, add_help=False
        )
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("cli", "show this help message and exit"),
        )

    def parse_known_intermixed_args(self, args=None, namespace=None):
        if self.usage is not None:
            return super().parse_known_intermixed_args(args, namespace)
        # Python's own keeps the usage by cutting len("usage: ") off it, whatever the prefix.
        self.usage = self.format_usage()[len(translate("cli", "usage: ")) :]
        try:
            return super().parse_known_intermixed_args(args, namespace)
        finally:
            self.usage = None

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(
            REFUSED,
            translate("cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
            + "\n",
        )


def add_data_dir(parser: argparse.ArgumentParser, top: argparse.Namespace) -> None:
    """--data-dir, defaulting to the one given before the sub-command's name."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=top.data_dir,
        help=translate(
            "cli",
            "the data folder to use (default: $COMPETENCE_APP_DATA_DIR, or your user data folder)",
        ),
    )


def add_framework(
    parser: argparse.ArgumentParser, top: argparse.Namespace, help: str | None = None
) -> None:
    """--framework, defaulting to the one given before the sub-command's name; `help` when
    the command uses the file otherwise than to word a plan."""
    parser.add_argument(
        "--framework",
        metavar="FILE",
        default=top.framework,
        help=help
        or translate("cli", "use this framework file instead of the one that comes with the app"),
    )


def add_profile(parser: argparse.ArgumentParser, help: str) -> None:
    """--profile NAME, read by choose_person; `help` says whose, in the terminal's language."""
    parser.add_argument("--profile", metavar="NAME", help=help)


def listed(words: list) -> str:
    """Names (of files, sections) in a sentence: "a", "a and b", "a, b and c"."""
    names = [str(word) for word in words]
    if len(names) <= 1:
        return "".join(names)
    return translate("cli", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


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


def finish_in_data_folder(work: Callable[[], str], stopped: str | None = None) -> int:
    """finish(work), with what can go wrong in a data folder said as data_folder_errors says
    it; `stopped` is said on Ctrl+C (default: nothing has been changed)."""

    def guarded() -> str:
        with data_folder_errors():
            return work()

    return finish(guarded, stopped or translate("cli", "Stopped. Nothing has been changed."))


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
