"""The OpenDocument text: read back from its XML (and through LibreOffice where it is
installed) as LibreOffice's Navigator or a screen reader would find it."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

pytest.importorskip("odf")
from test_docx import (  # noqa: E402
    ALT,
    CREDIT,
    HEADINGS,
    HOSTILE_BACK,
    STORY,
    hostile,
    in_spanish,
    outline,
    pdf_language_and_title,
    plan_exporter,
    sample_html,
)

from competence_app.reports import odt  # noqa: E402
from competence_app.reports.templates import COLOURS  # noqa: E402

BORDER = f"0.5pt solid {COLOURS['rule']}"

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def write(tmp_path: Path, name="plan.odt", html: str | None = None, **options) -> Path:
    settings = {"paper": "A4", "language": "en", "title": "Development plan", "footer": CREDIT}
    settings.update(options)
    target = tmp_path / name
    odt.write(html or sample_html(), target, **settings)
    return target


class Package:
    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as archive:
            self.names = archive.namelist()
            self.first = archive.infolist()[0]
            self.mimetype = archive.read("mimetype")
            self.content = ElementTree.fromstring(archive.read("content.xml"))
            self.styles = ElementTree.fromstring(archive.read("styles.xml"))
            self.meta = ElementTree.fromstring(archive.read("meta.xml"))
            self.manifest = ElementTree.fromstring(archive.read("META-INF/manifest.xml"))

    def style(self, name: str, family: str) -> ElementTree.Element:
        for root in (self.content, self.styles):
            for style in root.iter(q("style:style")):
                if style.get(q("style:name")) == name and style.get(q("style:family")) == family:
                    return style
        raise KeyError(name)

    def body(self) -> ElementTree.Element:
        return self.content.find("office:body/office:text", NS)

    def tables(self) -> list[ElementTree.Element]:
        return self.body().findall("table:table", NS)


def text_of(element) -> str:
    """Text as a reader gets it: line breaks as new lines, spaces elements counted."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == q("text:line-break"):
            parts.append("\n")
        elif child.tag == q("text:s"):
            parts.append(" " * int(child.get(q("text:c"), "1")))
        elif child.tag == q("text:tab"):
            parts.append("\t")
        else:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def cell_text(cell) -> str:
    return "\n".join(text_of(paragraph) for paragraph in cell.iter(q("text:p")))


def rows(table) -> list:
    return list(table.iter(q("table:table-row")))


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("odt"))


@pytest.fixture(scope="module")
def package(written) -> Package:
    return Package(written)


def test_a_proper_opendocument_package(package):
    assert package.first.filename == "mimetype"
    assert package.first.compress_type == zipfile.ZIP_STORED
    assert package.mimetype == b"application/vnd.oasis.opendocument.text"
    listed = {entry.get(q("manifest:full-path")) for entry in package.manifest}
    assert {"content.xml", "styles.xml", "meta.xml"} <= listed
    pictures = [name for name in package.names if name.startswith("Pictures/")]
    assert len(pictures) == 1 and pictures[0] in listed


def test_headings_are_outline_headings_in_the_heading_styles(package):
    headings = [
        (int(heading.get(q("text:outline-level"))), text_of(heading))
        for heading in package.body().iter(q("text:h"))
    ]
    assert headings == HEADINGS
    for heading in package.body().iter(q("text:h")):
        level = heading.get(q("text:outline-level"))
        named = heading.get(q("text:style-name"))
        if not named.startswith("Heading_20_"):  # an automatic style: a page break before
            named = package.style(named, "paragraph").get(q("style:parent-style-name"))
        assert named == f"Heading_20_{level}"
        declared = package.style(named, "paragraph")
        assert declared.get(q("style:display-name")) == f"Heading {level}"
        assert declared.get(q("style:default-outline-level")) == level


def cell_properties(package, cell) -> dict[str, str]:
    style = package.style(cell.get(q("table:style-name")), "table-cell")
    found = style.find("style:table-cell-properties", NS)
    return {name.split("}")[1]: value for name, value in found.attrib.items()}


