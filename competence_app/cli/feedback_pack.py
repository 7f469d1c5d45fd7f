"""`competence-app feedback-pack`: write a feedback pack without opening a window.

The same messages and exit codes as `export` (cli/common.py): a typo in a name, a
section or a relation, a folder that cannot be written, no reflection yet: one plain
sentence on stderr and exit code 2; a database that cannot be used: 3. The pack is
remembered in the data folder (so the feedback that comes back can be checked against
it); it never creates a data folder. The page is made by reports.feedback_pack.
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
    finish_in_data_folder,
    listed,
    person_document,
)
from competence_app.domain.feedback import RELATIONS
from competence_app.i18n import translate
from competence_app.reports.options import PRIVATE_SECTIONS, SECTIONS, ExportError


def build_parser(top: argparse.Namespace) -> argparse.ArgumentParser:
    from competence_app.reports.feedback_pack import PACK_CHOICES, PACK_SECTIONS

    parser = CommandParser(
        prog="competence-app feedback-pack",
        description=translate(
            "cli",
            "Write a feedback pack: one web page with the parts of your plan you choose and a "
            "short form, for your mentor (or a peer, a facilitator, a colleague) to open in "
            "any web browser and save their feedback as a file.",
        ),
    )
    parser.add_argument(
        "--output", required=True, metavar="FILE", help=translate("cli", "the file to write")
    )
    parser.add_argument(
        "--sections",
        metavar="LIST",
        help=translate(
            "cli",
            "comma-separated parts of the plan to show: {sections}; 'all' means every one but "
            "{personal}, which are personal and shown only when named (default: {default})",
        ).format(
            sections=", ".join(PACK_CHOICES),
            personal=listed(sorted(PRIVATE_SECTIONS)),
            default=",".join(s for s in SECTIONS if s in PACK_SECTIONS),
        ),
    )
    parser.add_argument(
        "--relation",
        default="mentor",
        metavar="R",
        help=translate("cli", "who the pack is for: {relations} (default: mentor)").format(
            relations=", ".join(RELATIONS)
        ),
    )
    parser.add_argument(
        "--allow-anonymous",
        action="store_true",
        help=translate("cli", "let the person who answers leave their name out"),
    )
    add_profile(
        parser,
        translate(
            "cli", "whose plan, by name or id (needed when the data folder has several people)"
        ),
    )
    add_data_dir(parser, top)
    add_framework(parser, top)
    return parser


def run(argv: list[str], top: argparse.Namespace) -> int:
    args = build_parser(top).parse_args(argv)
    args.language = top.language

    def work() -> str:
        from competence_app.reports.feedback_pack import relation_names

        written, relation = _write(args, top.terminal_language)
        return translate(
            "cli",
            "Your feedback pack has been saved as {path}. Give it to your {relation}: it opens "
            "in any web browser, and their feedback comes back as a .feedback.json file.",
        ).format(path=written, relation=relation_names().get(relation, relation).lower())

    return finish_in_data_folder(
        work, translate("cli", "Stopped. Any file being written was left as it was.")
    )


def _sections(text: str | None) -> frozenset[str]:
    from competence_app.reports.feedback_pack import PACK_CHOICES, PACK_SECTIONS

    if text is None:
        return PACK_SECTIONS
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise StopError(
            REFUSED,
            translate("cli", "Please name at least one section: {sections}.").format(
                sections=", ".join(SECTIONS)
            ),
        )
    chosen = set(names)
    if "all" in chosen:
        chosen = (chosen - {"all"}) | (set(PACK_CHOICES) - PRIVATE_SECTIONS)
    return frozenset(chosen)


def _options(args: argparse.Namespace):
    from competence_app.reports.feedback_pack import PackOptions

    try:
        return PackOptions(
            relation=args.relation.strip().lower(),
            sections=_sections(args.sections),
            allow_anonymous=args.allow_anonymous,
        )
    except ExportError as error:
        raise StopError(REFUSED, str(error)) from error


def _write(args: argparse.Namespace, terminal_language: str) -> tuple[Path, str]:
    options = _options(args)
    with person_document(
        args,
        terminal_language,
        translate("cli", "plan to put in the pack"),
        _nothing_yet,
        writable=True,  # the pack is remembered, to check the feedback that comes back
    ) as person:
        from competence_app.reports.feedback_pack import write_pack

        try:
            written, _ = write_pack(
                person.db,
                person.framework,
                person.profile.id,
                options,
                Path(args.output),
                language=person.language,
            )
        except ExportError as error:
            raise StopError(REFUSED, str(error)) from error
    return written, options.relation


def _nothing_yet(folder: Path) -> str:
    return translate(
        "cli",
        "There is no reflection in {folder} yet, so there is no plan to ask feedback on. Open "
        "{app} and start a reflection first, or use --data-dir to point to the folder where "
        "your data is kept.",
    ).format(folder=folder, app=APP_NAME)
