"""The group's answers as tables: a CSV in long form and an SQLite file, for a spreadsheet
or Datasette. One row per person and item, so a facilitator can count what they like.

Both are refused for a group smaller than MIN_GROUP: rows per person would show
each person's own answers. Qt-free.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from competence_app.domain.framework import Framework
from competence_app.group.fileformat import MIN_GROUP, GroupError
from competence_app.group.files import write_atomically
from competence_app.group.loading import LoadResult
from competence_app.group.summary import select_shares
from competence_app.i18n import translate

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
)
# A spreadsheet runs a cell starting with one of these as a formula: a session
# name typed as "=HYPERLINK(...)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

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
    rows = []
    for share in shares:
        person = (share["share_id"], share["session"])
        answers = _by_id(share["competences"], "competence_id")
        for cid, name in competences.items():
            if cid in answers:
                a = answers[cid]
                rows.append(
                    (*person, "competence", cid, name, a["level"], int(a["not_yet"]))
                    + (a["confidence"], int(a["develop"]), a["look_back"], None, None)
                )
        answers = _by_id(share["roles"], "role_id")
        for rid, name in roles.items():
            if rid in answers:
                a = answers[rid]
                rows.append((*person, "role", rid, name) + (None,) * 5 + (a["now"], a["wish"]))
        for sid in share["supports"]:
            if sid in supports:
                rows.append((*person, "support", sid, supports[sid]) + (None,) * 7)
    return rows


def _cell(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(
    result: LoadResult, framework: Framework, output: Path, session: str | None = None
) -> Path:
    """The answers in long form: one row per person and item (see docs/share-file.md)."""
    shares = _enough_people(result, session)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([_cell(v) for v in row] for row in csv_rows(shares, framework))
    # With a byte order mark, Excel reads the file as UTF-8 (accents, other scripts).
    return write_atomically(
        Path(output), translate("group", "The CSV file"), buffer.getvalue().encode("utf-8-sig")
    )


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
