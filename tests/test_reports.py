"""The exported plan: every format written and read back, what is in it, what is not."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_reports_sample import (
    GOAL_TITLE,
    NOT_YET_INDEX,
    compact,
    contains,
    level_for,
    make_person,
    markdown_html,
    markdown_text,
    pdf_pages,
    squash,
    text_of,
    unescaped_angle_brackets,
)

from competence_app.reports.options import DEFAULT_SECTIONS, SECTIONS, ExportError, ExportOptions

FORMATS = ("pdf", "odt", "html", "md")  # DOCX: tests/test_documents.py
ALL = frozenset(SECTIONS)


@pytest.fixture
def export(qapp, db, framework, tmp_path):
    """export(profile, format, sections=..., **options) -> the written file."""
    from competence_app.reports.export import export_plan

    def run(profile, fmt, sections=DEFAULT_SECTIONS, name=None, **kwargs):
        options = ExportOptions(format=fmt, sections=frozenset(sections), **kwargs)
        output = tmp_path / (name or f"plan.{fmt}")
        return export_plan(db, framework, profile.id, options, output)

    return run


@pytest.fixture
def robin(db, framework):
    profile, _ = make_person(db, framework, "Robin")
    return profile


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_the_goals_and_the_chosen_level_sentences(export, robin, framework, fmt):
    text = text_of(export(robin, fmt), fmt)
    assert contains(text, GOAL_TITLE)
    assert contains(text, "Carers need a voice where money is decided.")
    assert contains(text, "Step 2: draft a three-minute story")
    latest_shift = 1  # make_person's second reflection is the latest
    for index in (0, 2):
        competence = framework.competences[index]
        assert contains(text, squash(competence.levels[level_for(index, latest_shift) - 1]))
    assert contains(text, "Travel paid within two weeks")
    assert contains(text, "Jo Bloggs")


def test_the_odt_is_an_open_document_with_its_chart_pictures(export, robin):
    import zipfile

    with zipfile.ZipFile(export(robin, "odt")) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"  # ODF readers look for it first, uncompressed
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert "META-INF/manifest.xml" in names
        pictures = [n for n in names if n.startswith("Pictures/")]
        assert len(pictures) == 2


def test_not_had_the_chance_yet_is_never_shown_as_a_level(export, robin, framework):
    text = text_of(export(robin, "html"), "html")
    untried = framework.competences[NOT_YET_INDEX]
    assert contains(text, f"{untried.name} Not had the chance yet")
    for sentence in untried.levels:
        assert not contains(text, squash(sentence))


@pytest.mark.parametrize("fmt", FORMATS)
def test_personal_sections_stay_out_unless_chosen(export, robin, fmt):
    default = text_of(export(robin, fmt, name=f"default.{fmt}"), fmt)
    for private in ("When I active listening at work.", "Notes on being a Citizen Leader."):
        assert not contains(default, private)
    assert not contains(default, "Walking the dog by the canal")
    assert not contains(default, "My examples and stories")
    assert not contains(default, "Looking after myself")

    everything = text_of(export(robin, fmt, ALL, name=f"all.{fmt}"), fmt)
    assert contains(everything, "When I active listening at work.")
    assert contains(everything, "Notes on being a Citizen Leader.")
    assert contains(everything, "Walking the dog by the canal")


@pytest.mark.parametrize("fmt", FORMATS)
def test_unticked_sections_are_absent(export, robin, fmt):
    text = text_of(export(robin, fmt, {"goals"}), fmt)
    assert contains(text, GOAL_TITLE)
    for heading in ("Summary", "My competences", "My roles", "Support I need", "Mentor's notes"):
        assert not contains(text, heading)
    assert not contains(text, "Travel paid within two weeks")
    assert not contains(text, "Jo Bloggs")


def escaping_text(field: str) -> str:
    return f"{field} <script>alert(1)</script> &<>\"'"


FIELDS = (
    ["name", "label-1", "self-words", "drains", "restores", "talk-to", "mentor"]
    + ["how-we-meet", "next-review", "example-0", "notes-3"]
    + [f"{kind}-{n}" for kind in ("goal", "why", "evidence", "help", "target") for n in (0, 1)]
    + ["action-0-0", "action-1-1", "support-0", "support-1"]
)


@pytest.fixture
def mischief(db, framework):
    profile, _ = make_person(db, framework, escaping_text("name"), escaping_text)
    return profile


def test_user_text_is_escaped_in_html(export, mischief):
    from test_reports_sample import html_text

    source = export(mischief, "html", ALL).read_text(encoding="utf-8")
    assert "<script" not in source.lower()
    shown, tags = html_text(source)
    assert "script" not in tags
    for field in FIELDS:
        assert escaping_text(field) in squash(shown), field


@pytest.mark.parametrize("fmt", ["pdf", "odt", "md"])
def test_user_text_comes_out_literally(export, mischief, fmt):
    path = export(mischief, fmt, ALL)
    if fmt == "md":
        assert unescaped_angle_brackets(path.read_text(encoding="utf-8")) == []
    text = text_of(path, fmt)
    for field in FIELDS:
        assert contains(text, escaping_text(field)), field


def test_markdown_keeps_markup_characters_and_line_breaks_literal(db, framework, export):
    def text(field):
        if field == "action-0-0":
            return "Ask *who* decides | and _when_ [see notes](x) `now` ~~maybe~~ &amp; \\ end"
        if field == "why-0":
            return "First line\nSecond line"
        return ""

    profile, _ = make_person(db, framework, "Sam", text, goals=1)
    source = export(profile, "md").read_text(encoding="utf-8")
    shown = markdown_text(source)
    assert text("action-0-0") in shown
    # In a table cell a line break is <br>: a new line there would end the table.
    assert "First line<br>Second line" in source
    assert "First line<br>Second line" in markdown_html(source)


def test_line_breaks_people_typed_survive_in_html(db, framework, export):
    profile, _ = make_person(db, framework, "Sam", lambda f: "One\nTwo" if f == "why-0" else "")
    assert "One<br>Two" in export(profile, "html").read_text(encoding="utf-8")


SCRIPTS = {
    "arabic": "مرحبا بالعالم",
    "chinese": "你好世界",
    "devanagari": "नमस्ते दुनिया कमल",
    "emoji": "🌱🤝",
}


@pytest.fixture
def world(db, framework):
    text = " ".join(SCRIPTS.values())
    profile, _ = make_person(db, framework, "Ana", lambda field: f"{field} {text}")
    return profile


@pytest.mark.parametrize("fmt", ["html", "odt", "md"])
def test_every_script_and_emoji_survives_in_text_formats(export, world, fmt):
    text = text_of(export(world, fmt, ALL), fmt)
    for sample in SCRIPTS.values():
        assert contains(text, sample)


def _fonts_for_every_script() -> bool:
    from PySide6.QtGui import QFontDatabase

    families = " ".join(QFontDatabase.families())
    return all(name in families for name in ("Noto Sans Arabic", "Noto Sans CJK", "Devanagari"))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)")
def test_every_script_can_be_extracted_from_the_pdf(export, world):
    from test_reports_sample import pdftotext

    if not _fonts_for_every_script():
        pytest.skip("needs fonts-noto-core and fonts-noto-cjk (installed by .ci/run)")
    text = pdftotext(export(world, "pdf", ALL))
    assert "مرحبا" in text and "بالعالم" in text
    assert "你好世界" in text
    # Qt maps each glyph back to one character, so a conjunct (स्ते) or a vowel sign
    # drawn before its consonant (नि) cannot be copied out; a word of plain letters can.
    assert "कमल" in text
    # Emoji outside the first 65,536 code points get no text in Qt's PDFs (its
    # ToUnicode map covers only those), so only the surrounding words are checked.
    assert "talk-to" in text


def test_pdf_metadata_holds_nothing_personal(export, mischief):
    from pypdf import PdfReader

    from competence_app import APP_NAME

    reader = PdfReader(export(mischief, "pdf", ALL))
    metadata = reader.metadata
    assert metadata.title == "Personal development plan"
    assert metadata.creator == APP_NAME
    values = " ".join(str(v) for v in metadata.values())
    xmp = reader.xmp_metadata
    if xmp is not None:
        values += str(xmp.dc_title) + str(xmp.dc_creator) + str(xmp.xmp_creator_tool)
    for personal in ("name", "script", "label", "Robin", "Jo Bloggs"):
        assert personal not in values


def test_every_page_has_the_credit_and_its_number(export, robin, framework):
    pages = [compact(page) for page in pdf_pages(export(robin, "pdf", ALL))]
    assert len(pages) >= 4
    for number, page in enumerate(pages, 1):
        assert compact(framework.credit) in page
        assert compact(f"Page {number} of {len(pages)}") in page


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_table_rows_are_never_cut_by_a_page_end(db, framework, export, paper):
    """The long rows (a full level sentence each) each sit whole on one page."""
    long = "I keep going back to this, and it takes patience, time and support from others. "
    profile, _ = make_person(db, framework, "Kim", lambda f: long * 3 if "action" in f else "")
    pages = [compact(page) for page in pdf_pages(export(profile, "pdf", ALL, paper=paper))]
    chosen = [compact(c.levels[level_for(i, 1) - 1]) for i, c in enumerate(framework.competences)]
    for sentence in chosen[:NOT_YET_INDEX] + chosen[NOT_YET_INDEX + 1 :]:
        assert sum(sentence in page for page in pages) == 1, sentence[:40]
    # 2 goals of 2 actions in detail, and each goal's next step on the first page.
    assert sum(page.count(compact(long * 3)) for page in pages) == 6


def test_paper_size(export, robin):
    from pypdf import PdfReader

    a4 = PdfReader(export(robin, "pdf", name="a4.pdf")).pages[0].mediabox
    letter = PdfReader(export(robin, "pdf", name="letter.pdf", paper="Letter")).pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.width), round(letter.height)) == (612, 792)


def test_the_html_file_stands_alone(export, robin):
    source = export(robin, "html").read_text(encoding="utf-8")
    assert source.count('src="data:image/svg+xml;base64,') == 2  # vectors, inside the file
    assert len(re.findall(r"src=", source)) == 2 and "<link" not in source
    assert "http" not in source and "url(" not in source
    assert "@page" in source and "size: A4" in source


def test_latest_reflection_by_default_and_a_chosen_one_on_request(db, framework, tmp_path, qapp):
    from competence_app.reports.export import export_plan

    profile, made = make_person(db, framework, "Robin", reflections_count=3)
    latest = export_plan(db, framework, profile.id, ExportOptions("html"), tmp_path / "a.html")
    text = text_of(latest, "html")
    assert contains(text, "Reflection: 15 Mar 2026 · Review 2")
    assert contains(text, "Since my first reflection: Higher in")

    first = export_plan(
        db, framework, profile.id, ExportOptions("html"), tmp_path / "b.html", made[0].id
    )
    text = text_of(first, "html")
    assert contains(text, "Reflection: 15 Jan 2024 · Start of programme")
    assert not contains(text, "Since my first reflection")


def test_no_reflection_yet_is_explained(db, framework, tmp_path, qapp):
    from competence_app.reports.export import export_plan
    from competence_app.store import profiles

    person = profiles.create_profile(db, "New")
    with pytest.raises(ExportError, match="no reflection"):
        export_plan(db, framework, person.id, ExportOptions(), tmp_path / "plan.pdf")
    assert not (tmp_path / "plan.pdf").exists()


def test_an_unwritable_place_is_explained_and_leaves_nothing_behind(export, robin, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ExportError, match="cannot be found"):
        export(robin, "pdf", name="not-a-folder/plan.pdf")
    with pytest.raises(ExportError, match="cannot be found"):
        export(robin, "pdf", name="no-such-folder/plan.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        export(robin, "pdf", name=".")
    others = [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.sqlite3")]
    assert others == ["not-a-folder"]
    assert blocker.read_text() == "a file, not a folder"


def test_a_full_disk_keeps_the_old_plan_whole(export, robin, tmp_path, monkeypatch):
    import errno

    old = tmp_path / "plan.pdf"
    old.write_bytes(b"the plan from last month")

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(ExportError, match="not enough space"):
        export(robin, "pdf")
    assert old.read_bytes() == b"the plan from last month"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_plan_open_in_another_program_is_explained(export, robin, tmp_path, monkeypatch):
    import errno

    old = tmp_path / "plan.odt"
    old.write_bytes(b"last month's plan")

    def locked(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="may be open in another program"):
        export(robin, "odt")
    assert old.read_bytes() == b"last month's plan"


def test_an_existing_plan_is_replaced_by_the_complete_new_one(export, robin, tmp_path):
    old = tmp_path / "plan.html"
    old.write_text("old")
    os.chmod(old, 0o640)
    path = export(robin, "html")
    assert path == old
    assert contains(text_of(path, "html"), GOAL_TITLE)
    if os.name == "posix":  # a plan holds a person's words: owner-only, like the data file
        assert os.stat(path).st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_printing_gives_the_same_pages_as_the_pdf(export, robin, db, framework, tmp_path):
    """Print to file writes the tagged PDF itself; a printer gets the PDF's own pages."""
    from pypdf import PdfReader
    from PySide6.QtGui import QPdfWriter
    from PySide6.QtPrintSupport import QPrinter

    from competence_app.reports.export import print_plan

    pdf = export(robin, "pdf", ALL)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_plan(db, framework, robin.id, ExportOptions(sections=ALL), printer)
    printed = [squash(page) for page in pdf_pages(tmp_path / "printed.pdf")]
    assert printed == [squash(page) for page in pdf_pages(pdf)]
    assert printer.docName() == "Personal development plan"

    # A device that is not a file: each page drawn whole, at the device's resolution.
    device = QPdfWriter(str(tmp_path / "device.pdf"))
    device.setResolution(150)
    print_plan(db, framework, robin.id, ExportOptions(sections=ALL), device)
    drawn, exported = PdfReader(tmp_path / "device.pdf").pages, PdfReader(pdf).pages
    assert len(drawn) == len(exported)
    for mine, theirs in zip(drawn, exported, strict=True):
        assert abs(float(mine.mediabox.width) - float(theirs.mediabox.width)) < 2
        assert abs(float(mine.mediabox.height) - float(theirs.mediabox.height)) < 2
        assert mine.images


