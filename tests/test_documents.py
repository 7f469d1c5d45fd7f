"""Documents a mentor is proud to receive: the mentor's page first, a tagged PDF a screen
reader can follow, Markdown that stays Markdown, big and hostile text kept safe."""

from __future__ import annotations

import importlib.util
import os
import re
import stat

import pytest
from test_reports_sample import (
    GOAL_TITLE,
    NOT_YET_INDEX,
    compact,
    contains,
    html_text,
    make_person,
    markdown_html,
    pdf_pages,
    squash,
    text_of,
)

from competence_app.reports.options import DEFAULT_SECTIONS, SECTIONS, ExportOptions

ALL = frozenset(SECTIONS)
HAS_DOCX = importlib.util.find_spec("competence_app.reports.docx") is not None


@pytest.fixture
def export(qapp, db, framework, tmp_path):
    from competence_app.reports.export import export_plan

    def run(profile, fmt, sections=DEFAULT_SECTIONS, name=None, **kwargs):
        options = ExportOptions(format=fmt, sections=frozenset(sections), **kwargs)
        return export_plan(db, framework, profile.id, options, tmp_path / (name or f"plan.{fmt}"))

    return run


@pytest.fixture
def robin(db, framework):
    return make_person(db, framework, "Robin")[0]


# -- the tagged PDF -----------------------------------------------------------------------


def structure(path):
    """(catalog, metadata, [(tag, alt)] in reading order) of a PDF's structure tree."""
    import pikepdf

    pdf = pikepdf.open(path)
    tags: list[tuple[str, str]] = []

    def walk(node):
        if not isinstance(node, pikepdf.Dictionary):
            return
        if "/S" in node:
            tags.append((str(node.S)[1:], str(node.get("/Alt", ""))))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            walk(kid)

    walk(pdf.Root.StructTreeRoot)
    metadata = " ".join(str(v) for v in pdf.docinfo.values())
    with pdf.open_metadata() as xmp:
        metadata += " " + " ".join(str(v) for v in xmp.values())
    return pdf, metadata, tags


def assert_accessible(path, title: str, language: str = "en", tables: bool = True):
    pdf, metadata, tags = structure(path)
    catalog = pdf.Root
    assert catalog.MarkInfo.Marked
    assert str(catalog.Lang) == language
    assert catalog.ViewerPreferences.DisplayDocTitle  # the title, not the file name
    assert title in metadata
    headings = [int(tag[1]) for tag, _ in tags if re.fullmatch(r"H[1-6]", tag)]
    assert headings[0] == 1 and headings.count(1) == 1
    for before, after in zip(headings, headings[1:], strict=False):
        assert after <= before + 1, headings  # never skips a level
    if tables:
        assert "Table" in [t for t, _ in tags] and "TH" in [t for t, _ in tags]
    figures = [alt for tag, alt in tags if tag == "Figure"]
    assert all(alt.strip() for alt in figures)
    return tags, metadata


def test_the_plan_pdf_is_tagged_for_screen_readers(export, robin, framework):
    tags, metadata = assert_accessible(export(robin, "pdf", ALL), "Personal development plan")
    figures = [alt for tag, alt in tags if tag == "Figure"]
    assert figures
    # The alternative text is the table twin in one sentence: every competence's level.
    radar = next(alt for alt in figures if alt.startswith("Radar"))
    assert all(c.name in radar for i, c in enumerate(framework.competences) if i != NOT_YET_INDEX)
    assert "Robin" not in metadata and "carer" not in metadata


def test_the_worksheet_and_group_report_are_tagged_too(qapp, framework, tmp_path):
    from test_group_share import person, write_people

    from competence_app.group.report import export_group_report
    from competence_app.group.summary import load_shares, summarise
    from competence_app.reports.worksheet import export_worksheet

    assert_accessible(export_worksheet(framework, tmp_path / "sheet.pdf"), "Reflection worksheet")
    write_people(tmp_path / "shares", [person(framework) for _ in range(4)])
    summary = summarise(load_shares([tmp_path / "shares"], framework), framework)
    report = export_group_report(summary, framework, "pdf", tmp_path / "group.pdf")
    tags, _ = assert_accessible(report, "Group summary")
    assert any(tag == "Figure" for tag, _ in tags)
    # "In short" is a list a screen reader counts: each point a list item with its body.
    kinds = [tag for tag, _ in tags]
    assert "L" in kinds and kinds.count("LI") == kinds.count("LBody") >= 2


