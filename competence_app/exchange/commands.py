"""The `export-data` and `import` sub-commands, for headless work and scripts.

Exit codes: 0 done; 1 the data file could not be written or saved (a full
disk, a folder we cannot write in); 2 a bad file, a bad argument or an
unusable data folder; 3 the database cannot be used (for example it was made
by a newer version of the app); 130 stopped with Ctrl+C. Success prints one
line to standard output; every problem goes to standard error in plain words.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TextIO

from competence_app import APP_NAME
from competence_app.exchange.fileformat import (
    FILE_SUFFIX,
    DataFile,
    DataFileWriteError,
    ExchangeError,
)

DONE, NOT_WRITTEN, REFUSED, DATABASE_UNUSABLE, STOPPED = 0, 1, 2, 3, 130


class _RefusedError(Exception):
    """A plain-words reason to stop before anything is changed (exit code 2)."""


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register `export-data` and `import`; each sets func= to its run function."""
    export = subparsers.add_parser(
        "export-data",
        help="save one person's reflections and plan as a data file",
        description="Save one person's reflections and plan as a data file "
        f"(ending {FILE_SUFFIX}) to move to another computer, keep as a backup, or share "
        "with a mentor or facilitator. The file holds personal stories: keep it safe.",
    )
    export.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="FILE",
        help=f"where to save the file (a folder is fine; {FILE_SUFFIX} is added if missing)",
    )
    export.add_argument(
        "--profile",
        metavar="NAME",
        help="whose data to save, by name or id (needed when the data folder has several people)",
    )
    _data_dir_option(export)
    export.set_defaults(func=run_export_data)

    importer = subparsers.add_parser(
        "import",
        help="bring data files into this data folder",
        description="Bring one or more data files into this data folder. Everything is checked "
        "first: either every file is imported or nothing changes. Records already here are "
        "replaced only by newer copies, so importing the same file twice is harmless.",
    )
    importer.add_argument("files", nargs="+", metavar="FILE", help="the data files to import")
    _data_dir_option(importer)
    importer.set_defaults(func=run_import)


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without it the sub-command's empty default would overwrite a
    # --data-dir given before the sub-command's name.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder to use (default: $COMPETENCE_APP_DATA_DIR, or your user data folder)",
    )


def run_export_data(args: argparse.Namespace) -> int:
    return _run(_export, args)


def run_import(args: argparse.Namespace) -> int:
    return _run(_import, args)


def _run(command, args: argparse.Namespace) -> int:
    from competence_app.domain.framework import FrameworkError
    from competence_app.paths import DataDirError
    from competence_app.store.backups import BackupError
    from competence_app.store.database import StoreError
    from competence_app.store.sealing import LockedError

    try:
        line = command(args)
    except _RefusedError as error:
        return _fail(str(error), REFUSED)
    except StoreError as error:
        return _fail(str(error), DATABASE_UNUSABLE)
    except (DataFileWriteError, BackupError, DataDirError) as error:
        # A folder that cannot be written (full, read-only) means the data was not saved.
        return _fail(str(error), NOT_WRITTEN)
    except (ExchangeError, FrameworkError, LockedError) as error:
        return _fail(str(error), REFUSED)
    except (sqlite3.Error, OSError) as error:
        return _fail(
            f"Something went wrong while working with your data ({error}). "
            "Nothing has been changed.",
            NOT_WRITTEN,
        )
    except KeyboardInterrupt:
        return _fail("Stopped. Nothing has been changed.", STOPPED)
    _say(sys.stdout, line)
    return DONE


def _fail(message: str, code: int) -> int:
    _say(sys.stderr, message)
    return code


def _say(stream: TextIO, text: str) -> None:
    # File names can hold bytes that are not text, and a console may not show
    # every character; neither may turn a message into a traceback.
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    stream.flush()


# The reading, writing and merging modules are imported inside the commands:
# add_commands() runs while the GUI starts, which must stay quick.


