"""Only store/ knows the schema: the data file's records are read and merged through
store/records.py, and no other layer runs SQL on the data folder's database."""

from __future__ import annotations

import ast
from pathlib import Path

import competence_app
from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.store import plans, profiles, records, reflections

PACKAGE = Path(competence_app.__file__).parent
# Files that open a SQLite file of their own, never the data folder's schema through the store:
# the doctor reads a possibly damaged database read-only, and the group summary writes a
# separate SQLite document for the facilitator.
OWN_CONNECTIONS = {"doctor.py", "group/tables.py"}
SQL_CALLS = {"execute", "executemany", "executescript"}


def _sql_outside_store() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("store/") or relative in OWN_CONNECTIONS:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
            ):
                found.append(f"{relative}:{node.lineno} .{node.func.attr}()")
            if (  # sqlite-utils tables: db["goals"]
                isinstance(node, ast.Subscript)
                and isinstance(node.value, (ast.Name, ast.Attribute))
                and (getattr(node.value, "id", None) or getattr(node.value, "attr", "")) == "db"
            ):
                found.append(f"{relative}:{node.lineno} db[...]")
    return found


def test_only_the_store_runs_sql():
    assert _sql_outside_store() == []


def test_a_record_read_from_the_store_goes_back_as_the_same_row(db):
    """Row -> record -> row is the identity, so an import of an export changes nothing."""
    person = profiles.create_profile(db, "Ana", ["carer", "señora"])
    reflection = reflections.create_reflection(db, person.id, "Start", "fw", "1", session="C4")
    reflections.save_competence_answer(
        db, reflection.id, CompetenceAnswer("research", level=3, confidence=2, example="¡Sí!")
    )
    reflections.save_role_answer(db, reflection.id, RoleAnswer("advocate", now=1, wish=4))
    goal = plans.create_goal(db, person.id, "Chair a meeting", ["mediating"], ["advocate"])
    plans.add_action(db, goal.id, "Shadow the chair", "2026-05-01")
    plans.add_support(db, goal.id, "training", "A course")

    profile = records.profile_record(db, person.id)
    [reflection_record] = records.reflection_records(db, person.id)
    plan = records.plan_record(db, person.id)
    rows = [records.profile_row(profile), records.reflection_row(person.id, reflection_record)]
    rows += [
        records.competence_answer_row(reflection.id, a) for a in reflection_record["competences"]
    ]
    rows += [records.role_answer_row(reflection.id, a) for a in reflection_record["roles"]]
    [goal_record] = plan["goals"]
    rows.append(records.goal_row(person.id, goal_record))
    rows += [records.action_row(goal.id, a) for a in goal_record["actions"]]
    rows += [records.support_row(goal.id, s) for s in goal_record["supports"]]
    for row in rows:
        kept = records.stored(db, row)
        assert kept is not None, row.table
        assert not records.differs(kept, row), row.table
    assert profile["self_words"] == ["carer", "señora"]
    assert records.owners(db, "goal", [goal.id, "elsewhere"]) == {goal.id: person.id}
