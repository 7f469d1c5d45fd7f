"""`competence-app export`: write the plan to a file without opening a window.

Every problem a person can cause (a typo in a name, a folder that cannot be
written, no reflection yet) is one plain sentence on stderr and exit code 2;
a database that cannot be opened (made by a newer version of the app, or
damaged) is exit code 3. An export never creates a database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from competence_app import APP_NAME
from competence_app.reports.options import (
    DEFAULT_SECTIONS,
    FORMATS,
    PAPER_SIZES,
    SECTIONS,
    ExportError,
    ExportOptions,
    parse_sections,
)

USAGE_ERROR = 2
DATABASE_ERROR = 3


class _CommandError(Exception):
    def __init__(self, code: int, message: str = ""):
        super().__init__(message)
        self.code = code
        self.message = message


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
        help="whose plan, by name (default: the person who used the app last)",
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


def run_export(
    argv: list[str],
    data_dir: str | None = None,
    framework: str | None = None,
    language: str | None = None,
) -> int:
    parser = build_parser(data_dir, framework)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or argparse has already explained the mistake
        return int(stop.code or 0)
    args.language = language
    try:
        path = _export(args)
    except _CommandError as stop:
        print(stop.message, file=sys.stderr)
        return stop.code
    print(f"Your plan has been saved as {path}.")
    return 0


def _options(args: argparse.Namespace) -> ExportOptions:
    papers = {size.lower(): size for size in PAPER_SIZES}
    sections = parse_sections(args.sections) if args.sections is not None else DEFAULT_SECTIONS
    try:
        if args.sections is not None and not sections:
            raise ExportError(f"Please name at least one section: {', '.join(SECTIONS)}.")
        return ExportOptions(
            format=args.format.strip().lower(),
            sections=sections,
            paper=papers.get(args.paper.strip().lower(), args.paper),
        )
    except ExportError as error:
        raise _CommandError(USAGE_ERROR, str(error)) from error


def _export(args: argparse.Namespace) -> Path:
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
        raise _CommandError(USAGE_ERROR, str(error)) from error

    easy = args.easy_read
    if easy is None:
        easy = bool(preferences[settings.EASY_READ.key])
    framework = framework.worded(easy)
    database = database_path(folder)
    if not database.is_file():
        # Opening would create an empty database: an export never changes the data folder.
        raise _CommandError(USAGE_ERROR, _nothing_yet(folder))
    try:
        # A copy in memory: an export reads the folder and never writes in it, so it
        # works on a read-only disk and leaves a newer app's database untouched.
        db = open_snapshot(database)
    except StoreError as error:
        raise _CommandError(DATABASE_ERROR, str(error)) from error
    try:
        profile = _choose_profile(db, folder, args.profile)
        _refuse_locked(db, profile)
        _app = offscreen_application()  # referenced until the file is written
        i18n.install(language)
        from competence_app.reports.export import export_plan

        try:
            return export_plan(db, framework, profile.id, options, Path(args.output))
        except ExportError as error:
            raise _CommandError(USAGE_ERROR, str(error)) from error
    finally:
        db.close()


def _refuse_locked(db, profile) -> None:
    from competence_app.store import sealing

    if sealing.is_locked(db, profile.id):
        raise _CommandError(USAGE_ERROR, locked_message(profile.name))


def locked_message(name: str) -> str:
    """Said by every command that cannot open a profile protected with a passphrase."""
    return (
        f"{name or 'This person'}'s profile is protected with a passphrase, so it cannot be "
        "read from the command line. Open the app, give the passphrase, and use the File menu."
    )


def _nothing_yet(folder: Path) -> str:
    return (
        f"There is no reflection in {folder} yet, so there is no plan to export. "
        f"Open {APP_NAME} and start a reflection first, or use --data-dir to point to "
        "the folder where your data is kept."
    )


def _choose_profile(db, folder: Path, wanted: str | None):
    from competence_app.store import profiles

    people = profiles.list_profiles(db)
    if not people:
        raise _CommandError(USAGE_ERROR, _nothing_yet(folder))
    if wanted is None:
        return profiles.current_profile(db)
    for match in (lambda p: p.name == wanted, lambda p: p.name.casefold() == wanted.casefold()):
        found = [p for p in people if match(p)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise _CommandError(
                USAGE_ERROR,
                f"More than one profile is called '{wanted}'. Please give each a different "
                "name in the app, then export again.",
            )
    names = ", ".join(f"'{p.name}'" if p.name else "(a profile with no name)" for p in people)
    raise _CommandError(
        USAGE_ERROR,
        f"There is no profile called '{wanted}' in {folder}. The profiles there are: {names}.",
    )


def offscreen_application():
    """Qt's document classes need an application; off screen, so no display is needed."""
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
