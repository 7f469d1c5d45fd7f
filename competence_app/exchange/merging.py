"""Importing data files: everything is checked first, then merged in one transaction.

The merge rule (docs/data-file.md says the same for people):
- A record is matched by its id (answers by their reflection and competence or role).
- A record the database does not have is added.
- A record it has is replaced by the file's copy only when the file's updated_at is
  later; an equal or earlier time keeps the database's copy. A missing (null) time
  counts as earlier than any time.
- Actions and support needs have no time of their own: they follow their goal. When
  the goal is replaced, they are replaced too; otherwise the database's copy is kept.
- Nothing is ever deleted by an import.
So importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from competence_app.exchange.fileformat import DataFile, ExchangeError
from competence_app.exchange.reading import Source, read_data_file
from competence_app.exchange.validation import parse_moment
from competence_app.i18n import translate

# The kinds of record an import counts, in the report's order.
KINDS = ("profiles", "reflections", "answers", "plans", "goals", "actions", "supports")
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
            return translate(
                "exchange", "Nothing new: all {count} records were already here."
            ).format(count=self.unchanged)
        parts = []
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
            parts.append(
                translate("exchange", "{count} already up to date").format(count=self.unchanged)
            )
        sentence = "; ".join(parts)
        return sentence[0].upper() + sentence[1:] + "."


def _count(number: int, kind: str) -> str:
    one, several = _kind_words()[kind]
    return f"{number} {one if number == 1 else several}"


def _kind_words() -> dict[str, tuple[str, str]]:
    """KINDS in the person's language: one, several."""
    return {
        "profiles": (translate("exchange", "profile"), translate("exchange", "profiles")),
        "reflections": (translate("exchange", "reflection"), translate("exchange", "reflections")),
        "answers": (translate("exchange", "answer"), translate("exchange", "answers")),
        "plans": (
            translate("exchange", "wellbeing and mentor section"),
            translate("exchange", "wellbeing and mentor sections"),
        ),
        "goals": (translate("exchange", "goal"), translate("exchange", "goals")),
        "actions": (translate("exchange", "action"), translate("exchange", "actions")),
        "supports": (
            translate("exchange", "support need"),
            translate("exchange", "support needs"),
        ),
    }


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
        raise ExchangeError(
            translate(
                "exchange",
                "{failed} of the {total} files cannot be imported, so none of them "
                "has been. Nothing has been changed.",
            ).format(failed=len(failures), total=len(sources)),
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
        raise ExchangeError(
            translate(
                "exchange",
                "The imported data could not be saved ({error}). Nothing has been changed.",
            ).format(error=error)
        ) from error
    return report


# Table -> the column naming the owner of each of its records.
OWNERS = {
    "reflections": "profile_id",
    "goals": "profile_id",
    "goal_actions": "goal_id",
    "goal_supports": "goal_id",
}


def _clash(table: str) -> str:
    """How a clash of ids in table is described, in the person's language."""
    return {
        "reflections": translate(
            "exchange", "another profile here already has a reflection with this id"
        ),
        "goals": translate("exchange", "another profile here already has a goal with this id"),
        "goal_actions": translate(
            "exchange", "another goal here already has an action with this id"
        ),
        "goal_supports": translate(
            "exchange", "another goal here already has a support need with this id"
        ),
    }[table]


def _conflicts(db: Database, files: list[DataFile]) -> list[str]:
    """Ids in the files that the database (or an earlier file) uses for someone else's record.

    Merging those would move a record from one person or goal to another, so the
    whole import is refused instead.
    """
    claims: list[tuple[str, str, str, str]] = []  # table, id, its owner in the file, where
    for data in files:
        document = data.document
        profile_id = document["profile"]["id"]
        at = f"{data.source}: "
        for r, reflection in enumerate(document["reflections"]):
            claims.append(("reflections", reflection["id"], profile_id, f"{at}reflections[{r}].id"))
        for g, goal in enumerate(document["plan"]["goals"]):
            where = f"{at}plan.goals[{g}]"
            claims.append(("goals", goal["id"], profile_id, f"{where}.id"))
            for a, action in enumerate(goal["actions"]):
                claims.append(
                    ("goal_actions", action["id"], goal["id"], f"{where}.actions[{a}].id")
                )
            for s, support in enumerate(goal["supports"]):
                claims.append(
                    ("goal_supports", support["id"], goal["id"], f"{where}.supports[{s}].id")
                )
    owners: dict[tuple[str, str], str] = {}
    for table, column in OWNERS.items():
        ids = sorted({ident for t, ident, _, _ in claims if t == table})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for ident, owner in db.execute(
                f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", chunk
            ).fetchall():
                owners[(table, ident)] = owner
    return [
        f"{where}: {_clash(table)}"
        for table, ident, owner, where in claims
        if owners.setdefault((table, ident), owner) != owner
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
        profile = document["profile"]
        profile_id = profile["id"]
        self.timed(
            "profiles",
            "profiles",
            {"id": profile_id},
            {
                "name": profile["name"],
                "self_words": json.dumps(profile["self_words"], ensure_ascii=False),
                "created_at": profile["created_at"],
                "updated_at": profile["updated_at"],
            },
        )
        for reflection in document["reflections"]:
            self.reflection(profile_id, reflection)
        self.plan(profile_id, document["plan"])
        for goal in document["plan"]["goals"]:
            self.goal(profile_id, goal)

    def reflection(self, profile_id: str, reflection: dict) -> None:
        reflection_id = reflection["id"]
        self.timed(
            "reflections",
            "reflections",
            {"id": reflection_id},
            {
                "profile_id": profile_id,
                "created_at": reflection["created_at"],
                "label": reflection["label"],
                "session": reflection["session"],
                "framework_id": reflection["framework_id"],
                "framework_version": reflection["framework_version"],
                "current_page": reflection["current_page"],
                "updated_at": reflection["updated_at"],
            },
        )
        for answer in reflection["competences"]:
            self.timed(
                "answers",
                "competence_answers",
                {"reflection_id": reflection_id, "competence_id": answer["competence_id"]},
                {
                    "level": answer["level"],
                    "not_yet": int(answer["not_yet"]),
                    "confidence": answer["confidence"],
                    "example": answer["example"],
                    "develop": int(answer["develop"]),
                    "look_back": answer["look_back"],
                    "updated_at": answer["updated_at"],
                },
            )
        for answer in reflection["roles"]:
            self.timed(
                "answers",
                "role_answers",
                {"reflection_id": reflection_id, "role_id": answer["role_id"]},
                {
                    "now": answer["now"],
                    "wish": answer["wish"],
                    "notes": answer["notes"],
                    "updated_at": answer["updated_at"],
                },
            )

    def plan(self, profile_id: str, plan: dict) -> None:
        wellbeing, mentor = plan["wellbeing"], plan["mentor"]
        values = {
            "drains": wellbeing["drains"],
            "restores": wellbeing["restores"],
            "talk_to": wellbeing["talk_to"],
            "mentor_name": mentor["name"],
            "mentor_how": mentor["how_we_meet"],
            "next_review": mentor["next_review"],
            "updated_at": plan["updated_at"],
        }
        blank = not any(values.values())
        if blank and self.find("plans", {"profile_id": profile_id}) is None:
            return  # nothing written on either side: an empty section is not worth adding
        self.timed("plans", "plans", {"profile_id": profile_id}, values)

    def goal(self, profile_id: str, goal: dict) -> None:
        outcome = self.timed(
            "goals",
            "goals",
            {"id": goal["id"]},
            {
                "profile_id": profile_id,
                "title": goal["title"],
                "why": goal["why"],
                "evidence": goal["evidence"],
                "competence_ids": json.dumps(goal["competence_ids"]),
                "role_ids": json.dumps(goal["role_ids"]),
                "who_can_help": goal["who_can_help"],
                "target_date": goal["target_date"],
                "status": goal["status"],
                "position": goal["position"],
                "created_at": goal["created_at"],
                "updated_at": goal["updated_at"],
            },
        )
        follow = outcome != "unchanged"
        for action in goal["actions"]:
            values = {
                "goal_id": goal["id"],
                "text": action["text"],
                "due": action["due"],
                "done": int(action["done"]),
                "position": action["position"],
            }
            self.untimed("actions", "goal_actions", action["id"], values, follow)
        for support in goal["supports"]:
            values = {
                "goal_id": goal["id"],
                "support_id": support["support_id"],
                "detail": support["detail"],
                "position": support["position"],
            }
            self.untimed("supports", "goal_supports", support["id"], values, follow)

    def find(self, table: str, keys: dict) -> dict | None:
        where = " AND ".join(f"{column} = ?" for column in keys)
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE {where}", list(keys.values()))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def timed(self, kind: str, table: str, keys: dict, values: dict) -> str:
        row = self.find(table, keys)
        if row is None:
            outcome = self.insert(table, {**keys, **values})
        elif _newer(values["updated_at"], row["updated_at"]):
            outcome = self.update(table, keys, values)
        else:
            outcome = "unchanged"
        self.tally(kind, outcome)
        return outcome

    def untimed(self, kind: str, table: str, ident: str, values: dict, follow: bool) -> None:
        row = self.find(table, {"id": ident})
        if row is None:
            outcome = self.insert(table, {"id": ident, **values})
        elif follow and any(row[column] != value for column, value in values.items()):
            outcome = self.update(table, {"id": ident}, values)
        else:
            outcome = "unchanged"
        self.tally(kind, outcome)

    def insert(self, table: str, values: dict) -> str:
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
        return "added"

    def update(self, table: str, keys: dict, values: dict) -> str:
        assignments = ", ".join(f"{column} = ?" for column in values)
        where = " AND ".join(f"{column} = ?" for column in keys)
        self.db.execute(
            f"UPDATE {table} SET {assignments} WHERE {where}",
            [*values.values(), *keys.values()],
        )
        return "updated"

    def tally(self, kind: str, outcome: str) -> None:
        tally = self.report.tallies[kind]
        setattr(tally, outcome, getattr(tally, outcome) + 1)
