"""Importing data files: everything is checked first, then merged in one transaction.

The merge rule (docs/data-file.md says the same for people):
- A record is matched by its id (answers by their reflection and competence or role).
- A record the database does not have is added.
- A record it has is replaced by the file's copy only when the file's updated_at is
  later; an equal or earlier time keeps the database's copy. A missing (null) time
  counts as earlier than any time.
- Actions and support needs have no time of their own: they follow their goal. When
  the goal is replaced, they are replaced too; otherwise the database's copy is kept.
- Feedback packs and rounds have no time: each is kept as it was made or came back, so
  one the database does not have is added and one it has stays as it is.
- Activities of my involvement are matched by id and timed by their updated_at, like goals;
  an activity's expenses are part of it and travel with it.
- Nothing is ever deleted by an import.
So importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from competence_app.exchange.fileformat import DataFile, DataFileWriteError, ExchangeError
from competence_app.exchange.reading import Source, read_data_file
from competence_app.exchange.validation import parse_moment
from competence_app.i18n import translate
from competence_app.store import records

if TYPE_CHECKING:
    from sqlite_utils import Database

# Kinds of record, in the order the report names them.
KINDS = (
    "profiles",
    "reflections",
    "answers",
    "plans",
    "goals",
    "actions",
    "supports",
    "feedback_packs",
    "feedback_rounds",
    "involvement",
)
OUTCOMES = ("added", "updated", "unchanged")


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    """What an import did, in numbers, per kind of record and in total."""

    files: list[DataFile]
    tallies: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tallies.values())

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self.tallies.values())

    @property
    def unchanged(self) -> int:
        return sum(t.unchanged for t in self.tallies.values())

    def summary(self) -> str:
        if not self.added and not self.updated:
            unchanged = self.unchanged  # a plain name: lupdate sees the plural message
            return translate(
                "exchange", "Nothing new: all %n records were already here.", None, unchanged
            )
        parts = []
        unchanged = self.unchanged
        outcomes = {
            "added": translate("exchange", "added {items}"),
            "updated": translate("exchange", "updated {items}"),
        }
        for outcome, wording in outcomes.items():
            counted = [
                _count(getattr(tally, outcome), kind)
                for kind, tally in self.tallies.items()
                if getattr(tally, outcome)
            ]
            if counted:
                parts.append(wording.format(items=_join(counted)))
        if self.unchanged:
            parts.append(translate("exchange", "%n already up to date", None, unchanged))
        sentence = "; ".join(parts)
        return sentence[0].upper() + sentence[1:] + "."


def _count(number: int, kind: str) -> str:
    """'1 goal', '3 goals': KINDS counted in the person's language, with its plural forms."""
    from competence_app.wording import counted

    if kind in ("goals", "reflections", "actions"):
        return counted(kind, number)
    return {
        "profiles": lambda: translate("exchange", "%n profiles", None, number),
        "answers": lambda: translate("exchange", "%n answers", None, number),
        "plans": lambda: translate("exchange", "%n wellbeing and mentor sections", None, number),
        "supports": lambda: translate("exchange", "%n support needs", None, number),
        "feedback_packs": lambda: translate("exchange", "%n feedback packs", None, number),
        "feedback_rounds": lambda: translate("exchange", "%n rounds of feedback", None, number),
        "involvement": lambda: translate("exchange", "%n activities", None, number),
    }[kind]()


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("exchange", "{items} and {last}").format(
        items=", ".join(items[:-1]), last=items[-1]
    )


def import_data(db: Database, *sources: Source | DataFile) -> ImportReport:
    """Import one or more data files: all of them, or none at all.

    Each source is a path, the file's bytes, or a DataFile already read with
    read_data_file (for example after showing its summary to the person).
    """
    if not sources:
        raise ExchangeError(
            translate("exchange", "No data file was given, so nothing was imported.")
        )
    files: list[DataFile] = []
    failures: list[ExchangeError] = []
    for source in sources:
        if isinstance(source, DataFile):
            files.append(source)
            continue
        try:
            files.append(read_data_file(source))
        except ExchangeError as error:
            failures.append(error)
    if failures:
        if len(sources) == 1:
            raise failures[0]
        problems = []
        for error in failures:
            problems.append(error.summary)
            problems += [f"    {problem}" for problem in error.problems]
        total = len(sources)  # a plain name: lupdate sees the plural message
        raise ExchangeError(
            translate(
                "exchange",
                "{failed} of the %n files cannot be imported, so none of them "
                "has been. Nothing has been changed.",
                None,
                total,
            ).format(failed=len(failures)),
            problems,
        )
    problems = _conflicts(db, files)
    if problems:
        raise ExchangeError(
            translate(
                "exchange",
                "These files cannot be merged into this data folder, because some of their ids "
                "already belong to other records here. Nothing has been changed.",
            ),
            problems,
        )
    report = ImportReport(files=files)
    merger = _Merger(db, report)
    try:
        with db.atomic():
            for data in files:
                merger.merge(data)
    except sqlite3.Error as error:
        # Not the file's fault (a full disk, most often): "not saved", not "bad file".
        raise DataFileWriteError(
            translate(
                "exchange",
                "The imported data could not be saved ({error}). Nothing has been changed.",
            ).format(error=error)
        ) from error
    return report


