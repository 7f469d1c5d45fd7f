"""Dates, numbers and money in the language in use: one module, no Qt, Babel only for money."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, datetime
from decimal import Decimal

import pytest

from competence_app import formats, i18n


@pytest.fixture
def spanish(qapp):
    assert i18n.install("es") == []
    yield
    i18n.install("en")


def test_dates_in_english():
    assert formats.date_text("2027-03-31") == "31 March 2027"
    assert formats.date_text(date(2026, 11, 22), short=True) == "22 Nov 2026"
    assert formats.date_text(datetime(2026, 5, 1, 9, 30)) == "1 May 2026"
    assert formats.date_time_text(datetime(2026, 3, 5, 14, 3)) == "5 March 2026 at 14:03"
    assert formats.date_time_text(datetime(2026, 3, 5, 14, 3), short=True) == "5 Mar 2026, 14:03"


def test_a_date_typed_in_words_is_kept_as_typed():
    assert formats.date_text("  end of May ") == "end of May"
    assert formats.date_text("2027-02-30") == "2027-02-30"


def test_dates_and_numbers_in_spanish(spanish):
    assert formats.date_text("2027-03-31") == "31 de marzo de 2027"
    assert formats.date_text(date(2026, 9, 22), short=True) == "22 sept 2026"
    assert formats.date_time_text(datetime(2026, 3, 5, 14, 3)) == "5 de marzo de 2026 a las 14:03"
    assert formats.number_text(3.5) == "3,5"


def test_numbers():
    assert [formats.number_text(v) for v in (3.0, 3, 3.5, 2.75, -0.5, None)] == [
        "3",
        "3",
        "3.5",
        "2.8",
        "-0.5",
        "—",
    ]


def test_money_is_exact_and_in_the_language_in_use():
    assert formats.money_text(Decimal("1234.5"), "GBP", "en") == "£1,234.50"
    assert formats.money_text(Decimal("1234.5"), "eur", "es") == "1.234,50\xa0€"
    with pytest.raises(TypeError):
        formats.money_text(0.1 + 0.2, "GBP", "en")
    assert formats.to_minor_units(Decimal("12.50"), "GBP") == 1250
    assert formats.from_minor_units(1250, "GBP") == Decimal("12.50")
    assert formats.from_minor_units(500, "JPY") == Decimal("500")


@pytest.mark.parametrize(
    ("typed", "currency", "language", "amount"),
    [
        ("12.50", "GBP", "en", Decimal("12.50")),
        ("£1,234.50", "GBP", "en", Decimal("1234.50")),
        ("12,50 €", "EUR", "es", Decimal("12.50")),
        ("1.234,50", "EUR", "es", Decimal("1234.50")),
        ("500", "JPY", "en", Decimal("500")),
    ],
)
def test_typed_amounts_are_read_exactly(typed, currency, language, amount):
    assert formats.parse_amount(typed, currency, language) == amount


@pytest.mark.parametrize(
    ("typed", "currency", "language", "expected"),
    [
        ("twelve", "GBP", "en", "Please type it like £12.50."),
        ("-3", "GBP", "en", "is not an amount of money"),
        ("12.555", "GBP", "en", "12.555 has more decimals than GBP uses."),
        # In Spanish the point groups thousands: 12.50 is not twelve and a half euros.
        ("12.50", "EUR", "es", "Please type it like 12,50\xa0€."),
    ],
)
def test_amounts_that_are_not_money_are_explained(typed, currency, language, expected):
    with pytest.raises(ValueError, match=expected):
        formats.parse_amount(typed, currency, language)


def test_formats_wording_and_plan_content_load_neither_qt_nor_babel_for_dates():
    """A fresh interpreter: format a date, a number, a reflection's title and a plan's
    dates; neither Qt nor Babel may be loaded afterwards. Money then loads Babel."""
    code = textwrap.dedent(
        """
        import sys
        from competence_app import formats, wording
        from competence_app.reports import content
        from competence_app.domain.model import Reflection

        formats.date_time_text(formats.datetime(2026, 3, 5, 14, 3))
        formats.number_text(3.5)
        print(wording.reflection_title(Reflection(id="r", profile_id="p",
              created_at="2026-11-22T10:00:00", label="Start")))
        print(content.date_text("2027-03-31"))
        print(sorted(m for m in ("PySide6", "babel") if m in sys.modules))
        from decimal import Decimal
        formats.money_text(Decimal("1"), "GBP")
        print("babel" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == [
        "22 Nov 2026 · Start",
        "31 March 2027",
        "[]",
        "True",
    ]


@pytest.mark.parametrize(
    "module",
    ["competence_app/formats.py", "competence_app/wording.py", "competence_app/reports/content.py"],
)
def test_no_qt_import_anywhere_in_the_shared_words_and_formats(module):
    """Not even inside a function: these run in the command line and in documents too."""
    import ast
    from pathlib import Path

    tree = ast.parse((Path(__file__).resolve().parent.parent / module).read_text("utf-8"))
    imported = [
        alias.name if isinstance(node, ast.Import) else node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
    assert not [name for name in imported if name.split(".")[0] == "PySide6"]
