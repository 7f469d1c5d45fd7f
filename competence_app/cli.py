"""Command line entry: the GUI by default; options for where data lives."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from competence_app import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competence-app",
        description=f"{APP_NAME}: reflect on your citizen leadership, see your growth, plan.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR, for example on a USB stick "
        "(default: $COMPETENCE_APP_DATA_DIR, or your user data folder)",
    )
    parser.add_argument(
        "--framework",
        metavar="FILE",
        help="use this framework file instead of the one that comes with the app",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        choices=("en", "es"),
        help="the language of the app and its documents for this run: en or es "
        "(default: the one chosen in the app, else the system's)",
    )
    parser.add_argument(
        "--pseudo-localise",
        action="store_true",
        help="for translators: show every text 40%% longer and accented, to find "
        "clipped or untranslated text",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Only the name here: its options live with the export code, which the GUI
    # path must not import ('competence-app export --help' lists them).
    commands.add_parser(
        "export",
        help="write your plan to a PDF, ODT, HTML or Markdown file without opening a window",
        add_help=False,
    )
    commands.add_parser(
        "export-data",
        help="save one person's reflections and plan as a portable data file",
        add_help=False,
    )
    commands.add_parser("import", help="bring data files into this data folder", add_help=False)
    commands.add_parser(
        "group-summary",
        help="make a facilitator's anonymous group report from the share files people handed in",
        add_help=False,
    )
    commands.add_parser(
        "doctor",
        help="print a report for support requests (versions, folders, a database check), "
        "with nothing personal in it",
        add_help=False,
    )
    return parser


def run_data_command(command: str, rest: list[str], top: argparse.Namespace) -> int:
    """Parse and run export-data or import with the exchange package's own options."""
    from competence_app.exchange.commands import add_commands

    parser = argparse.ArgumentParser(prog="competence-app")
    add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args([command, *rest])
    if getattr(args, "data_dir", None) is None:
        args.data_dir = top.data_dir  # given before the sub-command's name
    if getattr(args, "framework", None) is None:
        args.framework = top.framework
    return args.func(args)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "export":
        from competence_app.reports.command import run_export

        return run_export(
            rest, data_dir=args.data_dir, framework=args.framework, language=args.language
        )
    if args.command in ("export-data", "import"):
        return run_data_command(args.command, rest, args)
    if args.command == "group-summary":
        from competence_app.group.command import run_group_summary

        return run_group_summary(rest, framework=args.framework, language=args.language)
    if args.command == "doctor":
        from competence_app.doctor import run_doctor

        return run_doctor(rest, data_dir=args.data_dir, framework=args.framework)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    from competence_app.paths import (
        DataDirError,
        prepare_data_dir,
        readable_data,
        resolve_data_dir,
    )

    data_dir = resolve_data_dir(args.data_dir)
    problem = None
    read_only = False
    try:
        data_dir = prepare_data_dir(data_dir)
    except DataDirError as error:
        # Read-only is not unreadable: show the data, let it be exported elsewhere.
        read_only = readable_data(data_dir)
        problem = None if read_only else str(error)
    # None: the framework chosen in the app for this data folder, or else the shipped one.
    framework_path = Path(args.framework) if args.framework else None

    from competence_app.gui.app import run

    return run(
        data_dir,
        framework_path,
        data_dir_error=problem,
        language=args.language,
        pseudo=args.pseudo_localise,
        read_only=read_only,
    )


if __name__ == "__main__":
    sys.exit(main())
