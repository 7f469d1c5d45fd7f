"""The group report (PDF, ODT, HTML), the CSV and SQLite tables, and the levels chart:
what the facilitator reads first, what a small group never shows, what each file holds."""

from __future__ import annotations

import csv
import os
import sqlite3
import stat

import pytest
from test_group_share import DETAIL, NAME, STORY, person, write_people
from test_reports_sample import compact, contains, odt_text, pdf_pages

from competence_app.group.fileformat import GroupError
from competence_app.group.share import ShareExtras
from competence_app.group.summary import load_shares, summarise
from competence_app.group.tables import CSV_COLUMNS

NOTICE = "This summary shows only how many people took part"


@pytest.fixture
def cohort(framework, tmp_path):
    """Six people: five want to develop lobbying, four need payment for their time; the
    others want research and need expenses. Two of them are in another session."""
    lobbying = next(c.id for c in framework.competences if c.name == "Lobbying")
    research = next(c.id for c in framework.competences if c.name == "Research")
    ticked = ShareExtras(name=True, stories=True, support_details=True, self_words=True)
    people = [
        person(framework, develop=(lobbying,), supports=("payment",), session="Spring"),
        person(framework, develop=(lobbying,), supports=("payment", "expenses"), session="Spring"),
        person(
            framework,
            develop=(lobbying, research),
            supports=("payment",),
            session="Spring",
            look_back={research: 2},
        ),
        person(
            framework,
            develop=(lobbying,),
            supports=("payment",),
            session="Spring",
            extras=ticked,
            words=("carer",),
            story=STORY,
            detail=DETAIL,
        ),
        person(
            framework,
            develop=(lobbying,),
            supports=("expenses",),
            session="=2+5",
            look_back={research: 1},
        ),
        person(framework, develop=(research,), session="=2+5", look_back={research: 1}),
    ]
    write_people(tmp_path / "shares", people)
    return load_shares([tmp_path / "shares"], framework)


def report(summary, framework, tmp_path, fmt, name="group"):
    from competence_app.group.report import export_group_report

    return export_group_report(summary, framework, fmt, tmp_path / f"{name}.{fmt}")


def test_the_pdf_leads_with_what_the_group_wants_and_needs(qapp, framework, cohort, tmp_path):
    pages = pdf_pages(report(summarise(cohort, framework), framework, tmp_path, "pdf"))
    assert contains(pages[0], "What the group most wants to develop: Lobbying (5 of 6 people)")
    assert contains(pages[0], "The support people most need: Payment for my time (4 of 6 people)")
    whole = "\n".join(pages)
    for competence in framework.competences:
        assert contains(whole, competence.name)
    # Changed with issue 19: three people looked back (one alone would not be shown).
    assert contains(whole, "Change since the start")
    assert not contains(whole, NAME) and not contains(whole, STORY)
    assert contains(whole, DETAIL)  # ticked, and shown without a name
    for page in pages:  # the research is credited on every page
        assert contains(page, "Citizen Leadership: Co-creating Integrated Care")
    assert len(pages) >= 2  # the sections flow on, a new page only where a page is full
    for number, page in enumerate(pages, 1):
        assert contains(page, f"Page {number} of {len(pages)}")


def test_a_small_group_report_shows_how_many_people_and_nothing_more(
    qapp, framework, cohort, tmp_path
):
    summary = summarise(cohort, framework, session="=2+5")
    assert summary.people == 2
    pages = pdf_pages(report(summary, framework, tmp_path, "pdf"))
    text = "\n".join(pages)
    assert contains(text, "2 people shared their answers.")
    assert contains(text, NOTICE)
    # The footer's credit names the research ("Citizen Leadership: ..."), not a role.
    body = compact(text).replace(compact(framework.credit), "")
    for item in [*framework.competences, *framework.roles, *framework.supports]:
        assert compact(item.name) not in body, item.name
    assert not contains(text, "In short")
    assert len(pages) == 1


def test_odt_and_html_carry_the_same_words(qapp, framework, cohort, tmp_path):
    summary = summarise(cohort, framework)
    odt = odt_text(report(summary, framework, tmp_path, "odt"))
    html = report(summary, framework, tmp_path, "html").read_text(encoding="utf-8")
    for text in (odt, html):
        assert contains(text, "Lobbying (5 of 6 people)")
        assert contains(text, "Payment for my time (4 of 6 people)")
    # One self-contained page: the chart is an SVG data URI, nothing is fetched from elsewhere.
    assert 'src="data:image/svg+xml;base64,' in html
    assert "http" not in html.replace('xmlns="http://www.w3.org', "")
    assert 'src="http' not in html and "<link" not in html
    assert "=2+5" in html


