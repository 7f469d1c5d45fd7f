"""`competence-app group-summary`: the facilitator's group report without opening a window.

Exit codes: 0 done; 1 a file could not be written (a full disk, a folder that
cannot be written); 2 a bad argument, no usable share file, or tables asked
for a group too small to have them (the report is still written). Each file
that was not counted gets one line on stderr with its reason; the outcome is
one line on stdout. The summary is made by the group package; this module is
only its command line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from competence_app import files
from competence_app.cli.common import (
    DONE,
    NOT_WRITTEN,
    REFUSED,
    StopError,
    finish,
    offscreen_application,
    say,
    speak,
)
from competence_app.group.fileformat import FILE_SUFFIX, MIN_GROUP, GroupError
from competence_app.i18n import translate

EXTENSIONS = {".pdf": "pdf", ".odt": "odt", ".html": "html", ".htm": "html"}


def build_parser(framework: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competence-app group-summary",
        description="Make an anonymous summary of a group from the share files people chose "
        f"to hand in (files ending {FILE_SUFFIX}, or folders holding them; folders inside "
        f"those folders are not looked in). With fewer than {MIN_GROUP} people only the "
        "number of people is shown.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE_OR_FOLDER", help="share files, or folders of them"
    )
    parser.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="FILE",
        help="the report to write; its ending says the format: .pdf, .odt or .html",
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the answers as a CSV file")
    parser.add_argument("--sqlite", metavar="FILE", help="also write the answers as an SQLite file")
    parser.add_argument(
        "--session",
        metavar="NAME",
        help="only the people in this session (as typed in the app; capitals do not matter)",
    )
    parser.add_argument("--paper", default="A4", metavar="SIZE", help="A4 (the default) or Letter")
    parser.add_argument(
        "--framework",
        metavar="FILE",
        default=framework,
        help="the framework file the group used, if not the one that comes with the app",
    )
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    # Intermixed: files may come before and after the options, as in most commands.
    args = build_parser(top.framework).parse_intermixed_args(argv)
    args.language = top.language
    args.terminal_language = top.terminal_language
    return finish(
        lambda: _run(args),
        translate("cli", "Stopped. Any file being written was left as it was."),
    )


def _run(args: argparse.Namespace) -> tuple[int, str]:
    from competence_app import i18n
    from competence_app.domain.framework import (
        FrameworkError,
        default_framework_path,
        load_framework,
    )
    from competence_app.group.summary import describe_files, load_shares, summarise

    fmt, paper = _check_arguments(args)
    # A facilitator's report has no data folder: --language, else the system's language.
    language = args.language or i18n.system_language()
    try:
        framework = load_framework(
            Path(args.framework) if args.framework else default_framework_path(language)
        )
    except FrameworkError as error:
        raise StopError(REFUSED, str(error)) from error
    result = load_shares([Path(p) for p in args.paths], framework)
    for line in describe_files(result.files):
        say(sys.stderr, line)
    if not result.shares:
        raise StopError(
            REFUSED,
            translate(
                "cli", "No share file could be counted ({files}), so no report has been made."
            ).format(files=result.summary_line()[:-1]),
        )
    summary = summarise(result, framework, args.session)
    if args.session is not None and not summary.people:
        found = ", ".join(
            f"{name or translate('cli', '(no session name)')} ({n})" for name, n in summary.sessions
        )
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "Nobody in these files is in the session {session}, so no report has been made. "
                "The sessions in them are: {found}.",
            ).format(session=repr(args.session), found=found),
        )
    _app = offscreen_application()  # Qt's documents need one, referenced until they are written
    i18n.install(language)
    from competence_app.group.report import export_csv, export_group_report, export_sqlite

    written = [_write(export_group_report, summary, framework, fmt, Path(args.output), paper)]
    code, notes = DONE, []
    for option, export in (("csv", export_csv), ("sqlite", export_sqlite)):
        target = getattr(args, option)
        if target is None:
            continue
        if summary.suppressed:
            # The tables would show each person's own rows; the report shows counts only.
            code = REFUSED
            notes.append(
                translate(
                    "cli",
                    "The {kind} file was not made: with fewer than {count} people, its rows "
                    "would show each person's own answers.",
                ).format(kind="CSV" if option == "csv" else "SQLite", count=MIN_GROUP)
            )
            continue
        written.append(_write(export, result, framework, Path(target), session=args.session))
    # The documents are written in the chosen language; the terminal speaks its own (so
    # the line below does not mix the two).
    speak(args.terminal_language)
    if summary.people == 1:
        line = translate("cli", "{files} The summary of 1 person is saved as {paths}.")
    else:
        line = translate("cli", "{files} The summary of {count} people is saved as {paths}.")
    line = line.format(files=result.summary_line(), count=summary.people, paths=_join(written))
    if summary.suppressed:
        notes.insert(0, summary.notice)
    return code, " ".join([line, *notes])


def _check_arguments(args: argparse.Namespace) -> tuple[str, str]:
    output = Path(args.output)
    fmt = EXTENSIONS.get(output.suffix.lower())
    if fmt is None:
        raise StopError(
            REFUSED,
            translate(
                "cli",
                "The report's name must end in .pdf, .odt or .html, to say which kind of file "
                "to make; {name} does not.",
            ).format(name=repr(output.name)),
        )
    if output.is_dir():
        raise StopError(REFUSED, files.is_a_folder(output, translate("cli", "the report")))
    papers = {"a4": "A4", "letter": "Letter"}
    paper = papers.get(args.paper.strip().lower())
    if paper is None:
        raise StopError(
            REFUSED,
            translate("cli", "The paper size must be A4 or Letter, not {paper}.").format(
                paper=repr(args.paper)
            ),
        )
    named = [Path(p).resolve() for p in (args.output, args.csv, args.sqlite) if p]
    if len(set(named)) != len(named):
        raise StopError(
            REFUSED,
            translate("cli", "The report, the CSV and the SQLite file need different names."),
        )
    return fmt, paper


def _write(export, *args, **kwargs) -> Path:
    try:
        return export(*args, **kwargs)
    except GroupError as error:
        raise StopError(NOT_WRITTEN, str(error)) from error


def _join(paths: list[Path]) -> str:
    names = [str(p) for p in paths]
    if len(names) == 1:
        return names[0]
    return translate("cli", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )
