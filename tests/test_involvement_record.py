"""My involvement record: the parts a person chooses for a period, the personal ones off
until ticked, and every format read back (PDF, DOCX, CSV), escaped and owner-only."""

from __future__ import annotations

import csv
import os
import stat
from datetime import date

import pytest
from test_reports_sample import contains, pdf_pages, squash

from competence_app.domain.involvement import Debrief, Expense, Involvement
from competence_app.reports import render
from competence_app.reports.involvement import (
    DEFAULT_FIELDS,
    FIELDS,
    PRIVATE_FIELDS,
    RecordOptions,
    build_record,
    export_record,
    parse_fields,
    record_document,
)
from competence_app.reports.options import ExportError
from competence_app.store import involvement as store

TODAY = date(2027, 3, 31)
START, END = date(2026, 4, 1), date(2027, 3, 31)
# Words only in the person's private text: finding one in a file means it got out.
IMPACT = "They rewrote the quince leaflet because of what I said."
DEBRIEF = "The chair talked over the marjoram group again."
DEBRIEF_LEARNED = "I felt small, and learned to ask for the papers early."
HOSTILE = "Harbour Trust <script>alert(1)</script> & =SUM(A1)"


def entries(framework, profile_id: str = "p") -> list[Involvement]:
    roles = [r.id for r in framework.roles]
    competences = [c.id for c in framework.competences]
    return [
        Involvement(
            "e0", profile_id, "2026-03-20", "Before the period", "Old panel", "panel",
            minutes=60,
            expenses=[Expense("x0", "travel", 1999, claimed_on="2026-03-21")],
        ),
        Involvement(
            "e1", profile_id, "2026-05-12", "City Council", "Discharge pathway panel", "panel",
            roles[1], 150, "offered_accepted", 7500, "GBP",
            [Expense("x1", "travel", 1250, "2026-05-13", "2026-06-30")],
            [competences[0], competences[2]], IMPACT, framework.impacts[0].id, "yes",
        ),
        Involvement(
            "e2", profile_id, "2026-09-03", HOSTILE, "", "committee", roles[0], 240,
            "not_offered", 0, "GBP",
            [Expense("x2", "carer_cover", 4000, "2026-09-05"), Expense("x3", "travel", 860)],
            [competences[4]],
            debrief=Debrief(DEBRIEF, DEBRIEF_LEARNED, "Ask for the agenda."), how_am_i=1,
        ),
        Involvement(
            "e3", profile_id, "2027-02-20", "University", "Advisory group",
            "research_advisory_group", minutes=90, payment="offered_declined",
            payment_amount=5000,
        ),
    ]  # fmt: skip


def record(framework, fields=DEFAULT_FIELDS, start=START, end=END):
    options = RecordOptions(start, end, frozenset(fields))
    return build_record(framework, "Robin Example", entries(framework), options, TODAY)


def html_of(content) -> str:
    return record_document(content).html("svg")


def test_the_personal_parts_are_off_unless_ticked(framework):
    assert PRIVATE_FIELDS == {"impact", "debriefs"}
    assert DEFAULT_FIELDS == set(FIELDS) - PRIVATE_FIELDS
    assert RecordOptions(START, END).fields == DEFAULT_FIELDS
    content = record(framework)
    assert all(row.impact == "" for row in content.activities) and content.debriefs == ()
    html = html_of(content)
    assert IMPACT not in html and DEBRIEF not in html and "My debriefs" not in html
    # The kind of impact is not personal: a CV can say it.
    assert framework.impacts[0].name in html
    rows = [" ".join(str(v) for v in row) for row in content.rows]
    assert not any(IMPACT in row or DEBRIEF in row for row in rows)

    ticked = html_of(record(framework, DEFAULT_FIELDS | PRIVATE_FIELDS))
    assert "They rewrote the quince leaflet" in ticked
    assert "The chair talked over the marjoram group again." in ticked
    assert "I felt small, and learned to ask for the papers early." in ticked
    assert "Drained" in ticked


def test_each_part_holds_its_fields_for_the_period(framework):
    content = record(framework)
    assert [key for key, _ in content.sections] == ["activities", "time", "expenses"]
    # Activities of the period only: the one of March 2026 is before it.
    assert [row.when for row in content.activities] == ["12 May 2026", "3 Sep 2026", "20 Feb 2027"]
    first = content.activities[0]
    assert (first.what, first.kind, first.organisation) == (
        "Discharge pathway panel", "Panel", "City Council",
    )  # fmt: skip
    assert first.role == framework.roles[1].name
    assert first.competences == (
        f"{framework.competences[0].name} and {framework.competences[2].name}"
    )
    assert [(r.time, r.paid) for r in content.time] == [
        ("2 h 30 min", "Paid: £75.00"),
        ("4 h", "Unpaid (not offered)"),
        ("1 h 30 min", "Unpaid (offered and declined)"),
    ]
    assert [(line.label, line.text) for line in content.time_total] == [
        ("In all", "8 h"), ("Paid", "2 h 30 min"), ("Unpaid", "5 h 30 min"),
    ]  # fmt: skip
    # Every expense still owed, whenever it began, the longest waiting first; an expense
    # never claimed, or paid, is not owed.
    assert [(r.organisation, r.amount, r.claimed_on, r.days) for r in content.expenses] == [
        ("Before the period", "£19.99", "21 Mar 2026", 375),
        (HOSTILE, "£40.00", "5 Sep 2026", 207),
    ]
    assert dict((line.label, line.text) for line in content.summary) == {
        "Activities": "3",
        "Time given": "8 h",
        "Of which unpaid": "5 h 30 min",
        "Paid for my time": "£75.00",
        "Expenses still owed": "2 (£59.99); the oldest has waited 375 days",
    }


