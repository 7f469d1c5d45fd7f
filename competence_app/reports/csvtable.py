"""The one CSV writer: a header row and rows of values, as bytes ready to be written whole.

Every table the app saves as CSV (the group's answers, the involvement record) goes
through here, so every one is read the same way by a spreadsheet: UTF-8 with a byte
order mark (Excel then reads accents and other scripts), comma-separated, CRLF line
ends, an empty cell for "no value", and text that a spreadsheet would run as a formula
kept as text. The caller writes the bytes (whole or not at all, owner-only). Qt-free.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

# A spreadsheet runs a cell starting with one of these as a formula: a session
# name or an organisation typed as "=HYPERLINK(...)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """A value as CSV text: None is empty; text that looks like a formula gets a ' in front."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, Decimal)):
        return str(value)  # a number is never a formula, even below zero
    from competence_app.reports.templates import clean

    text = clean(str(value))  # no control characters, and no endless text, as in every document
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([cell(c) for c in columns])
    writer.writerows([cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
