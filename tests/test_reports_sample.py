"""Sample people and plans for the report tests, made through the store as the app does.

Helpers only, no tests: the tests are in test_reports*.py and test_export_cli.py.
"""

from __future__ import annotations

import html.parser
import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.domain.plan import Mentor, Wellbeing
from competence_app.store import plans, profiles, reflections

GOAL_TITLE = "Speak at the integrated care board about carers' breaks"
NOT_YET_INDEX = 7  # the competence answered "not had the chance yet"


def level_for(index: int, shift: int = 0) -> int:
    return (index + shift) % 5 + 1


def fill_reflection(db, framework, profile_id, label, created_at, text=None, shift=0):
    """A reflection with every page answered. text(field) gives each free-text value."""
    text = text or (lambda field: "")
    reflection = reflections.create_reflection(
        db, profile_id, label, framework.id, framework.version, created_at=created_at
    )
    for index, competence in enumerate(framework.competences):
        not_yet = index == NOT_YET_INDEX
        answer = CompetenceAnswer(
            competence.id,
            level=None if not_yet else level_for(index, shift),
            not_yet=not_yet,
            confidence=index % 3 + 1,
            example=text(f"example-{index}") or f"When I {competence.name.lower()} at work.",
            develop=index in (1, 4),
        )
        reflections.save_competence_answer(db, reflection.id, answer)
    for index, role in enumerate(framework.roles):
        answer = RoleAnswer(
            role.id,
            now=index % 5,
            wish=4 - index % 2,
            notes=text(f"notes-{index}") or f"Notes on being a {role.name}.",
        )
        reflections.save_role_answer(db, reflection.id, answer)
    return reflection


def fill_plan(db, framework, profile_id, goals=2, actions=2, text=None):
    text = text or (lambda field: "")
    supports = [item.id for item in framework.supports]
    for number in range(goals):
        title = text(f"goal-{number}") or (
            GOAL_TITLE if number == 0 else f"Learn how the budget cycle works, part {number + 1}"
        )
        goal = plans.create_goal(
            db,
            profile_id,
            title,
            [framework.competences[number % len(framework.competences)].id],
            [framework.roles[number % len(framework.roles)].id],
        )
        goal.why = text(f"why-{number}") or "Carers need a voice where money is decided."
        goal.evidence = text(f"evidence-{number}") or "I have spoken at two board meetings."
        goal.who_can_help = text(f"help-{number}") or "The patient experience lead."
        goal.target_date = text(f"target-{number}") or "2027-03-31"
        goal.status = ("under_way", "not_started", "achieved", "set_aside")[number % 4]
        plans.save_goal(db, goal)
        for step in range(actions):
            action = plans.add_action(
                db,
                goal.id,
                text(f"action-{number}-{step}") or f"Step {step + 1}: draft a three-minute story",
                "2026-12-01",
            )
            if step == 0:
                action.done = True
                plans.save_action(db, action)
        plans.add_support(
            db,
            goal.id,
            supports[number % len(supports)],
            text(f"support-{number}") or "Travel paid within two weeks",
        )
    plans.save_wellbeing(
        db,
        profile_id,
        Wellbeing(
            text("drains") or "Last-minute changes to meetings",
            text("restores") or "Walking the dog by the canal",
            text("talk-to") or "My sister, on the phone",
        ),
    )
    plans.save_mentor(
        db,
        profile_id,
        Mentor(
            text("mentor") or "Jo Bloggs",
            text("how-we-meet") or "Video call every two months",
            text("next-review") or "2027-01-10",
        ),
    )


def make_person(
    db,
    framework,
    name="Robin",
    text=None,
    reflections_count=2,
    goals=2,
    actions=2,
):
    """A profile with reflections a year apart, the latest one last, and a plan."""
    words = text("self-words") if text else ""
    profile = profiles.create_profile(db, name, [words or "carer", "advocate"])
    made = []
    for number in range(reflections_count):
        label = (text and text(f"label-{number}")) or (
            "Start of programme" if number == 0 else f"Review {number}"
        )
        made.append(
            fill_reflection(
                db,
                framework,
                profile.id,
                label,
                f"{2024 + number}-0{number % 9 + 1}-15T10:00:00+00:00",
                text,
                shift=number,
            )
        )
    fill_plan(db, framework, profile.id, goals, actions, text)
    return profile, made


# -- reading the files back ---------------------------------------------------------------


def squash(text: str) -> str:
    """Whitespace made single spaces: lines wrap differently in every format."""
    return " ".join(text.split())


def compact(text: str) -> str:
    """Text without any whitespace. PDF text extraction guesses word gaps from glyph
    positions, so kerning can split a word ("S ummary"); letters keep their order."""
    return "".join(text.split())


def contains(text: str, wanted: str) -> bool:
    return compact(wanted) in compact(text)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, in drawing order (each table cell's text stays together)."""
    from pypdf import PdfReader

    return [
        unicodedata.normalize("NFKC", page.extract_text() or "") for page in PdfReader(path).pages
    ]


def pdftotext(path: Path) -> str:
    """poppler's extraction, which keeps right-to-left words in reading order."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    # Arabic comes out as presentation forms; NFKC maps them back to ordinary letters.
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        root = ElementTree.fromstring(archive.read("content.xml"))
    paragraphs = root.iter("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p")
    headings = root.iter("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}h")
    return "\n".join("".join(p.itertext()) for p in [*headings, *paragraphs])


class _HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("style", "svg"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "svg"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(source: str) -> tuple[str, list[str]]:
    """(the text a browser shows, every tag it would create)."""
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    return " ".join(parser.parts), parser.tags


def markdown_html(source: str) -> str:
    """What a Markdown viewer makes of the file: markdown-it-py, CommonMark with GitHub's
    tables and raw HTML allowed (as GitHub and most viewers do), so nothing a person
    typed can hide behind a viewer that drops HTML."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").render(source)


def markdown_text(source: str) -> str:
    """The text a Markdown viewer shows."""
    return html_text(markdown_html(source))[0]


def unescaped_angle_brackets(markdown: str) -> list[str]:
    """Raw HTML in the file, apart from the line breaks the app writes in table cells."""
    return [
        tag for tag in re.findall(r"(?<!\\)<[^\n]{0,20}", markdown) if not tag.startswith("<br>")
    ]


def text_of(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        return squash(" ".join(pdf_pages(path)))
    if fmt == "odt":
        return squash(odt_text(path))
    if fmt == "html":
        return squash(html_text(path.read_text(encoding="utf-8"))[0])
    return squash(markdown_text(path.read_text(encoding="utf-8")))
