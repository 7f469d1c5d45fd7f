"""Helpers shared by the test_exchange_* files: sample people and database snapshots.

It holds no tests; the name keeps it with the files that use it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.domain.plan import Mentor, Wellbeing
from competence_app.exchange.writing import build_document
from competence_app.store import plans, profiles, reflections

# Text that has broken exporters before: emoji (outside the BMP), right-to-left
# text and marks, combining accents, NUL and other control characters, a byte
# order mark, the JSON and HTML specials, and line and paragraph separators.
STRANGE = (
    "Ngozi ✨👩🏾‍🦽 مرحبا \u202eevil\u202c e\u0301 \x00\x01\x1f\x7f \ufeff "
    '"quote" \\back <b>&amp;</b> \u2028\u2029 \r\n\t end'
)

SESSION = "Spring cohort " + STRANGE

# Written by the app's own version-1 writer before version 2 existed. It stands for
# backups people already have, so it is never regenerated or edited.
V1_FILE = Path(__file__).resolve().parent / "fixtures" / "data-file-v1.companion.json"

TABLES = (
    "profiles",
    "reflections",
    "competence_answers",
    "role_answers",
    "plans",
    "goals",
    "goal_actions",
    "goal_supports",
    "settings",
)


def sample_person(db, framework, name: str = STRANGE):
    """A profile with two reflections (the first made in a session), a plan with a goal, an
    action and a support need."""
    person = profiles.create_profile(db, name, ["carer", STRANGE, "just me"])
    first = reflections.create_reflection(
        db, person.id, "Start " + STRANGE, framework.id, framework.version, session=SESSION
    )
    ids = [c.id for c in framework.competences]
    reflections.save_competence_answer(
        db, first.id, CompetenceAnswer(ids[0], level=3, confidence=2, example=STRANGE, look_back=2)
    )
    reflections.save_competence_answer(db, first.id, CompetenceAnswer(ids[1], not_yet=True))
    reflections.save_competence_answer(
        db, first.id, CompetenceAnswer("local_competence", level=5, develop=True)
    )
    reflections.save_role_answer(
        db, first.id, RoleAnswer(framework.roles[0].id, now=1, wish=4, notes=STRANGE)
    )
    reflections.set_current_page(db, first.id, 4)
    second = reflections.create_reflection(db, person.id, "Later", framework.id, framework.version)
    reflections.save_competence_answer(db, second.id, CompetenceAnswer(ids[2], level=1))
    goal = plans.create_goal(
        db,
        person.id,
        "Speak up " + STRANGE,
        [ids[0]],
        [framework.roles[2].id, "role_from_elsewhere"],
    )
    plans.add_action(db, goal.id, "Ask for the agenda " + STRANGE, "2025-02-28")
    plans.add_support(db, goal.id, framework.supports[0].id, STRANGE)
    plans.save_wellbeing(db, person.id, Wellbeing(drains=STRANGE, restores="walks"))
    plans.save_mentor(db, person.id, Mentor(name="Sam", next_review="2025-03-01"))
    return person


def document_of(db, profile_id: str, framework) -> dict:
    """The data file's content, as the exporter would write it."""
    return build_document(db, profile_id, framework)


def without_export_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def encoded(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def snapshot(db) -> dict:
    """Every row of every table the app keeps, in a stable order."""
    return {
        table: sorted(
            (tuple(row) for row in db.execute(f"SELECT * FROM {table}").fetchall()), key=repr
        )
        for table in TABLES
    }


def file_digest(path: Path) -> str:
    """The database file and its write-ahead log, byte for byte."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(f"{path}{suffix}")
        digest.update(part.read_bytes() if part.exists() else b"<none>")
    return digest.hexdigest()
