"""The exported plan's "What my mentor saw": each giver's levels beside the person's, their
comments and the next steps agreed, in every format, escaped, and only when ticked."""

from __future__ import annotations

import importlib.util

import pytest
from feedback_samples import anonymous, answer, encoded, person_with_pack
from test_exchange_samples import encoded as encoded_data
from test_reports_sample import contains, squash, text_of

from competence_app import cli
from competence_app.exchange.feedback_file import import_feedback
from competence_app.exchange.merging import import_data
from competence_app.exchange.writing import build_document
from competence_app.paths import database_path, prepare_data_dir
from competence_app.reports.options import (
    DEFAULT_SECTIONS,
    PRIVATE_SECTIONS,
    SECTIONS,
    ExportOptions,
)
from competence_app.store.database import open_database

# Markup, placeholders and a format string: each must come out as typed (the PDF's text
# extraction reorders right-to-left marks, so those are tested in the app's screens).
HOSTILE = '<script>alert("x")</script> & <b>bold</b> {name} %s'
HAS_DOCX = importlib.util.find_spec("competence_app.reports.docx") is not None
FORMATS = ["html", "pdf", "odt", "md"] + (["docx"] if HAS_DOCX else [])


@pytest.fixture
def export(qapp, db, framework, tmp_path):
    from competence_app.reports.export import export_plan

    def run(profile, fmt, sections, name=None):
        options = ExportOptions(format=fmt, sections=frozenset(sections))
        return export_plan(db, framework, profile.id, options, tmp_path / (name or f"plan.{fmt}"))

    return run


@pytest.fixture
def with_feedback(db, framework):
    person = person_with_pack(db, framework)
    ids = person.pack.competence_ids
    sam = answer(person.pack, levels={ids[0]: 4, ids[1]: 4})
    sam["competences"][0]["seen"] = "You let the quietest carer speak first. " + HOSTILE
    sam["goals"][0]["next_step"] = "Ask the chair for ten minutes " + HOSTILE
    sam["overall"]["next_steps"] = "Draft three points before January"
    import_feedback(db, encoded(sam))
    return person


def text_of_any(path, fmt):
    if fmt == "docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return squash(" ".join([p.text for p in document.paragraphs] + cells))
    return text_of(path, fmt)


def test_what_my_mentor_saw_is_a_personal_section():
    assert "feedback" in SECTIONS
    assert "feedback" in PRIVATE_SECTIONS and "feedback" not in DEFAULT_SECTIONS


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_my_mentor_saw_in_every_format(export, with_feedback, framework, fmt):
    path = export(with_feedback.profile, fmt, {"summary", "goals", "feedback"})
    if fmt == "html":
        source = path.read_text("utf-8")
        assert "<script>alert" not in source and "&lt;script&gt;" in source
    text = text_of_any(path, fmt)
    first = framework.competences[0]
    for wanted in (
        "What my mentor saw",
        "Sam (mentor), 20 November 2026",
        "Seen by Sam",
        f"2 · {framework.level_names[1]}",  # Ines's own level for the first competence
        f"4 · {framework.level_names[3]}",  # beside Sam's, not blended with it
        first.name,
        "You let the quietest carer speak first. " + HOSTILE,
        "Suggested next step: Ask the chair for ten minutes " + HOSTILE,
        "Next steps agreed",
        "Draft three points before January",
        "Not seen",
    ):
        assert contains(text, wanted), wanted


@pytest.mark.parametrize("fmt", FORMATS)
def test_feedback_stays_out_unless_ticked(export, with_feedback, fmt):
    text = text_of_any(export(with_feedback.profile, fmt, SECTIONS_BUT_FEEDBACK), fmt)
    assert not contains(text, "What my mentor saw")
    assert not contains(text, "You let the quietest carer speak first")
    assert not contains(text, "Draft three points before January")


SECTIONS_BUT_FEEDBACK = frozenset(SECTIONS) - {"feedback"}


def test_anonymous_answers_in_the_document_wait_for_three(db, framework, export):
    person = person_with_pack(db, framework, name="Open", allow_anonymous=True)
    ids = person.pack.competence_ids
    import_feedback(db, encoded(anonymous(person.pack, {ids[0]: 3})))
    text = text_of(export(person.profile, "html", {"feedback"}), "html")
    assert contains(text, "1 anonymous answer came back")
    assert not contains(text, "Seen " + ids[0])
    for level in (4, 5):
        import_feedback(db, encoded(anonymous(person.pack, {ids[0]: level})))
    text = text_of(export(person.profile, "html", {"feedback"}, name="again.html"), "html")
    assert contains(text, "Anonymous (3 people)")
    assert contains(text, "1 at level 3, 1 at level 4, 1 at level 5")
    assert not contains(text, "anonymous answer came back")


def test_the_command_line_exports_it_when_named(with_feedback, db, framework, tmp_path):
    # The person and their feedback moved into a data folder, as a data file carries them.
    folder = prepare_data_dir(tmp_path / "cli-data")
    other = open_database(database_path(folder))
    import_data(other, encoded_data(build_document(db, with_feedback.profile.id, framework)))
    other.close()

    def export_md(name, *sections):
        out = tmp_path / name
        argv = ["export", "--format", "md", "--output", str(out), "--data-dir", str(folder)]
        assert cli.main(argv + list(sections)) == 0
        return out.read_text("utf-8")

    text = export_md("plan.md", "--sections", "goals,feedback")
    assert "What my mentor saw" in text and "Draft three points before January" in text
    assert "What my mentor saw" not in export_md("plain.md")


def test_a_feedback_pack_never_carries_other_givers_feedback():
    from competence_app.reports.feedback_pack import PACK_CHOICES, PackOptions
    from competence_app.reports.options import ExportError

    assert "feedback" not in PACK_CHOICES
    with pytest.raises(ExportError, match="Unknown section"):
        PackOptions(sections=frozenset({"goals", "feedback"}))


def test_the_pack_dialog_does_not_offer_what_my_mentor_saw(qapp):
    from competence_app.gui.dialogs.feedback_dialog import pack_section_names

    assert "feedback" not in pack_section_names()
    assert "stories" in pack_section_names()