# -- the mentor's page ----------------------------------------------------------------------


def test_the_mentors_page_comes_first_and_the_plan_fits_four_pages(export, robin):
    pages = pdf_pages(export(robin, "pdf"))
    assert len(pages) <= 4  # the sample plan with 2 goals, without the optional sections
    first = squash(pages[0])
    for wanted in (
        "Robin",
        "Reflection: 15 Feb 2025 · Review 1",
        "1 goal under way, 1 not started yet.",
        GOAL_TITLE,
        "Step 2: draft a three-minute story",  # the next action not yet done
        "Travel paid within two weeks",  # the support asked for
        "Next review: 10 January 2027, with Jo Bloggs",
    ):
        assert contains(first, wanted), wanted


def test_the_summary_is_five_short_paragraphs_or_fewer(export, robin):
    source = export(robin, "html", ALL).read_text(encoding="utf-8")
    summary = source.split('id="summary"', 1)[1].split("<h2", 1)[0]
    assert 3 <= summary.count('<p class="lead">') <= 5


@pytest.mark.parametrize(
    ("statuses", "sentence"),
    [
        (["under_way", "not_started"], "1 goal under way, 1 not started yet."),
        (["under_way"], "1 goal under way."),
        (["achieved", "achieved", "under_way"], "1 goal under way, 2 achieved."),
        (["not_started"] * 3, "3 goals not started yet."),
        (["set_aside", "under_way", "under_way"], "2 goals under way, 1 set aside."),
    ],
)
def test_the_goals_read_as_a_sentence(statuses, sentence):
    from competence_app.reports.content import goals_sentence

    assert goals_sentence(statuses) == sentence


@pytest.mark.parametrize(
    ("statuses", "sentence"),
    [
        (["under_way", "not_started"], "1 objetivo en marcha, 1 sin empezar todavía."),
        (
            ["achieved", "set_aside", "under_way"],
            "1 objetivo en marcha, 1 logrado, 1 dejado de lado.",
        ),
        (
            ["achieved", "achieved", "set_aside", "set_aside", "not_started", "not_started"],
            "2 objetivos sin empezar todavía, 2 logrados, 2 dejados de lado.",
        ),
        (["achieved"], "1 objetivo logrado."),
    ],
)
def test_the_goals_read_as_a_sentence_in_spanish_with_real_plurals(qapp, statuses, sentence):
    from competence_app import i18n
    from competence_app.reports.content import goals_sentence

    assert i18n.install("es") == []
    try:
        assert goals_sentence(statuses) == sentence
    finally:
        i18n.install("en")


def test_table_rows_never_split_and_headers_repeat(db, framework, export):
    long = "I keep going back to this, and it takes patience, time and support. " * 4
    profile, _ = make_person(db, framework, "Kim", lambda f: long if "action" in f else "", goals=5)
    pages = [compact(page) for page in pdf_pages(export(profile, "pdf", ALL))]
    # 5 goals of 2 actions in detail, and each goal's next step on the first page: a row
    # cut by a page end would split its text over two pages and not be found whole.
    assert sum(page.count(compact(long)) for page in pages) == 5 * 2 + 5
    # A page that carries on a table of actions starts with that table's header row.
    for page in pages[1:]:
        first_row = page.find(compact(long))
        heading = max(page.rfind(compact("Goal"), 0, max(first_row, 0)), -1)
        if first_row >= 0 and heading < 0:
            assert (
                compact("ActionBy") in page[:first_row]
                or compact("GoalNextstep") in page[:first_row]
            )


# -- Markdown that stays Markdown -----------------------------------------------------------


HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> &<>\"' a | b "
    "[link](http://example.org) http://example.org www.example.org *em* _u_ `code`\n"
    "# not a heading\n- not a list\n1. not a number\n\u200fשלום\u200e end\x00."
)


@pytest.fixture
def hostile(db, framework):
    def text(field):
        if field.startswith(("example-", "notes-")):
            return HOSTILE + " " + "story " * 1650  # a 10,000-character story
        return HOSTILE

    return make_person(db, framework, HOSTILE, text)[0]


