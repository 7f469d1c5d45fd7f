"""`competence-app import`: bring data files into this data folder.

Every file is read and checked first: either every file is imported or nothing
changes. Exit codes as in cli/common.py. The merge is exchange.merging's; this
module is only its command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from competence_app.cli.common import REFUSED, StopError, data_folder_errors, finish
from competence_app.i18n import translate


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competence-app import",
        description="Bring one or more data files into this data folder. Everything is checked "
        "first: either every file is imported or nothing changes. Records already here are "
        "replaced only by newer copies, so importing the same file twice is harmless.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="the data files to import")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=top.data_dir,
        help="the data folder to use (default: $COMPETENCE_APP_DATA_DIR, or your user data folder)",
    )
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    args = build_parser(top).parse_args(argv)

    def work() -> str:
        with data_folder_errors():
            return _import(args)

    return finish(work, translate("cli", "Stopped. Nothing has been changed."))


def _import(args: argparse.Namespace) -> str:
    from competence_app.exchange.fileformat import ExchangeError
    from competence_app.exchange.merging import import_data
    from competence_app.exchange.reading import read_data_file
    from competence_app.paths import database_path, prepare_data_dir, resolve_data_dir
    from competence_app.store import backups
    from competence_app.store.database import open_database, verify
    from competence_app.store.lock import FolderInUseError, FolderLock

    # Read and check every file before touching the data folder, so a bad file
    # does not leave behind a new, empty data folder.
    files = []
    failures: list[ExchangeError] = []
    for name in args.files:
        try:
            files.append(read_data_file(Path(name)))
        except ExchangeError as error:
            failures.append(error)
    if failures:
        raise StopError(REFUSED, "\n".join(str(error) for error in failures))
    data_dir = prepare_data_dir(resolve_data_dir(args.data_dir))
    try:
        lock = FolderLock(data_dir).acquire()
    except FolderInUseError as error:
        # The open window would not see the imported records and could save over them.
        raise StopError(
            REFUSED, translate("cli", "{reason} Nothing has been imported.").format(reason=error)
        ) from error
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
    if len(files) == 1:
        which = files[0].source
    else:
        which = translate("cli", "{count} files").format(count=len(files))
    return translate("cli", "Imported {which} into {folder}. {summary}").format(
        which=which, folder=data_dir, summary=report.summary()
    )
