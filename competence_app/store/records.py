"""Whole records with their update times, in the shape the data file holds them.

The one place that turns rows into file records and file records back into rows.
The exchange writes and merges data files through this module and never through
SQL of its own. The repositories beside it (profiles, reflections, plans) serve
the screens with domain objects, which carry no update times.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from competence_app.store import sealing
from competence_app.store.columns import list_column, string_list
from competence_app.store.rows import all_rows as _all
from competence_app.store.rows import one_row as _one

if TYPE_CHECKING:
    from sqlite_utils import Database

# -- rows -> records ---------------------------------------------------------------


def profile_record(db: Database, profile_id: str) -> dict | None:
    row = _one(db, "SELECT * FROM profiles WHERE id = ?", [profile_id])
    if row is None:
        return None
    return {
        "id": row["id"],
        "name": row["name"] or "",
        "self_words": string_list(row["self_words"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def reflection_records(db: Database, profile_id: str) -> list[dict]:
    """A profile's reflections, oldest first, each with its answers (in no set order)."""
    rows = _all(
        db,
        "SELECT * FROM reflections WHERE profile_id = ? ORDER BY created_at, rowid",
        [profile_id],
    )
    return [_reflection(db, profile_id, row) for row in rows]


def _reflection(db: Database, owner: str, row: dict) -> dict:
    # A protected profile's words are opened here, so a data file holds them in plain
    # (it is written only for a person who gave the passphrase).
    row = sealing.open_values(db, "reflections", owner, row)
    competences = [
        sealing.open_values(db, "competence_answers", owner, a)
        for a in _all(db, "SELECT * FROM competence_answers WHERE reflection_id = ?", [row["id"]])
    ]
    roles = [
        sealing.open_values(db, "role_answers", owner, a)
        for a in _all(db, "SELECT * FROM role_answers WHERE reflection_id = ?", [row["id"]])
    ]
    return {
        "id": row["id"],
        "created_at": row["created_at"],
        "label": row["label"] or "",
        "session": row["session"] or "",
        "framework_id": row["framework_id"] or "",
        "framework_version": row["framework_version"] or "",
        "current_page": row["current_page"] or 0,
        "updated_at": row["updated_at"],
        "competences": [
            {
                "competence_id": a["competence_id"],
                "level": a["level"],
                "not_yet": bool(a["not_yet"]),
                "confidence": a["confidence"],
                "example": a["example"] or "",
                "develop": bool(a["develop"]),
                "look_back": a["look_back"],
                "updated_at": a["updated_at"],
            }
            for a in competences
        ],
        "roles": [
            {
                "role_id": a["role_id"],
                "now": a["now"],
                "wish": a["wish"],
                "notes": a["notes"] or "",
                "updated_at": a["updated_at"],
            }
            for a in roles
        ],
    }


def plan_record(db: Database, profile_id: str) -> dict:
    """The plan: wellbeing, mentor and goals in the person's order (empty if never written)."""
    row = _one(db, "SELECT * FROM plans WHERE profile_id = ?", [profile_id]) or {}
    row = sealing.open_values(db, "plans", profile_id, row)
    goals = _all(
        db,
        "SELECT * FROM goals WHERE profile_id = ? ORDER BY position, created_at, rowid",
        [profile_id],
    )
    return {
        "updated_at": row.get("updated_at"),
        "wellbeing": {
            "drains": row.get("drains") or "",
            "restores": row.get("restores") or "",
            "talk_to": row.get("talk_to") or "",
        },
        "mentor": {
            "name": row.get("mentor_name") or "",
            "how_we_meet": row.get("mentor_how") or "",
            "next_review": row.get("next_review") or "",
        },
        "goals": [_goal(db, profile_id, goal) for goal in goals],
    }


