"""Reading a `.feedback.json` file (the answer a mentor, peer, facilitator or colleague saved
from a feedback pack) and keeping it as a round of feedback.

Read with the project's one reader and checks (competence_app.filecheck, fieldcheck): size
first, then UTF-8, JSON, the format id and version, every field, and finally that it answers
a pack this app made from this person's plan. Every problem is named with its place, as for
the data file. Keeping a round never touches the person's own answers.

docs/feedback-file.md describes the file for people and
resources/schema/companion-feedback-file.schema.json for tools; change all three together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from competence_app import APP_NAME, filecheck, wording
from competence_app.domain import feedback as model
from competence_app.domain.feedback import (
    FORMAT_ID,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    CompetenceView,
    FeedbackPack,
    FeedbackRound,
    GoalView,
)
from competence_app.domain.framework import LEVEL_COUNT
from competence_app.exchange.fileformat import FORMAT_ID as DATA_FORMAT_ID
from competence_app.exchange.fileformat import DataFileWriteError, ExchangeError, read_all
from competence_app.exchange.validation import feedback_id, reflection_link
from competence_app.fieldcheck import (
    Check,
    Checker,
    a_date,
    boolean,
    both,
    date_or_empty,
    exactly,
    fields,
    list_of,
    once_each,
    one_of,
    place,
    quote,
    short_text,
    whole,
)
from competence_app.i18n import translate
from competence_app.store import feedback as stored
from competence_app.store.clock import now_iso

LANGUAGES = ("en", "es")
MAX_ID_CHARS = 100

Source = Path | str | bytes | bytearray | memoryview


def _no_nul(c: Checker, value: Any, path: str) -> None:
    if isinstance(value, str) and "\x00" in value:
        c.add(
            path,
            translate(
                "feedback_file", "contains a NUL character (\\u0000), which plain text cannot hold"
            ),
        )


def plain(most: int) -> Check:
    """Plain text of at most `most` characters, without NUL."""
    return both(short_text(most), _no_nul)


def _level_only_when_seen(c: Checker, value: Any, path: str) -> None:
    if isinstance(value, dict) and value.get("not_seen") is True and value.get("level") is not None:
        c.add(
            place(path, "level"),
            translate(
                "feedback_file", 'must be null when not_seen is true ("I haven\'t seen this")'
            ),
        )


def _name_only_when_known(c: Checker, value: Any, path: str) -> None:
    if (
        isinstance(value, dict)
        and value.get("anonymous") is True
        and isinstance(value.get("name"), str)
        and value["name"] != ""
    ):
        c.add(
            place(path, "name"),
            translate("feedback_file", 'must be "" when anonymous is true'),
        )


# The file, part by part: docs/feedback-file.md and the JSON Schema say the same.
IDENT = both(short_text(MAX_ID_CHARS, empty=False), _no_nul)
GIVER = {
    "relation": one_of(*model.RELATIONS),
    "name": plain(model.MAX_NAME),
    "anonymous": boolean,
}
COMPETENCE = {
    "competence_id": IDENT,
    "seen": plain(model.MAX_TEXT),
    "level": whole(1, LEVEL_COUNT, nullable=True),
    "not_seen": boolean,
}
GOAL = {
    "goal_id": IDENT,
    "comment": plain(model.MAX_TEXT),
    "next_step": plain(model.MAX_STEP),
    "support": plain(model.MAX_TEXT),
}
OVERALL = {
    "strengths": plain(model.MAX_TEXT),
    "focus": plain(model.MAX_TEXT),
    "next_steps": plain(model.MAX_TEXT),
    "next_meeting": date_or_empty,
}
FILE = {
    "format": exactly(FORMAT_ID),
    "schema_version": exactly(SCHEMA_VERSION),
    "id": feedback_id(),
    "pack_id": feedback_id(),
    "reflection_id": reflection_link,
    "given_on": a_date,
    "language": one_of(*LANGUAGES),
    "giver": both(fields(GIVER), _name_only_when_known),
    "competences": both(
        list_of(both(fields(COMPETENCE), _level_only_when_seen), model.MAX_COMPETENCES),
        once_each("competence_id"),
    ),
    "goals": both(list_of(fields(GOAL), model.MAX_GOALS), once_each("goal_id")),
    "overall": fields(OVERALL),
}


def problems_in(document: Any) -> list[str]:
    """Every problem with the file's own fields, with their place; [] when sound. What it
    answers (the pack) is checked against the data folder by read_feedback_file."""
    checker = Checker(translate("feedback_file", "is not part of a feedback file (misspelt?)"))
    checker.fields(document, "", FILE)
    return checker.problems


@dataclass(frozen=True)
class FeedbackFile:
    """A feedback file read and fully checked against the pack it answers."""

    source: str
    pack: FeedbackPack
    round: FeedbackRound
    already_kept: bool = False  # a round with this id is here already

    @property
    def comment_count(self) -> int:
        """How many things the giver wrote (each filled-in text counts once)."""
        given = self.round
        texts = [v.seen for v in given.competences]
        texts += [t for v in given.goals for t in (v.comment, v.next_step, v.support)]
        texts += [given.strengths, given.focus, given.next_steps]
        return sum(1 for text in texts if text.strip())

    @property
    def level_count(self) -> int:
        return sum(1 for v in self.round.competences if v.level is not None)


def read_feedback_file(db: Database, source: Source, profile_id: str | None = None) -> FeedbackFile:
    """Read and check a feedback file without writing anything.

    With `profile_id`, the file must answer a pack made from that person's plan; without it,
    any pack made in this data folder will do (the command line finds the person that way).
    Raises ExchangeError naming every problem with its place.
    """
    name, raw = _read_bytes(source)
    try:
        document = filecheck.parse_json(raw, _kind(), name)
    except filecheck.FileRefusedError as refusal:
        raise _unchanged(refusal) from refusal
    _check_header(document, name)
    problems = problems_in(document)
    pack = None
    if not problems:
        pack = stored.load_pack(db, document["pack_id"])
        problems = _answers_the_pack(document, pack, profile_id)
    if problems:
        raise _refused(name, problems)
    given = _round(document, pack)
    return FeedbackFile(
        source=name, pack=pack, round=given, already_kept=stored.has_round(db, given.id)
    )


def _answers_the_pack(
    document: dict, pack: FeedbackPack | None, profile_id: str | None
) -> list[str]:
    if pack is None:
        return [
            "pack_id: "
            + translate(
                "feedback_file",
                "this feedback answers a pack this app did not make (or one made on another "
                "computer or in another data folder), so it cannot be matched to a plan",
            )
        ]
    if profile_id is not None and pack.profile_id != profile_id:
        return [
            "pack_id: "
            + translate(
                "feedback_file",
                "this feedback answers a plan from someone else, not yours; open their "
                "profile to bring it in",
            )
        ]
    problems = []
    if document["reflection_id"] != pack.reflection_id:
        problems.append(
            "reflection_id: "
            + translate(
                "feedback_file", "is not the reflection the pack was made from ({expected})"
            ).format(expected=pack.reflection_id)
        )
    if document["giver"]["anonymous"] and not pack.allow_anonymous:
        problems.append(
            "giver.anonymous: "
            + translate(
                "feedback_file",
                "must be false: this pack asked the giver to say who they are",
            )
        )
    for index, view in enumerate(document["competences"]):
        if view["competence_id"] not in pack.competence_ids:
            problems.append(
                f"competences[{index}].competence_id: "
                + translate("feedback_file", "{id} was not on the pack's form").format(
                    id=quote(view["competence_id"])
                )
            )
    for index, view in enumerate(document["goals"]):
        if view["goal_id"] not in pack.goal_ids:
            problems.append(
                f"goals[{index}].goal_id: "
                + translate("feedback_file", "{id} was not on the pack's form").format(
                    id=quote(view["goal_id"])
                )
            )
    return problems


def _round(document: dict, pack: FeedbackPack) -> FeedbackRound:
    giver, overall = document["giver"], document["overall"]
    return FeedbackRound(
        id=document["id"],
        profile_id=pack.profile_id,
        pack_id=pack.id,
        reflection_id=document["reflection_id"],
        given_on=document["given_on"],
        relation=giver["relation"],
        giver_name="" if giver["anonymous"] else giver["name"].strip(),
        anonymous=giver["anonymous"],
        competences=[CompetenceView(**view) for view in document["competences"]],
        goals=[GoalView(**view) for view in document["goals"]],
        strengths=overall["strengths"],
        focus=overall["focus"],
        next_steps=overall["next_steps"],
        next_meeting=overall["next_meeting"],
    )


# -- keeping ---------------------------------------------------------------------------


@dataclass
class FeedbackImport:
    """What bringing feedback in did: rounds added, replaced by a changed copy, or already here."""

    files: list[FeedbackFile]
    added: list[FeedbackRound] = field(default_factory=list)
    replaced: list[FeedbackRound] = field(default_factory=list)
    unchanged: list[FeedbackRound] = field(default_factory=list)

    def summary(self) -> str:
        parts = []
        if len(self.added) == 1:
            parts.append(translate("feedback_file", "Kept 1 new round of feedback."))
        elif self.added:
            parts.append(
                translate("feedback_file", "Kept {count} new rounds of feedback.").format(
                    count=len(self.added)
                )
            )
        if self.replaced:
            parts.append(
                translate(
                    "feedback_file",
                    "Already here, now replaced by the newer copy (kept once): {givers}.",
                ).format(givers=", ".join(wording.giver_label(r) for r in self.replaced))
            )
        if self.unchanged:
            parts.append(
                translate(
                    "feedback_file",
                    "Already here, exactly the same, so kept once: {givers}.",
                ).format(givers=", ".join(wording.giver_label(r) for r in self.unchanged))
            )
        parts.append(translate("feedback_file", "Your own answers have not been changed."))
        return " ".join(parts)


def keep_feedback(db: Database, files: list[FeedbackFile]) -> FeedbackImport:
    """Keep every file's round, all or nothing: one round per id (the same answer brought
    in twice stays one round). Nothing of the person's own answers is touched."""
    import sqlite3

    report = FeedbackImport(files=files)
    try:
        with db.atomic():
            seen: dict[str, FeedbackRound] = {}
            for kept in files:
                given = kept.round
                earlier = seen.get(given.id) or _kept_round(db, given)
                if earlier is not None and _same(earlier, given):
                    report.unchanged.append(given)
                    continue
                given.received_at = now_iso()
                stored.save_round(db, given)
                (report.replaced if earlier is not None else report.added).append(given)
                seen[given.id] = given
    except sqlite3.Error as error:
        raise DataFileWriteError(
            translate(
                "feedback_file",
                "The feedback could not be saved ({error}). Nothing has been changed.",
            ).format(error=error)
        ) from error
    return report


