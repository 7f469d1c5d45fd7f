"""`competence-app export`: write the plan to a file without opening a window.

Every problem a person can cause (a typo in a name, a folder that cannot be
written, no reflection yet) is one plain sentence on stderr and exit code 2;
a database that cannot be opened (made by a newer version of the app, or
damaged) is exit code 3. An export never creates a database. The document is
made by reports.export; this module is only its command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from competence_app import APP_NAME
from competence_app.cli.common import (
    DATABASE_UNUSABLE,
    REFUSED,
    StopError,
    choose_person,
    finish,
    offscreen_application,
    refuse_locked,
    speak,
)
from competence_app.i18n import translate
from competence_app.reports.options import (
    DEFAULT_SECTIONS,
    FORMATS,
    PAPER_SIZES,
    SECTIONS,
    ExportError,
    ExportOptions,
    parse_sections,
)


def build_parser(data_dir: str | None, framework: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competence-app export",
        description="Write your development plan to a file without opening a window.",
    )
    parser.add_argument(
        "--format",
        required=True,
        metavar="FORMAT",
        help=f"one of: {', '.join(FORMATS)}",
    )
    parser.add_argument("--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="whose plan, by name or id (needed when the data folder has several people)",
    )
    parser.add_argument(
        "--sections",
        metavar="LIST",
        help=f"comma-separated sections to include, or 'all': {', '.join(SECTIONS)} "
        f"(default: all but {', '.join(s for s in SECTIONS if s not in DEFAULT_SECTIONS)}, "
        "which are personal)",
    )
    parser.add_argument(
        "--paper", default="A4", metavar="SIZE", help=f"one of: {', '.join(PAPER_SIZES)}"
    )
    parser.add_argument("--data-dir", metavar="DIR", default=data_dir, help="where your data is")
    parser.add_argument(
        "--easy-read",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="descriptions and level sentences in easy-read wording, or not "
        "(default: as chosen in the app's View menu for this data folder)",
    )
    parser.add_argument(
        "--framework",
        metavar="FILE",
        default=framework,
        help="use this framework file instead of the one that comes with the app",
    )
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    args = build_parser(top.data_dir, top.framework).parse_args(argv)
    args.language = top.language
    return finish(
        lambda: translate("cli", "Your plan has been saved as {path}.").format(
            path=_export(args, top.terminal_language)
        ),
        translate("cli", "Stopped. Any file being written was left as it was."),
    )


def _options(args: argparse.Namespace) -> ExportOptions:
    papers = {size.lower(): size for size in PAPER_SIZES}
    sections = parse_sections(args.sections) if args.sections is not None else DEFAULT_SECTIONS
    try:
        if args.sections is not None and not sections:
            raise ExportError(
                translate("cli", "Please name at least one section: {sections}.").format(
                    sections=", ".join(SECTIONS)
                )
            )
        return ExportOptions(
            format=args.format.strip().lower(),
            sections=sections,
            paper=papers.get(args.paper.strip().lower(), args.paper),
        )
    except ExportError as error:
        raise StopError(REFUSED, str(error)) from error


def _export(args: argparse.Namespace, terminal_language: str) -> Path:
    from competence_app import i18n, settings
    from competence_app.domain.framework import FrameworkError, load_framework
    from competence_app.paths import database_path, default_framework_file, resolve_data_dir
    from competence_app.store.database import StoreError, open_snapshot

    options = _options(args)
    folder = resolve_data_dir(args.data_dir)
    # The document follows the choices made in the app for this folder, unless overridden.
    preferences = settings.load(folder)
    language = args.language or i18n.chosen_language(preferences[settings.LANGUAGE.key])
    try:
        framework = load_framework(
            Path(args.framework) if args.framework else default_framework_file(language)
        )
    except FrameworkError as error:
        raise StopError(REFUSED, str(error)) from error

    easy = args.easy_read
    if easy is None:
        easy = bool(preferences[settings.EASY_READ.key])
    framework = framework.worded(easy)
    database = database_path(folder)
    if not database.is_file():
        # Opening would create an empty database: an export never changes the data folder.
        raise StopError(REFUSED, _nothing_yet(folder))
    try:
        # A copy in memory: an export reads the folder and never writes in it, so it
        # works on a read-only disk and leaves a newer app's database untouched.
        db = open_snapshot(database)
    except StoreError as error:
        raise StopError(DATABASE_UNUSABLE, str(error)) from error
    try:
        from competence_app.store import profiles

        people = profiles.list_profiles(db)
        if not people:
            raise StopError(REFUSED, _nothing_yet(folder))
        profile = choose_person(people, args.profile, translate("cli", "plan to export"))
        refuse_locked(db, profile)
        _app = offscreen_application()  # referenced until the file is written
        i18n.install(language)
        from competence_app.reports.export import export_plan

        try:
            return export_plan(db, framework, profile.id, options, Path(args.output))
        except ExportError as error:
            raise StopError(REFUSED, str(error)) from error
        finally:
            # The document spoke the data folder's language; the terminal speaks its own.
            speak(terminal_language)
    finally:
        db.close()


def _nothing_yet(folder: Path) -> str:
    return translate(
        "cli",
        "There is no reflection in {folder} yet, so there is no plan to export. Open {app} and "
        "start a reflection first, or use --data-dir to point to the folder where your data "
        "is kept.",
    ).format(folder=folder, app=APP_NAME)
