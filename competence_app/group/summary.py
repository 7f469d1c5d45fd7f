"""The group summary: counts and medians from the shares people chose to hand in.

Small groups are protected by the summary object itself: with fewer than
MIN_GROUP people it holds only counts of people (no breakdown is even worked
out), `suppressed` is true and `notice` says why, so no screen or document
can forget. Plain Python; sentences go through Qt's translator when shown.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from competence_app.domain.framework import LEVEL_COUNT, Framework
from competence_app.domain.model import ROLE_SCALE_MAX
from competence_app.formats import number_text
from competence_app.group.fileformat import MIN_GROUP, GroupError
from competence_app.group.loading import (
    COUNTED,
    DUPLICATE,
    REFUSED,
    FileStatus,
    LoadResult,
    load_shares,
)
from competence_app.i18n import translate

__all__ = [
    "COUNTED",
    "DUPLICATE",
    "MIN_GROUP",
    "REFUSED",
    "CompetenceCounts",
    "FileStatus",
    "GroupSummary",
    "LoadResult",
    "RoleCounts",
    "load_shares",
    "select_shares",
    "summarise",
]

TOP = 3  # how many competences or supports the key points name


@dataclass(frozen=True)
class CompetenceCounts:
    competence_id: str
    name: str
    levels: tuple[int, ...]  # people at level 1, 2, ... 5
    not_yet: int  # "not had the chance yet"
    no_answer: int
    median: float | None  # of the levels chosen; None when nobody chose one
    develop: int  # people who want to develop it


@dataclass(frozen=True)
class ScaleCounts:
    values: tuple[int, ...]  # people at 0, 1, ... 4
    no_answer: int
    median: float | None


@dataclass(frozen=True)
class RoleCounts:
    role_id: str
    name: str
    now: ScaleCounts  # how much it describes what they do now
    wish: ScaleCounts  # how much they would like to grow into it


@dataclass(frozen=True)
class SupportCount:
    support_id: str
    name: str
    people: int


@dataclass(frozen=True)
class LookBack:
    """Where people now think they were at the start, beside where they are now: the same
    people on both sides (those who gave a look-back rating and a level)."""

    competence_id: str
    name: str
    people: int
    median_start: float
    median_now: float


@dataclass(frozen=True)
class CohortTime:
    """Time given in the 12 months before each share, from the people who shared it."""

    people: int  # who ticked "how many activities and hours"
    activities: int
    minutes: int
    unpaid_minutes: int


@dataclass(frozen=True)
class CohortExpenses:
    """Expenses still owed, from the people who shared them: no organisations, no amounts."""

    people: int  # who ticked "how many expenses are still owed"
    owed_people: int  # of them, people with at least one expense owed
    overdue_people: int  # people with an expense owed for more than overdue_days
    expenses: int  # expenses owed, in all
    overdue: int  # of those, owed for more than overdue_days
    longest_days: int  # the longest any has waited
    median_days: float | None  # of every expense owed
    overdue_days: int


@dataclass(frozen=True)
class Breakdown:
    competences: tuple[CompetenceCounts, ...]
    roles: tuple[RoleCounts, ...]
    supports: tuple[SupportCount, ...]  # asked for at least once, most asked first
    look_back: tuple[LookBack, ...]
    self_words: tuple[tuple[str, int], ...]  # word, people; only from those who ticked it
    support_details: tuple[tuple[str, str], ...]  # support name, words; not linked to anyone
    # From the involvement extras; None when fewer than MIN_GROUP people shared them.
    time: CohortTime | None = None
    expenses: CohortExpenses | None = None


@dataclass(frozen=True)
class GroupSummary:
    framework_id: str
    people: int
    session: str | None  # the session chosen, or None for everyone
    sessions: tuple[tuple[str, int], ...]  # every session in the files, with its people
    files: int
    duplicates: int
    refused: int
    _breakdown: Breakdown | None = field(default=None, repr=False)

    @property
    def suppressed(self) -> bool:
        return self.people < MIN_GROUP

    @property
    def notice(self) -> str:
        """Why only counts are shown, in one sentence; '' when the group is big enough."""
        if not self.suppressed:
            return ""
        return translate(
            "GroupSummary",
            "This summary shows only how many people took part, because with fewer than "
            "{minimum} people an answer could be traced back to the person who gave it.",
        ).format(minimum=MIN_GROUP)

    def _part(self, name: str) -> tuple:
        if self.suppressed or self._breakdown is None:
            return ()
        return getattr(self._breakdown, name)

    @property
    def competences(self) -> tuple[CompetenceCounts, ...]:
        return self._part("competences")

    @property
    def roles(self) -> tuple[RoleCounts, ...]:
        return self._part("roles")

    @property
    def supports(self) -> tuple[SupportCount, ...]:
        return self._part("supports")

    @property
    def look_back(self) -> tuple[LookBack, ...]:
        return self._part("look_back")

    @property
    def self_words(self) -> tuple[tuple[str, int], ...]:
        return self._part("self_words")

    @property
    def support_details(self) -> tuple[tuple[str, str], ...]:
        return self._part("support_details")

    @property
    def time(self) -> CohortTime | None:
        return None if self.suppressed or self._breakdown is None else self._breakdown.time

    @property
    def expenses(self) -> CohortExpenses | None:
        return None if self.suppressed or self._breakdown is None else self._breakdown.expenses

    def involvement_points(self) -> list[str]:
        """The cohort's unpaid time and overdue expenses in words, for the facilitator to
        take to the organisations; [] when too few people shared them."""
        points = []
        if self.expenses is not None:
            points.append(expenses_sentence(self.expenses))
        if self.time is not None:
            points.append(time_sentence(self.time))
        return points

    @property
    def wants_to_develop(self) -> tuple[CompetenceCounts, ...]:
        """Competences someone wants to develop, the most wanted first."""
        chosen = [c for c in self.competences if c.develop]
        return tuple(sorted(chosen, key=lambda c: -c.develop))

    def key_points(self) -> list[str]:
        """What a facilitator most needs, in words, first: what the group wants to
        develop and the support it needs. Empty for a suppressed group."""
        if self.suppressed or self._breakdown is None:
            return []
        from competence_app.wording import join_names

        points = [
            self._ranked(
                join_names,
                _leaders(self.wants_to_develop, lambda c: c.develop),
                lambda c: c.develop,
                translate("GroupSummary", "What the group most wants to develop: {names}."),
                translate("GroupSummary", "Nobody marked a competence they want to develop."),
            ),
            self._ranked(
                join_names,
                _leaders(self.supports, lambda s: s.people),
                lambda s: s.people,
                translate("GroupSummary", "The support people most need: {names}."),
                translate("GroupSummary", "Nobody's plan asks for a kind of support yet."),
            ),
        ]
        points += self._more_points(join_names)
        return points + self.involvement_points()

    def _ranked(self, join_names, leaders: list, count, sentence: str, nobody: str) -> str:
        """'Lobbying (12 of 20 people), Research (10) and Mediating (9)' in a sentence."""
        if not leaders:
            return nobody
        first, *rest = leaders
        people = self.people  # a plain name: lupdate sees the plural message
        named = [
            translate("GroupSummary", "{name} ({count} of %n people)", None, people).format(
                name=first.name, count=count(first)
            )
        ] + [f"{item.name} ({count(item)})" for item in rest]
        return sentence.format(names=join_names(named))

    def _more_points(self, join_names) -> list[str]:
        points = []
        rated = [c for c in self.competences if c.median is not None]
        # Said only when it tells something: not when every competence is level with the rest.
        if rated and len({c.median for c in rated}) > 1:
            top = max(c.median for c in rated)
            names = join_names([c.name for c in rated if c.median == top])
            points.append(
                translate(
                    "GroupSummary",
                    "Where the group feels strongest: {names} (typical level {level}).",
                ).format(names=names, level=number_text(top))
            )
        untried = _leaders(self.competences, lambda c: c.not_yet)
        if untried:
            points.append(
                translate("GroupSummary", "Not had the chance yet, most often: {names}.").format(
                    names=join_names([f"{c.name} ({c.not_yet})" for c in untried])
                )
            )
        gaps = [
            (r.wish.median - r.now.median, r)
            for r in self.roles
            if r.now.median is not None and r.wish.median is not None
        ]
        if gaps and max(g for g, _ in gaps) > 0:
            role = max(gaps, key=lambda pair: pair[0])[1]
            points.append(
                translate(
                    "GroupSummary",
                    "The role people most want to grow into: {name} (typically {now} now, "
                    "{wish} wished for, out of {top}).",
                ).format(
                    name=role.name,
                    now=number_text(role.now.median),
                    wish=number_text(role.wish.median),
                    top=ROLE_SCALE_MAX,
                )
            )
        risen = [b for b in self.look_back if b.median_now > b.median_start]
        if risen:
            points.append(
                translate(
                    "GroupSummary",
                    "Looking back at the start, the typical level has risen in {names}.",
                ).format(names=join_names([b.name for b in risen]))
            )
        return points


def _hours(minutes: int) -> str:
    from competence_app.wording import duration_text

    return duration_text(minutes)


def expenses_sentence(figures: CohortExpenses) -> str:
    """'7 of 12 people carry expenses owed for more than 30 days (19 expenses; the longest
    has waited 120 days).'"""
    if figures.overdue_people:
        return translate(
            "GroupSummary",
            "{overdue} of {people} people carry expenses owed for more than {days} days "
            "({expenses} such expenses; the longest has waited {longest} days).",
        ).format(
            overdue=figures.overdue_people,
            people=figures.people,
            days=figures.overdue_days,
            expenses=figures.overdue,
            longest=figures.longest_days,
        )
    if figures.owed_people:
        return translate(
            "GroupSummary",
            "{owed} of {people} people are waiting for expenses, none for more than {days} days.",
        ).format(owed=figures.owed_people, people=figures.people, days=figures.overdue_days)
    return translate(
        "GroupSummary", "None of the {people} people who shared their expenses is owed any."
    ).format(people=figures.people)


