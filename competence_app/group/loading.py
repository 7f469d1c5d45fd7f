"""Reading many share files at once. A bad file never stops the good ones: every file
gets a status (counted, duplicate or refused) and a refused file gets its reason.

Each file is read by the app's one reader (competence_app.filecheck: an ordinary file,
capped, parsed with limits) and checked by fileformat's fields, so a thousand files
take a fraction of a second.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from competence_app import filecheck
from competence_app.domain.framework import Framework
from competence_app.exchange.fileformat import FORMAT_ID as DATA_FILE_FORMAT
from competence_app.fieldcheck import quote
from competence_app.group.fileformat import (
    FILE_SUFFIX,
    FORMAT_ID,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    problems_in,
)
from competence_app.i18n import translate

COUNTED, DUPLICATE, REFUSED = "counted", "duplicate", "refused"
SHOWN_PROBLEMS = 3


@dataclass(frozen=True)
class FileStatus:
    path: Path
    status: str  # COUNTED, DUPLICATE or REFUSED
    reason: str = ""  # one or two plain sentences, for duplicates and refused files
    problem: str = ""  # a short code for screens and tests: "not_json", "newer", ...

    def line(self) -> str:
        """One line for a list of files: what happened to this one and why."""
        if self.status == COUNTED:
            return translate("group", "Counted: {path}").format(path=self.path)
        if self.status == DUPLICATE:
            line = translate("group", "Counted once: {path}. {reason}")
        else:
            line = translate("group", "Not counted: {path}. {reason}")
        return line.format(path=self.path, reason=self.reason)


@dataclass(frozen=True)
class LoadResult:
    framework_id: str
    files: tuple[FileStatus, ...]
    shares: tuple[dict, ...]  # every counted share, each once, in the order found

    @property
    def counted(self) -> tuple[FileStatus, ...]:
        return tuple(f for f in self.files if f.status == COUNTED)

    @property
    def duplicates(self) -> tuple[FileStatus, ...]:
        return tuple(f for f in self.files if f.status == DUPLICATE)

    @property
    def refused(self) -> tuple[FileStatus, ...]:
        return tuple(f for f in self.files if f.status == REFUSED)

    def summary_line(self) -> str:
        """E.g. '30 files: 27 counted, 1 the same as another (counted once), 2 not counted.'"""
        # lupdate sees a plural message only when its count is a plain name.
        counted, same, refused = len(self.counted), len(self.duplicates), len(self.refused)
        files = len(self.files)
        parts = [translate("group", "%n counted", None, counted)]
        if self.duplicates:
            parts.append(translate("group", "%n the same as another (counted once)", None, same))
        if self.refused:
            parts.append(translate("group", "%n not counted", None, refused))
        line = translate("group", "%n files: {parts}.", None, files)
        return line.format(parts=", ".join(parts))


class _RefusedError(Exception):
    def __init__(self, problem: str, reason: str):
        super().__init__(reason)
        self.problem = problem
        self.reason = reason


def load_shares(paths: list[Path], framework: Framework | None = None) -> LoadResult:
    """Read share files and folders of them (every *.share.json directly inside a
    folder; folders inside it are not looked in). Files are checked against the
    framework (by default the app's own): a share from another framework is refused."""
    if framework is None:
        from competence_app.domain.framework import default_framework_path, load_framework

        framework = load_framework(default_framework_path())
    statuses: list[FileStatus] = []
    shares: list[dict] = []
    first_seen: dict[str, Path] = {}
    for path in _expand(paths, statuses):
        try:
            share = _read(path, framework.id)
        except _RefusedError as refusal:
            statuses.append(FileStatus(path, REFUSED, refusal.reason, refusal.problem))
            continue
        earlier = first_seen.get(share["share_id"])
        if earlier is not None:
            statuses.append(
                FileStatus(
                    path,
                    DUPLICATE,
                    translate(
                        "group", "It is the same share as {name}, so it is counted only once."
                    ).format(name=earlier.name),
                    "duplicate",
                )
            )
            continue
        first_seen[share["share_id"]] = path
        shares.append(share)
        statuses.append(FileStatus(path, COUNTED))
    return LoadResult(framework.id, tuple(statuses), tuple(shares))


def _expand(paths: list[Path], statuses: list[FileStatus]) -> list[Path]:
    """Files in the order given, folders as their share files sorted by name; each once."""
    found: list[Path] = []
    seen: set[Path] = set()
    for given in map(Path, paths):
        if given.is_dir():
            inside = sorted(
                p for p in given.iterdir() if p.name.endswith(FILE_SUFFIX) and not p.is_dir()
            )
            if not inside:
                statuses.append(
                    FileStatus(
                        given,
                        REFUSED,
                        translate(
                            "group",
                            "This folder has no share files (ending {suffix}) directly in "
                            "it. Folders inside it are not looked in.",
                        ).format(suffix=FILE_SUFFIX),
                        "empty_folder",
                    )
                )
            candidates = inside
        else:
            candidates = [given]
        for path in candidates:
            # The same file named twice (say, alone and through its folder) is read once.
            key = Path(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _read(path: Path, framework_id: str) -> dict:
    kind = filecheck.Kind(translate("group", "a share file"), MAX_FILE_BYTES)
    try:
        share = filecheck.read_json(path, kind, path.name)
        if isinstance(share, dict) and share.get("format") == DATA_FILE_FORMAT:
            raise _RefusedError(
                "data_file",
                translate(
                    "group",
                    "It is a whole data file, not a share file. A data file holds a person's "
                    "stories and plan, so it is not used here: please ask for a share file "
                    "instead.",
                ),
            )
        filecheck.check_header(
            share,
            kind,
            path.name,
            format_id=FORMAT_ID,
            newest=SCHEMA_VERSION,
            writer=share.get("app_version") if isinstance(share, dict) else None,
        )
    except filecheck.FileRefusedError as refusal:
        raise _RefusedError(_PROBLEMS.get(refusal.problem, "not_json"), refusal.message) from None
    _check_framework(share, framework_id)
    problems = problems_in(share)
    if problems:
        shown = "; ".join(problems[:SHOWN_PROBLEMS])
        more = len(problems) - SHOWN_PROBLEMS
        if more > 0:
            shown += translate("group", "; and %n more", None, more)
        raise _RefusedError(
            "invalid",
            translate("group", "Some of its answers cannot be used: {problems}.").format(
                problems=shown
            ),
        )
    return share


# The reader's reasons, as the short codes screens and tests know.
_PROBLEMS = {
    "missing": "missing",
    "folder": "unreadable",
    "unreadable": "unreadable",
    "too_big": "too_big",
    "empty": "empty",
    "not_text": "not_text",
    "wrong_format": "wrong_format",
    "bad_version": "invalid",
    "older": "invalid",
    "newer": "newer",
}


def _check_framework(share: dict, framework_id: str) -> None:
    """A share counts only with the framework it was answered in."""
    framework = share.get("framework")
    found_id = framework.get("id") if isinstance(framework, dict) else None
    if found_id != framework_id:
        raise _RefusedError(
            "wrong_framework",
            translate(
                "group",
                'It was made with a different framework ({found}); this summary uses "{wanted}".',
            ).format(found=quote(found_id), wanted=framework_id),
        )
