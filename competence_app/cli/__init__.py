"""Command line entry: the GUI by default; options for where data lives; the sub-commands.

One module per sub-command (export, involvement, export_data, import_data, import_feedback,
group_summary, feedback_pack, doctor; gui opens the window), each with `run`; what they share (exit codes,
messages, Qt off screen, whose data) is in common.py. Only the names are listed
here: a sub-command's module, and what it needs, is imported when it is used, so
the window opens as fast as it can.
"""

from __future__ import annotations

import argparse

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
    # Only the names here: each sub-command's options live in its module, which the
    # GUI path must not import ('competence-app export --help' lists them).
    commands.add_parser(
        "export",
        help="write your plan to a PDF, ODT, HTML or Markdown file without opening a window",
        add_help=False,
    )
    commands.add_parser(
        "involvement",
        help="write my involvement record (for a CV, a benefits journal or the expenses to "
        "chase) to a PDF, DOCX or CSV file without opening a window",
        add_help=False,
    )
    commands.add_parser(
        "export-data",
        help="save one person's reflections and plan as a portable data file",
        add_help=False,
    )
    commands.add_parser("import", help="bring data files into this data folder", add_help=False)
    commands.add_parser(
        "import-feedback",
        help="bring feedback files (.feedback.json) back, each beside your own view",
        add_help=False,
    )
    commands.add_parser(
        "group-summary",
        help="make a facilitator's anonymous group report from the share files people handed in",
        add_help=False,
    )
    commands.add_parser(
        "feedback-pack",
        help="write a feedback pack: a web page with your plan and a short form for your "
        "mentor, a peer, a facilitator or a colleague",
        add_help=False,
    )
    commands.add_parser(
        "doctor",
        help="print a report for support requests (versions, folders, a database check), "
        "with nothing personal in it",
        add_help=False,
    )
    return parser


def _sub_command(name: str):
    """The module of one sub-command, imported only when it is asked for."""
    if name == "export":
        from competence_app.cli import export as module
    elif name == "involvement":
        from competence_app.cli import involvement as module
    elif name == "export-data":
        from competence_app.cli import export_data as module
    elif name == "import":
        from competence_app.cli import import_data as module
    elif name == "import-feedback":
        from competence_app.cli import import_feedback as module
    elif name == "group-summary":
        from competence_app.cli import group_summary as module
    elif name == "feedback-pack":
        from competence_app.cli import feedback_pack as module
    else:
        from competence_app.cli import doctor as module
    return module


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is None:
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        from competence_app.cli import gui

        return gui.run(args)
    from competence_app.cli.common import speak

    # Messages, and the sub-command's own --help, in the terminal's language.
    args.terminal_language = speak(args.language)
    try:
        return _sub_command(args.command).run(rest, args)
    except SystemExit as stop:  # --help, or argparse has already explained the mistake
        return int(stop.code or 0)