def time_sentence(figures: CohortTime) -> str:
    """'140 hours unpaid in the last year, of 190 hours given in 60 activities (12 people).'"""
    return translate(
        "GroupSummary",
        "{unpaid} unpaid in the last year, of {hours} given in {activities} activities "
        "by the {people} people who shared their time.",
    ).format(
        unpaid=_hours(figures.unpaid_minutes),
        hours=_hours(figures.minutes),
        activities=figures.activities,
        people=figures.people,
    )


def _leaders(items, count) -> list:
    """The TOP items by count (more when tied with the last), leaving out zeros."""
    ranked = sorted((i for i in items if count(i)), key=lambda i: -count(i))
    if len(ranked) <= TOP:
        return ranked
    cut = count(ranked[TOP - 1])
    return [i for i in ranked if count(i) >= cut][: TOP + 2]


def same_session(a: str, b: str) -> bool:
    # Typed by people on different laptops: "Spring group " and "spring group" are one.
    return a.strip().casefold() == b.strip().casefold()


def select_shares(result: LoadResult, session: str | None) -> list[dict]:
    """The counted shares in a session ('' for those without one), or all for None."""
    if session is None:
        return list(result.shares)
    return [s for s in result.shares if same_session(s["session"], session)]


def summarise(result: LoadResult, framework: Framework, session: str | None = None) -> GroupSummary:
    if result.framework_id != framework.id:
        raise GroupError(
            translate(
                "group",
                'These files were checked against the framework "{checked}", not '
                '"{wanted}". Please load them again with this framework.',
            ).format(checked=result.framework_id, wanted=framework.id)
        )
    shares = select_shares(result, session)
    tally = _tally_spellings([share["session"]] for share in result.shares)
    ordered = tuple(sorted(tally, key=lambda pair: pair[0].casefold()))
    return GroupSummary(
        framework_id=framework.id,
        people=len(shares),
        session=session,
        sessions=ordered,
        files=len(result.files),
        duplicates=len(result.duplicates),
        refused=len(result.refused),
        # Not even worked out for a small group: nothing to leak by mistake.
        _breakdown=_breakdown(shares, framework) if len(shares) >= MIN_GROUP else None,
    )


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _breakdown(shares: list[dict], framework: Framework) -> Breakdown:
    people = len(shares)
    competence_answers = {c.id: [] for c in framework.competences}
    role_answers = {r.id: [] for r in framework.roles}
    supports: Counter = Counter()
    details = []
    known_supports = {s.id: s.name for s in framework.supports}
    for share in shares:
        # Ids this framework does not know (an adapted file) are left out, not guessed at.
        for answer in share["competences"]:
            if answer["competence_id"] in competence_answers:
                competence_answers[answer["competence_id"]].append(answer)
        for answer in share["roles"]:
            if answer["role_id"] in role_answers:
                role_answers[answer["role_id"]].append(answer)
        supports.update(s for s in share["supports"] if s in known_supports)
        details += [
            (d["support_id"], d["detail"])
            for d in share.get("support_details", ())
            if d["support_id"] in known_supports
        ]
    support_order = {s.id: i for i, s in enumerate(framework.supports)}
    return Breakdown(
        competences=tuple(
            _competence(c.id, c.name, competence_answers[c.id], people)
            for c in framework.competences
        ),
        roles=tuple(
            RoleCounts(
                r.id,
                r.name,
                _scale([a["now"] for a in role_answers[r.id]], people),
                _scale([a["wish"] for a in role_answers[r.id]], people),
            )
            for r in framework.roles
        ),
        supports=tuple(
            SupportCount(sid, known_supports[sid], n)
            for sid, n in sorted(supports.items(), key=lambda p: (-p[1], support_order[p[0]]))
        ),
        look_back=tuple(
            item
            for c in framework.competences
            if (item := _look_back(c.id, c.name, competence_answers[c.id])) is not None
        ),
        self_words=tuple(
            sorted(
                _tally_spellings(
                    [w for w in share.get("self_words", ()) if w.strip()] for share in shares
                ),
                key=lambda pair: (-pair[1], pair[0].casefold()),
            )
        ),
        support_details=tuple(
            (known_supports[sid], text)
            for sid, text in sorted(details, key=lambda d: support_order[d[0]])
        ),
        time=_time(shares),
        expenses=_expenses(shares),
    )


