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
from competence_app.cli.common import CommandParser
from competence_app.i18n import translate

SUB_COMMANDS = (
    "export",
    "involvement",
    "export-data",
    "import",
    "import-feedback",
    "group-summary",
    "feedback-pack",
    "doctor",
)


def build_parser() -> argparse.ArgumentParser:
    """The app's options and the names of its sub-commands, worded in the language spoken
    (English until `speak` chose another: only `--help` asks for that before the parse)."""
    parser = CommandParser(
        prog="competence-app",
        description=translate(
            "cli", "{app}: reflect on your citizen leadership, see your growth, plan."
        ).format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "show the version number and stop"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "cli",
            "keep all data in DIR, for example on a USB stick "
            "(default: $COMPETENCE_APP_DATA_DIR, or your user data folder)",
        ),
    )
    parser.add_argument(
        "--framework",
        metavar="FILE",
        help=translate(
            "cli",
            "use this framework file instead of the one that comes with the app",
        ),
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        choices=("en", "es"),
        help=translate(
            "cli",
            "the language of the app and its documents for this run: en or es "
            "(default: the one chosen in the app, else the system's)",
        ),
    )
    parser.add_argument(
        "--pseudo-localise",
        action="store_true",
        help=translate(
            "cli",
            "for translators: show every text 40%% longer and accented, to find "
            "clipped or untranslated text",
        ),
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=argparse.ArgumentParser
    )
    # Only the names here: each sub-command's options live in its module, which the
    # GUI path must not import ('competence-app export --help' lists them).
    commands.add_parser(
        "export",
        help=translate(
            "cli",
            "write your plan to a PDF, Word (DOCX), ODT, HTML or Markdown file without opening a window",
        ),
        add_help=False,
    )
    commands.add_parser(
        "involvement",
        help=translate(
            "cli",
            "write my involvement record (for a CV, a benefits journal or the expenses to "
            "chase) to a PDF, DOCX or CSV file without opening a window",
        ),
        add_help=False,
    )
    commands.add_parser(
        "export-data",
        help=translate(
            "cli",
            "save one person's reflections and plan as a portable data file",
        ),
        add_help=False,
    )
    commands.add_parser(
        "import",
        help=translate(
            "cli",
            "bring data files into this data folder",
        ),
        add_help=False,
    )
    commands.add_parser(
        "import-feedback",
        help=translate(
            "cli",
            "bring feedback files (.feedback.json) back, each beside your own view",
        ),
        add_help=False,
    )
    commands.add_parser(
        "group-summary",
        help=translate(
            "cli",
            "make a facilitator's anonymous group report from the share files people handed in",
        ),
        add_help=False,
    )
    commands.add_parser(
        "feedback-pack",
        help=translate(
            "cli",
            "write a feedback pack: a web page with your plan and a short form for your "
            "mentor, a peer, a facilitator or a colleague",
        ),
        add_help=False,
    )
    commands.add_parser(
        "doctor",
        help=translate(
            "cli",
            "print a report for support requests (versions, folders, a database check), "
            "with nothing personal in it",
        ),
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


def _asks_for_help(argv: list[str]) -> bool:
    """`competence-app --help` (not a sub-command's own --help, which speaks for itself)."""
    for word in argv:
        if word in ("-h", "--help"):
            return True
        if word in SUB_COMMANDS:
            return False
    return False


def _language_asked(argv: list[str]) -> str | None:
    """The language given with --language, if the app speaks it (else the terminal's)."""
    from competence_app.i18n import LANGUAGES

    for index, word in enumerate(argv):
        if word == "--language" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in LANGUAGES else None
        if word.startswith("--language="):
            return word.partition("=")[2] if word.partition("=")[2] in LANGUAGES else None
    return None


def main(argv: list[str] | None = None) -> int:
    import sys

    words = list(sys.argv[1:] if argv is None else argv)
    if _asks_for_help(words):
        # Only then: the window's path never loads a translation before its first frame.
        from competence_app.cli.common import speak

        speak(_language_asked(words))
    parser = build_parser()
    # A mistake here is told in the terminal's language, which is spoken only then (never
    # on the way to the window): parsed again once it is, the same mistake says it in it.
    parser.exit_on_error = False
    try:
        args, rest = parser.parse_known_args(words)
    except argparse.ArgumentError:
        from competence_app.cli.common import speak

        speak(_language_asked(words))
        build_parser().parse_known_args(words)
        raise
    if args.command is None:
        if rest:
            from competence_app.cli.common import argparse_words, speak

            speak(_language_asked(words))
            parser.error(argparse_words("unrecognized arguments: %s") % " ".join(rest))
        from competence_app.cli import gui

        return gui.run(args)
    from competence_app.cli.common import speak

    # Messages, and the sub-command's own --help, in the terminal's language.
    args.terminal_language = speak(args.language)
    try:
        return _sub_command(args.command).run(rest, args)
    except SystemExit as stop:  # --help, or argparse has already explained the mistake
        return int(stop.code or 0)
