"""The group's answers as tables: a CSV in long form and an SQLite file, for a spreadsheet
or Datasette. One row per person and item, so a facilitator can count what they like.

Both are refused for a group smaller than MIN_GROUP: rows per person would show
each person's own answers. Qt-free.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from competence_app.domain.framework import Framework
from competence_app.group.fileformat import MIN_GROUP, SINCE_VERSION_2, GroupError
from competence_app.group.files import write_atomically
from competence_app.group.loading import LoadResult
from competence_app.group.summary import select_shares
from competence_app.i18n import translate
from competence_app.reports.csvtable import csv_bytes

CSV_COLUMNS = (
    "share_id",
    "session",
    "kind",
    "item_id",
    "item_name",
    "level",
    "not_yet",
    "confidence",
    "develop",
    "look_back",
    "now",
    "wish",
    "value",
)
# Rows of kind "time" and "expenses": one figure each, in the value column.
TIME_ITEMS = ("activities", "hours", "unpaid_hours")
EXPENSE_ITEMS = ("owed", "owed_over_30_days", "longest_wait_days")

SCHEMA = """
CREATE TABLE people (
    share_id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    created TEXT NOT NULL,
    app_version TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    name TEXT,
    self_words TEXT
);
CREATE TABLE competence_answers (
    share_id TEXT NOT NULL REFERENCES people(share_id),
    competence_id TEXT NOT NULL,
    competence_name TEXT NOT NULL,
    level INTEGER,
    not_yet INTEGER NOT NULL,
    confidence INTEGER,
    develop INTEGER NOT NULL,
    look_back INTEGER,
    story TEXT,
    PRIMARY KEY (share_id, competence_id)
);
CREATE TABLE role_answers (
    share_id TEXT NOT NULL REFERENCES people(share_id),
    role_id TEXT NOT NULL,
    role_name TEXT NOT NULL,
    now INTEGER,
    wish INTEGER,
    notes TEXT,
    PRIMARY KEY (share_id, role_id)
);
CREATE TABLE supports (
    share_id TEXT NOT NULL REFERENCES people(share_id),
    support_id TEXT NOT NULL,
    support_name TEXT NOT NULL,
    detail TEXT,
    PRIMARY KEY (share_id, support_id)
);
"""


def _enough_people(result: LoadResult, session: str | None) -> list[dict]:
    shares = select_shares(result, session)
    if len(shares) < MIN_GROUP:
        people = len(shares)  # a plain name: lupdate sees the plural message
        message = translate(
            "group",
            "There are only %n people in this group. With fewer "
            "than {minimum}, a table with a row per person would show each person's own "
            "answers, so it has not been made. The report shows how many took part.",
            None,
            people,
        )
        raise GroupError(message.format(minimum=MIN_GROUP))
    return shares


def _known(framework: Framework):
    """Names by id, in the framework's order: ids it does not know are left out."""
    return (
        {c.id: c.name for c in framework.competences},
        {r.id: r.name for r in framework.roles},
        {s.id: s.name for s in framework.supports},
    )


def _by_id(items: list[dict], key: str) -> dict[str, dict]:
    return {item[key]: item for item in items}


def csv_rows(shares: list[dict], framework: Framework) -> list[tuple]:
    competences, roles, supports = _known(framework)
    enough = shared_enough(shares)
    rows = []
    for share in shares:
        person = (share["share_id"], share["session"])
        answers = _by_id(share["competences"], "competence_id")
        for cid, name in competences.items():
            if cid in answers:
                a = answers[cid]
                rows.append(
                    (*person, "competence", cid, name, a["level"], int(a["not_yet"]))
                    + (a["confidence"], int(a["develop"]), a["look_back"], None, None, None)
                )
        answers = _by_id(share["roles"], "role_id")
        for rid, name in roles.items():
            if rid in answers:
                a = answers[rid]
                rows.append(
                    (*person, "role", rid, name) + (None,) * 5 + (a["now"], a["wish"], None)
                )
        for sid in share["supports"]:
            if sid in supports:
                rows.append((*person, "support", sid, supports[sid]) + (None,) * 8)
        rows += [
            (*person, kind, item, name) + (None,) * 7 + (value,)
            for kind, item, name, value in figures(share, enough)
        ]
    return rows


def _figure_names() -> dict[str, str]:
    from competence_app.domain.involvement import OVERDUE_DAYS

    return {
        "activities": translate("group", "Activities in the last 12 months"),
        "hours": translate("group", "Hours given in the last 12 months"),
        "unpaid_hours": translate("group", "Hours unpaid in the last 12 months"),
        "owed": translate("group", "Expenses still owed"),
        "owed_over_30_days": translate("group", "Expenses owed for more than {days} days").format(
            days=OVERDUE_DAYS
        ),
        "longest_wait_days": translate("group", "Days the longest has waited"),
    }