def _goal(db: Database, owner: str, row: dict) -> dict:
    row = sealing.open_values(db, "goals", owner, row)
    actions = [
        sealing.open_values(db, "goal_actions", owner, a)
        for a in _all(
            db, "SELECT * FROM goal_actions WHERE goal_id = ? ORDER BY position, rowid", [row["id"]]
        )
    ]
    supports = [
        sealing.open_values(db, "goal_supports", owner, s)
        for s in _all(
            db,
            "SELECT * FROM goal_supports WHERE goal_id = ? ORDER BY position, rowid",
            [row["id"]],
        )
    ]
    return {
        "id": row["id"],
        "title": row["title"] or "",
        "why": row["why"] or "",
        "evidence": row["evidence"] or "",
        "competence_ids": string_list(row["competence_ids"]),
        "role_ids": string_list(row["role_ids"]),
        "who_can_help": row["who_can_help"] or "",
        "target_date": row["target_date"] or "",
        "status": row["status"],
        "position": row["position"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "actions": [
            {
                "id": a["id"],
                "text": a["text"] or "",
                "due": a["due"] or "",
                "done": bool(a["done"]),
                "position": a["position"],
            }
            for a in actions
        ],
        "supports": [
            {
                "id": s["id"],
                "support_id": s["support_id"],
                "detail": s["detail"] or "",
                "position": s["position"],
            }
            for s in supports
        ],
    }


def feedback_pack_records(db: Database, profile_id: str) -> list[dict]:
    """The feedback packs a person handed out, oldest first."""
    rows = _all(
        db,
        "SELECT * FROM feedback_packs WHERE profile_id = ? ORDER BY made_at, rowid",
        [profile_id],
    )
    return [
        {
            "id": row["id"],
            "reflection_id": row["reflection_id"],
            "made_at": row["made_at"],
            "relation": row["relation"],
            "sections": string_list(row["sections"]),
            "competence_ids": string_list(row["competence_ids"]),
            "goal_ids": string_list(row["goal_ids"]),
            "allow_anonymous": bool(row["allow_anonymous"]),
        }
        for row in rows
    ]


def feedback_round_records(db: Database, profile_id: str) -> list[dict]:
    """The rounds of feedback a person received, in the order they were given."""
    rows = _all(
        db,
        "SELECT * FROM feedback_rounds WHERE profile_id = ? ORDER BY given_on, received_at, rowid",
        [profile_id],
    )
    records = []
    for row in rows:
        row = sealing.open_values(db, "feedback_rounds", profile_id, row)
        records.append(
            {
                "id": row["id"],
                "pack_id": row["pack_id"],
                "reflection_id": row["reflection_id"] or "",
                "given_on": row["given_on"],
                "received_at": row["received_at"],
                "relation": row["relation"],
                "giver_name": row["giver_name"] or "",
                "anonymous": bool(row["anonymous"]),
                "competences": json.loads(row["competences"] or "[]"),
                "goals": json.loads(row["goals"] or "[]"),
                "strengths": row["strengths"] or "",
                "focus": row["focus"] or "",
                "next_steps": row["next_steps"] or "",
                "next_meeting": row["next_meeting"] or "",
            }
        )
    return records


def involvement_records(db: Database, profile_id: str) -> list[dict]:
    """My involvement: every activity, oldest first, its expenses in whole minor units."""
    from competence_app.store import involvement

    return [
        involvement_record(entry)
        for entry in reversed(involvement.load_involvements(db, profile_id))
    ]


def involvement_record(entry) -> dict:
    return {
        "id": entry.id,
        "date": entry.date,
        "organisation": entry.organisation,
        "title": entry.title,
        "kind": entry.kind,
        "role_id": entry.role_id,
        "minutes": entry.minutes,
        "payment": entry.payment,
        "payment_amount": entry.payment_amount,
        "currency": entry.currency,
        "expenses": [
            {
                "id": e.id,
                "kind": e.kind,
                "amount": e.amount,
                "claimed_on": e.claimed_on,
                "paid_on": e.paid_on,
            }
            for e in entry.expenses
        ],
        "competence_ids": list(entry.competence_ids),
        "impact": entry.impact,
        "impact_kind": entry.impact_kind,
        "heard_back": entry.heard_back,
        "chase_on": entry.chase_on,
        "debrief": {
            "what": entry.debrief.what,
            "so_what": entry.debrief.so_what,
            "now_what": entry.debrief.now_what,
        },
        "how_am_i": entry.how_am_i,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


# -- records -> rows ---------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One record as a row: its table, the columns that identify it, and the others."""

    table: str
    key: dict[str, Any]
    values: dict[str, Any]

    @property
    def updated_at(self) -> str | None:
        return self.values.get("updated_at")

    @property
    def blank(self) -> bool:
        """Nothing written in it at all (not even a time)."""
        return not any(self.values.values())


def profile_row(profile: dict) -> Row:
    return Row(
        "profiles",
        {"id": profile["id"]},
        {
            "name": profile["name"],
            "self_words": list_column(profile["self_words"]),
            "created_at": profile["created_at"],
            "updated_at": profile["updated_at"],
        },
    )


def reflection_row(profile_id: str, reflection: dict) -> Row:
    return Row(
        "reflections",
        {"id": reflection["id"]},
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


def competence_answer_row(reflection_id: str, answer: dict) -> Row:
    return Row(
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


def role_answer_row(reflection_id: str, answer: dict) -> Row:
    return Row(
        "role_answers",
        {"reflection_id": reflection_id, "role_id": answer["role_id"]},
        {
            "now": answer["now"],
            "wish": answer["wish"],
            "notes": answer["notes"],
            "updated_at": answer["updated_at"],
        },
    )


def plan_row(profile_id: str, plan: dict) -> Row:
    wellbeing, mentor = plan["wellbeing"], plan["mentor"]
    return Row(
        "plans",
        {"profile_id": profile_id},
        {
            "drains": wellbeing["drains"],
            "restores": wellbeing["restores"],
            "talk_to": wellbeing["talk_to"],
            "mentor_name": mentor["name"],
            "mentor_how": mentor["how_we_meet"],
            "next_review": mentor["next_review"],
            "updated_at": plan["updated_at"],
        },
    )


def goal_row(profile_id: str, goal: dict) -> Row:
    return Row(
        "goals",
        {"id": goal["id"]},
        {
            "profile_id": profile_id,
            "title": goal["title"],
            "why": goal["why"],
            "evidence": goal["evidence"],
            "competence_ids": list_column(goal["competence_ids"]),
            "role_ids": list_column(goal["role_ids"]),
            "who_can_help": goal["who_can_help"],
            "target_date": goal["target_date"],
            "status": goal["status"],
            "position": goal["position"],
            "created_at": goal["created_at"],
            "updated_at": goal["updated_at"],
        },
    )


def action_row(goal_id: str, action: dict) -> Row:
    return Row(
        "goal_actions",
        {"id": action["id"]},
        {
            "goal_id": goal_id,
            "text": action["text"],
            "due": action["due"],
            "done": int(action["done"]),
            "position": action["position"],
        },
    )


def support_row(goal_id: str, support: dict) -> Row:
    return Row(
        "goal_supports",
        {"id": support["id"]},
        {
            "goal_id": goal_id,
            "support_id": support["support_id"],
            "detail": support["detail"],
            "position": support["position"],
        },
    )


def feedback_pack_row(profile_id: str, pack: dict) -> Row:
    return Row(
        "feedback_packs",
        {"id": pack["id"]},
        {
            "profile_id": profile_id,
            "reflection_id": pack["reflection_id"],
            "made_at": pack["made_at"],
            "relation": pack["relation"],
            "sections": list_column(pack["sections"]),
            "competence_ids": list_column(pack["competence_ids"]),
            "goal_ids": list_column(pack["goal_ids"]),
            "allow_anonymous": int(pack["allow_anonymous"]),
        },
    )


def feedback_round_row(profile_id: str, feedback: dict) -> Row:
    """A round as a row; it has no update time: what came back is kept as it came."""
    return Row(
        "feedback_rounds",
        {"id": feedback["id"]},
        {
            "profile_id": profile_id,
            "pack_id": feedback["pack_id"],
            "reflection_id": feedback["reflection_id"],
            "given_on": feedback["given_on"],
            "received_at": feedback["received_at"],
            "relation": feedback["relation"],
            "giver_name": feedback["giver_name"],
            "anonymous": int(feedback["anonymous"]),
            "competences": json.dumps(feedback["competences"], ensure_ascii=False),
            "goals": json.dumps(feedback["goals"], ensure_ascii=False),
            "strengths": feedback["strengths"],
            "focus": feedback["focus"],
            "next_steps": feedback["next_steps"],
            "next_meeting": feedback["next_meeting"],
        },
    )


def involvement_row(profile_id: str, record: dict) -> Row:
    """An activity as a row, through the store's one mapping; timed by its updated_at."""
    from competence_app.domain.involvement import Debrief, Expense, Involvement
    from competence_app.store import involvement

    entry = Involvement(
        id=record["id"],
        profile_id=profile_id,
        date=record["date"],
        organisation=record["organisation"],
        title=record["title"],
        kind=record["kind"],
        role_id=record["role_id"],
        minutes=record["minutes"],
        payment=record["payment"],
        payment_amount=record["payment_amount"],
        currency=record["currency"],
        expenses=[Expense(**e) for e in record["expenses"]],
        competence_ids=list(record["competence_ids"]),
        impact=record["impact"],
        impact_kind=record["impact_kind"],
        heard_back=record["heard_back"],
        chase_on=record["chase_on"],
        debrief=Debrief(**record["debrief"]),
        how_am_i=record["how_am_i"],
        created_at=record["created_at"],
        updated_at=record["updated_at"],
    )
    return Row("involvements", {"id": entry.id}, involvement.row_values(entry))


def stored(db: Database, row: Row) -> dict | None:
    """The row kept now under the same key (its words opened), or None."""
    where = " AND ".join(f"{column} = ?" for column in row.key)
    kept = _one(db, f"SELECT * FROM {row.table} WHERE {where}", list(row.key.values()))
    owner = _owner(db, row)
    return sealing.open_values(db, row.table, owner, kept) if kept and owner else kept


def _owner(db: Database, row: Row) -> str | None:
    """The profile a row belongs to, for the tables whose words a passphrase protects."""
    values = {**row.key, **row.values}
    if "profile_id" in values and row.table != "profiles":
        return values["profile_id"]
    if "reflection_id" in values:
        return sealing.owner_of_reflection(db, values["reflection_id"])
    if "goal_id" in values:
        return sealing.owner_of_goal(db, values["goal_id"])
    return None


def _sealed(db: Database, row: Row) -> dict:
    owner = _owner(db, row)
    return sealing.seal_values(db, row.table, owner, row.values) if owner else row.values


def differs(kept: dict, row: Row) -> bool:
    return any(kept[column] != value for column, value in row.values.items())


def add(db: Database, row: Row) -> None:
    values = {**row.key, **_sealed(db, row)}
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    db.execute(f"INSERT INTO {row.table} ({columns}) VALUES ({marks})", list(values.values()))


def replace(db: Database, row: Row) -> None:
    values = _sealed(db, row)
    assignments = ", ".join(f"{column} = ?" for column in values)
    where = " AND ".join(f"{column} = ?" for column in row.key)
    db.execute(
        f"UPDATE {row.table} SET {assignments} WHERE {where}",
        [*values.values(), *row.key.values()],
    )


# -- who owns an id ------------------------------------------------------------------

# Records that belong to another: kind -> (table, the column naming the owner).
_OWNED = {
    "reflection": ("reflections", "profile_id"),  # owned by a profile
    "goal": ("goals", "profile_id"),
    "action": ("goal_actions", "goal_id"),  # owned by a goal
    "support": ("goal_supports", "goal_id"),
    "feedback_pack": ("feedback_packs", "profile_id"),
    "feedback_round": ("feedback_rounds", "profile_id"),
    "involvement": ("involvements", "profile_id"),
}
OWNED_KINDS = tuple(_OWNED)


def owners(db: Database, kind: str, ids: list[str]) -> dict[str, str]:
    """For those of `ids` kept here: the id of the profile or goal each belongs to."""
    table, column = _OWNED[kind]
    found: dict[str, str] = {}
    wanted = sorted(set(ids))
    # In chunks: older SQLite builds refuse more than 999 ? marks in one statement.
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for ident, owner in db.execute(
            f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", chunk
        ).fetchall():
            found[ident] = owner
    return found