def test_tables_have_borders_a_shaded_repeating_header_and_rows_that_do_not_split(package):
    tables = package.tables()
    assert len(tables) == 5  # summary, actions, support, tick boxes, room to write
    for table in tables:
        for row in rows(table):
            properties = package.style(row.get(q("table:style-name")), "table-row").find(
                "style:table-row-properties", NS
            )
            assert properties.get(q("fo:keep-together")) == "always"
    for table in tables:  # one line where two cells meet, not two side by side
        style = package.style(table.get(q("table:style-name")), "table")
        properties = style.find("style:table-properties", NS)
        assert properties.get(q("table:border-model")) == "collapsing"
    for index in (1, 2, 4):  # grids: a border on every side of every cell
        for cell in tables[index].iter(q("table:table-cell")):
            assert cell_properties(package, cell)["border"] == BORDER
    # Pairs of label and text: lines between them, none down the sides; plain: none.
    for cell in tables[0].iter(q("table:table-cell")):
        found = cell_properties(package, cell)
        assert found["border-top"] == found["border-bottom"] == BORDER
        assert "border" not in found and "border-left" not in found
    for cell in tables[3].iter(q("table:table-cell")):
        assert not [name for name in cell_properties(package, cell) if "border" in name]
    actions = tables[1]
    header = actions.findall("table:table-header-rows/table:table-row", NS)
    assert len(header) == 1
    cells = header[0].findall("table:table-cell", NS)
    assert [cell_text(cell) for cell in cells] == ["Action", "By when", "Done"]
    assert cell_properties(package, cells[0])["background-color"] == COLOURS["header"]
    body = actions.findall("table:table-row", NS)
    assert "background-color" not in cell_properties(package, body[0][0])
    done = body[0].findall("table:table-cell", NS)[2].find("text:p", NS)
    centred = package.style(done.get(q("text:style-name")), "paragraph")
    assert centred.find("style:paragraph-properties", NS).get(q("fo:text-align")) == "center"
    # The summary has no header row; its labels are in the bold Table Heading style.
    summary = tables[0]
    assert summary.find("table:table-header-rows", NS) is None
    labels = [row.find("table:table-cell/text:p", NS) for row in rows(summary)]
    assert [text_of(label) for label in labels] == ["Summary", "Next review"]
    assert {label.get(q("text:style-name")) for label in labels} == {"Table_20_Heading"}


def test_column_widths_follow_the_html(package):
    columns = package.tables()[1].findall("table:table-column", NS)
    widths = [
        float(
            package.style(column.get(q("table:style-name")), "table-column")
            .find("style:table-column-properties", NS)
            .get(q("style:column-width"))
            .removesuffix("mm")
        )
        for column in columns
    ]
    assert sum(widths) == pytest.approx(170, abs=0.1)  # A4 less two 20 mm margins
    assert [round(width / 170, 2) for width in widths] == [0.68, 0.22, 0.10]


def test_hostile_text_comes_back_as_literal_text_and_the_table_stays_whole(package, written):
    actions = package.tables()[1]
    body_rows = actions.findall("table:table-row", NS)
    assert len(body_rows) == 3
    for row in body_rows:
        cells = row.findall("table:table-cell", NS) + row.findall("table:covered-table-cell", NS)
        assert len(cells) == 3
    hostile = body_rows[1].findall("table:table-cell", NS)
    assert cell_text(hostile[0]) == HOSTILE_BACK
    assert cell_text(hostile[1]) == "1 March 2027"
    spanning = body_rows[2].find("table:table-cell", NS)
    assert spanning.get(q("table:number-columns-spanned")) == "3"
    support = package.tables()[2].findall("table:table-row", NS)[0]
    cells = support.findall("table:table-cell", NS)
    assert cell_text(cells[0]) == "Expenses paid promptly\nPaid within two weeks"
    name, request = cells[0].find("text:p", NS).findall("text:span", NS)
    assert span_properties(package, name).get(q("fo:font-weight")) == "bold"
    assert span_properties(package, request).get(q("fo:color")) == COLOURS["muted"]
    assert cell_text(cells[1]) == "I cannot wait a month\nfor train fares | twice a week"
    story = [
        text_of(paragraph)
        for paragraph in package.body().findall("text:p", NS)
        if text_of(paragraph).startswith("I waited")
    ]
    assert story == [STORY.strip()]
    with zipfile.ZipFile(written) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "<script>" not in content and "&lt;script&gt;" in content


def span_properties(package, span):
    return package.style(span.get(q("text:style-name")), "text").find("style:text-properties", NS)


