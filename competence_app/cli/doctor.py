"""`competence-app doctor`: the support report on the terminal; the report itself is doctor.py's."""

from __future__ import annotations

import argparse
import sys

from competence_app.cli.common import CommandParser, add_data_dir, add_framework
from competence_app.i18n import translate


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="competence-app doctor",
        description=translate(
            "cli",
            "Print a report for support requests: versions, folders and a check of the "
            "database, with no personal content. Changes nothing.",
        ),
    )
    add_data_dir(parser, top)
    add_framework(parser, top, translate("cli", "the framework file to check"))
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    """Print the report; 0 when all is well, 1 when something needs attention."""
    from competence_app.doctor import format_report, gather, has_problem

    args = build_parser(top).parse_args(argv)
    lines = gather(args.data_dir, args.framework)
    sys.stdout.write(format_report(lines))
    return 1 if has_problem(lines) else 0
