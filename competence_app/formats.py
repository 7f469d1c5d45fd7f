"""Dates, numbers and money in the language in use: the one place that formats them.

Qt-free, so the store, the data file, the documents and the screens all say a date
the same way, in a plain Python process as in the app.

Dates and numbers are written here by hand from translated words and patterns
(`translate`, context "formats"): the month names and the order of day, month and
year are a translator's choice, as every other word of the app is. They are on the
first page a person sees (the day a reflection started), and Babel's locale data
would cost a few hundred milliseconds there.

Money is different: the involvement log needs each currency's symbol, its place and
its number of decimals, in any country, exactly. That is what Babel (CLDR's data)
is for, so `money_text`, `parse_amount` and the minor-unit helpers import it when
first called, never at import and never on the way to the first page. Amounts are
`Decimal` (or whole minor units, such as pence): a float is refused, because 0.1 +
0.2 is not 0.3.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from competence_app.i18n import current_language, translate

if TYPE_CHECKING:  # money only: decimal's C library is not loaded before the first page
    from decimal import Decimal

MISSING = "—"  # a figure nobody gave: shown, not left blank, so a table reads the same

# The Babel locale for each language the app speaks: its English is British English,
# its Spanish the neutral Spanish of the framework file.
BABEL_LOCALES = {"en": "en_GB", "es": "es"}


def _month(number: int) -> str:
    return (
        translate("formats", "January"),
        translate("formats", "February"),
        translate("formats", "March"),
        translate("formats", "April"),
        translate("formats", "May"),
        translate("formats", "June"),
        translate("formats", "July"),
        translate("formats", "August"),
        translate("formats", "September"),
        translate("formats", "October"),
        translate("formats", "November"),
        translate("formats", "December"),
    )[number - 1]


def _short_month(number: int) -> str:
    return (
        translate("formats", "Jan", "short month"),
        translate("formats", "Feb", "short month"),
        translate("formats", "Mar", "short month"),
        translate("formats", "Apr", "short month"),
        translate("formats", "May", "short month"),
        translate("formats", "Jun", "short month"),
        translate("formats", "Jul", "short month"),
        translate("formats", "Aug", "short month"),
        translate("formats", "Sep", "short month"),
        translate("formats", "Oct", "short month"),
        translate("formats", "Nov", "short month"),
        translate("formats", "Dec", "short month"),
    )[number - 1]


def as_date(value: date | datetime | str) -> date | None:
    """A day from a date, a date and time, or ISO text ('2027-03-31', '2027-03-31T10:00')."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def date_text(value: date | datetime | str, short: bool = False) -> str:
    """'31 March 2027' ('31 de marzo de 2027'); short: '31 Mar 2027' ('31 mar 2027').

    Text that is not a date is given back as it was typed (trimmed): a person's own
    "end of May" stays theirs.
    """
    day = as_date(value)
    if day is None:
        return str(value).strip()
    if short:
        pattern = translate("formats", "{day} {month} {year}", "short date")
        month = _short_month(day.month)
    else:
        pattern = translate("formats", "{day} {month} {year}", "long date")
        month = _month(day.month)
    return pattern.format(day=day.day, month=month, year=day.year)


def time_text(moment: datetime) -> str:
    """'14:03': the 24-hour clock, in both languages the app speaks."""
    return f"{moment:%H:%M}"


def date_time_text(moment: datetime, short: bool = False) -> str:
    """'5 March 2026 at 14:03' ('5 de marzo de 2026 a las 14:03'); short: '5 Mar 2026, 14:03'."""
    if short:
        pattern = translate("formats", "{date}, {time}", "short date and time")
    else:
        pattern = translate("formats", "{date} at {time}")
    return pattern.format(date=date_text(moment, short=short), time=time_text(moment))


def count_text(value: int) -> str:
    """100000 -> '100,000' ('100.000' in Spanish): a big whole number, grouped by thousands."""
    return f"{value:,}".replace(",", translate("formats", ",", "thousands separator"))


def number_text(value: float | int | None, decimals: int = 1) -> str:
    """3.0 -> '3', 3.5 -> '3.5' ('3,5' in Spanish), None -> '—'. For medians and averages."""
    if value is None:
        return MISSING
    rounded = round(float(value), decimals)
    if rounded == int(rounded):
        return str(int(rounded))
    whole, fraction = f"{abs(rounded):.{decimals}f}".split(".")
    fraction = fraction.rstrip("0")
    sign = "-" if rounded < 0 else ""
    return sign + translate("formats", "{whole}.{fraction}").format(whole=whole, fraction=fraction)


