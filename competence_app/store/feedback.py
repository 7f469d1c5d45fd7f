"""Feedback packs handed out and the rounds of feedback that came back."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from competence_app.domain.feedback import CompetenceView, FeedbackPack, FeedbackRound, GoalView
from competence_app.store import sealing
from competence_app.store.clock import now_iso
from competence_app.store.columns import list_column, string_list

if TYPE_CHECKING:
    from sqlite_utils import Database


def record_pack(db: Database, pack: FeedbackPack) -> None:
    """Remember a pack as it is written, so what comes back can be checked against it."""
    db["feedback_packs"].insert(
        {
            "id": pack.id,
            "profile_id": pack.profile_id,
            "reflection_id": pack.reflection_id,
            "made_at": pack.made_at or now_iso(),
            "relation": pack.relation,
            "sections": list_column(pack.sections),
            "competence_ids": list_column(pack.competence_ids),
            "goal_ids": list_column(pack.goal_ids),
            "allow_anonymous": int(pack.allow_anonymous),
        },
        replace=True,
    )


def load_pack(db: Database, pack_id: str) -> FeedbackPack | None:
    rows = list(db.query("SELECT * FROM feedback_packs WHERE id = ?", [pack_id]))
    return _pack(rows[0]) if rows else None


def packs_of(db: Database, profile_id: str) -> list[FeedbackPack]:
    """The packs one person handed out, oldest first."""
    return [
        _pack(row)
        for row in db.query(
            "SELECT * FROM feedback_packs WHERE profile_id = ? ORDER BY made_at, rowid",
            [profile_id],
        )
    ]


def _pack(row: dict) -> FeedbackPack:
    return FeedbackPack(
        id=row["id"],
        profile_id=row["profile_id"],
        reflection_id=row["reflection_id"],
        made_at=row["made_at"],
        relation=row["relation"],
        sections=string_list(row["sections"]),
        competence_ids=string_list(row["competence_ids"]),
        goal_ids=string_list(row["goal_ids"]),
        allow_anonymous=bool(row["allow_anonymous"]),
    )


def has_round(db: Database, round_id: str) -> bool:
    return (
        db.execute("SELECT 1 FROM feedback_rounds WHERE id = ?", [round_id]).fetchone() is not None
    )


def save_round(db: Database, feedback: FeedbackRound) -> None:
    """Keep a round (replacing one with the same id: the same file brought in twice)."""
    values = {
        "id": feedback.id,
        "profile_id": feedback.profile_id,
        "pack_id": feedback.pack_id,
        "reflection_id": feedback.reflection_id,
        "given_on": feedback.given_on,
        "received_at": feedback.received_at or now_iso(),
        "relation": feedback.relation,
        "giver_name": feedback.giver_name,
        "anonymous": int(feedback.anonymous),
        "competences": json.dumps([asdict(v) for v in feedback.competences], ensure_ascii=False),
        "goals": json.dumps([asdict(v) for v in feedback.goals], ensure_ascii=False),
        "strengths": feedback.strengths,
        "focus": feedback.focus,
        "next_steps": feedback.next_steps,
        "next_meeting": feedback.next_meeting,
    }
    db["feedback_rounds"].insert(
        sealing.seal_values(db, "feedback_rounds", feedback.profile_id, values), replace=True
    )


def load_rounds(db: Database, profile_id: str) -> list[FeedbackRound]:
    """Every round one person received, oldest first (by the day it was given)."""
    rows = db.query(
        "SELECT * FROM feedback_rounds WHERE profile_id = ? ORDER BY given_on, received_at, rowid",
        [profile_id],
    )
    return [_round(sealing.open_values(db, "feedback_rounds", profile_id, row)) for row in rows]


def delete_round(db: Database, round_id: str) -> None:
    db.execute("DELETE FROM feedback_rounds WHERE id = ?", [round_id])


def _round(row: dict) -> FeedbackRound:
    return FeedbackRound(
        id=row["id"],
        profile_id=row["profile_id"],
        pack_id=row["pack_id"],
        reflection_id=row["reflection_id"],
        given_on=row["given_on"],
        received_at=row["received_at"],
        relation=row["relation"],
        giver_name=row["giver_name"] or "",
        anonymous=bool(row["anonymous"]),
        competences=[CompetenceView(**v) for v in json.loads(row["competences"] or "[]")],
        goals=[GoalView(**v) for v in json.loads(row["goals"] or "[]")],
        strengths=row["strengths"] or "",
        focus=row["focus"] or "",
        next_steps=row["next_steps"] or "",
        next_meeting=row["next_meeting"] or "",
    )