def _several_refused(failed: int, total: int) -> str:
    return translate(
        "feedback_file",
        "{failed} of the %n feedback files cannot be brought in, so none of them has been. "
        "Nothing has been changed.",
        None,
        total,
    ).format(failed=failed)


def import_feedback(
    db: Database, *sources: Source | FeedbackFile, profile_id: str | None = None
) -> FeedbackImport:
    """Read, check and keep feedback files: all of them, or none."""
    if not sources:
        raise ExchangeError(
            translate("feedback_file", "No feedback file was given, so nothing was brought in.")
        )
    files: list[FeedbackFile] = read_all(
        sources,
        lambda source: read_feedback_file(db, source, profile_id),
        FeedbackFile,
        _several_refused,
    )
    return keep_feedback(db, files)


def _kept_round(db: Database, given: FeedbackRound) -> FeedbackRound | None:
    if not stored.has_round(db, given.id):
        return None
    return next((r for r in stored.load_rounds(db, given.profile_id) if r.id == given.id), None)


def _same(one: FeedbackRound, other: FeedbackRound) -> bool:
    def content(given: FeedbackRound) -> tuple:
        values = vars(given).copy()
        values.pop("received_at")
        return tuple(sorted((k, repr(v)) for k, v in values.items()))

    return content(one) == content(other)