# ---------------------------------------------------------------------------
# Money: Babel, imported only here, when first needed.
# ---------------------------------------------------------------------------


def babel_locale(language: str | None = None) -> str:
    language = language or current_language()
    return BABEL_LOCALES.get(language, language)


def _exact(amount: Decimal) -> Decimal:
    from decimal import Decimal

    # Whole minor units go through from_minor_units, so an int here would be ambiguous.
    if not isinstance(amount, Decimal):
        raise TypeError(f"an amount of money must be a Decimal, not {type(amount).__name__}")
    return amount


def currency_digits(currency: str) -> int:
    """How many decimals the currency uses: 2 for GBP and EUR, 0 for JPY."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(currency.upper())


def to_minor_units(amount: Decimal, currency: str) -> int:
    """Decimal('12.50') GBP -> 1250: whole pence, cents or céntimos, for storing."""
    digits = currency_digits(currency)
    scaled = _exact(amount).scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValueError(
            translate("formats", "{amount} has more decimals than {currency} uses.").format(
                amount=amount, currency=currency.upper()
            )
        )
    return int(scaled)


def from_minor_units(units: int, currency: str) -> Decimal:
    """1250 GBP -> Decimal('12.50')."""
    from decimal import Decimal

    digits = currency_digits(currency)
    return Decimal(int(units)).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def money_text(amount: Decimal, currency: str, language: str | None = None) -> str:
    """Decimal('1234.5'), 'GBP' -> '£1,234.50'; in Spanish, 'EUR' -> '1.234,50 €'."""
    from babel.numbers import format_currency

    return format_currency(_exact(amount), currency.upper(), locale=babel_locale(language))


def parse_amount(text: str, currency: str, language: str | None = None) -> Decimal:
    """What a person typed as an amount ('12.50', '12,50 €', '1.234,50'), exactly.

    Raises ValueError with a plain message when it is not an amount of that currency.
    """
    from decimal import Decimal, InvalidOperation

    from babel.numbers import NumberFormatError, get_currency_symbol, parse_decimal

    locale = babel_locale(language)
    cleaned = text.strip()
    for mark in (currency.upper(), get_currency_symbol(currency.upper(), locale=locale)):
        cleaned = cleaned.replace(mark, "")
    cleaned = re.sub(r"\s+", "", cleaned)
    problem = translate(
        "formats", "'{text}' is not an amount of money. Please type it like {example}."
    ).format(text=text.strip(), example=money_text(Decimal("12.50"), currency, language))
    try:
        amount = parse_decimal(cleaned, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation) as error:
        raise ValueError(problem) from error
    if amount < 0:
        raise ValueError(problem)
    to_minor_units(amount, currency)  # refuses more decimals than the currency has
    return amount


# The country whose currency a language's money defaults to, when neither the system
# nor the language names one (Spanish alone could be any of twenty countries).
_LANGUAGE_TERRITORY = {"en": "GB", "es": "ES"}


def default_currency(language: str | None = None, environ: dict | None = None) -> str:
    """The ISO code of the locale's currency: the system's country first (LC_ALL,
    LC_MONETARY, LANG: 'es_MX.UTF-8' -> 'MXN'), else the language's ('en' -> 'GBP')."""
    import os

    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_territory_currencies

    environ = os.environ if environ is None else environ
    territory = None
    for name in ("LC_ALL", "LC_MONETARY", "LANG"):
        value = (environ.get(name) or "").split(".")[0].split("@")[0]
        if not value or value in ("C", "POSIX"):
            continue
        try:
            territory = Locale.parse(value).territory
        except (ValueError, UnknownLocaleError):
            territory = None
        break
    if not territory:
        try:
            territory = Locale.parse(babel_locale(language)).territory
        except (ValueError, UnknownLocaleError):
            territory = None
    territory = territory or _LANGUAGE_TERRITORY.get(language or current_language(), "GB")
    currencies = get_territory_currencies(territory, tender=True)
    return currencies[0] if currencies else "GBP"


def minor_money_text(units: int, currency: str, language: str | None = None) -> str:
    """1250, 'GBP' -> '£12.50': an amount kept in whole minor units, as shown."""
    return money_text(from_minor_units(units, currency), currency, language)


def amount_field_text(units: int, currency: str, language: str | None = None) -> str:
    """1250, 'GBP' -> '12.50' ('12,50' in Spanish): an amount as typed in a field, without
    its symbol or thousands separators, so parse_amount reads it back exactly."""
    from babel.numbers import format_decimal

    digits = currency_digits(currency)
    pattern = "0." + "0" * digits if digits else "0"
    return format_decimal(
        from_minor_units(units, currency), format=pattern, locale=babel_locale(language)
    )