def _time(shares: list[dict]) -> CohortTime | None:
    shared = [share["involvement"] for share in shares if "involvement" in share]
    # The small-group rule for each figure: from one or two people it would be theirs.
    if len(shared) < MIN_GROUP:
        return None
    return CohortTime(
        people=len(shared),
        activities=sum(s["activities"] for s in shared),
        minutes=sum(s["minutes"] for s in shared),
        # A file could claim more unpaid time than time: never count more than was given.
        unpaid_minutes=sum(min(s["unpaid_minutes"], s["minutes"]) for s in shared),
    )


def _expenses(shares: list[dict]) -> CohortExpenses | None:
    shared = [share["expenses_owed"] for share in shares if "expenses_owed" in share]
    if len(shared) < MIN_GROUP:
        return None
    from competence_app.domain.involvement import OVERDUE_DAYS

    every = [days for waiting in shared for days in waiting]
    return CohortExpenses(
        people=len(shared),
        owed_people=sum(1 for waiting in shared if waiting),
        overdue_people=sum(1 for waiting in shared if any(d > OVERDUE_DAYS for d in waiting)),
        expenses=len(every),
        overdue=sum(1 for d in every if d > OVERDUE_DAYS),
        longest_days=max(every, default=0),
        median_days=_median(every),
        overdue_days=OVERDUE_DAYS,
    )