def test_charts_are_sharp_enough_to_print(framework):
    import base64
    import struct

    from competence_app.reports.content import ChartData
    from competence_app.reports.figures import CSS_PX_PER_INCH, plan_charts

    data = ChartData({"story_telling": 3}, ("A", "B"), (1, 2), (3, None), "Now", "Wish")
    for chart in plan_charts(framework, data, "png").values():
        png = base64.b64decode(chart.src.split(",", 1)[1])
        pixel_width = struct.unpack(">I", png[16:20])[0]
        assert pixel_width / (chart.width / CSS_PX_PER_INCH) >= 199
        assert chart.alt
    for chart in plan_charts(framework, data, "svg").values():
        assert chart.src.startswith("data:image/svg+xml;base64,")


def test_the_pdf_charts_keep_every_mark_and_word(framework):
    """The SVG made lighter for the PDF still holds every path, marker and label."""
    import base64
    import io

    import matplotlib

    from competence_app import charts
    from competence_app.reports.content import ChartData
    from competence_app.reports.figures import chart_style, lighter_svg, new_figure, plan_charts

    data = ChartData({"story_telling": 3}, ("A", "B"), (1, 2), (3, None), "Now", "Wish")
    radar = plan_charts(framework, data, "svg")["radar"]
    svg = base64.b64decode(radar.src.split(",", 1)[1]).decode("utf-8")
    assert "<metadata>" not in svg and svg.count("<g") == svg.count("</g>")
    for competence in framework.competences:
        assert competence.name.split()[0] in svg
    with matplotlib.rc_context(chart_style()):
        figure = new_figure((5.4, 3.7))
        charts.draw_radar(figure, framework, [charts.Series("", data.levels)])
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg")
    whole = buffer.getvalue().decode("utf-8")
    light = lighter_svg(whole)
    for element in ("<path", "<use", "<text", "<clipPath"):
        assert light.count(element) == whole.count(element), element
    assert len(light) < len(whole)