# -- reading, as the data file is read ---------------------------------------------------


def _kind() -> filecheck.Kind:
    return filecheck.Kind(translate("feedback_file", "a feedback file"), MAX_FILE_BYTES)


def _read_bytes(source: Source) -> tuple[str, bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return translate("feedback_file", "The file"), bytes(source)
    name = str(source)
    try:
        return name, filecheck.read_bytes(source, _kind(), name)
    except filecheck.FileRefusedError as refusal:
        raise _unchanged(refusal) from refusal


def _unchanged(refusal: filecheck.FileRefusedError) -> ExchangeError:
    return ExchangeError(
        translate("feedback_file", "{reason} Nothing has been changed.").format(
            reason=refusal.message
        )
    )


def _refused(name: str, problems: list[str]) -> ExchangeError:
    if len(problems) == 1:
        summary = translate(
            "feedback_file",
            "{name} cannot be brought in because it has a problem. Nothing has been changed.",
        )
    else:
        summary = translate(
            "feedback_file",
            "{name} cannot be brought in because it has {count} problems. "
            "Nothing has been changed.",
        )
    return ExchangeError(summary.format(name=name, count=len(problems)), problems)


def _check_header(document: Any, name: str) -> None:
    """The format id and version first: a newer form's file is refused before its fields."""
    if not isinstance(document, dict):
        raise ExchangeError(
            translate(
                "feedback_file",
                "{name} is not a feedback file (it should start with {{). Nothing has been "
                "changed.",
            ).format(name=name)
        )
    found = document.get("format")
    if found == DATA_FORMAT_ID:
        raise ExchangeError(
            translate(
                "feedback_file",
                "{name} is a data file, not a feedback file: bring it in with File > Import "
                "data. Nothing has been changed.",
            ).format(name=name)
        )
    if found != FORMAT_ID:
        what = (
            translate("feedback_file", "its format is {format}").format(format=quote(found))
            if "format" in document
            else translate("feedback_file", "it has no format field")
        )
        raise ExchangeError(
            translate(
                "feedback_file",
                '{name} is not a feedback file ({found}; it should be "{format}"). '
                "Nothing has been changed.",
            ).format(name=name, found=what, format=FORMAT_ID)
        )
    version = document.get("schema_version")
    if type(version) is int and version > SCHEMA_VERSION:
        raise ExchangeError(
            translate(
                "feedback_file",
                "{name} was saved by a newer feedback form (feedback file version {version}); "
                "this app reads feedback files up to version {current}. Please update {app}, "
                "then bring it in again. Nothing has been changed.",
            ).format(name=name, version=version, current=SCHEMA_VERSION, app=APP_NAME)
        )
