"""What goes into an exported plan, worked out from the domain objects.

Plain data and plain words, no layout: the templates decide how it looks.
Importable without Qt; the shared wording (which translates through Qt) is
imported only when content is built. Sections that were not chosen are left
empty here, so personal text cannot leak into a document through a template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from competence_app.domain import analysis
from competence_app.domain.framework import Framework
from competence_app.domain.model import Profile, Reflection
from competence_app.domain.plan import Goal, Plan
from competence_app.formats import date_text
from competence_app.i18n import translate
from competence_app.reports.options import SECTIONS, ExportError


def document_title() -> str:
    """The generic title: also the PDF's metadata title, so it never names the person."""
    return translate("PlanDocument", "Personal development plan")


def section_titles() -> dict[str, str]:
    return {
        "summary": translate("PlanDocument", "Summary"),
        "competences": translate("PlanDocument", "My competences"),
        "roles": translate("PlanDocument", "My roles"),
        "goals": translate("PlanDocument", "My goals"),
        "supports": translate("PlanDocument", "Support I need"),
        "wellbeing": translate("PlanDocument", "Looking after myself"),
        "stories": translate("PlanDocument", "My examples and stories"),
        "feedback": translate("PlanDocument", "What my mentor saw"),
        "mentor_notes": translate("PlanDocument", "Mentor's notes"),
    }


def status_text(status: str) -> str:
    from competence_app.wording import goal_status_text

    return goal_status_text(status)


@dataclass(frozen=True)
class Line:
    """A labelled piece of text: a summary line, a goal field, a mentor detail."""

    label: str
    text: str


@dataclass(frozen=True)
class CompetenceRow:
    name: str
    level: str  # "3 · Practising", "Not had the chance yet" or "Not answered"
    sentence: str  # the framework's sentence for the chosen level; "" without a level
    confidence: str
    develop: bool


@dataclass(frozen=True)
class RoleRow:
    name: str
    now: str
    wish: str
    fit: str
    fit_sentence: str


@dataclass(frozen=True)
class ActionRow:
    text: str
    due: str
    done: bool


@dataclass(frozen=True)
class GoalView:
    heading: str
    fields: tuple[Line, ...]
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class NextStep:
    """A goal on the mentor's page: its next action not yet done, and by when."""

    goal: str
    status: str
    action: str
    due: str


@dataclass(frozen=True)
class SupportRow:
    name: str
    request: str  # the framework's wording of the request to an organisation
    detail: str  # the person's own words
    goal: str


@dataclass(frozen=True)
class Story:
    heading: str
    text: str


@dataclass(frozen=True)
class ChartData:
    levels: dict[str, int]
    role_names: tuple[str, ...]
    role_now: tuple[int | None, ...]
    role_wish: tuple[int | None, ...]
    now_label: str
    wish_label: str


@dataclass(frozen=True)
class SeenLevel:
    """One competence: my level beside the level one giver saw (never an average)."""

    name: str
    mine: str
    seen: str


@dataclass(frozen=True)
class FeedbackGiven:
    """What one giver saw (or anonymous answers to one pack, together)."""

    heading: str  # "Sam (mentor), 20 November 2026"
    about: str  # which reflection it was given on
    seen_by: str  # the column heading: "Seen by Sam"
    levels: tuple[SeenLevel, ...]
    seen: tuple[Line, ...]  # what they have seen me do, per competence
    goals: tuple[Line, ...]  # comments, suggested steps and support, per goal
    overall: tuple[Line, ...]  # strengths, focus, the next steps agreed, the next meeting


@dataclass(frozen=True)
class PlanContent:
    title: str
    person: str
    made_on: str
    reflection: str
    language: str
    credit: str
    sections: tuple[tuple[str, str], ...]  # (id, heading) of the chosen sections, in order
    charts: ChartData
    summary: tuple[Line, ...] = ()
    competences: tuple[CompetenceRow, ...] = ()
    roles: tuple[RoleRow, ...] = ()
    goals: tuple[GoalView, ...] = ()
    supports: tuple[SupportRow, ...] = ()
    wellbeing: tuple[Line, ...] = ()
    stories: tuple[Story, ...] = ()
    mentor: tuple[Line, ...] = ()
    lead: tuple[str, ...] = ()  # the summary in five sentences or fewer, for page 1
    next_steps: tuple[NextStep, ...] = ()
    next_review: str = ""
    self_words: str = ""
    feedback: tuple[FeedbackGiven, ...] = ()
    feedback_notes: tuple[str, ...] = ()  # why some anonymous answers are not shown


