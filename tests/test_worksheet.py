"""The blank worksheet on paper: every competence and role, each whole on a page, in black."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_reports_sample import compact, pdf_pages

from competence_app.domain.framework import Competence
from competence_app.reports.options import ExportError

# The blank worksheet's own pages: the instructions, a page per competence, the roles.
DEFAULT_PAGES = 1 + 9 + 1


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
    # A page of its own for each competence: a split (even of its ruled lines alone)
    # would add a page and move every later competence along.
    assert len(pages) == DEFAULT_PAGES
    for number, competence in enumerate(framework.competences, start=1):
        for part in competence_parts(competence, number):
            assert page_holding(pages, part) == number, part[:50]
        assert pages[number].startswith(compact(f"{number}. {competence.name}")) or (
            number == 1 and pages[1].startswith(compact("Part 1: the competences"))
        )
        assert pages[number].count(compact("I haven't had the chance yet.")) == 1
        assert compact("I want to develop this") in pages[number]
    roles = pages[-1]
    for number, role in enumerate(framework.roles, start=10):
        assert compact(f"{number}. {role.name}") in roles
        assert compact(role.description) in roles
    assert roles.count(compact("This describes what I do now")) == 4
    assert roles.count(compact("I'd like to grow into this")) == 4


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


def test_long_wording_still_keeps_each_competence_on_its_page(sheet, framework):
    wordy = tuple(
        dataclasses.replace(
            c, levels=tuple(f"{s} {s}" for s in c.levels), meaning=f"{c.meaning} {c.meaning}"
        )
        for c in framework.competences
    )
    pages = sheet(adapted_framework(framework, competences=wordy))
    assert len(pages) == DEFAULT_PAGES
    for number, competence in enumerate(wordy, start=1):
        for part in competence_parts(competence, number):
            assert page_holding(pages, part) == number


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_each_competence_page_is_filled_with_ruled_lines(qapp, framework, paper):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from competence_app.reports import paged
    from competence_app.reports.worksheet import MOST_RULED_LINES, fitted_lines

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setPageLayout(paged.page_layout(paper))
    lines = fitted_lines(framework, device)
    assert list(lines) == [c.id for c in framework.competences]
    # The shortest page of the nine still has room for a proper story.
    assert min(lines.values()) >= 6
    assert max(lines.values()) <= MOST_RULED_LINES
    longest = max(framework.competences, key=lambda c: len(" ".join(c.levels) + c.meaning))
    wordy = dataclasses.replace(longest, levels=tuple(f"{s} {s}" for s in longest.levels))
    fewer = fitted_lines(adapted_framework(framework, competences=(wordy,)), device)
    assert fewer[wordy.id] < lines[wordy.id]


def test_an_adapted_framework_prints_its_own_wording_and_numbers(sheet, framework):
    local = Competence(
        id="peer_support",
        name="Peer support & <care>",
        meaning="Standing beside someone who is where you once were.",
        description="",
        levels=tuple(f"Local level {n}: what someone at this level does." for n in range(1, 6)),
        prompts=(),
        develop=(),
    )
    renamed = dataclasses.replace(framework.competences[0], name="Listening deeply")
    competences = (renamed, *framework.competences[1:], local)
    pages = sheet(adapted_framework(framework, competences=competences))
    text = "".join(pages)
    assert compact("Active listening") not in text
    assert page_holding(pages, "1. Listening deeply") == 1
    assert page_holding(pages, "10. Peer support & <care>") == 10
    for part in competence_parts(local, 10):
        assert page_holding(pages, part) == 10
    for number, role in enumerate(framework.roles, start=11):
        assert page_holding(pages, f"{number}. {role.name}") == 11


def test_nothing_is_drawn_in_colour_or_grey(qapp, framework, tmp_path):
    """Photocopies lose colour and pale greys: every colour set on every page is black,
    and the tick box is black on white."""
    from pypdf import PdfReader

    from competence_app.reports.worksheet import export_worksheet, tick_box

    written = export_worksheet(framework, tmp_path / "sheet.pdf")
    colours = set()
    for page in PdfReader(written).pages:
        stream = page.get_contents().get_data().decode("latin-1")
        colours |= {
            tuple(float(n) for n in numbers.split())
            for numbers, _ in re.findall(r"((?:[-\d.]+\s+){1,4})(rg|RG|g|G|k|K|scn|SCN)\b", stream)
        }
    assert colours and colours <= {(0.0,), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 1.0)}
    box = tick_box()
    pixels = {box.rgba[i : i + 4] for i in range(0, len(box.rgba), 4)}
    assert pixels == {b"\x00\x00\x00\xff", b"\xff\xff\xff\xff"}


def test_printing_gives_the_same_pages_as_the_pdf(sheet, framework, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from competence_app.reports.worksheet import print_worksheet

    exported = sheet()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_worksheet(framework, printer, "A4")
    printed = [compact(page) for page in pdf_pages(tmp_path / "printed.pdf")]
    assert len(printed) == len(exported)
    for mine, theirs in zip(printed, exported, strict=True):
        assert mine[:40] == theirs[:40]
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
        ("pdf", "A5", "Paper size must be one of: A4, Letter"),
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


def test_style_sheet_sizes_reach_the_headings(qapp):
    from competence_app.reports import paged

    document = paged.text_document(
        "<html><head><style>h2 { font-size: 20pt; } h3 { font-size: 30pt; }</style></head>"
        "<body><h2>Part <i>one</i></h2><h3>A heading</h3><p>Text</p></body></html>"
    )
    paged.honour_heading_sizes(document)
    block, sizes = document.begin(), []
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            sizes.append(fragments.fragment().charFormat().font().pointSizeF())
            fragments += 1
        block = block.next()
    assert sizes[:3] == [20.0, 20.0, 30.0]
