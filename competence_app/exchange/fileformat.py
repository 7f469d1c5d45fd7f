"""The data file's fixed names and numbers, its error type and the parsed file.

docs/data-file.md describes the format for people; the JSON Schema in
resources/schema/ describes it for tools. Change all three together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from competence_app.i18n import translate

FORMAT_ID = "citizen-leadership-companion"
SCHEMA_VERSION = 4
FILE_SUFFIX = ".companion.json"
# Years of reflections are a few hundred kilobytes; anything near this size is
# not a data file, and refusing it early keeps memory use small.
MAX_FILE_BYTES = 20 * 1024 * 1024

# The largest whole numbers the file may hold (docs/data-file.md): a reflection has a few
# dozen pages, and positions only order a person's goals, actions and supports.
MAX_PAGE = 1000
MAX_POSITION = 1_000_000

# Problems shown in a message; every problem stays available in .problems.
SHOWN_PROBLEMS = 100


class ExchangeError(Exception):
    """A data file cannot be read, imported or written. The message is for people."""

    def __init__(self, summary: str, problems: list[str] | tuple[str, ...] = ()):
        self.summary = summary
        self.problems = list(problems)
        lines = [summary]
        lines += [f"  - {problem}" for problem in self.problems[:SHOWN_PROBLEMS]]
        hidden = len(self.problems) - SHOWN_PROBLEMS
        if hidden > 0:
            lines.append(
                "  "
                + translate("exchange", "... and {hidden} more problems like these.").format(
                    hidden=hidden
                )
            )
        super().__init__("\n".join(lines))


def read_all(
    sources: Sequence[object],
    read: Callable[[object], object],
    already_read: type,
    refused: Callable[[int, int], str],
) -> list:
    """Every source read (or taken as it is when `already_read`), or none: one file that
    cannot be read stops them all, with each file's problems; `refused(failed, total)`
    words the sentence for several files."""
    files: list = []
    failures: list[ExchangeError] = []
    for source in sources:
        if isinstance(source, already_read):
            files.append(source)
            continue
        try:
            files.append(read(source))
        except ExchangeError as error:
            failures.append(error)
    if failures:
        if len(sources) == 1:
            raise failures[0]
        problems = []
        for error in failures:
            problems.append(error.summary)
            problems += [f"    {problem}" for problem in error.problems]
        raise ExchangeError(refused(len(failures), len(sources)), problems)
    return files


class DataFileWriteError(ExchangeError):
    """The data file could not be written (a full disk, a folder we cannot write in)."""


@dataclass(frozen=True)
class DataFile:
    """A data file that has been read, upgraded to SCHEMA_VERSION and fully checked.

    `document` is the plain JSON structure described in docs/data-file.md.
    """

    source: str
    document: dict
    upgraded_from: int | None = None

    @property
    def profile(self) -> dict:
        return self.document["profile"]

    @property
    def profile_id(self) -> str:
        return self.profile["id"]

    @property
    def profile_name(self) -> str:
        return self.profile["name"]

    @property
    def reflection_count(self) -> int:
        return len(self.document["reflections"])

    @property
    def goal_count(self) -> int:
        return len(self.document["plan"]["goals"])

    @property
    def exported_at(self) -> datetime:
        return datetime.fromisoformat(self.document["exported_at"])

    @property
    def app_version(self) -> str:
        return self.document["app"]["version"]