# Where each section's words are in PlanContent: what long_texts looks through.
_SECTION_FIELDS = {
    "summary": ("summary", "lead"),
    "competences": ("competences",),
    "roles": ("roles",),
    "goals": ("goals", "next_steps"),
    "supports": ("supports",),
    "wellbeing": ("wellbeing",),
    "stories": ("stories",),
    "mentor_notes": ("mentor",),
}


def long_texts(content: PlanContent, most: int) -> frozenset[str]:
    """The sections holding at least one text longer than `most` characters."""

    def longest(value) -> int:
        if isinstance(value, str):
            return len(value)
        if isinstance(value, tuple):
            return max((longest(item) for item in value), default=0)
        if hasattr(value, "__dataclass_fields__"):
            return max((longest(getattr(value, f)) for f in value.__dataclass_fields__), default=0)
        return 0

    return frozenset(
        section
        for section, fields in _SECTION_FIELDS.items()
        if any(longest(getattr(content, field)) > most for field in fields)
    )


def load_content(
    db,
    framework: Framework,
    profile_id: str,
    sections: frozenset[str],
    reflection_id: str | None = None,
    today: date | None = None,
) -> PlanContent:
    """Read the person's data through the store and build the content, or explain why not."""
    from competence_app.store import plans, profiles, reflections

    profile = next((p for p in profiles.list_profiles(db) if p.id == profile_id), None)
    if profile is None:
        raise ExportError(
            translate(
                "PlanDocument", "This profile no longer exists, so there is no plan to export."
            )
        )
    history = reflections.list_reflections(db, profile_id)
    if not history:
        raise ExportError(
            translate(
                "PlanDocument",
                "There is no reflection to put in the plan yet. Please answer at least one "
                "page of a reflection in the app first, then export again.",
            )
        )
    if reflection_id is None:
        chosen = reflections.latest_reflection(db, profile_id)
    else:
        chosen = next((r for r in history if r.id == reflection_id), None)
        if chosen is None:
            raise ExportError(
                translate(
                    "PlanDocument", "That reflection is not one of this person's reflections."
                )
            )
    first = history[0] if history[0].id != chosen.id else None  # oldest first
    plan = plans.load_plan(db, profile_id)
    rounds = []
    if "feedback" in sections:  # personal: not even read unless ticked
        from competence_app.store import feedback

        rounds = feedback.load_rounds(db, profile_id)
    return build_content(framework, profile, chosen, plan, sections, first, today, rounds, history)


def build_content(
    framework: Framework,
    profile: Profile,
    reflection: Reflection,
    plan: Plan,
    sections: frozenset[str],
    first: Reflection | None = None,
    today: date | None = None,
    rounds=(),
    history=(),
) -> PlanContent:
    from competence_app.wording import reflection_title

    titles = section_titles()
    chosen = tuple((s, titles[s]) for s in SECTIONS if s in sections)
    wanted = set(sections)
    roles = framework.roles
    return PlanContent(
        title=document_title(),
        person=profile.name,
        made_on=date_text((today or date.today()).isoformat()),
        reflection=reflection_title(reflection),
        language=framework.language,
        credit=framework.credit,
        sections=chosen,
        charts=ChartData(
            levels=reflection.levels(),
            role_names=tuple(r.name for r in roles),
            role_now=tuple(reflection.role(r.id).now for r in roles),
            role_wish=tuple(reflection.role(r.id).wish for r in roles),
            now_label=translate("PlanDocument", "Describes me now"),
            wish_label=translate("PlanDocument", "I'd like to grow into"),
        ),
        summary=_summary(framework, profile, reflection, plan, first)
        if "summary" in wanted
        else (),
        competences=_competences(framework, reflection) if "competences" in wanted else (),
        roles=_roles(framework, reflection) if "roles" in wanted else (),
        goals=tuple(_goal(framework, g, n) for n, g in enumerate(plan.goals, 1))
        if "goals" in wanted
        else (),
        supports=_supports(framework, plan) if "supports" in wanted else (),
        wellbeing=_wellbeing(plan) if "wellbeing" in wanted else (),
        stories=_stories(framework, reflection) if "stories" in wanted else (),
        mentor=_mentor(plan) if "mentor_notes" in wanted else (),
        lead=_lead(framework, reflection, plan, first) if "summary" in wanted else (),
        next_steps=tuple(_next_step(g, n) for n, g in enumerate(plan.goals, 1))
        if "goals" in wanted
        else (),
        next_review=_next_review(plan) if "mentor_notes" in wanted else "",
        self_words=", ".join(profile.self_words) if "summary" in wanted else "",
        **(
            _feedback(framework, plan, rounds, [*history, reflection])
            if "feedback" in wanted
            else {}
        ),
    )


