"""The personal development plan: goals with actions and the support they need,
looking after myself, and the mentor. Plain data, no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field

# Stored values; the screens and documents show them in words.
GOAL_STATUSES = ("not_started", "under_way", "achieved", "set_aside")


@dataclass
class Action:
    id: str
    text: str = ""
    due: str = ""  # ISO date (YYYY-MM-DD) or ""
    done: bool = False


@dataclass
class SupportNeed:
    """Something I need from the organisations I work with, e.g. expenses paid promptly."""

    id: str
    support_id: str  # a support category id from the framework
    detail: str = ""


@dataclass
class Goal:
    id: str
    profile_id: str
    title: str = ""  # what I want to achieve
    why: str = ""  # why it matters to me
    evidence: str = ""  # how I will know I got there
    competence_ids: list[str] = field(default_factory=list)
    role_ids: list[str] = field(default_factory=list)
    who_can_help: str = ""
    target_date: str = ""  # ISO date or ""
    status: str = "not_started"
    position: int = 0
    created_at: str = ""
    actions: list[Action] = field(default_factory=list)
    supports: list[SupportNeed] = field(default_factory=list)


@dataclass
class Wellbeing:
    """Looking after myself: the role takes an emotional toll."""

    drains: str = ""  # what drains me
    restores: str = ""  # what restores me
    talk_to: str = ""  # who I talk things over with after difficult meetings


@dataclass
class Mentor:
    name: str = ""
    how_we_meet: str = ""  # how and how often we meet
    next_review: str = ""  # ISO date or ""


@dataclass
class Plan:
    profile_id: str
    goals: list[Goal] = field(default_factory=list)
    wellbeing: Wellbeing = field(default_factory=Wellbeing)
    mentor: Mentor = field(default_factory=Mentor)

    def active_goals(self) -> list[Goal]:
        return [g for g in self.goals if g.status != "set_aside"]

    def goals_working_on(
        self, competence_id: str | None = None, role_id: str | None = None
    ) -> list[Goal]:
        """Goals (not set aside) linked to a competence or a role, in plan order."""
        return [
            g
            for g in self.active_goals()
            if (competence_id is not None and competence_id in g.competence_ids)
            or (role_id is not None and role_id in g.role_ids)
        ]

    def support_needs(self) -> list[tuple[Goal, SupportNeed]]:
        """Every support asked for, with the goal it serves, in goal order."""
        return [(goal, need) for goal in self.goals for need in goal.supports]
