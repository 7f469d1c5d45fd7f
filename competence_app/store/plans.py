"""The development plan in the database. Each change is one small committed write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from competence_app.domain.plan import Action, Goal, Mentor, Plan, SupportNeed, Wellbeing
from competence_app.store import sealing
from competence_app.store.clock import new_id, now_iso
from competence_app.store.columns import list_column, string_list

if TYPE_CHECKING:
    from sqlite_utils import Database

GOAL_FIELDS = ("title", "why", "evidence", "who_can_help", "target_date", "status")


def load_plan(db: Database, profile_id: str) -> Plan:
    plan = Plan(profile_id=profile_id)
    rows = list(db["plans"].rows_where("profile_id = ?", [profile_id]))
    if rows:
        row = sealing.open_values(db, "plans", profile_id, rows[0])
        plan.wellbeing = Wellbeing(
            drains=row["drains"] or "", restores=row["restores"] or "", talk_to=row["talk_to"] or ""
        )
        plan.mentor = Mentor(
            name=row["mentor_name"] or "",
            how_we_meet=row["mentor_how"] or "",
            next_review=row["next_review"] or "",
        )
    plan.goals = [
        _load_goal(db, row)
        for row in db["goals"].rows_where(
            "profile_id = ?", [profile_id], order_by="position, created_at"
        )
    ]
    return plan


def _load_goal(db: Database, row: dict) -> Goal:
    owner = row["profile_id"]
    row = sealing.open_values(db, "goals", owner, row)
    goal = Goal(
        id=row["id"],
        profile_id=row["profile_id"],
        title=row["title"],
        why=row["why"] or "",
        evidence=row["evidence"] or "",
        competence_ids=string_list(row["competence_ids"]),
        role_ids=string_list(row["role_ids"]),
        who_can_help=row["who_can_help"] or "",
        target_date=row["target_date"] or "",
        status=row["status"],
        position=row["position"],
        created_at=row["created_at"],
    )
    actions = db["goal_actions"].rows_where("goal_id = ?", [goal.id], order_by="position, rowid")
    goal.actions = [
        Action(id=a["id"], text=a["text"], due=a["due"] or "", done=bool(a["done"]))
        for a in (sealing.open_values(db, "goal_actions", owner, a) for a in actions)
    ]
    supports = db["goal_supports"].rows_where("goal_id = ?", [goal.id], order_by="position, rowid")
    goal.supports = [
        SupportNeed(id=s["id"], support_id=s["support_id"], detail=s["detail"] or "")
        for s in (sealing.open_values(db, "goal_supports", owner, s) for s in supports)
    ]
    return goal


def create_goal(
    db: Database,
    profile_id: str,
    title: str = "",
    competence_ids: list[str] | None = None,
    role_ids: list[str] | None = None,
) -> Goal:
    stamp = now_iso()
    position = db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM goals WHERE profile_id = ?", [profile_id]
    ).fetchone()[0]
    goal = Goal(
        id=new_id(),
        profile_id=profile_id,
        title=title,
        competence_ids=list(competence_ids or []),
        role_ids=list(role_ids or []),
        position=position,
        created_at=stamp,
    )
    db["goals"].insert(
        sealing.seal_values(
            db,
            "goals",
            profile_id,
            {
                "id": goal.id,
                "profile_id": profile_id,
                "title": title,
                "competence_ids": list_column(goal.competence_ids),
                "role_ids": list_column(goal.role_ids),
                "status": goal.status,
                "position": position,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
    )
    return goal


def save_goal(db: Database, goal: Goal) -> None:
    """Save the goal's own fields and links (actions and supports are saved one by one)."""
    values = {name: getattr(goal, name) for name in GOAL_FIELDS}
    values["competence_ids"] = list_column(goal.competence_ids)
    values["role_ids"] = list_column(goal.role_ids)
    values["updated_at"] = now_iso()
    db["goals"].update(goal.id, sealing.seal_values(db, "goals", goal.profile_id, values))


def delete_goal(db: Database, goal_id: str) -> None:
    with db.atomic():
        db["goal_actions"].delete_where("goal_id = ?", [goal_id])
        db["goal_supports"].delete_where("goal_id = ?", [goal_id])
        db["goals"].delete(goal_id)