def _hours(minutes: int) -> Decimal:
    """Exact hours to the hundredth: 90 minutes -> 1.50."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def shared_enough(shares: list[dict]) -> tuple[bool, bool]:
    """Whether enough people (MIN_GROUP) shared their time, and their expenses owed: with
    fewer, like every such figure, theirs are kept out."""
    return tuple(sum(key in s for s in shares) >= MIN_GROUP for key in SINCE_VERSION_2)


def figures(share: dict, enough: tuple[bool, bool]) -> list[tuple[str, str, str, object]]:
    """(kind, item, name, value) of the involvement extras this person ticked."""
    from competence_app.domain.involvement import OVERDUE_DAYS

    names = _figure_names()
    found = []
    if "involvement" in share and enough[0]:
        time = share["involvement"]
        values = (
            time["activities"],
            _hours(time["minutes"]),
            _hours(min(time["unpaid_minutes"], time["minutes"])),
        )
        found += [
            ("time", item, names[item], v) for item, v in zip(TIME_ITEMS, values, strict=True)
        ]
    if "expenses_owed" in share and enough[1]:
        days = share["expenses_owed"]
        values = (len(days), sum(d > OVERDUE_DAYS for d in days), max(days, default=0))
        found += [
            ("expenses", item, names[item], v)
            for item, v in zip(EXPENSE_ITEMS, values, strict=True)
        ]
    return found


def export_csv(
    result: LoadResult, framework: Framework, output: Path, session: str | None = None
) -> Path:
    """The answers in long form: one row per person and item (see docs/share-file.md)."""
    shares = _enough_people(result, session)
    payload = csv_bytes(CSV_COLUMNS, csv_rows(shares, framework))
    return write_atomically(Path(output), translate("group", "The CSV file"), payload)


def export_sqlite(
    result: LoadResult, framework: Framework, output: Path, session: str | None = None
) -> Path:
    """The answers as an SQLite file with four tables: people, competence_answers,
    role_answers and supports. Names and own words are there only if people shared them."""
    shares = _enough_people(result, session)

    def fill(path: Path) -> None:
        connection = sqlite3.connect(path)
        try:
            with connection:
                connection.executescript(SCHEMA)
                _insert(connection, shares, framework)
        except sqlite3.Error as error:
            raise GroupError(
                translate(
                    "group",
                    "The SQLite file could not be made ({error}). Nothing has been written.",
                ).format(error=error)
            ) from error
        finally:
            connection.close()

    return write_atomically(Path(output), translate("group", "The SQLite file"), fill)


def _insert(connection: sqlite3.Connection, shares: list[dict], framework: Framework) -> None:
    competences, roles, supports = _known(framework)
    people, competence_rows, role_rows, support_rows = [], [], [], []
    for share in shares:
        sid = share["share_id"]
        words = share.get("self_words")
        people.append(
            (
                sid,
                share["session"],
                share["created"],
                share["app_version"],
                share["framework"]["version"],
                share.get("name"),
                ", ".join(words) if words else None,
            )
        )
        stories = {(s["kind"], s["item_id"]): s["text"] for s in share.get("stories", ())}
        for a in share["competences"]:
            if a["competence_id"] in competences:
                competence_rows.append(
                    (sid, a["competence_id"], competences[a["competence_id"]], a["level"])
                    + (int(a["not_yet"]), a["confidence"], int(a["develop"]), a["look_back"])
                    + (stories.get(("competence", a["competence_id"])),)
                )
        for a in share["roles"]:
            if a["role_id"] in roles:
                role_rows.append(
                    (sid, a["role_id"], roles[a["role_id"]], a["now"], a["wish"])
                    + (stories.get(("role", a["role_id"])),)
                )
        details: dict[str, list[str]] = {}
        for d in share.get("support_details", ()):
            details.setdefault(d["support_id"], []).append(d["detail"])
        for support in share["supports"]:
            if support in supports:
                detail = "\n".join(details[support]) if support in details else None
                support_rows.append((sid, support, supports[support], detail))
    connection.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)", people)
    connection.executemany(
        "INSERT INTO competence_answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", competence_rows
    )
    connection.executemany("INSERT INTO role_answers VALUES (?, ?, ?, ?, ?, ?)", role_rows)
    connection.executemany("INSERT INTO supports VALUES (?, ?, ?, ?)", support_rows)