def _export(args: argparse.Namespace) -> str:
    from competence_app.exchange.reading import read_data_file
    from competence_app.exchange.writing import export_data
    from competence_app.paths import database_path, resolve_data_dir
    from competence_app.store import profiles, sealing
    from competence_app.store.database import open_snapshot, verify

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not database_path(data_dir).exists():
        # Say so rather than creating an empty data folder just to export nothing.
        raise _RefusedError(
            f"There is nothing to save yet: there is no {APP_NAME} data in {data_dir}."
        )
    framework = _framework(args)
    # A copy in memory: saving a data file never writes in the data folder (which may be
    # a read-only disk).
    db = open_snapshot(database_path(data_dir))
    try:
        verify(db)  # a data file must not carry damage on to another computer
        person = _choose_profile(profiles.list_profiles(db), getattr(args, "profile", None))
        if sealing.is_locked(db, person.id):
            from competence_app.reports.command import locked_message

            raise _RefusedError(locked_message(person.name))
        written = export_data(db, person.id, framework, Path(args.output))
    finally:
        db.close()
    data = read_data_file(written)  # proves the file reads back, and gives the counts
    return f"Saved {_name(person.name)}'s data to {written}: {_counts(data)}."


def _import(args: argparse.Namespace) -> str:
    from competence_app.exchange.merging import import_data
    from competence_app.exchange.reading import read_data_file
    from competence_app.paths import database_path, prepare_data_dir, resolve_data_dir
    from competence_app.store import backups
    from competence_app.store.database import open_database, verify
    from competence_app.store.lock import FolderInUseError, FolderLock

    # Read and check every file before touching the data folder, so a bad file
    # does not leave behind a new, empty data folder.
    files: list[DataFile] = []
    failures: list[ExchangeError] = []
    for name in args.files:
        try:
            files.append(read_data_file(Path(name)))
        except ExchangeError as error:
            failures.append(error)
    if failures:
        raise _RefusedError("\n".join(str(error) for error in failures))
    data_dir = prepare_data_dir(resolve_data_dir(getattr(args, "data_dir", None)))
    try:
        lock = FolderLock(data_dir).acquire()
    except FolderInUseError as error:
        # The open window would not see the imported records and could save over them.
        raise _RefusedError(f"{error} Nothing has been imported.") from error
    try:
        db = open_database(database_path(data_dir))
        try:
            verify(db)
            with backups.safety_copy(db.conn, data_dir, "before-import"):
                report = import_data(db, *files)
        finally:
            db.close()
    finally:
        lock.release()
    which = files[0].source if len(files) == 1 else f"{len(files)} files"
    return f"Imported {which} into {data_dir}. {report.summary()}"


def _framework(args: argparse.Namespace):
    from competence_app.domain.framework import default_framework_path, load_framework

    chosen = getattr(args, "framework", None)
    return load_framework(Path(chosen) if chosen else default_framework_path())


def _choose_profile(people: list, wanted: str | None):
    if not people:
        raise _RefusedError("There is nothing to save yet: nobody has started a reflection here.")
    names = ", ".join(_name(p.name) for p in people)
    if wanted is None:
        if len(people) == 1:
            return people[0]
        raise _RefusedError(
            f"This data folder holds {len(people)} people's data ({names}). Please say whose "
            "data to save with --profile NAME."
        )
    matches = [p for p in people if p.id == wanted] or [
        p for p in people if p.name.strip().casefold() == wanted.strip().casefold()
    ]
    if not matches:
        raise _RefusedError(f"Nobody here is called {wanted!r}. The people here are: {names}.")
    if len(matches) > 1:
        ids = ", ".join(p.id for p in matches)
        raise _RefusedError(
            f"{len(matches)} people here are called {wanted!r}. Please give the id of the one "
            f"you mean with --profile: {ids}."
        )
    return matches[0]


def _name(name: str) -> str:
    return name or "(no name)"


def _counts(data: DataFile) -> str:
    reflections = "reflection" if data.reflection_count == 1 else "reflections"
    goals = "goal" if data.goal_count == 1 else "goals"
    return f"{data.reflection_count} {reflections} and {data.goal_count} {goals}"
