"""My involvement as stored: one row per activity, its free text sealed with a locked
profile, gone with "Delete all my data"; and the overdue notices a person dismissed."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from competence_app.domain.involvement import Debrief, Expense, Involvement
from competence_app.store import sealing
from competence_app.store.clock import now_iso
from competence_app.store.columns import list_column, string_list

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "involvements"


def save_involvement(db: Database, entry: Involvement) -> Involvement:
    """Keep an entry (a new one, or the same id changed); returns it with its timestamps."""
    stamp = now_iso()
    entry.created_at = entry.created_at or stamp
    entry.updated_at = stamp
    values = {"id": entry.id, **row_values(entry)}
    db[TABLE].insert(sealing.seal_values(db, TABLE, entry.profile_id, values), replace=True)
    return entry


def row_values(entry: Involvement) -> dict:
    """An entry's columns (all but its id), as stored: the one mapping, also used to merge
    a data file (store/records.py)."""
    return {
        "profile_id": entry.profile_id,
        "date": entry.date,
        "organisation": entry.organisation,
        "title": entry.title,
        "kind": entry.kind,
        "role_id": entry.role_id,
        "minutes": int(entry.minutes),
        "payment": entry.payment,
        "payment_amount": int(entry.payment_amount),
        "currency": entry.currency.upper(),
        "expenses": expenses_column(entry.expenses),
        "competence_ids": list_column(entry.competence_ids),
        "impact": entry.impact,
        "impact_kind": entry.impact_kind,
        "heard_back": entry.heard_back,
        "chase_on": entry.chase_on,
        "debrief_what": entry.debrief.what,
        "debrief_so_what": entry.debrief.so_what,
        "debrief_now_what": entry.debrief.now_what,
        "how_am_i": entry.how_am_i,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


def load_involvements(db: Database, profile_id: str) -> list[Involvement]:
    """Every entry of one person, newest first."""
    rows = db.query(
        "SELECT * FROM involvements WHERE profile_id = ? ORDER BY date DESC, created_at DESC, "
        "rowid DESC",
        [profile_id],
    )
    return [entry_of(sealing.open_values(db, TABLE, profile_id, row)) for row in rows]


def load_involvement(db: Database, entry_id: str) -> Involvement | None:
    rows = list(db.query("SELECT * FROM involvements WHERE id = ?", [entry_id]))
    if not rows:
        return None
    return entry_of(sealing.open_values(db, TABLE, rows[0]["profile_id"], rows[0]))


def last_involvement(db: Database, profile_id: str) -> Involvement | None:
    """The entry made most recently (what "Copy last" repeats)."""
    rows = list(
        db.query(
            "SELECT * FROM involvements WHERE profile_id = ? ORDER BY created_at DESC, rowid DESC "
            "LIMIT 1",
            [profile_id],
        )
    )
    return entry_of(sealing.open_values(db, TABLE, profile_id, rows[0])) if rows else None


def count_involvements(db: Database, profile_id: str, since: str = "", until: str = "") -> int:
    """How many activities one person logged, dated from since to until (ISO, both
    included; "" leaves that end open). Needs no passphrase: dates are not sealed."""
    sql = "SELECT COUNT(*) FROM involvements WHERE profile_id = ?"
    params: list = [profile_id]
    if since:
        sql += " AND date >= ?"
        params.append(since)
    if until:
        sql += " AND date <= ?"
        params.append(until)
    return db.execute(sql, params).fetchone()[0]


def delete_involvement(db: Database, entry_id: str) -> None:
    db.execute("DELETE FROM involvements WHERE id = ?", [entry_id])


def dismissed(db: Database, profile_id: str) -> set[str]:
    """The keys of the overdue notices this person has dismissed."""
    rows = db.execute(
        "SELECT item_key FROM involvement_dismissed WHERE profile_id = ?", [profile_id]
    )
    return {row[0] for row in rows.fetchall()}


def dismiss(db: Database, profile_id: str, keys: list[str]) -> None:
    """Remember that these overdue notices were seen and dismissed."""
    stamp = now_iso()
    db["involvement_dismissed"].insert_all(
        ({"profile_id": profile_id, "item_key": key, "dismissed_at": stamp} for key in keys),
        replace=True,
    )


def expenses_column(expenses: list[Expense]) -> str:
    return json.dumps([asdict(e) for e in expenses], ensure_ascii=False)


def expenses_from(stored: str | None) -> list[Expense]:
    """The expenses in their JSON column; anything unreadable is left out, never guessed."""
    try:
        values = json.loads(stored or "[]")
    except ValueError:
        return []
    kept = []
    for value in values if isinstance(values, list) else []:
        if not isinstance(value, dict):
            continue
        amount = value.get("amount", 0)
        if not isinstance(amount, int) or isinstance(amount, bool):
            continue
        kept.append(
            Expense(
                id=str(value.get("id", "")),
                kind=str(value.get("kind", "other")),
                amount=amount,
                claimed_on=str(value.get("claimed_on", "") or ""),
                paid_on=str(value.get("paid_on", "") or ""),
            )
        )
    return kept


def entry_of(row: dict) -> Involvement:
    return Involvement(
        id=row["id"],
        profile_id=row["profile_id"],
        date=row["date"],
        organisation=row["organisation"] or "",
        title=row["title"] or "",
        kind=row["kind"],
        role_id=row["role_id"] or "",
        minutes=row["minutes"] or 0,
        payment=row["payment"],
        payment_amount=row["payment_amount"] or 0,
        currency=row["currency"],
        expenses=expenses_from(row["expenses"]),
        competence_ids=string_list(row["competence_ids"]),
        impact=row["impact"] or "",
        impact_kind=row["impact_kind"] or "",
        heard_back=row["heard_back"] or "not_yet",
        chase_on=row["chase_on"] or "",
        debrief=Debrief(
            row["debrief_what"] or "", row["debrief_so_what"] or "", row["debrief_now_what"] or ""
        ),
        how_am_i=row["how_am_i"],
        created_at=row["created_at"] or "",
        updated_at=row["updated_at"] or "",
    )