def _names(framework: Framework, competence_ids: list[str]) -> list[str]:
    return [framework.competence(cid).name for cid in competence_ids]


def _summary(
    framework: Framework,
    profile: Profile,
    reflection: Reflection,
    plan: Plan,
    first: Reflection | None,
) -> tuple[Line, ...]:
    from competence_app.wording import change_summary, join_names, reflection_title

    strong = _names(framework, analysis.strengths(framework, reflection))
    wanted = _names(framework, analysis.priorities(framework, reflection))
    lines = [
        Line(
            translate("PlanDocument", "Strengths"),
            join_names(strong) + "."
            if strong
            else translate(
                "PlanDocument", "None at level 4 or 5 yet. Strengths grow with chances to use them."
            ),
        ),
        Line(
            translate("PlanDocument", "Competences I want to develop"),
            join_names(wanted) + "." if wanted else translate("PlanDocument", "None marked yet."),
        ),
    ]
    untried = [c.name for c in framework.competences if reflection.competence(c.id).not_yet]
    if untried:
        lines.append(
            Line(translate("PlanDocument", "Not had the chance yet"), join_names(untried) + ".")
        )

    now = {r.id: reflection.role(r.id).now or 0 for r in framework.roles}
    top = max(now.values(), default=0)
    if top:
        names = join_names([r.name for r in framework.roles if now[r.id] == top])
        lines.append(
            Line(
                translate("PlanDocument", "Roles most like what I do now"),
                translate("PlanDocument", "{names} ({score} out of 4).").format(
                    names=names, score=top
                ),
            )
        )
    grow = [framework.role(rid).name for rid in analysis.wished_roles(framework, reflection)]
    lines.append(
        Line(
            translate("PlanDocument", "Roles I would like to grow into"),
            join_names(grow) + "."
            if grow
            else translate("PlanDocument", "None marked beyond what I do now."),
        )
    )
    from competence_app.wording import role_fit_summary

    fit_summary = role_fit_summary(analysis.role_fits(framework, reflection))
    if fit_summary:
        lines.append(
            Line(translate("PlanDocument", "How the roles fit my competences"), fit_summary)
        )
    if profile.self_words:
        lines.append(
            Line(
                translate("PlanDocument", "Words I use for myself"),
                ", ".join(profile.self_words) + ".",
            )
        )
    if plan.goals:
        statuses = [goal.status for goal in plan.goals]
        lines.append(Line(translate("PlanDocument", "Goals"), goals_counted(statuses)))
    if first is not None:
        change = change_summary(analysis.compare(framework, first, reflection))
        if change:
            lines.append(
                Line(
                    translate("PlanDocument", "Compared with my first reflection"),
                    f"{reflection_title(first)}: {change}",
                )
            )
    return tuple(lines)


