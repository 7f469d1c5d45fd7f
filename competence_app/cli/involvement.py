"""`competence-app involvement`: my involvement record to a file without opening a window.

The same record as File > Export my involvement record… (reports.involvement), for a
period and the parts chosen; what changed in my own words and my debriefs go in only
when named with --fields. Exit codes as every sub-command (cli/common.py): 0 done; 1 the
file could not be written (a folder that cannot be written, a full disk); 2 a bad date,
an unknown format or part, nobody or no record to export, a locked profile; 3 a database
that cannot be used. The data folder is only read, never created or changed.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from competence_app import APP_NAME
from competence_app.cli.common import (
    NOT_WRITTEN,
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
from competence_app.reports.involvement import (
    DEFAULT_FIELDS,
    FIELDS,
    FORMATS,
    PRIVATE_FIELDS,
)
from competence_app.reports.options import PAPER_SIZES


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="competence-app involvement",
        description=translate(
            "cli",
            "Write my involvement record (for a CV or an application, a benefits journal, or "
            "the expenses to chase) to a file without opening a window.",
        ),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=translate(
            "cli", "the first day of the period, as YYYY-MM-DD (default: 12 months before --to)"
        ),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=translate("cli", "the last day of the period, as YYYY-MM-DD (default: today)"),
    )
    parser.add_argument(
        "--output", required=True, metavar="FILE", help=translate("cli", "the file to write")
    )
    parser.add_argument(
        "--format",
        metavar="FORMAT",
        help=translate(
            "cli", "one of: {choices} (default: from the file's ending, else pdf)"
        ).format(choices=", ".join(FORMATS)),
    )
    parser.add_argument(
        "--fields",
        metavar="LIST",
        help=translate(
            "cli",
            "comma-separated parts, or 'all': {fields} (default: {default}; {personal} are "
            "personal and go in only when named)",
        ).format(
            fields=", ".join(FIELDS),
            default=", ".join(f for f in FIELDS if f in DEFAULT_FIELDS),
            personal=listed([f for f in FIELDS if f in PRIVATE_FIELDS]),
        ),
    )
    add_profile(
        parser,
        translate(
            "cli", "whose record, by name or id (needed when the data folder has several people)"
        ),
    )
    parser.add_argument(
        "--paper",
        default="A4",
        metavar="SIZE",
        help=translate("cli", "one of: {choices}").format(choices=", ".join(PAPER_SIZES)),
    )
    add_data_dir(parser, top)
    add_framework(parser, top)
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    args = build_parser(top).parse_args(argv)
    args.language = top.language
    return finish(
        lambda: translate("cli", "Your involvement record has been saved as {path}.").format(
            path=_export(args, top.terminal_language)
        ),
        translate("cli", "Stopped. Any file being written was left as it was."),
    )


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "{option} {text} is not a date. Please write it as YEAR-MONTH-DAY, for example "
                "2026-04-01.",
            ).format(option=option, text=repr(text)),
        ) from None


def _format(args: argparse.Namespace) -> str:
    if args.format is not None:
        chosen = args.format.strip().lower().lstrip(".")
    else:
        chosen = Path(args.output).suffix.lower().lstrip(".") or "pdf"
        if chosen not in FORMATS:
            raise StopError(
                REFUSED,
                translate(
                    "cli",
                    "The record cannot be saved as '{format}'. Please end the file name with "
                    "{endings}, or say which with --format.",
                ).format(format=chosen, endings=", ".join("." + f for f in FORMATS)),
            )
    return chosen  # RecordOptions refuses a format it cannot save in


def _options(args: argparse.Namespace, today: date):
    from competence_app.domain.involvement import last_twelve_months
    from competence_app.reports.involvement import RecordOptions, parse_fields
    from competence_app.reports.options import ExportError

    end = _day(args.end, "--to") if args.end else today
    start = _day(args.start, "--from") if args.start else last_twelve_months(end)[0]
    papers = {size.lower(): size for size in PAPER_SIZES}
    try:
        fields = parse_fields(args.fields) if args.fields is not None else DEFAULT_FIELDS
        return RecordOptions(
            start=start,
            end=end,
            fields=fields,
            format=_format(args),
            paper=papers.get(args.paper.strip().lower(), args.paper),
        )
    except ExportError as error:
        raise StopError(REFUSED, str(error)) from error


def _export(args: argparse.Namespace, terminal_language: str) -> Path:
    from competence_app import files
    from competence_app.reports.options import ExportError

    options = _options(args, date.today())
    with person_document(
        args,
        terminal_language,
        translate("cli", "record to export"),
        _nothing_yet,
        check=_has_activities,
    ) as person:
        from competence_app.reports.involvement import export_record

        try:
            return export_record(
                person.db, person.framework, person.profile.id, options, Path(args.output)
            )
        except ExportError as error:
            code = NOT_WRITTEN if isinstance(error.__cause__, files.WriteFailedError) else REFUSED
            raise StopError(code, str(error)) from error


def _has_activities(db, profile) -> None:
    from competence_app.store import involvement

    if not involvement.load_involvements(db, profile.id):
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "{name} has no activities in their involvement record yet. Open {app} and "
                "add some on the My involvement page first.",
            ).format(name=profile.name or translate("cli", "This person"), app=APP_NAME),
        )


def _nothing_yet(folder: Path) -> str:
    return translate(
        "cli",
        "There is nobody's data in {folder} yet, so there is no involvement record to export. "
        "Open {app} first, or use --data-dir to point to the folder where your data is kept.",
    ).format(folder=folder, app=APP_NAME)
