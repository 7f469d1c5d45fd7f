"""The person's own data: profiles, reflections and their answers."""

from __future__ import annotations

from dataclasses import dataclass, field

CONFIDENCE_STEPS = 3  # 1 = not very, 2 = fairly, 3 = very confident
ROLE_SCALE_MAX = 4  # "describes what I do now" and "I'd like to grow into this": 0 to 4


@dataclass
class Profile:
    id: str
    name: str = ""
    self_words: list[str] = field(default_factory=list)
    created_at: str = ""


@dataclass
class CompetenceAnswer:
    competence_id: str
    level: int | None = None  # 1..5; None when not chosen
    not_yet: bool = False  # "I haven't had the chance yet": not the same as a low level
    confidence: int | None = None  # 1..CONFIDENCE_STEPS
    example: str = ""
    develop: bool = False
    # "Looking back, where was I really at the start?" (1..5), asked when reflecting
    # again after training: people often rate themselves lower once they know more.
    look_back: int | None = None

    @property
    def answered(self) -> bool:
        return self.level is not None or self.not_yet


@dataclass
class RoleAnswer:
    role_id: str
    now: int | None = None  # 0..ROLE_SCALE_MAX
    wish: int | None = None
    notes: str = ""

    @property
    def answered(self) -> bool:
        return self.now is not None or self.wish is not None


@dataclass
class Reflection:
    id: str
    profile_id: str
    created_at: str  # ISO date-time, local time, of when the reflection was started
    label: str = ""
    session: str = ""  # the facilitator's session this reflection was made in, if any
    framework_id: str = ""
    framework_version: str = ""
    current_page: int = 0
    competences: dict[str, CompetenceAnswer] = field(default_factory=dict)
    roles: dict[str, RoleAnswer] = field(default_factory=dict)

    def competence(self, competence_id: str) -> CompetenceAnswer:
        return self.competences.get(competence_id) or CompetenceAnswer(competence_id)

    def role(self, role_id: str) -> RoleAnswer:
        return self.roles.get(role_id) or RoleAnswer(role_id)

    def levels(self) -> dict[str, int]:
        """Chosen levels only: 'not had the chance yet' and blanks are left out."""
        return {
            cid: a.level
            for cid, a in self.competences.items()
            if a.level is not None and not a.not_yet
        }
