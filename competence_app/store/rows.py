"""Rows read by plain SQL, as dictionaries: the one way the store reads.

`db` is sqlite-utils' Database or a plain sqlite3 connection (both have execute()),
so every read works on the read-only connection the app shows the first page
from, before sqlite-utils is loaded (store.database.first_look).
"""

from __future__ import annotations


def all_rows(db, sql: str, params=()) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def one_row(db, sql: str, params=()) -> dict | None:
    rows = all_rows(db, sql, params)
    return rows[0] if rows else None