def _clash(kind: str) -> str:
    """Why an id of this kind cannot be merged, in the person's language."""
    return {
        "reflection": translate(
            "exchange", "another profile here already has a reflection with this id"
        ),
        "goal": translate("exchange", "another profile here already has a goal with this id"),
        "action": translate("exchange", "another goal here already has an action with this id"),
        "support": translate(
            "exchange", "another goal here already has a support need with this id"
        ),
        "feedback_pack": translate(
            "exchange", "another profile here already has a feedback pack with this id"
        ),
        "feedback_round": translate(
            "exchange", "another profile here already has a round of feedback with this id"
        ),
        "involvement": translate(
            "exchange", "another profile here already has an activity with this id"
        ),
    }[kind]


def _conflicts(db: Database, files: list[DataFile]) -> list[str]:
    """Ids in the files that the database (or an earlier file) uses for someone else's record.

    Merging those would move a record from one person or goal to another, so the
    whole import is refused instead.
    """
    claims: list[tuple[str, str, str, str]] = []  # kind, id, its owner in the file, where
    for data in files:
        document = data.document
        profile_id = document["profile"]["id"]
        at = f"{data.source}: "
        for r, reflection in enumerate(document["reflections"]):
            claims.append(("reflection", reflection["id"], profile_id, f"{at}reflections[{r}].id"))
        for g, goal in enumerate(document["plan"]["goals"]):
            where = f"{at}plan.goals[{g}]"
            claims.append(("goal", goal["id"], profile_id, f"{where}.id"))
            for a, action in enumerate(goal["actions"]):
                claims.append(("action", action["id"], goal["id"], f"{where}.actions[{a}].id"))
            for s, support in enumerate(goal["supports"]):
                claims.append(("support", support["id"], goal["id"], f"{where}.supports[{s}].id"))
        for p, pack in enumerate(document["feedback_packs"]):
            claims.append(("feedback_pack", pack["id"], profile_id, f"{at}feedback_packs[{p}].id"))
        for r, given in enumerate(document["feedback_rounds"]):
            claims.append(
                ("feedback_round", given["id"], profile_id, f"{at}feedback_rounds[{r}].id")
            )
        for n, entry in enumerate(document["involvement"]):
            claims.append(("involvement", entry["id"], profile_id, f"{at}involvement[{n}].id"))
    owners: dict[tuple[str, str], str] = {}
    for kind in records.OWNED_KINDS:
        ids = [ident for k, ident, _, _ in claims if k == kind]
        for ident, owner in records.owners(db, kind, ids).items():
            owners[(kind, ident)] = owner
    return [
        f"{where}: {_clash(kind)}"
        for kind, ident, owner, where in claims
        if owners.setdefault((kind, ident), owner) != owner
    ]


def _newer(file_time: str | None, stored_time: Any) -> bool:
    """True when the file's copy is strictly newer; an unreadable stored time counts as oldest."""
    mine = parse_moment(file_time)
    if mine is None:
        return False
    theirs = parse_moment(stored_time)
    return theirs is None or mine > theirs


class _Merger:
    def __init__(self, db: Database, report: ImportReport):
        self.db = db
        self.report = report

    def merge(self, data: DataFile) -> None:
        document = data.document
        profile_id = document["profile"]["id"]
        self.timed("profiles", records.profile_row(document["profile"]))
        for reflection in document["reflections"]:
            self.reflection(profile_id, reflection)
        self.plan(profile_id, document["plan"])
        for goal in document["plan"]["goals"]:
            self.goal(profile_id, goal)
        for pack in document["feedback_packs"]:
            self.untimed("feedback_packs", records.feedback_pack_row(profile_id, pack), False)
        for given in document["feedback_rounds"]:
            self.untimed("feedback_rounds", records.feedback_round_row(profile_id, given), False)
        for entry in document["involvement"]:
            self.timed("involvement", records.involvement_row(profile_id, entry))

    def reflection(self, profile_id: str, reflection: dict) -> None:
        reflection_id = reflection["id"]
        self.timed("reflections", records.reflection_row(profile_id, reflection))
        for answer in reflection["competences"]:
            self.timed("answers", records.competence_answer_row(reflection_id, answer))
        for answer in reflection["roles"]:
            self.timed("answers", records.role_answer_row(reflection_id, answer))

    def plan(self, profile_id: str, plan: dict) -> None:
        row = records.plan_row(profile_id, plan)
        if row.blank and records.stored(self.db, row) is None:
            return  # nothing written on either side: an empty section is not worth adding
        self.timed("plans", row)

    def goal(self, profile_id: str, goal: dict) -> None:
        outcome = self.timed("goals", records.goal_row(profile_id, goal))
        follow = outcome != "unchanged"
        for action in goal["actions"]:
            self.untimed("actions", records.action_row(goal["id"], action), follow)
        for support in goal["supports"]:
            self.untimed("supports", records.support_row(goal["id"], support), follow)

    def timed(self, kind: str, row: records.Row) -> str:
        kept = records.stored(self.db, row)
        if kept is None:
            records.add(self.db, row)
            outcome = "added"
        elif _newer(row.updated_at, kept["updated_at"]):
            records.replace(self.db, row)
            outcome = "updated"
        else:
            outcome = "unchanged"
        self.tally(kind, outcome)
        return outcome

    def untimed(self, kind: str, row: records.Row, follow: bool) -> None:
        kept = records.stored(self.db, row)
        if kept is None:
            records.add(self.db, row)
            outcome = "added"
        elif follow and records.differs(kept, row):
            records.replace(self.db, row)
            outcome = "updated"
        else:
            outcome = "unchanged"
        self.tally(kind, outcome)

    def tally(self, kind: str, outcome: str) -> None:
        tally = self.report.tallies[kind]
        setattr(tally, outcome, getattr(tally, outcome) + 1)