def test_text_from_the_files_is_escaped_in_the_html(qapp, framework, tmp_path):
    people = [person(framework, session="<script>alert(1)</script>") for _ in range(3)]
    write_people(tmp_path / "shares", people)
    summary = summarise(load_shares([tmp_path / "shares"], framework), framework)
    html = report(summary, framework, tmp_path, "html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_files_are_owner_only_and_errors_are_plain(qapp, framework, cohort, tmp_path):
    from competence_app.group.report import export_group_report

    summary = summarise(cohort, framework)
    path = report(summary, framework, tmp_path, "html")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(GroupError, match="not a format"):
        export_group_report(summary, framework, "rtf", tmp_path / "group.rtf")
    with pytest.raises(GroupError, match="cannot be found"):
        export_group_report(summary, framework, "pdf", tmp_path / "nowhere" / "group.pdf")


def test_the_csv_has_one_row_per_person_and_item(framework, cohort, tmp_path):
    from competence_app.group.report import export_csv

    path = export_csv(cohort, framework, tmp_path / "answers.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    supports = 1 + 2 + 1 + 1 + 1 + 0
    per_person = len(framework.competences) + len(framework.roles)
    assert len(rows) == 6 * per_person + supports
    assert len({r["share_id"] for r in rows}) == 6
    kinds = [r["kind"] for r in rows[:per_person]]
    assert kinds == ["competence"] * 9 + ["role"] * 4
    # Files are read in the order of their random names: check every person's row.
    lobbying = [r for r in rows if r["item_name"] == "Lobbying"]
    assert {(r["level"], r["not_yet"]) for r in lobbying} == {("3", "0")}
    assert sorted(r["develop"] for r in lobbying) == ["0", "1", "1", "1", "1", "1"]
    assert all(r["now"] == r["wish"] == "" for r in lobbying)
    # A session typed as a formula stays text in a spreadsheet.
    assert {r["session"] for r in rows} == {"Spring", "'=2+5"}
    assert not any(NAME in value or STORY in value for r in rows for value in r.values())


def test_the_csv_can_be_limited_to_one_session(framework, cohort, tmp_path):
    from competence_app.group.report import export_csv

    path = export_csv(cohort, framework, tmp_path / "spring.csv", session="spring")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        people = {r["share_id"] for r in csv.DictReader(handle)}
    assert len(people) == 4


def test_the_sqlite_file_has_four_tables_and_the_ticked_extras(framework, cohort, tmp_path):
    from competence_app.group.report import export_sqlite

    path = export_sqlite(cohort, framework, tmp_path / "answers.db")
    connection = sqlite3.connect(path)
    try:
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert tables == {"people", "competence_answers", "role_answers", "supports"}

        def count(sql: str) -> int:
            return connection.execute(sql).fetchone()[0]

        assert count("SELECT COUNT(*) FROM people") == 6
        assert count("SELECT COUNT(*) FROM competence_answers") == 6 * 9
        assert count("SELECT COUNT(*) FROM role_answers") == 6 * 4
        assert count("SELECT COUNT(*) FROM supports WHERE support_id = 'payment'") == 4
        assert (
            count(
                "SELECT COUNT(*) FROM competence_answers WHERE develop = 1 AND competence_name = 'Lobbying'"
            )
            == 5
        )
        named = connection.execute(
            "SELECT name, self_words FROM people WHERE name IS NOT NULL"
        ).fetchall()
        assert named == [(NAME, "carer")]
        assert count(f"SELECT COUNT(*) FROM competence_answers WHERE story = '{STORY}'") == 9
        assert count(f"SELECT COUNT(*) FROM supports WHERE detail = '{DETAIL}'") == 1
    finally:
        connection.close()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["csv", "sqlite"])
def test_tables_are_refused_for_fewer_than_three_people(framework, cohort, tmp_path, kind):
    from competence_app.group import report as group_report

    export = getattr(group_report, f"export_{kind}")
    target = tmp_path / f"answers.{kind}"
    with pytest.raises(GroupError, match="only 2 people .* each person's own answers"):
        export(cohort, framework, target, session="=2+5")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_levels_chart_shows_every_count_beside_its_key(framework):
    from matplotlib.figure import Figure

    from competence_app import charts

    figure = Figure(figsize=(6.4, 3))
    labels = ["1", "2", "3", "4", "5", "Not had the chance yet", "No answer"]
    charts.draw_level_stacks(
        figure, ["Lobbying", "Research"], [[3, 0, 2, 0, 5, 1, 1], [0, 4, 4, 2, 1, 0, 1]], labels
    )
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.texts] == ["3", "4", "2", "4", "2", "5", "1", "1", "1", "1"]
    assert sorted(t.get_text() for t in figure.legends[0].texts) == sorted(labels)
    segments = {(p.get_hatch() or "", p.get_facecolor()) for p in ax.patches}
    assert len({h for h, _ in segments}) >= 6  # patterns, not colour alone


def test_the_levels_key_stays_inside_the_chart_when_the_wording_is_long():
    """Spanish level names are longer: the key takes more rows instead of running off."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from competence_app import charts

    labels = [
        "1 · Empezando",
        "2 · Dando mis primeros pasos",
        "3 · Practicando",
        "4 · Con confianza",
        "5 · Guiando a otras personas",
        "Todavía sin oportunidad",
        "Sin respuesta",
    ]
    figure = Figure(figsize=(6.4, 3))
    canvas = FigureCanvasAgg(figure)
    charts.draw_level_stacks(figure, ["Incidencia"], [[1, 1, 1, 1, 1, 1, 1]], labels)
    canvas.draw()
    key = figure.legends[0].get_window_extent(canvas.get_renderer())
    assert key.x0 >= 0 and key.x1 <= figure.bbox.width