def _lead(
    framework: Framework, reflection: Reflection, plan: Plan, first: Reflection | None
) -> tuple[str, ...]:
    """At most five short sentences: strengths, what to develop, roles to grow into,
    the goals, and what moved since the first reflection."""
    from competence_app.wording import change_summary, join_names

    def sentence(label: str, text: str) -> str:
        return translate("PlanDocument", "{label}: {text}").format(label=label, text=text)

    strong = _names(framework, analysis.strengths(framework, reflection))
    wanted = _names(framework, analysis.priorities(framework, reflection))
    grow = [framework.role(rid).name for rid in analysis.wished_roles(framework, reflection)]
    lead = [
        sentence(translate("PlanDocument", "Strengths"), join_names(strong) + ".")
        if strong
        else translate(
            "PlanDocument", "None at level 4 or 5 yet. Strengths grow with chances to use them."
        ),
        sentence(
            translate("PlanDocument", "Competences I want to develop"),
            join_names(wanted) + "." if wanted else translate("PlanDocument", "None marked yet."),
        ),
    ]
    if grow:
        lead.append(
            sentence(
                translate("PlanDocument", "Roles I would like to grow into"), join_names(grow) + "."
            )
        )
    if plan.goals:
        lead.append(goals_sentence([g.status for g in plan.goals]))
    if first is not None:
        change = change_summary(analysis.compare(framework, first, reflection))
        if change:
            lead.append(sentence(translate("PlanDocument", "Since my first reflection"), change))
    return tuple(lead)


def goals_sentence(statuses: list[str]) -> str:
    """'1 goal under way, 2 not started yet.': counts in words, real plurals."""
    first = {
        "under_way": lambda n: translate("PlanDocument", "%n goals under way", None, n),
        "not_started": lambda n: translate("PlanDocument", "%n goals not started yet", None, n),
        "achieved": lambda n: translate("PlanDocument", "%n goals achieved", None, n),
        "set_aside": lambda n: translate("PlanDocument", "%n goals set aside", None, n),
    }
    parts = [
        (first if index == 0 else _more_goals)[status](count)
        for index, (status, count) in enumerate((s, c) for s, c in _counts_by_status(statuses) if c)
    ]
    return ", ".join(parts) + "."


def goals_counted(statuses: list[str]) -> str:
    """'3 goals: 1 under way, 2 achieved.'"""
    from competence_app.wording import counted

    parts = [_more_goals[status](count) for status, count in _counts_by_status(statuses) if count]
    return f"{counted('goals', len(statuses))}: {', '.join(parts)}."


def _counts_by_status(statuses: list[str]) -> list[tuple[str, int]]:
    order = ("under_way", "not_started", "achieved", "set_aside")
    return [(status, statuses.count(status)) for status in order]


_more_goals = {
    "under_way": lambda n: translate("PlanDocument", "%n under way", None, n),
    "not_started": lambda n: translate("PlanDocument", "%n not started yet", None, n),
    "achieved": lambda n: translate("PlanDocument", "%n achieved", None, n),
    "set_aside": lambda n: translate("PlanDocument", "%n set aside", None, n),
}


def _next_step(goal: Goal, number: int) -> NextStep:
    pending = next((a for a in goal.actions if not a.done and a.text.strip()), None)
    if pending is not None:
        action, due = pending.text, date_text(pending.due) if pending.due else ""
    else:
        action = translate("PlanDocument", "All actions done.") if goal.actions else ""
        due = ""
    return NextStep(
        goal=goal_label(goal, number),
        status=status_text(goal.status),
        action=action,
        due=due or (date_text(goal.target_date) if goal.target_date else ""),
    )


def _next_review(plan: Plan) -> str:
    mentor = plan.mentor
    when = date_text(mentor.next_review) if mentor.next_review else ""
    if when and mentor.name.strip():
        return translate("PlanDocument", "{date}, with {mentor}").format(
            date=when, mentor=mentor.name.strip()
        )
    return when


def _competences(framework: Framework, reflection: Reflection) -> tuple[CompetenceRow, ...]:
    from competence_app.wording import confidence_text, level_text

    rows = []
    for competence in framework.competences:
        answer = reflection.competence(competence.id)
        level = None if answer.not_yet else answer.level
        text = level_text(framework, level, answer.not_yet)
        rows.append(
            CompetenceRow(
                name=competence.name,
                level=text[:1].upper() + text[1:],
                sentence=competence.levels[level - 1] if level else "",
                confidence=confidence_text(answer.confidence),
                develop=answer.develop,
            )
        )
    return tuple(rows)


