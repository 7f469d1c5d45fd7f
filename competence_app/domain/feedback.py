"""Feedback from a mentor or anyone else the person asks: kept beside the person's own
view, never averaged into it. Plain data, no Qt, no SQL.

A *pack* is what the person hands out (a web page with the chosen parts of the plan
and a short form); a *round* is one answer that came back from it. Each round keeps
its giver apart: levels seen by someone else are never blended with the person's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The feedback file the form saves (`.feedback.json`); see docs/feedback-file.md.
FORMAT_ID = "citizen-leadership-companion-feedback"
FILE_SUFFIX = ".feedback.json"
SCHEMA_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024

# Who the giver is to the person (stored values; screens and documents show words).
RELATIONS = ("mentor", "peer", "facilitator", "colleague")
# Anonymous answers are shown only together, once at least this many came back for
# the same pack: fewer could point at one person.
ANONYMOUS_MINIMUM = 3
# A gap between the person's level and a giver's of at least this many levels is
# worth talking about (said gently, never as "you overrate yourself").
TALK_ABOUT_GAP = 2

# The longest a feedback file's fields may be (docs/feedback-file.md), and how many
# competences and goals one round may speak about: a round is a page or two of words.
MAX_NAME = 200
MAX_TEXT = 10_000
MAX_STEP = 2_000
MAX_COMPETENCES = 50
MAX_GOALS = 100
# Pack and round ids: 32 lower-case hexadecimal digits (a random uuid4 without dashes).
ID_LENGTH = 32


@dataclass
class FeedbackPack:
    """What was handed out: remembered so that feedback coming back can be checked
    against it (it answers this person's pack, on this reflection)."""

    id: str
    profile_id: str
    reflection_id: str
    made_at: str = ""  # ISO timestamp
    relation: str = "mentor"  # who it was made for
    sections: list[str] = field(default_factory=list)  # plan sections shown
    competence_ids: list[str] = field(default_factory=list)  # competences on the form
    goal_ids: list[str] = field(default_factory=list)  # goals on the form
    allow_anonymous: bool = False


@dataclass
class CompetenceView:
    """What the giver has seen of one competence."""

    competence_id: str
    seen: str = ""  # "what I have seen you do"
    level: int | None = None  # 1..5 as the giver has seen it; None when not given
    not_seen: bool = False  # "I haven't seen this": not the same as a low level


@dataclass
class GoalView:
    goal_id: str
    comment: str = ""
    next_step: str = ""  # a suggested next step, one click from becoming an action
    support: str = ""  # the support the giver can offer


@dataclass
class FeedbackRound:
    """One answer that came back: dated, linked to the reflection it was given on."""

    id: str
    profile_id: str
    pack_id: str
    reflection_id: str
    given_on: str = ""  # ISO date the giver saved it
    received_at: str = ""  # ISO timestamp it was brought into the app
    relation: str = "mentor"
    giver_name: str = ""  # "" when anonymous
    anonymous: bool = False
    competences: list[CompetenceView] = field(default_factory=list)
    goals: list[GoalView] = field(default_factory=list)
    strengths: str = ""  # strengths seen
    focus: str = ""  # one or two things to focus on
    next_steps: str = ""  # the next steps agreed
    next_meeting: str = ""  # ISO date or ""

    def view_of(self, competence_id: str) -> CompetenceView | None:
        return next((v for v in self.competences if v.competence_id == competence_id), None)

    def view_of_goal(self, goal_id: str) -> GoalView | None:
        return next((v for v in self.goals if v.goal_id == goal_id), None)


@dataclass
class GiverView:
    """One giver beside the person's own view: a named giver's round on its own, or the
    anonymous answers to one pack taken together (shown only once there are enough of
    them that no one can be picked out, and then only as counts, never one answer)."""

    rounds: list[FeedbackRound]
    anonymous: bool = False

    @property
    def key(self) -> str:
        return f"anonymous:{self.rounds[0].pack_id}" if self.anonymous else self.rounds[0].id

    @property
    def shown(self) -> bool:
        return not self.anonymous or len(self.rounds) >= ANONYMOUS_MINIMUM

    @property
    def given_on(self) -> str:
        return max(r.given_on for r in self.rounds)

    def level(self, competence_id: str) -> int | None:
        """A named giver's level for one competence (None when not given or not seen)."""
        if self.anonymous:
            return None
        view = self.rounds[0].view_of(competence_id)
        return view.level if view else None

    def not_seen(self, competence_id: str) -> bool:
        if self.anonymous:
            return False
        view = self.rounds[0].view_of(competence_id)
        return bool(view and view.not_seen)

    def counts(self, competence_id: str) -> dict[int, int]:
        """How many givers chose each level (for anonymous answers: the spread)."""
        counted: dict[int, int] = {}
        for given in self.rounds:
            view = given.view_of(competence_id)
            if view and view.level is not None:
                counted[view.level] = counted.get(view.level, 0) + 1
        return dict(sorted(counted.items()))


def beside(rounds: list[FeedbackRound], reflection_id: str | None = None) -> list[GiverView]:
    """The givers to show beside a reflection, each on their own, oldest first: every named
    round, and the anonymous rounds of each pack together. Never merged into one figure."""
    if reflection_id is not None:
        rounds = [r for r in rounds if r.reflection_id == reflection_id]
    views: list[GiverView] = []
    anonymous: dict[str, GiverView] = {}
    for given in sorted(rounds, key=lambda r: (r.given_on, r.received_at)):
        if not given.anonymous:
            views.append(GiverView([given]))
        elif given.pack_id in anonymous:
            anonymous[given.pack_id].rounds.append(given)
        else:
            anonymous[given.pack_id] = GiverView([given], anonymous=True)
            views.append(anonymous[given.pack_id])
    return views


def worth_talking_about(own: int | None, giver: int | None) -> bool:
    """The person and a giver see a competence TALK_ABOUT_GAP levels or more apart."""
    return own is not None and giver is not None and abs(own - giver) >= TALK_ABOUT_GAP