# Actions and support needs have no time of their own: every change to one also
# touches its goal's updated_at, which is what merging a data file compares.


def _touch_goal_of(db: Database, table: str, row_id: str) -> None:
    db.execute(
        f"UPDATE goals SET updated_at = ? WHERE id = (SELECT goal_id FROM {table} WHERE id = ?)",
        [now_iso(), row_id],
    )


def add_action(db: Database, goal_id: str, text: str = "", due: str = "") -> Action:
    action = Action(id=new_id(), text=text, due=due)
    owner = sealing.owner_of_goal(db, goal_id)
    with db.atomic():
        db["goal_actions"].insert(
            sealing.seal_values(
                db,
                "goal_actions",
                owner,
                {
                    "id": action.id,
                    "goal_id": goal_id,
                    "text": text,
                    "due": due,
                    "done": 0,
                    "position": _next_position(db, "goal_actions", goal_id),
                },
            )
        )
        _touch_goal_of(db, "goal_actions", action.id)
    return action


def save_action(db: Database, action: Action) -> None:
    owner = _owner_of_row(db, "goal_actions", action.id)
    values = {"text": action.text, "due": action.due, "done": int(action.done)}
    with db.atomic():
        db["goal_actions"].update(action.id, sealing.seal_values(db, "goal_actions", owner, values))
        _touch_goal_of(db, "goal_actions", action.id)


def delete_action(db: Database, action_id: str) -> None:
    with db.atomic():
        _touch_goal_of(db, "goal_actions", action_id)
        db["goal_actions"].delete(action_id)


def add_support(db: Database, goal_id: str, support_id: str, detail: str = "") -> SupportNeed:
    need = SupportNeed(id=new_id(), support_id=support_id, detail=detail)
    owner = sealing.owner_of_goal(db, goal_id)
    with db.atomic():
        db["goal_supports"].insert(
            sealing.seal_values(
                db,
                "goal_supports",
                owner,
                {
                    "id": need.id,
                    "goal_id": goal_id,
                    "support_id": support_id,
                    "detail": detail,
                    "position": _next_position(db, "goal_supports", goal_id),
                },
            )
        )
        _touch_goal_of(db, "goal_supports", need.id)
    return need


def save_support(db: Database, need: SupportNeed) -> None:
    owner = _owner_of_row(db, "goal_supports", need.id)
    values = {"support_id": need.support_id, "detail": need.detail}
    with db.atomic():
        db["goal_supports"].update(need.id, sealing.seal_values(db, "goal_supports", owner, values))
        _touch_goal_of(db, "goal_supports", need.id)


def delete_support(db: Database, need_id: str) -> None:
    with db.atomic():
        _touch_goal_of(db, "goal_supports", need_id)
        db["goal_supports"].delete(need_id)


def save_wellbeing(db: Database, profile_id: str, wellbeing: Wellbeing) -> None:
    _save_plan_row(
        db,
        profile_id,
        {"drains": wellbeing.drains, "restores": wellbeing.restores, "talk_to": wellbeing.talk_to},
    )


def save_mentor(db: Database, profile_id: str, mentor: Mentor) -> None:
    _save_plan_row(
        db,
        profile_id,
        {
            "mentor_name": mentor.name,
            "mentor_how": mentor.how_we_meet,
            "next_review": mentor.next_review,
        },
    )


def _save_plan_row(db: Database, profile_id: str, values: dict) -> None:
    values = sealing.seal_values(db, "plans", profile_id, values)
    db["plans"].upsert(
        {"profile_id": profile_id, **values, "updated_at": now_iso()}, pk="profile_id"
    )


def _owner_of_row(db: Database, table: str, row_id: str) -> str:
    row = db.execute(
        f"SELECT goals.profile_id FROM {table} JOIN goals ON goals.id = {table}.goal_id "
        f"WHERE {table}.id = ?",
        [row_id],
    ).fetchone()
    return row[0] if row else ""


def _next_position(db: Database, table: str, goal_id: str) -> int:
    return db.execute(
        f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE goal_id = ?", [goal_id]
    ).fetchone()[0]