def test_only_the_parts_chosen_are_in_it(framework):
    expenses_only = record(framework, {"expenses"})
    assert [key for key, _ in expenses_only.sections] == ["expenses"]
    assert expenses_only.activities == () and expenses_only.time == ()
    html = html_of(expenses_only)
    assert "Discharge pathway panel" not in html and "What I did" not in html
    journal = record(framework, {"time"})
    assert journal.columns == (
        "Part", "Date", "Organisation", "What", "Hours", "Paid for time", "Payment", "Currency",
    )  # fmt: skip
    assert journal.expenses == () and "Expenses still owed" not in html_of(journal)


def test_every_text_is_escaped(framework):
    html = html_of(record(framework))
    assert "<script>" not in html
    assert "Harbour Trust &lt;script&gt;alert(1)&lt;/script&gt; &amp; =SUM(A1)" in html


def test_the_pdf_reads_back_with_the_credit_on_every_page(framework, tmp_path):
    content = record(framework, DEFAULT_FIELDS | PRIVATE_FIELDS)
    path = render.write(record_document(content), "pdf", tmp_path / "record.pdf")
    pages = pdf_pages(path)
    text = squash(" ".join(pages))
    for wanted in (
        "My involvement record",
        "Robin Example",
        "From 1 April 2026 to 31 March 2027",
        "Discharge pathway panel",
        "Paid: £75.00",
        "£19.99",
        IMPACT,
        DEBRIEF,
    ):
        assert contains(text, wanted), wanted
    credit = "University of Birmingham"
    assert all(credit in page for page in pages)
    assert all(f"of {len(pages)}" in page for page in pages)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_docx_reads_back(framework, tmp_path):
    docx = pytest.importorskip("docx")
    path = render.write(record_document(record(framework)), "docx", tmp_path / "record.docx")
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    paragraphs = [p.text for p in document.paragraphs]
    assert "My involvement record" in paragraphs
    assert "What I did" in paragraphs and "Expenses still owed to me" in paragraphs
    assert "Paid: £75.00" in cells and "Unpaid (offered and declined)" in cells
    assert HOSTILE in cells  # the organisation, as typed: text, never markup
    assert not any(IMPACT in c for c in cells + paragraphs)
    footer = " ".join(p.text for s in document.sections for p in s.footer.paragraphs)
    assert "University of Birmingham" in footer


def test_the_csv_reads_back_exactly(framework, tmp_path):
    content = record(framework, {"activities", "time", "expenses", "impact"})
    path = render.write(record_document(content), "csv", tmp_path / "record.csv")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    activities = [r for r in rows if r["Part"] == "Activity"]
    assert [r["Date"] for r in activities] == ["2026-05-12", "2026-09-03", "2027-02-20"]
    assert [r["Hours"] for r in activities] == ["2.50", "4.00", "1.50"]
    assert [(r["Paid for time"], r["Payment"], r["Currency"]) for r in activities] == [
        ("Yes", "75.00", "GBP"), ("No", "", ""), ("No", "", ""),
    ]  # fmt: skip
    assert activities[0]["What changed"] == IMPACT
    # A spreadsheet must not run an organisation's name as a formula.
    assert activities[1]["Organisation"] == HOSTILE
    owed = [r for r in rows if r["Part"] == "Expense owed"]
    assert [(r["Amount"], r["Claimed on"], r["Days waiting"]) for r in owed] == [
        ("19.99", "2026-03-21", "375"),
        ("40.00", "2026-09-05", "207"),
    ]
    assert "What happened?" not in rows[0]  # debriefs were not ticked


def test_a_formula_in_a_cell_stays_text(framework, tmp_path):
    items = entries(framework)
    items[1].organisation = '=HYPERLINK("http://example.org")'
    content = build_record(framework, "", items, RecordOptions(START, END), TODAY)
    path = render.write(record_document(content), "csv", tmp_path / "record.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Organisation"] == '\'=HYPERLINK("http://example.org")'


def test_bad_choices_are_refused_in_plain_words(framework):
    with pytest.raises(ExportError, match="'odt' is not a format the record"):
        RecordOptions(START, END, format="odt")
    with pytest.raises(ExportError, match="ends .* before it starts"):
        RecordOptions(END, START)
    with pytest.raises(ExportError, match=r"Unknown part\(s\): stories"):
        parse_fields("activities,stories")
    assert parse_fields("all") == set(FIELDS)
    assert parse_fields(" Time , expenses") == {"time", "expenses"}


def test_export_reads_the_store(db, framework, tmp_path):
    from competence_app.store import profiles

    person = profiles.create_profile(db, "Robin Example", [])
    for entry in entries(framework, person.id):
        store.save_involvement(db, entry)
    path = export_record(
        db, framework, person.id, RecordOptions(START, END, format="csv"), tmp_path / "r.csv",
        TODAY,
    )  # fmt: skip
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3 + 2