def test_the_first_page_reads_as_the_html_says_and_the_credit_is_in_the_footer_only(package):
    paragraphs = [text_of(p) for p in package.body().findall("text:p", NS) if text_of(p)]
    assert paragraphs[0] == "Alex Morgan carer\nReflection: One year on\nMade on 1 December 2026"
    assert paragraphs[1] == "1 goal under way, 1 not started yet."
    lead = package.body().findall("text:p", NS)[1].find("text:span", NS)
    assert span_properties(package, lead).get(q("fo:font-size")) == "11pt"
    assert CREDIT not in paragraphs


def test_footer_has_page_n_of_m_and_the_credit(package):
    master = package.styles.find("office:master-styles/style:master-page", NS)
    assert master.get(q("style:name")) == "Standard"
    footer = master.find("style:footer", NS)
    number, credit = footer.findall("text:p", NS)
    assert number.find("text:page-number", NS).get(q("text:select-page")) == "current"
    assert number.find("text:page-count", NS) is not None
    assert text_of(number) == "Page 1 of 1"
    assert text_of(credit) == CREDIT


def test_the_chart_is_a_frame_with_its_alternative_text(package):
    frames = list(package.body().iter(q("draw:frame")))
    assert len(frames) == 1
    frame = frames[0]
    assert frame.find("svg:desc", NS).text == ALT
    assert frame.find("svg:title", NS).text == "Levels by competence"
    assert frame.find("draw:image", NS).get(q("xlink:href")).startswith("Pictures/")
    assert frame.get(q("svg:width")) == "127.00mm"  # 480 CSS pixels: five inches


def test_lists_nest_and_each_numbered_list_starts_at_one(package):
    lists = package.body().findall("text:list", NS)
    # Both numbered lists use the one numbering style (its name carries a counter that
    # depends on what the process wrote before).
    names = [item.get(q("text:style-name")) for item in lists]
    assert len(names) == 2 and names[0] == names[1] and names[0].startswith("Numbering")
    assert all(item.get(q("text:continue-numbering")) is None for item in lists)
    first = lists[0].findall("text:list-item", NS)
    assert [text_of(item.find("text:p", NS)) for item in first] == [
        "Listening and summing up",
        "Working with data",
    ]
    nested = first[1].find("text:list", NS)
    assert nested.get(q("text:style-name")) == "List_20_Bullet"
    assert text_of(nested.find("text:list-item/text:p", NS)) == "reading a dashboard"


def test_room_to_write_is_a_bordered_box_that_grows(package):
    box = package.tables()[4]
    (row,) = rows(box)
    properties = package.style(row.get(q("table:style-name")), "table-row").find(
        "style:table-row-properties", NS
    )
    assert properties.get(q("style:min-row-height")) == "45.60mm"  # six lines of 7.6 mm
    assert cell_text(row) == "Notes"