def _tally_spellings(texts_per_person) -> list[tuple[str, int]]:
    """(text, people) for texts typed by people: each person once per text whatever its
    capitals and spaces, shown as most people wrote it ("spring" and "Spring " are one)."""
    people: Counter = Counter()
    spellings: Counter = Counter()
    for texts in texts_per_person:
        mine = {text.strip().casefold(): text.strip() for text in texts}
        people.update(mine.keys())
        spellings.update(mine.items())
    usual: dict[str, tuple[int, str]] = {}
    for (key, spelt), count in spellings.items():
        if key not in usual or (-count, spelt) < usual[key]:  # ties: the same every time
            usual[key] = (-count, spelt)
    return [(usual[key][1], count) for key, count in people.items()]


def _competence(cid: str, name: str, answers: list[dict], people: int) -> CompetenceCounts:
    levels = [a["level"] for a in answers if a["level"] is not None]
    tally = Counter(levels)
    not_yet = sum(1 for a in answers if a["not_yet"])
    return CompetenceCounts(
        competence_id=cid,
        name=name,
        levels=tuple(tally[n] for n in range(1, LEVEL_COUNT + 1)),
        not_yet=not_yet,
        # A share without this competence at all counts as no answer too.
        no_answer=people - len(levels) - not_yet,
        median=_median(levels),
        develop=sum(1 for a in answers if a["develop"]),
    )


def _scale(values: list[int | None], people: int) -> ScaleCounts:
    given = [v for v in values if v is not None]
    tally = Counter(given)
    return ScaleCounts(
        values=tuple(tally[n] for n in range(ROLE_SCALE_MAX + 1)),
        no_answer=people - len(given),
        median=_median(given),
    )


def _look_back(cid: str, name: str, answers: list[dict]) -> LookBack | None:
    pairs = [
        (a["look_back"], a["level"])
        for a in answers
        if a["look_back"] is not None and a["level"] is not None
    ]
    # The small-group rule holds for every figure, not only the whole summary: a
    # look-back from one or two people could be traced to them.
    if len(pairs) < MIN_GROUP:
        return None
    return LookBack(
        cid,
        name,
        len(pairs),
        _median([start for start, _ in pairs]),
        _median([now for _, now in pairs]),
    )


def describe_files(statuses: list[FileStatus]) -> list[str]:
    """One line per file that was not simply counted, for a list on screen or a terminal."""
    return [status.line() for status in statuses if status.status != COUNTED]
