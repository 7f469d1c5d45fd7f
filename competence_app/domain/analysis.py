"""What a reflection says: strengths, priorities, role fit and change over time.

Pure functions over the framework and a Reflection; the screens and the
documents both call these, so a figure never differs between them.
"""

from __future__ import annotations

from dataclasses import dataclass

from competence_app.domain.framework import LEVEL_COUNT, Framework, Role
from competence_app.domain.model import CompetenceAnswer, Reflection

STRENGTH_LEVEL = 4  # levels 4 and 5 count as strengths

# How a role fits, in words. Judged on the role's leading competences only: an
# average over all nine barely differs between roles (every role uses every
# competence a little), so it could not tell roles apart.
FIT_STRONG = "strong"  # leading competences at about 4 or 5
FIT_GROWING = "growing"  # about the middle of the scale
FIT_NOT_YET = "not_yet"  # mostly at 1 or 2 so far
FIT_UNKNOWN = "unknown"  # no leading competence has a level yet
FIT_BANDS = (FIT_STRONG, FIT_GROWING, FIT_NOT_YET)
STRONG_FROM = 4.0
GROWING_FROM = 2.5


@dataclass(frozen=True)
class CompetenceStanding:
    competence_id: str
    name: str
    weight: int
    level: int | None  # None: not rated or not had the chance yet
    not_yet: bool


@dataclass(frozen=True)
class RoleFit:
    role_id: str
    name: str
    percent: int | None  # weighted average of every rated level; None when nothing is rated
    carrying: tuple[CompetenceStanding, ...]  # the leading competences (heaviest weight)
    to_strengthen: tuple[CompetenceStanding, ...]  # leading ones, rated, lowest level first
    untried: tuple[CompetenceStanding, ...]  # leading ones with no level yet
    rated_weight_share: float  # how much of the role's weight has a level behind it
    band: str = FIT_UNKNOWN  # one of FIT_BANDS, or FIT_UNKNOWN
    lead_level: float | None = None  # mean level of the rated leading competences


def strengths(framework: Framework, reflection: Reflection) -> list[str]:
    """Competence ids rated at STRENGTH_LEVEL or above, strongest first, framework order within."""
    levels = reflection.levels()
    chosen = [c.id for c in framework.competences if levels.get(c.id, 0) >= STRENGTH_LEVEL]
    return sorted(chosen, key=lambda cid: -levels[cid])


def priorities(framework: Framework, reflection: Reflection) -> list[str]:
    """Competence ids the person marked 'I want to develop this', in framework order."""
    return [c.id for c in framework.competences if reflection.competence(c.id).develop]


def carried_forward(framework: Framework, previous: Reflection | None) -> list[CompetenceAnswer]:
    """The starting answers of a new reflection: last time's 'I want to develop this'."""
    if previous is None:
        return []
    return [CompetenceAnswer(cid, develop=True) for cid in priorities(framework, previous)]


def wished_roles(framework: Framework, reflection: Reflection) -> list[str]:
    """Role ids the person would like to grow into more than they do now, biggest gap first."""
    gaps = []
    for role in framework.roles:
        answer = reflection.role(role.id)
        if answer.wish is not None and answer.wish > (answer.now or 0):
            gaps.append((answer.wish - (answer.now or 0), answer.wish, role.id))
    gaps.sort(key=lambda g: (-g[0], -g[1]))
    return [role_id for _, _, role_id in gaps]


def role_fit(framework: Framework, role: Role, reflection: Reflection) -> RoleFit:
    """How well the current competence levels match what the role leans on.

    The fit is the weighted average of the chosen levels, as a percentage of
    the top level, counting only competences that have a level: a competence
    someone has not had the chance to use yet is neither a strength nor a gap.
    """
    levels = reflection.levels()
    standings = [
        CompetenceStanding(
            competence_id=c.id,
            name=c.name,
            weight=role.weights.get(c.id, 0),
            level=levels.get(c.id),
            not_yet=reflection.competence(c.id).not_yet,
        )
        for c in framework.competences
    ]
    weighted = [s for s in standings if s.weight > 0]
    total_weight = sum(s.weight for s in weighted)
    rated = [s for s in weighted if s.level is not None]
    rated_weight = sum(s.weight for s in rated)
    percent = None
    if rated_weight:
        score = sum(s.weight * s.level for s in rated) / (rated_weight * LEVEL_COUNT)
        percent = round(100 * score)
    carrying_ids = set(role.carrying_competences())
    carrying = tuple(s for s in standings if s.competence_id in carrying_ids)
    lead_rated = [s for s in carrying if s.level is not None]
    lead_level = sum(s.level for s in lead_rated) / len(lead_rated) if lead_rated else None
    # Only the role's own leading competences are named as the way to strengthen it.
    headroom = sorted((s for s in lead_rated if s.level < LEVEL_COUNT), key=lambda s: s.level)
    lowest = headroom[0].level if headroom else None
    return RoleFit(
        role_id=role.id,
        name=role.name,
        percent=percent,
        carrying=carrying,
        to_strengthen=tuple(s for s in headroom if s.level == lowest),
        untried=tuple(s for s in carrying if s.level is None),
        rated_weight_share=(rated_weight / total_weight) if total_weight else 0.0,
        band=fit_band(lead_level),
        lead_level=lead_level,
    )