def test_language_paper_title_and_no_personal_metadata(package, tmp_path):
    default = package.styles.find("office:styles/style:default-style", NS)
    text_properties = default.find("style:text-properties", NS)
    assert text_properties.get(q("fo:language")) == "en"
    assert text_properties.get(q("fo:country")) == "GB"
    layout = package.styles.find("office:automatic-styles/style:page-layout", NS)
    page = layout.find("style:page-layout-properties", NS)
    assert (page.get(q("fo:page-width")), page.get(q("fo:page-height"))) == (
        "210.00mm",
        "297.00mm",
    )
    meta = package.meta.find("office:meta", NS)
    assert meta.find("dc:title", NS).text == "Development plan"
    assert meta.find("dc:language", NS).text == "en-GB"
    assert meta.find("meta:initial-creator", NS) is None
    assert meta.find("dc:creator", NS) is None
    assert "Alex" not in ElementTree.tostring(package.meta, encoding="unicode")

    spanish_letter = Package(write(tmp_path, "es.odt", paper="Letter", language="es", title="Plan"))
    properties = spanish_letter.styles.find(
        "office:styles/style:default-style/style:text-properties", NS
    )
    assert (properties.get(q("fo:language")), properties.get(q("fo:country"))) == ("es", "ES")
    page = spanish_letter.styles.find(
        "office:automatic-styles/style:page-layout/style:page-layout-properties", NS
    )
    assert page.get(q("fo:page-width")) == "215.90mm"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_whole_and_owner_only(tmp_path):
    target = tmp_path / "plan.odt"
    target.write_bytes(b"an older plan")
    os.chmod(target, 0o644)
    write(tmp_path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"PK")
    assert [path.name for path in tmp_path.iterdir()] == ["plan.odt"]


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_every_page_has_its_number_and_the_credit(written, tmp_path):
    subprocess.run(
        [
            "libreoffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(written),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "plan.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert CREDIT in page
    assert '<script>alert("x")</script> &<>"\' | a|b' in "".join(pages)
    # LibreOffice finds the outline (its PDF bookmarks), the title and the language.
    assert outline(tmp_path / "plan.pdf") == HEADINGS
    assert pdf_language_and_title(tmp_path / "plan.pdf") == ("en-GB", "Development plan")


# -- The real plan, through the one render-and-write module -----------------------------


@pytest.fixture
def real_plan(db, framework, tmp_path):
    return plan_exporter(db, framework, tmp_path)


def test_the_real_plan_as_opendocument(real_plan):
    from test_docx import REAL_FIELDS

    from competence_app.reports.options import SECTIONS

    path = real_plan(SECTIONS, "odt")
    package = Package(path)
    paragraphs = [text_of(p) for p in package.body().iter(q("text:p"))]
    text = "\n".join(paragraphs + [text_of(h) for h in package.body().iter(q("text:h"))])
    for field in REAL_FIELDS:
        assert hostile(field) in text, field
    levels = [int(h.get(q("text:outline-level"))) for h in package.body().iter(q("text:h"))]
    assert levels[0] == 1 and levels.count(1) == 1 and set(levels) == {1, 2, 3}
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    frames = list(package.body().iter(q("draw:frame")))
    assert len(frames) == 2  # the competences and the roles charts
    assert all(len(frame.find("svg:desc", NS).text) > 40 for frame in frames)
    assert any(table.find("table:table-header-rows", NS) is not None for table in package.tables())
    footer = package.styles.find("office:master-styles/style:master-page/style:footer", NS)
    assert footer.find(".//text:page-number", NS) is not None
    assert footer.find(".//text:page-count", NS) is not None
    assert "name" not in package.meta.find("office:meta/dc:title", NS).text
    assert os.stat(path).st_mode & 0o077 == 0


def test_personal_sections_stay_out_of_the_opendocument_plan_unless_chosen(real_plan):
    from competence_app.reports.options import DEFAULT_SECTIONS

    with zipfile.ZipFile(real_plan(DEFAULT_SECTIONS, "odt")) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "goal-0 &lt;script&gt;" in content
    assert (
        hostile("goal-0").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in content
    )
    assert "drains" not in content and "example-0" not in content


def test_a_heading_its_introduction_and_the_chart_stay_together(package):
    def keeps(paragraph) -> bool:
        style = package.style(paragraph.get(q("text:style-name")), "paragraph")
        properties = style.find("style:paragraph-properties", NS)
        return properties is not None and properties.get(q("fo:keep-with-next")) == "always"

    paragraphs = package.body().findall("text:p", NS)
    introduction = next(p for p in paragraphs if text_of(p).startswith("The level chosen"))
    chart = next(p for p in paragraphs if p.find("draw:frame", NS) is not None)
    story = next(p for p in paragraphs if text_of(p).startswith("I waited"))
    assert keeps(introduction) and keeps(chart)
    assert story.get(q("text:style-name")) == "Standard"


@pytest.fixture
def spanish(qapp):
    with in_spanish():
        yield


def test_a_spanish_document_numbers_its_pages_in_spanish(spanish, tmp_path):
    package = Package(write(tmp_path, language="es", title="Plan de desarrollo"))
    footer = package.styles.find("office:master-styles/style:master-page/style:footer", NS)
    number = footer.find("text:p", NS)
    assert text_of(number) == "Página 1 de 1"
    assert number.find("text:page-number", NS) is not None


def test_cells_may_hold_paragraphs_and_a_list(package):
    cells = package.tables()[2].findall("table:table-row", NS)[1].findall("table:table-cell", NS)
    assert [text_of(p) for p in cells[0].findall("text:p", NS)] == ["Training", "and a plan"]
    (items,) = cells[1].findall("text:list", NS)
    assert items.get(q("text:style-name")) == "List_20_Bullet"
    assert [text_of(p) for p in items.iter(q("text:p"))] == ["a course", "a mentor"]
    assert cell_text(cells[2]) == "Both goals"
