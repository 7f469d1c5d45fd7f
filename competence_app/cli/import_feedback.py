"""`competence-app import-feedback`: bring feedback files (`.feedback.json`) back into this
data folder, each as a round of feedback beside the person's own view.

Every file is read and checked first (that it answers a pack made in this data folder, and
with --profile, from that person's plan): either every file is kept or nothing changes.
Exit codes as in cli/common.py, the same as `import`. The reading and keeping are
exchange.feedback_file's; this module is only its command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from competence_app.cli.common import (
    REFUSED,
    StopError,
    choose_person,
    data_folder_errors,
    finish,
    refuse_locked,
)
from competence_app.i18n import translate


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competence-app import-feedback",
        description="Bring feedback files (.feedback.json, saved from a feedback pack) into "
        "this data folder. Everything is checked first: either every file is kept or nothing "
        "changes. The same answer brought in twice is kept once, and your own answers are "
        "never changed.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="the feedback files")
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="whose feedback it is (a name or an id); without it, the person whose plan the "
        "pack was made from",
    )
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
    from competence_app.exchange.feedback_file import keep_feedback, read_feedback_file
    from competence_app.exchange.fileformat import ExchangeError
    from competence_app.paths import database_path, resolve_data_dir
    from competence_app.store import backups, profiles
    from competence_app.store.database import open_database, verify
    from competence_app.store.lock import FolderInUseError, FolderLock

    data_dir = resolve_data_dir(args.data_dir)
    if not database_path(data_dir).exists():
        # Feedback answers a pack made here: with no data folder there is nothing it can answer.
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "There is no data in {folder}, so this feedback cannot answer a plan made "
                "here. Nothing has been changed.",
            ).format(folder=data_dir),
        )
    try:
        lock = FolderLock(data_dir).acquire()
    except FolderInUseError as error:
        raise StopError(
            REFUSED,
            translate("cli", "{reason} Nothing has been brought in.").format(reason=error),
        ) from error
    try:
        db = open_database(database_path(data_dir))
        try:
            verify(db)
            person = None
            if args.profile is not None:
                people = profiles.list_profiles(db)
                if not people:
                    raise StopError(
                        REFUSED,
                        translate("cli", "There is nobody in {folder} yet.").format(
                            folder=data_dir
                        ),
                    )
                person = choose_person(people, args.profile, translate("cli", "feedback this is"))
            files = []
            failures: list[ExchangeError] = []
            for name in args.files:
                try:
                    files.append(read_feedback_file(db, Path(name), person.id if person else None))
                except ExchangeError as error:
                    failures.append(error)
            if failures:
                raise StopError(REFUSED, "\n".join(str(error) for error in failures))
            everyone = {p.id: p for p in profiles.list_profiles(db)}
            for owner in {f.pack.profile_id for f in files}:
                if owner in everyone:
                    refuse_locked(db, everyone[owner])
            with backups.safety_copy(db.conn, data_dir, "before-import"):
                report = keep_feedback(db, files)
        finally:
            db.close()
    finally:
        lock.release()
    if len(files) == 1:
        which = files[0].source
    else:
        which = translate("cli", "{count} files").format(count=len(files))
    return translate("cli", "Brought {which} into {folder}. {summary}").format(
        which=which, folder=data_dir, summary=report.summary()
    )
