"""The schema, built only by ordered, recorded migrations.

Each function's docstring says what that step changes. Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

from competence_app.store import import_sqlite_utils

import_sqlite_utils()

from sqlite_utils import Database  # noqa: E402
from sqlite_utils.migrations import Migrations  # noqa: E402

from competence_app.store.schema import MIGRATION_SET, MIGRATIONS  # noqa: E402

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    """Version 1: profiles, reflections with their competence and role answers, settings."""
    db["profiles"].create(
        {
            "id": str,
            "name": str,
            "self_words": str,  # JSON list of the words the person uses for themselves
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"id", "name", "self_words", "created_at", "updated_at"},
        defaults={"name": "", "self_words": "[]"},
    )
    db["reflections"].create(
        {
            "id": str,
            "profile_id": str,
            "created_at": str,
            "label": str,
            "framework_id": str,
            "framework_version": str,
            "current_page": int,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"id", "profile_id", "created_at", "label", "current_page", "updated_at"},
        defaults={"label": "", "current_page": 0, "framework_id": "", "framework_version": ""},
    )
    db["competence_answers"].create(
        {
            "reflection_id": str,
            "competence_id": str,
            "level": int,
            "not_yet": int,
            "confidence": int,
            "example": str,
            "develop": int,
            "updated_at": str,
        },
        pk=("reflection_id", "competence_id"),
        foreign_keys=[("reflection_id", "reflections", "id")],
        not_null={"reflection_id", "competence_id", "not_yet", "example", "develop"},
        defaults={"not_yet": 0, "example": "", "develop": 0},
    )
    db["role_answers"].create(
        {
            "reflection_id": str,
            "role_id": str,
            "now": int,
            "wish": int,
            "notes": str,
            "updated_at": str,
        },
        pk=("reflection_id", "role_id"),
        foreign_keys=[("reflection_id", "reflections", "id")],
        not_null={"reflection_id", "role_id", "notes"},
        defaults={"notes": ""},
    )
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"key"})
    db["reflections"].create_index(["profile_id", "created_at"])


@migrations()
def m002_plan(db: Database) -> None:
    """Version 2: the development plan. Goals (with their actions and support needs) and one
    plan row per profile holding 'looking after myself' and the mentor's details."""
    db["goals"].create(
        {
            "id": str,
            "profile_id": str,
            "title": str,
            "why": str,
            "evidence": str,
            "competence_ids": str,  # JSON list of framework competence ids
            "role_ids": str,  # JSON list of framework role ids
            "who_can_help": str,
            "target_date": str,
            "status": str,
            "position": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"id", "profile_id", "title", "status", "position", "created_at", "updated_at"},
        defaults={
            "title": "",
            "why": "",
            "evidence": "",
            "competence_ids": "[]",
            "role_ids": "[]",
            "who_can_help": "",
            "target_date": "",
            "status": "not_started",
            "position": 0,
        },
    )
    db["goal_actions"].create(
        {"id": str, "goal_id": str, "text": str, "due": str, "done": int, "position": int},
        pk="id",
        foreign_keys=[("goal_id", "goals", "id")],
        not_null={"id", "goal_id", "text", "done", "position"},
        defaults={"text": "", "due": "", "done": 0, "position": 0},
    )
    db["goal_supports"].create(
        {"id": str, "goal_id": str, "support_id": str, "detail": str, "position": int},
        pk="id",
        foreign_keys=[("goal_id", "goals", "id")],
        not_null={"id", "goal_id", "support_id", "detail", "position"},
        defaults={"detail": "", "position": 0},
    )
    db["plans"].create(
        {
            "profile_id": str,
            "drains": str,
            "restores": str,
            "talk_to": str,
            "mentor_name": str,
            "mentor_how": str,
            "next_review": str,
            "updated_at": str,
        },
        pk="profile_id",
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id"},
    )
    db["goals"].create_index(["profile_id", "position"])
    db["goal_actions"].create_index(["goal_id", "position"])
    db["goal_supports"].create_index(["goal_id", "position"])


