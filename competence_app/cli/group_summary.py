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

from competence_app.cli.common import (
    DONE,
    NOT_WRITTEN,
    REFUSED,
    StopError,
    finish,
    offscreen_application,
    say,
)
from competence_app.group.fileformat import FILE_SUFFIX, MIN_GROUP, GroupError

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
    return finish(lambda: _run(args), "Stopped. Any file being written was left as it was.")


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
            f"No share file could be counted ({result.summary_line()[:-1]}), so no report has "
            "been made.",
        )
    summary = summarise(result, framework, args.session)
    if args.session is not None and not summary.people:
        found = ", ".join(f"{name or '(no session name)'} ({n})" for name, n in summary.sessions)
        raise StopError(
            REFUSED,
            f"Nobody in these files is in the session {args.session!r}, so no report has been "
            f"made. The sessions in them are: {found}.",
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
                f"The {option.upper() if option == 'csv' else 'SQLite'} file was not made: "
                f"with fewer than {MIN_GROUP} people, its rows would show each person's own "
                "answers."
            )
            continue
        written.append(_write(export, result, framework, Path(target), session=args.session))
    # The documents are written in the chosen language; the terminal, like all of the
    # command line, speaks English (so the line below does not mix the two).
    i18n.install(i18n.SOURCE_LANGUAGE)
    people = "1 person" if summary.people == 1 else f"{summary.people} people"
    line = f"{result.summary_line()} The summary of {people} is saved as {_join(written)}."
    if summary.suppressed:
        notes.insert(0, summary.notice)
    return code, " ".join([line, *notes])


def _check_arguments(args: argparse.Namespace) -> tuple[str, str]:
    output = Path(args.output)
    fmt = EXTENSIONS.get(output.suffix.lower())
    if fmt is None:
        raise StopError(
            REFUSED,
            f"The report's name must end in .pdf, .odt or .html, to say which kind of file to "
            f"make; {output.name!r} does not.",
        )
    if output.is_dir():
        raise StopError(REFUSED, f"{output} is a folder. Please give a file name for the report.")
    papers = {"a4": "A4", "letter": "Letter"}
    paper = papers.get(args.paper.strip().lower())
    if paper is None:
        raise StopError(REFUSED, f"The paper size must be A4 or Letter, not {args.paper!r}.")
    named = [Path(p).resolve() for p in (args.output, args.csv, args.sqlite) if p]
    if len(set(named)) != len(named):
        raise StopError(REFUSED, "The report, the CSV and the SQLite file need different names.")
    return fmt, paper


def _write(export, *args, **kwargs) -> Path:
    try:
        return export(*args, **kwargs)
    except GroupError as error:
        raise StopError(NOT_WRITTEN, str(error)) from error


def _join(paths: list[Path]) -> str:
    names = [str(p) for p in paths]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
