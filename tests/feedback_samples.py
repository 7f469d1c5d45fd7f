"""Helpers for the feedback tests: a person with a pack handed out, and the `.feedback.json`
file a giver would save from it (as the form writes it, docs/feedback-file.md)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from competence_app.domain.feedback import FORMAT_ID, SCHEMA_VERSION, FeedbackPack
from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.store import feedback, plans, profiles, reflections

HOSTILE = '<script>alert("x")</script> & <b>bold</b> {name} %s \u202eevil'


@dataclass
class Person:
    profile: object
    reflection: object
    goal: object
    pack: FeedbackPack


def person_with_pack(db, framework, name="Ines", allow_anonymous=False, levels=None) -> Person:
    """Someone with a reflection (levels for the first competences), a goal and a pack."""
    profile = profiles.create_profile(db, name)
    reflection = reflections.create_reflection(
        db, profile.id, "Start", framework.id, framework.version
    )
    ids = [c.id for c in framework.competences]
    levels = levels or {ids[0]: 2, ids[1]: 4, ids[2]: 3}
    for competence_id, level in levels.items():
        reflections.save_competence_answer(
            db, reflection.id, CompetenceAnswer(competence_id, level=level, example="mine")
        )
    reflections.save_role_answer(db, reflection.id, RoleAnswer(framework.roles[0].id, 2, 4))
    goal = plans.create_goal(db, profile.id, "Speak at the board", [ids[0]])
    plans.add_action(db, goal.id, "Ask for the agenda", "")
    pack = FeedbackPack(
        uuid.uuid4().hex,
        profile.id,
        reflection.id,
        relation="mentor",
        sections=["goals", "competences"],
        competence_ids=ids[:4],
        goal_ids=[goal.id],
        allow_anonymous=allow_anonymous,
    )
    feedback.record_pack(db, pack)
    return Person(profile, reflection, goal, pack)


def answer(pack: FeedbackPack, name="Sam", relation="mentor", levels=None, **changes) -> dict:
    """The file a giver saves from `pack`; `levels` maps competence ids to levels seen."""
    ids = pack.competence_ids
    levels = levels if levels is not None else {ids[0]: 4, ids[1]: 4}
    competences = [
        {"competence_id": cid, "seen": f"Seen {cid}", "level": level, "not_seen": False}
        for cid, level in levels.items()
    ]
    competences.append({"competence_id": ids[3], "seen": "", "level": None, "not_seen": True})
    document = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "id": uuid.uuid4().hex,
        "pack_id": pack.id,
        "reflection_id": pack.reflection_id,
        "given_on": "2026-11-20",
        "language": "en",
        "giver": {"relation": relation, "name": name, "anonymous": False},
        "competences": competences,
        "goals": [
            {
                "goal_id": goal_id,
                "comment": "A good goal for spring",
                "next_step": "Ask the chair for ten minutes",
                "support": "I can introduce you",
            }
            for goal_id in pack.goal_ids
        ],
        "overall": {
            "strengths": "Listens first",
            "focus": "Saying no",
            "next_steps": "Draft three points",
            "next_meeting": "2027-01-12",
        },
    }
    document.update(changes)
    return document


def anonymous(pack: FeedbackPack, levels=None) -> dict:
    document = answer(pack, levels=levels)
    document["giver"] = {"relation": "peer", "name": "", "anonymous": True}
    return document


def encoded(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def write(folder, document: dict, name: str | None = None):
    path = folder / (name or f"feedback-{document['giver']['name'] or 'anonymous'}.feedback.json")
    path.write_bytes(encoded(document))
    return path
