"""Reflections and their answers. Each save is one small committed write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from competence_app.domain.model import CompetenceAnswer, Reflection, RoleAnswer
from competence_app.store import sealing
from competence_app.store.clock import new_id, now_iso
from competence_app.store.rows import all_rows, one_row
from competence_app.store.sessions import active_session

if TYPE_CHECKING:
    from sqlite_utils import Database


def create_reflection(
    db: Database,
    profile_id: str,
    label: str = "",
    framework_id: str = "",
    framework_version: str = "",
    created_at: str | None = None,
    session: str = "",
) -> Reflection:
    stamp = created_at or now_iso()
    reflection = Reflection(
        id=new_id(),
        profile_id=profile_id,
        created_at=stamp,
        label=label.strip(),
        session=session.strip(),
        framework_id=framework_id,
        framework_version=framework_version,
    )
    row = {
        "id": reflection.id,
        "profile_id": profile_id,
        "created_at": stamp,
        "label": reflection.label,
        "session": reflection.session,
        "framework_id": framework_id,
        "framework_version": framework_version,
        "current_page": 0,
        "updated_at": now_iso(),
    }
    db["reflections"].insert(sealing.seal_values(db, "reflections", profile_id, row))
    return reflection


def new_reflection(
    db: Database, profile_id: str, label: str, framework_id: str, framework_version: str
) -> Reflection:
    """A reflection started now, in the facilitator's session if one is on.

    While a session is on, the reflection carries its name, and takes that name
    as its label when the person gave none.
    """
    session = active_session(db)
    name = session.name if session else ""
    return create_reflection(
        db, profile_id, label or name, framework_id, framework_version, session=name
    )


def list_reflections(db: Database, profile_id: str) -> list[Reflection]:
    """All of a profile's reflections with their answers, oldest first."""
    rows = all_rows(
        db,
        "SELECT * FROM reflections WHERE profile_id = ? ORDER BY created_at, rowid",
        [profile_id],
    )
    return [_load(db, row) for row in rows]


def reflection_ids(db: Database, profile_id: str) -> list[str]:
    """The ids of a profile's reflections, oldest first, in list_reflections' order,
    without reading their answers."""
    rows = all_rows(
        db,
        "SELECT id FROM reflections WHERE profile_id = ? ORDER BY created_at, rowid",
        [profile_id],
    )
    return [row["id"] for row in rows]


def get_reflection(db: Database, reflection_id: str) -> Reflection:
    row = one_row(db, "SELECT * FROM reflections WHERE id = ?", [reflection_id])
    if row is None:
        raise LookupError(f"no reflection {reflection_id}")
    return _load(db, row)


def latest_reflection(db: Database, profile_id: str) -> Reflection | None:
    row = one_row(
        db,
        "SELECT * FROM reflections WHERE profile_id = ? "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1",
        [profile_id],
    )
    return _load(db, row) if row else None


def _load(db: Database, row: dict) -> Reflection:
    owner = row["profile_id"]
    row = sealing.open_values(db, "reflections", owner, row)
    reflection = Reflection(
        id=row["id"],
        profile_id=row["profile_id"],
        created_at=row["created_at"],
        label=row["label"],
        session=row["session"] or "",
        framework_id=row["framework_id"] or "",
        framework_version=row["framework_version"] or "",
        current_page=row["current_page"] or 0,
    )
    competences = all_rows(
        db, "SELECT * FROM competence_answers WHERE reflection_id = ?", [reflection.id]
    )
    for a in competences:
        a = sealing.open_values(db, "competence_answers", owner, a)
        reflection.competences[a["competence_id"]] = CompetenceAnswer(
            competence_id=a["competence_id"],
            level=a["level"],
            not_yet=bool(a["not_yet"]),
            confidence=a["confidence"],
            example=a["example"] or "",
            develop=bool(a["develop"]),
            look_back=a["look_back"],
        )
    for a in all_rows(db, "SELECT * FROM role_answers WHERE reflection_id = ?", [reflection.id]):
        a = sealing.open_values(db, "role_answers", owner, a)
        reflection.roles[a["role_id"]] = RoleAnswer(
            role_id=a["role_id"], now=a["now"], wish=a["wish"], notes=a["notes"] or ""
        )
    return reflection


def save_competence_answer(db: Database, reflection_id: str, answer: CompetenceAnswer) -> None:
    owner = sealing.owner_of_reflection(db, reflection_id)
    db["competence_answers"].upsert(
        sealing.seal_values(
            db,
            "competence_answers",
            owner,
            {
                "reflection_id": reflection_id,
                "competence_id": answer.competence_id,
                "level": None if answer.not_yet else answer.level,
                "not_yet": int(answer.not_yet),
                "confidence": answer.confidence,
                "example": answer.example,
                "develop": int(answer.develop),
                "look_back": answer.look_back,
                "updated_at": now_iso(),
            },
        ),
        pk=("reflection_id", "competence_id"),
    )


def save_role_answer(db: Database, reflection_id: str, answer: RoleAnswer) -> None:
    owner = sealing.owner_of_reflection(db, reflection_id)
    db["role_answers"].upsert(
        sealing.seal_values(
            db,
            "role_answers",
            owner,
            {
                "reflection_id": reflection_id,
                "role_id": answer.role_id,
                "now": answer.now,
                "wish": answer.wish,
                "notes": answer.notes,
                "updated_at": now_iso(),
            },
        ),
        pk=("reflection_id", "role_id"),
    )


def set_current_page(db: Database, reflection_id: str, page: int) -> None:
    db["reflections"].update(reflection_id, {"current_page": page, "updated_at": now_iso()})


def set_label(db: Database, reflection_id: str, label: str) -> None:
    owner = sealing.owner_of_reflection(db, reflection_id)
    values = sealing.seal_values(db, "reflections", owner, {"label": label.strip()})
    db["reflections"].update(reflection_id, {**values, "updated_at": now_iso()})
