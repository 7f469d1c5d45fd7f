"""Writing one profile's data file: read a consistent snapshot, check it, write it atomically.

The store's repositories return domain objects without their updated_at
times, which the file needs for merging, so this module reads the store's
tables directly (read-only).
"""

from __future__ import annotations

import errno
import json
import re
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from competence_app import APP_NAME, __version__, files
from competence_app.domain.framework import Framework
from competence_app.exchange.fileformat import (
    FILE_SUFFIX,
    FORMAT_ID,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    DataFileWriteError,
    ExchangeError,
)
from competence_app.exchange.validation import problems_in
from competence_app.i18n import translate
from competence_app.store.clock import now_iso


def export_data(db: Database, profile_id: str, framework: Framework, output: Path) -> Path:
    """Write the profile's data file and return where it went.

    `output` may be a folder (a dated file name is chosen) or a file name; the
    name is given the .companion.json ending if it lacks it. The file appears
    whole or not at all.
    """
    document = build_document(db, profile_id, framework)
    problems = problems_in(document)
    if problems:
        # Never write a file this app could not read back.
        raise ExchangeError(
            translate(
                "exchange",
                "Your data cannot be saved as a data file, because some of it is in a shape the "
                "file format does not allow. Your data has not been changed.",
            ),
            problems,
        )
    payload = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if len(payload) > MAX_FILE_BYTES:
        raise ExchangeError(
            translate(
                "exchange",
                "Your data would make a file of {size} MB, larger than a "
                "data file can be ({limit} MB). Your data has not been "
                "changed.",
            ).format(size=len(payload) // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    target = target_path(Path(output), document["profile"]["name"])
    write_atomically(target, payload)
    return target


def target_path(output: Path, profile_name: str) -> Path:
    if output.is_dir():
        slug = re.sub(r"[^\w]+", "-", profile_name, flags=re.UNICODE).strip("-_").lower()
        return output / f"{slug[:40] or 'my-data'}-{date.today().isoformat()}{FILE_SUFFIX}"
    if output.name.endswith(FILE_SUFFIX):
        return output
    stem = output.name[: -len(".json")] if output.name.endswith(".json") else output.name
    return output.with_name(stem + FILE_SUFFIX)


def write_atomically(target: Path, payload: bytes) -> None:
    """Whole or not at all, owner-only: a crash or a full disk leaves the old file or the new."""
    try:
        files.write_atomically(target, payload)
    except files.WriteFailedError as failure:
        raise DataFileWriteError(_why_not_written(target, failure.error)) from failure


def _why_not_written(target: Path, error: OSError) -> str:
    no_permission = translate("exchange", "you do not have permission to write in that folder")
    reasons = {
        errno.ENOSPC: translate("exchange", "the disk is full"),
        errno.EDQUOT: translate("exchange", "you have used up your disk space allowance"),
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.EROFS: translate("exchange", "that disk or folder is read-only"),
        errno.ENOENT: translate("exchange", "that folder does not exist"),
        errno.ENOTDIR: translate("exchange", "part of that path is a file, not a folder"),
        errno.EISDIR: translate("exchange", "there is a folder with that name"),
    }
    reason = reasons.get(error.errno, error.strerror or str(error))
    return translate(
        "exchange",
        "The data file could not be saved as {target}, because {reason}. No file has been "
        "written there and your data has not been changed. Please choose another place.",
    ).format(target=target, reason=reason)


def build_document(db: Database, profile_id: str, framework: Framework) -> dict:
    """The whole data file for one profile, as plain JSON values."""
    # One read transaction: a save from the window during the export cannot
    # leave the file with half of a change.
    with db.atomic():
        profile = _one(db, "SELECT * FROM profiles WHERE id = ?", [profile_id])
        if profile is None:
            raise ExchangeError(
                translate(
                    "exchange",
                    "There is no profile with the id {id} in this data folder, so "
                    "there is nothing to save.",
                ).format(id=profile_id)
            )
        reflections = [
            _reflection(db, row, framework)
            for row in _all(
                db,
                "SELECT * FROM reflections WHERE profile_id = ? ORDER BY created_at, rowid",
                [profile_id],
            )
        ]
        plan = _plan(db, profile_id)
    return {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "app": {"name": APP_NAME, "version": __version__},
        "framework": {"id": framework.id, "version": framework.version},
        "exported_at": now_iso(),
        "profile": {
            "id": profile["id"],
            "name": profile["name"] or "",
            "self_words": _string_list(profile["self_words"]),
            "created_at": profile["created_at"],
            "updated_at": profile["updated_at"],
        },
        "reflections": reflections,
        "plan": plan,
    }


def _reflection(db: Database, row: dict, framework: Framework) -> dict:
    competence_order = {c.id: i for i, c in enumerate(framework.competences)}
    role_order = {r.id: i for i, r in enumerate(framework.roles)}
    competences = _all(db, "SELECT * FROM competence_answers WHERE reflection_id = ?", [row["id"]])
    roles = _all(db, "SELECT * FROM role_answers WHERE reflection_id = ?", [row["id"]])
    # The framework's order reads naturally; ids from other frameworks follow, sorted.
    competences.sort(
        key=lambda a: (
            competence_order.get(a["competence_id"], len(competence_order)),
            a["competence_id"],
        )
    )
    roles.sort(key=lambda a: (role_order.get(a["role_id"], len(role_order)), a["role_id"]))
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


def _plan(db: Database, profile_id: str) -> dict:
    row = _one(db, "SELECT * FROM plans WHERE profile_id = ?", [profile_id]) or {}
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
        "goals": [_goal(db, goal) for goal in goals],
    }


def _goal(db: Database, row: dict) -> dict:
    actions = _all(
        db, "SELECT * FROM goal_actions WHERE goal_id = ? ORDER BY position, rowid", [row["id"]]
    )
    supports = _all(
        db, "SELECT * FROM goal_supports WHERE goal_id = ? ORDER BY position, rowid", [row["id"]]
    )
    return {
        "id": row["id"],
        "title": row["title"] or "",
        "why": row["why"] or "",
        "evidence": row["evidence"] or "",
        "competence_ids": _string_list(row["competence_ids"]),
        "role_ids": _string_list(row["role_ids"]),
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


def _string_list(stored: str | None) -> list[str]:
    """A JSON list column, read as the store reads it, so the file holds what the app shows."""
    try:
        value = json.loads(stored or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _all(db: Database, sql: str, params: list) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _one(db: Database, sql: str, params: list) -> dict | None:
    rows = _all(db, sql, params)
    return rows[0] if rows else None