def fit_band(lead_level: float | None) -> str:
    if lead_level is None:
        return FIT_UNKNOWN
    if lead_level >= STRONG_FROM:
        return FIT_STRONG
    if lead_level >= GROWING_FROM:
        return FIT_GROWING
    return FIT_NOT_YET


def fits_by_band(fits: list[RoleFit]) -> dict[str, list[RoleFit]]:
    """Roles grouped by how they fit, each group in framework order.

    Never a ranking: roles in the same band are equals, and only the band is shown.
    """
    return {band: [f for f in fits if f.band == band] for band in (*FIT_BANDS, FIT_UNKNOWN)}


def closest_roles(framework: Framework, reflection: Reflection) -> list[str]:
    """Role ids whose leading competences stand highest (several when they are level)."""
    fits = [f for f in role_fits(framework, reflection) if f.lead_level is not None]
    if not fits:
        return []
    best = max(f.lead_level for f in fits)
    return [f.role_id for f in fits if f.lead_level == best]


def role_fits(framework: Framework, reflection: Reflection) -> list[RoleFit]:
    return [role_fit(framework, role, reflection) for role in framework.roles]


@dataclass(frozen=True)
class CompetenceChange:
    competence_id: str
    name: str
    before: int | None
    after: int | None
    before_not_yet: bool
    after_not_yet: bool
    look_back: int | None = None  # the later reflection's view of where the start really was

    @property
    def growth_from_look_back(self) -> int | None:
        if self.look_back is None or self.after is None:
            return None
        return self.after - self.look_back

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class RoleChange:
    role_id: str
    name: str
    now_before: int | None
    now_after: int | None
    wish_before: int | None
    wish_after: int | None


@dataclass(frozen=True)
class Comparison:
    earlier_id: str
    later_id: str
    competences: tuple[CompetenceChange, ...]
    roles: tuple[RoleChange, ...]

    def grown(self) -> list[CompetenceChange]:
        return [c for c in self.competences if c.delta is not None and c.delta > 0]

    def lower(self) -> list[CompetenceChange]:
        return [c for c in self.competences if c.delta is not None and c.delta < 0]

    def steady(self) -> list[CompetenceChange]:
        return [c for c in self.competences if c.delta == 0]

    def newly_rated(self) -> list[CompetenceChange]:
        return [c for c in self.competences if c.before is None and c.after is not None]


def compare(framework: Framework, earlier: Reflection, later: Reflection) -> Comparison:
    """Set two reflections side by side, ordered by the caller (earlier first)."""
    before, after = earlier.levels(), later.levels()
    competences = tuple(
        CompetenceChange(
            competence_id=c.id,
            name=c.name,
            before=before.get(c.id),
            after=after.get(c.id),
            before_not_yet=earlier.competence(c.id).not_yet,
            after_not_yet=later.competence(c.id).not_yet,
            look_back=later.competence(c.id).look_back,
        )
        for c in framework.competences
    )
    roles = tuple(
        RoleChange(
            role_id=r.id,
            name=r.name,
            now_before=earlier.role(r.id).now,
            now_after=later.role(r.id).now,
            wish_before=earlier.role(r.id).wish,
            wish_after=later.role(r.id).wish,
        )
        for r in framework.roles
    )
    return Comparison(earlier.id, later.id, competences, roles)


def answered_count(framework: Framework, reflection: Reflection) -> tuple[int, int]:
    """(pages with an answer, total pages) for progress shown in the history."""
    done = sum(reflection.competence(c.id).answered for c in framework.competences)
    done += sum(reflection.role(r.id).answered for r in framework.roles)
    return done, len(framework.competences) + len(framework.roles)