@migrations()
def m003_sessions_and_look_back(db: Database) -> None:
    """Version 3: a reflection can belong to a facilitator's session, and each competence
    answer can carry a look-back rating ("where was I really at the start?")."""
    db["reflections"].add_column("session", str, not_null_default="")
    db["competence_answers"].add_column("look_back", int)


@migrations()
def m004_profile_lock(db: Database) -> None:
    """Version 4: a profile may be locked with a passphrase. Its salt, the sealed check
    word and the key-derivation cost are kept with it; empty means not locked."""
    for column in ("lock_salt", "lock_check", "lock_cost"):
        db["profiles"].add_column(column, str, not_null_default="")


@migrations()
def m005_feedback(db: Database) -> None:
    """Version 5: feedback. The packs a person handed out (so that what comes back can be
    checked against them) and each round of feedback that came back, kept whole: the
    levels a giver saw stay in their round, never in the person's own answers."""
    db["feedback_packs"].create(
        {
            "id": str,
            "profile_id": str,
            "reflection_id": str,
            "made_at": str,
            "relation": str,
            "sections": str,
            "competence_ids": str,
            "goal_ids": str,
            "allow_anonymous": int,
        },
        pk="id",
        not_null={"profile_id", "reflection_id"},
        defaults={
            "relation": "mentor",
            "sections": "[]",
            "competence_ids": "[]",
            "goal_ids": "[]",
            "allow_anonymous": 0,
            "made_at": "",
        },
    )
    db["feedback_rounds"].create(
        {
            "id": str,
            "profile_id": str,
            "pack_id": str,
            "reflection_id": str,
            "given_on": str,
            "received_at": str,
            "relation": str,
            "giver_name": str,
            "anonymous": int,
            "competences": str,
            "goals": str,
            "strengths": str,
            "focus": str,
            "next_steps": str,
            "next_meeting": str,
        },
        pk="id",
        not_null={"profile_id", "pack_id"},
        defaults={
            "given_on": "",
            "received_at": "",
            "relation": "mentor",
            "giver_name": "",
            "anonymous": 0,
            "competences": "[]",
            "goals": "[]",
            "strengths": "",
            "focus": "",
            "next_steps": "",
            "next_meeting": "",
            "reflection_id": "",
        },
    )
    db["feedback_rounds"].create_index(["profile_id"])
    db["feedback_packs"].create_index(["profile_id"])


@migrations()
def m006_involvement(db: Database) -> None:
    """Version 6: my involvement. One row per activity (its expenses kept with it as a
    JSON list of whole minor units, never floats), and the overdue notices a person has
    dismissed, so each is mentioned only once."""
    db["involvements"].create(
        {
            "id": str,
            "profile_id": str,
            "date": str,
            "organisation": str,
            "title": str,
            "kind": str,
            "role_id": str,
            "minutes": int,
            "payment": str,
            "payment_amount": int,
            "currency": str,
            "expenses": str,
            "competence_ids": str,
            "impact": str,
            "impact_kind": str,
            "heard_back": str,
            "chase_on": str,
            "debrief_what": str,
            "debrief_so_what": str,
            "debrief_now_what": str,
            "how_am_i": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"id", "profile_id", "date", "kind", "minutes", "payment", "currency"},
        defaults={
            "organisation": "",
            "title": "",
            "kind": "other",
            "role_id": "",
            "minutes": 0,
            "payment": "not_offered",
            "payment_amount": 0,
            "currency": "GBP",
            "expenses": "[]",
            "competence_ids": "[]",
            "impact": "",
            "impact_kind": "",
            "heard_back": "not_yet",
            "chase_on": "",
            "debrief_what": "",
            "debrief_so_what": "",
            "debrief_now_what": "",
            "created_at": "",
            "updated_at": "",
        },
    )
    db["involvements"].create_index(["profile_id", "date"])
    db["involvement_dismissed"].create(
        {"profile_id": str, "item_key": str, "dismissed_at": str},
        pk=("profile_id", "item_key"),
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "item_key"},
    )


if [m.name for m in migrations._migrations] != list(MIGRATIONS):  # noqa: SLF001
    raise RuntimeError("store/schema.py must name every migration of store/migrations.py, in order")
