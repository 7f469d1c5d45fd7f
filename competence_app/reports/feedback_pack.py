"""The feedback pack: one web page a mentor (or a peer, a facilitator, a colleague) opens
in any browser, offline, with nothing to install. It shows the parts of the plan the
person chose, exactly as the HTML export does (the same content model and template),
and a short form after R2C2 in plain words. The form saves a `.feedback.json` file
(docs/feedback-file.md) with the browser's own download.

A reports.render.Document like the plan, written the one way every document is
(whole or not at all, owner-only), then remembered with store.feedback.record_pack
so that what comes back can be checked against it. Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from competence_app.domain.feedback import FORMAT_ID, MAX_FILE_BYTES, RELATIONS, SCHEMA_VERSION
from competence_app.domain.feedback import FeedbackPack as Pack
from competence_app.i18n import translate
from competence_app.paths import resource_path
from competence_app.reports import render
from competence_app.reports.options import (
    DEFAULT_SECTIONS,
    SECTIONS,
    ExportError,
)

TEMPLATE = "feedback/pack.html.j2"
SCRIPT = ("resources", "templates", "feedback", "form.js")
FORMATS = ("html",)
# What a pack shows unless the person chooses otherwise: the plan without its personal
# sections, and without the blank mentor's notes (the form takes their place).
PACK_SECTIONS = DEFAULT_SECTIONS - {"mentor_notes"}
# What a pack can show: never what other givers said ("What my mentor saw"), which was
# given to the person alone.
PACK_CHOICES = tuple(s for s in SECTIONS if s != "feedback")
# The most the form lets a giver type (the feedback file's limits, docs/feedback-file.md).
NAME_MOST, TEXT_MOST, STEP_MOST = 200, 10_000, 2_000


def relation_names() -> dict[str, str]:
    """Who the giver is to the person, in words, in RELATIONS order."""
    return {
        "mentor": translate("FeedbackPack", "Mentor"),
        "peer": translate("FeedbackPack", "Peer"),
        "facilitator": translate("FeedbackPack", "Facilitator"),
        "colleague": translate("FeedbackPack", "Colleague"),
    }


@dataclass(frozen=True)
class PackOptions:
    """What the person chose: who the pack is for, what it shows, whether a giver may
    stay anonymous. Personal sections are in only when named."""

    relation: str = "mentor"
    sections: frozenset[str] = field(default_factory=lambda: PACK_SECTIONS)
    allow_anonymous: bool = False

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ExportError(
                translate(
                    "FeedbackPack", "'{relation}' is not one of the people a pack is for: {known}."
                ).format(relation=self.relation, known=", ".join(RELATIONS))
            )
        unknown = sorted(set(self.sections) - set(PACK_CHOICES))
        if unknown:
            raise ExportError(
                translate(
                    "Render", "Unknown section(s): {unknown}. Sections are: {sections}."
                ).format(unknown=", ".join(unknown), sections=", ".join(PACK_CHOICES))
            )


@dataclass(frozen=True)
class FormCompetence:
    competence_id: str
    name: str
    levels: tuple[tuple[int, str, str], ...]  # (number, level name, this competence's sentence)


@dataclass(frozen=True)
class FormGoal:
    goal_id: str
    label: str  # "Goal 1: Chair the carers' forum", as in the plan


@dataclass(frozen=True)
class FormContent:
    """The form's own words and rows; the plan above it is reports.content's."""

    asking: str
    relation_label: str
    anonymous_hint: str
    goals_title: str
    ahead_title: str
    relations: tuple[tuple[str, str], ...]
    competences: tuple[FormCompetence, ...]
    goals: tuple[FormGoal, ...]
    name_max: int = NAME_MOST
    text_max: int = TEXT_MOST
    step_max: int = STEP_MOST


def pack_title() -> str:
    """The page's title: never a person's words (it shows in the browser's tab and history)."""
    return translate("FeedbackPack", "Feedback on a development plan")


def script_text() -> str:
    text = resource_path(*SCRIPT).read_text("utf-8")
    if "</" in text:  # it sits inside <script>: nothing in it may end the element
        raise ValueError("The form's script must not contain '</'.")
    return text


def content_security_policy(script: str) -> str:
    """No request of any kind: only this script (by its hash), inline style, and the
    charts, which are data: pictures inside the file."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}'; "
        "style-src 'unsafe-inline'; "
        "img-src data:; "
        "base-uri 'none'; "
        "form-action 'none'"
    )


def form_words() -> dict[str, str]:
    """What the script says, in the pack's language (translated as the pack is made)."""
    return {
        "saved": translate(
            "FeedbackPack",
            "Your feedback is saved as {file}, usually in your Downloads folder. Please send "
            "that file back to the person who asked you. Your answers stay in this browser, so "
            "you can change them and save again.",
        ),
        "restored": translate(
            "FeedbackPack", "What you typed before is back. Carry on where you left off."
        ),
        "not_kept": translate(
            "FeedbackPack",
            "This browser cannot keep your answers if the page is closed. Please save your "
            "feedback before you close it.",
        ),
        "bad_date": translate(
            "FeedbackPack",
            "Please write the date of your next meeting as year-month-day, for example "
            "2027-03-31, or leave it empty.",
        ),
        "too_long": translate(
            "FeedbackPack",
            "Your feedback is too long to save in one file. Please shorten the longest answers.",
        ),
        "forget_question": translate(
            "FeedbackPack",
            "Remove your answers from this browser? Anything you have not saved as a file is lost.",
        ),
        "forgotten": translate("FeedbackPack", "Your answers are removed from this browser."),
    }


def build_form(framework, content, plan, pack: Pack, person: str) -> FormContent:
    """The form's words and rows, for the competences and goals the pack shows."""
    from competence_app.reports.content import goal_label

    levels_of = {
        c.id: tuple(
            (n, name, sentence)
            for n, (name, sentence) in enumerate(
                zip(framework.level_names, c.levels, strict=False), start=1
            )
        )
        for c in framework.competences
    }
    competences = tuple(
        FormCompetence(c.id, c.name, levels_of[c.id])
        for c in framework.competences
        if c.id in pack.competence_ids
    )
    numbers = {goal.id: n for n, goal in enumerate(plan.goals, 1)}
    goals = tuple(
        FormGoal(goal.id, goal_label(goal, numbers[goal.id]))
        for goal in plan.goals
        if goal.id in pack.goal_ids
    )
    who = person.strip()
    # The parts are numbered as they come: "About you" is 1.
    number = 2 + bool(competences)
    return FormContent(
        asking=translate("FeedbackPack", "{person} asks for your feedback").format(person=who)
        if who
        else translate("FeedbackPack", "You are asked for your feedback"),
        relation_label=translate("FeedbackPack", "Who you are to {person}").format(person=who)
        if who
        else translate("FeedbackPack", "Who you are to the person who asked"),
        anonymous_hint=translate(
            "FeedbackPack",
            "Anonymous answers are shown only together, once at least three people have "
            "answered anonymously, so that none can be told apart.",
        ),
        goals_title=translate("FeedbackPack", "{number}. The goals").format(number=number),
        ahead_title=translate("FeedbackPack", "{number}. Looking ahead").format(
            number=number + bool(goals)
        ),
        relations=tuple(relation_names().items()),
        competences=competences,
        goals=goals,
    )


def make_pack(
    db,
    framework,
    profile_id: str,
    options: PackOptions,
    reflection_id: str | None = None,
    language: str | None = None,
    today: date | None = None,
) -> tuple[Pack, render.Document]:
    """The pack to remember and the page to write, from the person's data in the store."""
    from competence_app import i18n
    from competence_app.reports.content import load_content
    from competence_app.reports.export import RULED_LINES
    from competence_app.store import plans, reflections

    if reflection_id is None:
        latest = reflections.latest_reflection(db, profile_id)
        reflection_id = latest.id if latest is not None else None
    content = load_content(db, framework, profile_id, options.sections, reflection_id, today)
    reflection = reflections.get_reflection(db, reflection_id)
    plan = plans.load_plan(db, profile_id)
    language = language or i18n.current_language()
    shows_competences = "competences" in options.sections
    shows_goals = "goals" in options.sections
    pack = Pack(
        id=uuid.uuid4().hex,
        profile_id=profile_id,
        reflection_id=reflection.id,
        relation=options.relation,
        sections=[s for s in SECTIONS if s in options.sections],
        competence_ids=[c.id for c in framework.competences] if shows_competences else [],
        goal_ids=[g.id for g in plan.goals] if shows_goals else [],
        allow_anonymous=options.allow_anonymous,
    )
    form = build_form(framework, content, plan, pack, content.person)
    levels = reflection.levels()
    pack_data = {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "pack_id": pack.id,
        "reflection_id": pack.reflection_id,
        "language": language,
        "relation": pack.relation,
        "allow_anonymous": pack.allow_anonymous,
        "competences": [
            {
                "competence_id": c.competence_id,
                "name": c.name,
                "own_level": levels.get(c.competence_id),
            }
            for c in form.competences
        ],
        "goals": [{"goal_id": g.id, "title": g.title} for g in plan.goals if g.id in pack.goal_ids],
    }
    settings = {
        "words": form_words(),
        "relations": list(RELATIONS),
        "max_bytes": MAX_FILE_BYTES,
        "most": {"name": NAME_MOST, "text": TEXT_MOST, "step": STEP_MOST},
    }
    script = script_text()
    page = replace(content, title=pack_title())

    def html(pictures: str) -> str:
        from competence_app.reports import figures, templates

        return templates.render(
            TEMPLATE,
            paper="A4",
            credit=page.credit,
            doc=page,
            charts=figures.plan_charts(framework, page.charts, pictures),
            level_names=framework.level_names,
            ruled_lines=RULED_LINES,
            form=form,
            pack=pack,
            pack_data=pack_data,
            settings=settings,
            script=_markup(script),
            csp=content_security_policy(script),
        )

    document = render.Document(
        what=translate("FeedbackPack", "the feedback pack"),
        title=page.title,
        language=page.language,
        credit=page.credit,
        html=html,
        formats=FORMATS,
    )
    return pack, document


def _markup(script: str):
    from markupsafe import Markup

    return Markup(script)


def write_pack(
    db,
    framework,
    profile_id: str,
    options: PackOptions,
    output: Path,
    reflection_id: str | None = None,
    language: str | None = None,
) -> tuple[Path, Pack]:
    """Write the pack's page to output and remember the pack; the page's path and the pack.

    The page is written first: a pack is remembered only once its page exists. Should
    remembering fail, the page is taken away again, so no pack is handed out that could
    not be brought back."""
    from competence_app.store import feedback

    pack, document = make_pack(db, framework, profile_id, options, reflection_id, language)
    written = render.write(document, "html", Path(output))
    try:
        feedback.record_pack(db, pack)
    except Exception:
        written.unlink(missing_ok=True)
        raise
    return written, pack


def suggested_name(relation: str, day: date | None = None) -> str:
    """'feedback-pack-mentor-2026-12-01.html'."""
    return f"feedback-pack-{relation}-{(day or date.today()).isoformat()}.html"