def _roles(framework: Framework, reflection: Reflection) -> tuple[RoleRow, ...]:
    from competence_app.wording import fit_band_text, role_fit_sentence

    rows = []
    for role in framework.roles:
        answer = reflection.role(role.id)
        fit = analysis.role_fit(framework, role, reflection)
        rows.append(
            RoleRow(
                name=role.name,
                now="—" if answer.now is None else str(answer.now),
                wish="—" if answer.wish is None else str(answer.wish),
                fit=fit_band_text(fit.band),
                fit_sentence=role_fit_sentence(framework, fit),
            )
        )
    return tuple(rows)


def goal_label(goal: Goal, number: int) -> str:
    title = goal.title.strip()
    if not title:
        return translate("PlanDocument", "Goal {number}").format(number=number)
    return translate("PlanDocument", "Goal {number}: {title}").format(number=number, title=title)


def _goal(framework: Framework, goal: Goal, number: int) -> GoalView:
    from competence_app.wording import join_names

    known_competences = {c.id: c.name for c in framework.competences}
    known_roles = {r.id: r.name for r in framework.roles}
    competences = [known_competences[c] for c in goal.competence_ids if c in known_competences]
    roles = [known_roles[r] for r in goal.role_ids if r in known_roles]
    candidates = [
        Line(translate("PlanDocument", "Status"), status_text(goal.status)),
        Line(translate("PlanDocument", "Why it matters"), goal.why),
        Line(translate("PlanDocument", "How I will know"), goal.evidence),
        Line(translate("PlanDocument", "Competences it builds"), join_names(competences)),
        Line(translate("PlanDocument", "Roles it builds"), join_names(roles)),
        Line(translate("PlanDocument", "Who can help"), goal.who_can_help),
        Line(
            translate("PlanDocument", "Target date"),
            date_text(goal.target_date) if goal.target_date else "",
        ),
    ]
    return GoalView(
        heading=goal_label(goal, number),
        fields=tuple(line for line in candidates if line.text.strip()),
        actions=tuple(
            ActionRow(text=a.text, due=date_text(a.due) if a.due else "", done=a.done)
            for a in goal.actions
        ),
    )


def _supports(framework: Framework, plan: Plan) -> tuple[SupportRow, ...]:
    catalogue = {item.id: item for item in framework.supports}
    numbers = {goal.id: n for n, goal in enumerate(plan.goals, 1)}
    rows = []
    for goal, need in plan.support_needs():
        item = catalogue.get(need.support_id)
        rows.append(
            SupportRow(
                name=item.name
                if item
                else need.support_id or translate("PlanDocument", "Kind of support not chosen yet"),
                request=item.description if item else "",
                detail=need.detail,
                goal=goal_label(goal, numbers[goal.id]),
            )
        )
    return tuple(rows)


def _wellbeing(plan: Plan) -> tuple[Line, ...]:
    candidates = (
        Line(translate("PlanDocument", "What drains me"), plan.wellbeing.drains),
        Line(translate("PlanDocument", "What restores me"), plan.wellbeing.restores),
        Line(
            translate("PlanDocument", "Who I talk things over with after difficult meetings"),
            plan.wellbeing.talk_to,
        ),
    )
    return tuple(line for line in candidates if line.text.strip())


def _stories(framework: Framework, reflection: Reflection) -> tuple[Story, ...]:
    stories = [
        Story(c.name, reflection.competence(c.id).example)
        for c in framework.competences
        if reflection.competence(c.id).example.strip()
    ]
    stories += [
        Story(r.name, reflection.role(r.id).notes)
        for r in framework.roles
        if reflection.role(r.id).notes.strip()
    ]
    return tuple(stories)


def _mentor(plan: Plan) -> tuple[Line, ...]:
    mentor = plan.mentor
    # Always all three, blank when unknown, so they can be filled in by hand.
    return (
        Line(translate("PlanDocument", "Mentor"), mentor.name),
        Line(translate("PlanDocument", "How we meet"), mentor.how_we_meet),
        Line(
            translate("PlanDocument", "Next review"),
            date_text(mentor.next_review) if mentor.next_review else "",
        ),
    )


