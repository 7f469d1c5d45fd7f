"""`competence-app export-data`: one person's reflections and plan as a portable data file.

Exit codes as in cli/common.py. Success prints one line to standard output;
every problem goes to standard error in plain words. The file is written by
exchange.writing; this module is only its command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from competence_app import APP_NAME
from competence_app.cli.common import (
    REFUSED,
    StopError,
    choose_person,
    data_folder_errors,
    finish,
    person_name,
    refuse_locked,
)
from competence_app.exchange.fileformat import FILE_SUFFIX, DataFile
from competence_app.i18n import translate


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competence-app export-data",
        description="Save one person's reflections and plan as a data file "
        f"(ending {FILE_SUFFIX}) to move to another computer, keep as a backup, or share "
        "with a mentor or facilitator. The file holds personal stories: keep it safe.",
    )
    parser.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="FILE",
        help=f"where to save the file (a folder is fine; {FILE_SUFFIX} is added if missing)",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="whose data to save, by name or id (needed when the data folder has several people)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=top.data_dir,
        help="the data folder to use (default: $COMPETENCE_APP_DATA_DIR, or your user data folder)",
    )
    parser.set_defaults(framework=top.framework)
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    args = build_parser(top).parse_args(argv)

    def work() -> str:
        with data_folder_errors():
            return _export(args)

    return finish(work, translate("cli", "Stopped. Nothing has been changed."))


# The reading and writing modules are imported here, not at the top: the GUI's start
# must stay quick, and only this command needs them.


def _export(args: argparse.Namespace) -> str:
    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.exchange.reading import read_data_file
    from competence_app.exchange.writing import export_data
    from competence_app.paths import database_path, resolve_data_dir
    from competence_app.store import profiles
    from competence_app.store.database import open_snapshot, verify

    data_dir = resolve_data_dir(args.data_dir)
    if not database_path(data_dir).exists():
        # Say so rather than creating an empty data folder just to export nothing.
        raise StopError(
            REFUSED,
            translate(
                "cli", "There is nothing to save yet: there is no {app} data in {folder}."
            ).format(app=APP_NAME, folder=data_dir),
        )
    framework = load_framework(Path(args.framework) if args.framework else default_framework_path())
    # A copy in memory: saving a data file never writes in the data folder (which may be
    # a read-only disk).
    db = open_snapshot(database_path(data_dir))
    try:
        verify(db)  # a data file must not carry damage on to another computer
        people = profiles.list_profiles(db)
        if not people:
            raise StopError(
                REFUSED,
                translate(
                    "cli", "There is nothing to save yet: nobody has started a reflection here."
                ),
            )
        person = choose_person(people, args.profile, translate("cli", "data to save"))
        refuse_locked(db, person)
        written = export_data(db, person.id, framework, Path(args.output))
    finally:
        db.close()
    data = read_data_file(written)  # proves the file reads back, and gives the counts
    return translate("cli", "Saved {name}'s data to {path}: {counts}.").format(
        name=person_name(person.name), path=written, counts=_counts(data)
    )


def _counts(data: DataFile) -> str:
    from competence_app.wording import counted

    return translate("cli", "{reflections} and {goals}").format(
        reflections=counted("reflections", data.reflection_count),
        goals=counted("goals", data.goal_count),
    )
