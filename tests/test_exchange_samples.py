"""Helpers shared by the test_exchange_* files: sample people and database snapshots.

It holds no tests; the name keeps it with the files that use it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

from competence_app.domain.feedback import CompetenceView, FeedbackPack, FeedbackRound, GoalView
from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.domain.plan import Mentor, Wellbeing
from competence_app.exchange.writing import build_document
from competence_app.store import feedback, plans, profiles, reflections

# Text that has broken exporters before: emoji (outside the BMP), right-to-left
# text and marks, combining accents, NUL and other control characters, a byte
# order mark, the JSON and HTML specials, and line and paragraph separators.
STRANGE = (
    "Ngozi ✨👩🏾‍🦽 مرحبا \u202eevil\u202c e\u0301 \x00\x01\x1f\x7f \ufeff "
    '"quote" \\back <b>&amp;</b> \u2028\u2029 \r\n\t end'
)

SESSION = "Spring cohort " + STRANGE

# Written by the app's own version-2 writer (the version-1 file imported, given a session
# and a look back, and saved again) before version 3 existed. Never regenerated or edited.
V2_FILE = Path(__file__).resolve().parent / "fixtures" / "data-file-v2.companion.json"
# Written by the version-3 writer: the version-2 person with a feedback pack and two rounds.
V3_FILE = Path(__file__).resolve().parent / "fixtures" / "data-file-v3.companion.json"
# Written by the version-4 writer: the version-3 person with two activities of my involvement.
V4_FILE = Path(__file__).resolve().parent / "fixtures" / "data-file-v4.companion.json"

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
    "feedback_packs",
    "feedback_rounds",
    "involvements",
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
    sample_involvement(db, person.id)
    return person


def sample_involvement(db, person_id: str):
    """An activity with an expense still owed, one paid, and a private debrief."""
    from competence_app.domain.involvement import Debrief, Expense, Involvement
    from competence_app.store import involvement

    return involvement.save_involvement(
        db,
        Involvement(
            str(uuid.uuid4()),
            person_id,
            "2025-02-12",
            "Council " + STRANGE,
            title=STRANGE,
            kind="committee",
            role_id="disruptor_advocate",
            minutes=150,
            payment="offered_accepted",
            payment_amount=7550,
            currency="EUR",
            expenses=[
                Expense("1", "travel", 1260, claimed_on="2025-02-13"),
                Expense("2", "carer_cover", 4000, claimed_on="2025-02-13", paid_on="2025-03-01"),
            ],
            competence_ids=["lobbying"],
            impact=STRANGE,
            impact_kind="policy",
            chase_on="2025-03-12",
            debrief=Debrief(STRANGE, "so " + STRANGE, "now"),
            how_am_i=2,
        ),
    )


def feedback_id() -> str:
    return uuid.uuid4().hex


def sample_feedback(db, person_id: str, giver: str = "Sam " + STRANGE, **changes):
    """A pack made from the person's first reflection and goal, and a round that came back."""
    reflection = reflections.list_reflections(db, person_id)[0]
    goals = plans.load_plan(db, person_id).goals
    competence_ids = [a.competence_id for a in reflection.competences.values()][:2]
    pack = FeedbackPack(
        feedback_id(),
        person_id,
        reflection.id,
        sections=["goals", "competences"],
        competence_ids=competence_ids,
        goal_ids=[goal.id for goal in goals],
        allow_anonymous=changes.pop("allow_anonymous", False),
    )
    feedback.record_pack(db, pack)
    views = [CompetenceView(competence_ids[0], "Seen it " + STRANGE.replace("\x00", ""), 5)]
    views += [CompetenceView(c, not_seen=True) for c in competence_ids[1:]]
    values = dict(
        id=feedback_id(),
        profile_id=person_id,
        pack_id=pack.id,
        reflection_id=reflection.id,
        given_on="2026-11-20",
        relation="mentor",
        giver_name=giver,
        competences=views,
        goals=[
            GoalView(goal.id, "Good " + STRANGE, "Ask the chair", "An introduction")
            for goal in goals
        ],
        strengths="Listens first",
        focus="Saying no",
        next_steps="Meet in January",
        next_meeting="2027-01-12",
    )
    values.update(changes)
    given = FeedbackRound(**values)
    feedback.save_round(db, given)
    return pack, given


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
