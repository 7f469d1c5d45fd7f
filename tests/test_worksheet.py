"""The blank worksheet on paper: at most four A4 pages, every competence and role whole on
a page, in black, with tick boxes and text to read at arm's length."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_reports_sample import compact, pdf_pages

from competence_app.domain.framework import Competence
from competence_app.reports.options import ExportError

# At most four A4 pages per person (a group of 20 prints 80 pages, not 220).
MOST_PAGES = 4


@pytest.fixture
def sheet(qapp, framework, tmp_path):
    """sheet(framework=..., paper=...) -> the text of each page of the written PDF."""
    from competence_app.reports.worksheet import export_worksheet

    def run(adapted=None, paper="A4"):
        written = export_worksheet(adapted or framework, tmp_path / "sheet.pdf", "pdf", paper)
        assert written == tmp_path / "sheet.pdf"
        return [compact(page) for page in pdf_pages(written)]

    return run


def page_holding(pages: list[str], text: str) -> int:
    found = [number for number, page in enumerate(pages) if compact(text) in page]
    assert len(found) == 1, (text[:50], found)
    return found[0]


def competence_parts(competence: Competence, number: int) -> list[str]:
    return [f"{number}. {competence.name}", competence.meaning, *competence.levels]


def adapted_framework(framework, **changes):
    return dataclasses.replace(framework, **changes)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_competence_and_role_is_numbered_and_whole_on_one_page(sheet, framework, paper):
    pages = sheet(paper=paper)
    if paper == "A4":
        assert len(pages) <= MOST_PAGES
    for number, competence in enumerate(framework.competences, start=1):
        parts = competence_parts(competence, number)
        where = {page_holding(pages, part) for part in parts}
        assert len(where) == 1, competence.name  # never split over two pages
    text = "".join(pages)
    assert text.count(compact("I haven't had the chance yet.")) == 9
    assert text.count(compact("I want to develop this")) == 9
    for number, role in enumerate(framework.roles, start=10):
        assert page_holding(pages, f"{number}. {role.name}") == page_holding(
            pages, role.description
        )
    assert text.count(compact("This describes what I do now")) == 4
    assert text.count(compact("I'd like to grow into this")) == 4


def test_the_45_level_sentences_and_nine_names_are_all_there(sheet, framework):
    text = "".join(sheet())
    sentences = [sentence for c in framework.competences for sentence in c.levels]
    assert len(sentences) == 45
    assert all(compact(sentence) in text for sentence in sentences)
    assert all(compact(c.name) in text for c in framework.competences)


def test_the_instructions_come_first_in_plain_words(sheet):
    first = sheet()[0]
    for words in (
        "Your name (if you like)",
        "There are no right answers",
        "“I haven't had the chance yet”: that is not a low level.",
        "You decide who sees this sheet.",
    ):
        assert compact(words) in first, words


def test_every_page_carries_the_credit_and_its_number(sheet, framework):
    pages = sheet()
    for number, page in enumerate(pages, start=1):
        assert compact(framework.credit) in page
        assert compact(f"Page {number} of {len(pages)}") in page


def test_long_wording_still_keeps_each_competence_whole(sheet, framework):
    wordy = tuple(
        dataclasses.replace(
            c, levels=tuple(f"{s} {s}" for s in c.levels), meaning=f"{c.meaning} {c.meaning}"
        )
        for c in framework.competences
    )
    pages = sheet(adapted_framework(framework, competences=wordy))
    for number, competence in enumerate(wordy, start=1):
        where = {page_holding(pages, part) for part in competence_parts(competence, number)}
        assert len(where) == 1


def test_readable_at_arms_length(qapp, framework, tmp_path):
    """No text under 10 pt but the footer, and tick boxes of 4 mm drawn in black."""
    import pikepdf

    from competence_app.reports.worksheet import export_worksheet

    pdf = pikepdf.open(export_worksheet(framework, tmp_path / "sheet.pdf"))
    sizes = set()
    for page in pdf.pages:
        for operands, operator in pikepdf.parse_content_stream(page):
            if str(operator) == "Tf":  # WeasyPrint's pages are in CSS pixels: 0.75 pt each
                sizes.add(round(float(operands[1]) * 0.75, 1))
    # 7.5 pt: the running footer; 3 pt: the tick box's glyph for screen readers, not drawn.
    body = sizes - {7.5, 3.0}
    assert body and min(body) >= 9.5
    html = __import__("competence_app.reports.worksheet", fromlist=["x"]).render_worksheet_html(
        framework
    )
    assert html.count('<span class="tick">') == 9 * (5 + 1 + 4) + 4 * 2 * 5


def test_nothing_is_drawn_in_colour_or_grey(qapp, framework, tmp_path):
    """Photocopies lose colour and pale greys: every colour set on every page is black
    (or white, the paper)."""
    import pikepdf

    from competence_app.reports.worksheet import export_worksheet

    pdf = pikepdf.open(export_worksheet(framework, tmp_path / "sheet.pdf"))
    colours = set()
    for page in pdf.pages:
        for operands, operator in pikepdf.parse_content_stream(page):
            if str(operator) in ("rg", "RG", "g", "G", "k", "K", "sc", "SC", "scn", "SCN"):
                colours.add(
                    tuple(round(float(n), 3) for n in operands if not isinstance(n, pikepdf.Name))
                )
    allowed = {(0.0,), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 1.0), (1.0,), (1.0, 1.0, 1.0), ()}
    assert colours and colours <= allowed, colours - allowed


def test_printing_gives_the_same_pages_as_the_pdf(sheet, framework, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from competence_app.reports.worksheet import print_worksheet

    exported = sheet()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_worksheet(framework, printer, "A4")
    printed = [compact(page) for page in pdf_pages(tmp_path / "printed.pdf")]
    assert printed == exported  # print to file: the tagged PDF itself
    assert printer.docName() == "Reflection worksheet"


def test_letter_and_a4_paper(qapp, framework, tmp_path):
    from pypdf import PdfReader

    from competence_app.reports.worksheet import export_worksheet

    for paper, (width, height) in {"A4": (595, 842), "Letter": (612, 792)}.items():
        written = export_worksheet(framework, tmp_path / f"{paper}.pdf", paper=paper)
        box = PdfReader(written).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (width, height)


@pytest.mark.parametrize(
    ("fmt", "paper", "message"),
    [
        ("odt", "A4", "'odt' is not a format the worksheet can be saved in"),
        ("pdf", "A5", "The paper size must be one of: A4, Letter"),
    ],
)
def test_unknown_formats_and_papers_are_refused(qapp, framework, tmp_path, fmt, paper, message):
    from competence_app.reports.worksheet import export_worksheet

    with pytest.raises(ExportError, match=re.escape(message)):
        export_worksheet(framework, tmp_path / "sheet.pdf", fmt, paper)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_or_a_failed_write_leaves_what_was_there(qapp, framework, tmp_path, monkeypatch):
    import errno
    import os

    from competence_app.reports.worksheet import export_worksheet

    with pytest.raises(ExportError, match="is a folder. Please choose a file name"):
        export_worksheet(framework, tmp_path)
    old = tmp_path / "sheet.pdf"
    old.write_bytes(b"last week's worksheet")

    def no_space(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("competence_app.files.os.fsync", no_space)
    with pytest.raises(ExportError, match="not enough space"):
        export_worksheet(framework, old)
    assert old.read_bytes() == b"last week's worksheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_the_spanish_worksheet_fits_four_pages_too(qapp, tmp_path):
    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.reports.worksheet import export_worksheet

    spanish = load_framework(default_framework_path("es"))  # longer words than English
    assert len(pdf_pages(export_worksheet(spanish, tmp_path / "hoja.pdf"))) <= MOST_PAGES
