"""The data file's fixed names and numbers, its error type and the parsed file.

docs/data-file.md describes the format for people; the JSON Schema in
resources/schema/ describes it for tools. Change all three together.
"""

from __future__ import annotations

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