def test_making_a_pdf_leaves_the_garbage_collector_and_imports_as_they_were(
    export, robin, monkeypatch
):
    import builtins
    import gc

    importer = builtins.__import__
    export(robin, "pdf")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert builtins.__import__ is importer

    def broken(*args, **kwargs):
        raise ValueError("no layout")

    monkeypatch.setattr("weasyprint.HTML.write_pdf", broken)
    with pytest.raises(ExportError):
        export(robin, "pdf", name="broken.pdf")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert builtins.__import__ is importer


def test_a_pdf_made_after_start_up_set_objects_aside_still_waits_and_collects(
    export, robin, monkeypatch
):
    """The app's start-up freezes what it made (gui/shell/app.py); a PDF made later still
    keeps the collector waiting during the layout, and leaves it on with nothing frozen."""
    import gc

    import weasyprint

    original = weasyprint.HTML.write_pdf
    during = []

    def spy(self, *args, **kwargs):
        during.append(gc.isenabled())
        return original(self, *args, **kwargs)

    monkeypatch.setattr("weasyprint.HTML.write_pdf", spy)
    gc.freeze()
    try:
        export(robin, "pdf")
    finally:
        gc.unfreeze()
    assert during == [False]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_building_the_content_needs_no_qt_jinja_or_matplotlib():
    probe = (
        "import sys\n"
        "import competence_app.reports.content, competence_app.reports.templates\n"
        "import competence_app.reports.figures, competence_app.reports.options\n"
        "loaded = [m for m in ('PySide6', 'jinja2', 'matplotlib') if m in sys.modules]\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_templates_ship_where_the_app_looks_for_them():
    from competence_app.paths import resource_path

    folder = resource_path("resources", "templates")
    for template in ("plan.html.j2", "worksheet/worksheet.html.j2", "group/report.html.j2"):
        assert (folder / template).is_file()


def test_every_section_has_a_heading_in_the_plan(export, robin):
    from competence_app.reports.content import section_titles

    text = text_of(export(robin, "html", ALL), "html")
    for heading in section_titles().values():
        assert text.count(heading) >= 1


def test_summary_in_words(export, robin, framework):
    text = text_of(export(robin, "md", {"summary"}), "md")
    assert contains(text, "Strengths:")
    assert contains(text, "Competences I want to develop: Story telling and Assertiveness.")
    assert contains(text, "Roles I would like to grow into:")
    assert contains(text, "1 goal under way, 1 not started yet.")
    assert contains(text, "Since my first reflection:")


@pytest.fixture(autouse=True)
def _tidy(tmp_path):
    yield
    leftovers = [p for p in Path(tmp_path).rglob("*.part")]
    assert leftovers == []