def _feedback(framework: Framework, plan: Plan, rounds, history) -> dict:
    """What my mentor saw: each giver on their own, their levels beside mine on the
    reflection they gave it on, their comments and the next steps agreed. Anonymous answers
    only together, once enough came back (domain.feedback.beside), as a spread."""
    from competence_app.domain.feedback import ANONYMOUS_MINIMUM, beside
    from competence_app.wording import (
        anonymous_wait_text,
        giver_label,
        giver_view_title,
        level_text,
        reflection_title,
        relation_text,
        spread_text,
    )

    reflections = {r.id: r for r in history}
    names = {c.id: c.name for c in framework.competences}
    numbers = {goal.id: (n, goal) for n, goal in enumerate(plan.goals, 1)}
    given, notes = [], []
    for view in beside(list(rounds)):
        if not view.shown:
            notes.append(anonymous_wait_text(len(view.rounds), ANONYMOUS_MINIMUM))
            continue
        first = view.rounds[0]
        reflection = reflections.get(first.reflection_id)
        order = {c.id: i for i, c in enumerate(framework.competences)}
        ids = sorted(
            dict.fromkeys(v.competence_id for r in view.rounds for v in r.competences),
            key=lambda cid: order.get(cid, len(order)),  # the framework's order, as elsewhere
        )
        levels, seen = [], []
        for competence_id in ids:
            own = reflection.competence(competence_id) if reflection else None
            mine = level_text(framework, own.level, own.not_yet) if own else ""
            if view.anonymous:
                theirs = spread_text(view.counts(competence_id))
            elif view.not_seen(competence_id):
                theirs = translate("PlanDocument", "Not seen")
            else:
                level = view.level(competence_id)
                theirs = level_text(framework, level) if level else ""
            name = names.get(competence_id, competence_id)
            if theirs:
                levels.append(SeenLevel(name, mine[:1].upper() + mine[1:], theirs))
            words = sorted(
                v.seen.strip()
                for r in view.rounds
                if (v := r.view_of(competence_id)) and v.seen.strip()
            )
            seen += [Line(name, text) for text in words]
        goals = []
        for round_ in view.rounds:
            for goal_view in round_.goals:
                parts = [
                    goal_view.comment.strip(),
                    translate("PlanDocument", "Suggested next step: {step}").format(
                        step=goal_view.next_step.strip()
                    )
                    if goal_view.next_step.strip()
                    else "",
                    translate("PlanDocument", "Support offered: {support}").format(
                        support=goal_view.support.strip()
                    )
                    if goal_view.support.strip()
                    else "",
                ]
                text = "\n".join(part for part in parts if part)
                if text:
                    number, goal = numbers.get(goal_view.goal_id, (None, None))
                    label = (
                        goal_label(goal, number)
                        if goal
                        else translate("PlanDocument", "A goal no longer in the plan")
                    )
                    goals.append(Line(label, text))
        overall = []
        for round_ in view.rounds:
            candidates = [
                Line(translate("PlanDocument", "Strengths seen"), round_.strengths),
                Line(translate("PlanDocument", "To focus on"), round_.focus),
                Line(translate("PlanDocument", "Next steps agreed"), round_.next_steps),
                Line(
                    translate("PlanDocument", "Next meeting"),
                    date_text(round_.next_meeting) if round_.next_meeting else "",
                ),
            ]
            overall += [line for line in candidates if line.text.strip()]
        if view.anonymous:
            overall.sort(key=lambda line: (line.label, line.text))
            goals.sort(key=lambda line: (line.label, line.text))
            heading = translate("PlanDocument", "{who}, {relation}, up to {date}").format(
                who=giver_view_title(view),
                relation=relation_text(first.relation),
                date=date_text(view.given_on),
            )
            seen_by = translate("PlanDocument", "Seen by them")
        else:
            heading = translate("PlanDocument", "{giver}, {date}").format(
                giver=giver_label(first), date=date_text(first.given_on)
            )
            seen_by = translate("PlanDocument", "Seen by {name}").format(
                name=first.giver_name.strip() or relation_text(first.relation)
            )
        given.append(
            FeedbackGiven(
                heading=heading,
                about=translate("PlanDocument", "Given on my reflection {reflection}").format(
                    reflection=reflection_title(reflection)
                    if reflection
                    else translate("PlanDocument", "(no longer kept)")
                ),
                seen_by=seen_by,
                levels=tuple(levels),
                seen=tuple(seen),
                goals=tuple(goals),
                overall=tuple(overall),
            )
        )
    return {"feedback": tuple(given), "feedback_notes": tuple(notes)}
