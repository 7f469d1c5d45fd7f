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
    REFUSED,
    CommandParser,
    StopError,
    add_data_dir,
    add_framework,
    add_profile,
    finish,
    listed,
    person_document,
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


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="competence-app export",
        description=translate(
            "cli", "Write your development plan to a file without opening a window."
        ),
    )
    parser.add_argument(
        "--format",
        required=True,
        metavar="FORMAT",
        help=translate("cli", "one of: {choices}").format(choices=", ".join(FORMATS)),
    )
    parser.add_argument(
        "--output", required=True, metavar="FILE", help=translate("cli", "the file to write")
    )
    add_profile(
        parser,
        translate(
            "cli", "whose plan, by name or id (needed when the data folder has several people)"
        ),
    )
    parser.add_argument(
        "--sections",
        metavar="LIST",
        help=translate(
            "cli",
            "comma-separated sections to include, or 'all': {sections} (default: all but "
            "{personal}, which are personal)",
        ).format(
            sections=", ".join(SECTIONS),
            personal=listed([s for s in SECTIONS if s not in DEFAULT_SECTIONS]),
        ),
    )
    parser.add_argument(
        "--paper",
        default="A4",
        metavar="SIZE",
        help=translate("cli", "one of: {choices}").format(choices=", ".join(PAPER_SIZES)),
    )
    add_data_dir(parser, top)
    parser.add_argument(
        "--easy-read",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "cli",
            "descriptions and level sentences in easy-read wording, or not "
            "(default: as chosen in the app's View menu for this data folder)",
        ),
    )
    add_framework(parser, top)
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    args = build_parser(top).parse_args(argv)
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
    options = _options(args)
    with person_document(
        args,
        terminal_language,
        translate("cli", "plan to export"),
        _nothing_yet,
        easy_read=args.easy_read,
    ) as person:
        from competence_app.reports.export import export_plan

        try:
            return export_plan(
                person.db, person.framework, person.profile.id, options, Path(args.output)
            )
        except ExportError as error:
            raise StopError(REFUSED, str(error)) from error


def _nothing_yet(folder: Path) -> str:
    return translate(
        "cli",
        "There is no reflection in {folder} yet, so there is no plan to export. Open {app} and "
        "start a reflection first, or use --data-dir to point to the folder where your data "
        "is kept.",
    ).format(folder=folder, app=APP_NAME)