def test_markdown_shows_every_typed_character_and_keeps_its_tables(export, hostile):
    from markdown_it import MarkdownIt

    source = export(hostile, "md", ALL).read_text(encoding="utf-8")
    assert "\x00" not in source
    rendered = markdown_html(source)
    _, tags = html_text(rendered)
    assert not {"script", "img", "a", "h6"} & set(tags)
    assert "<h1>" in rendered and rendered.count("<h1>") == 1  # '# not a heading' stays text
    shown = squash(html_text(rendered)[0])
    assert squash(HOSTILE.replace("\x00", "").replace("\n", " ")) in shown
    # Every table row has as many cells as its header.
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    width, cells = None, 0
    for token in tokens:
        if token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            width = width or cells
            assert cells == width
        elif token.type == "table_close":
            width = None
    assert sum(t.type == "table_open" for t in tokens) >= 5


@pytest.mark.parametrize("fmt", ["html", "pdf", "odt", "md"] + (["docx"] if HAS_DOCX else []))
def test_hostile_text_comes_out_literally_in_every_format(export, hostile, fmt):
    path = export(hostile, fmt, ALL)
    if fmt == "html":
        source = path.read_text(encoding="utf-8")
        assert "\x00" not in source and "<script" not in source and "<img src=x" not in source
    text = text_of_any(path, fmt)
    for piece in ("<script>alert(1)</script>", "&<>\"' a | b", "[link](http://example.org)"):
        assert contains(text, piece), piece
    assert contains(text, "story " * 100)


def text_of_any(path, fmt):
    if fmt == "docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return squash(" ".join([p.text for p in document.paragraphs] + cells))
    return text_of(path, fmt)


@pytest.mark.skipif(not HAS_DOCX, reason="the Word writer (reports/docx.py) is not merged yet")
def test_the_word_document_holds_the_plan(export, robin, framework, db):
    from competence_app.store import reflections

    text = text_of_any(export(robin, "docx"), "docx")
    for wanted in (
        GOAL_TITLE,
        "Step 2: draft a three-minute story",
        "Travel paid within two weeks",
    ):
        assert contains(text, wanted)
    # The sentence of the level Robin chose, as the table shows it.
    first = framework.competences[0]
    chosen = reflections.latest_reflection(db, robin.id).competence(first.id).level
    assert contains(text, first.levels[chosen - 1])


# -- big text and privacy -------------------------------------------------------------------


def test_a_million_character_story_is_whole_in_every_format_but_the_pdf_which_says_so(
    db, framework, export
):
    """Word, OpenDocument, web page and Markdown hold every word of a 1 MB story; the PDF
    (WeasyPrint lays out some 10,000 to 30,000 characters a second) shows its beginning
    and says how much more there is and where. Times: benchmarks/big_text.py."""
    line = "I remember the meeting where nobody listened. Then we spoke.\n"
    story = (line * 17000)[: 1_000_000 - 20] + " The very last words"
    story += "\n\nA second paragraph after a blank line: " + "and it goes on. " * 2000
    profile, _ = make_person(db, framework, "Big", lambda f: story if f == "example-0" else "")
    for fmt in ("md", "html", "odt") + (("docx",) if HAS_DOCX else ()):
        text = text_of_any(export(profile, fmt, ALL, name=f"big.{fmt}"), fmt)
        assert contains(text, "The very last words"), fmt
        assert contains(text, "and it goes on. and it goes on. and it goes on."), fmt
        assert squash(text).count("Then we spoke.") >= 16_000, fmt  # every line of it
        assert not contains(text, "The PDF shows the beginning of this text"), fmt
    path = export(profile, "pdf", ALL)
    text = text_of(path, "pdf")
    assert contains(text, "I remember the meeting where nobody listened.")
    assert not contains(text, "The very last words")
    assert contains(text, "The PDF shows the beginning of this text")
    assert contains(text, "more characters are kept in the app")
    assert len(pdf_pages(path)) <= 12  # some four pages of the story, not four hundred


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("fmt", ["pdf", "odt", "html", "md"] + (["docx"] if HAS_DOCX else []))
def test_every_exported_plan_is_owner_only(export, robin, fmt, tmp_path):
    old = tmp_path / f"plan.{fmt}"
    old.write_bytes(b"an older plan")
    os.chmod(old, 0o644)
    assert stat.S_IMODE(export(robin, fmt).stat().st_mode) == 0o600


def test_private_sections_are_absent_unless_chosen_in_every_format(export, robin):
    for fmt in ("pdf", "odt", "html", "md") + (("docx",) if HAS_DOCX else ()):
        text = text_of_any(export(robin, fmt, name=f"p.{fmt}"), fmt)
        assert not contains(text, "Walking the dog by the canal")
        assert not contains(text, "Notes on being a Citizen Leader.")
