"""Reading a data file: size first, then UTF-8, JSON, the format id, the version,
upgrades, and finally every field. Nothing here writes anything."""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from competence_app import APP_NAME, __version__
from competence_app.exchange import upgrades as upgrading
from competence_app.exchange.fileformat import (
    FORMAT_ID,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    DataFile,
    ExchangeError,
)
from competence_app.exchange.validation import object_pairs, problems_in, quote
from competence_app.i18n import translate

Source = Path | str | bytes | bytearray | memoryview


def _too_big(source: str, size: str) -> str:
    return translate(
        "exchange",
        "{source} is {size}, larger than the {limit} MB a data file can be, so it has not been "
        "opened. Is it really a Citizen Leadership Companion data file? Nothing has been changed.",
    ).format(source=source, size=size, limit=_limit())


def read_data_file(source: Source) -> DataFile:
    """Read, upgrade and check a data file without writing anything.

    `source` is a path or the file's bytes. Raises ExchangeError listing every
    problem; a screen can show whose data it is, and how much, before importing.
    """
    name, raw = _read_bytes(source)
    return parse_data_file(raw, name)


def parse_data_file(
    raw: bytes,
    name: str,
    current: int = SCHEMA_VERSION,
    upgrade_steps: Sequence[upgrading.Upgrade] | None = None,
) -> DataFile:
    steps = upgrading.UPGRADES if upgrade_steps is None else upgrade_steps
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError(_too_big(name, _size(len(raw))))
    document = _parse_json(raw, name)
    version = _check_header(document, name, current)
    upgraded_from = None
    if version != current:
        document = upgrading.upgrade(document, version, name, current, steps)
        upgraded_from = version
    problems = problems_in(document)
    if problems:
        if len(problems) == 1:
            summary = translate(
                "exchange",
                "{name} cannot be imported because it has a problem. Nothing has been changed.",
            )
        else:
            summary = translate(
                "exchange",
                "{name} cannot be imported because it has {count} problems. "
                "Nothing has been changed.",
            )
        raise ExchangeError(summary.format(name=name, count=len(problems)), problems)
    return DataFile(source=name, document=document, upgraded_from=upgraded_from)


def _read_bytes(source: Source) -> tuple[str, bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return translate("exchange", "The file"), bytes(source)
    path = Path(source)
    name = str(path)
    try:
        # Look before opening: opening a pipe or a device could block or never end.
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ExchangeError(
                translate(
                    "exchange", "{name} is a folder, not a data file. Nothing has been changed."
                ).format(name=name)
            )
        if not stat.S_ISREG(info.st_mode):
            raise ExchangeError(
                translate(
                    "exchange", "{name} is not an ordinary file. Nothing has been changed."
                ).format(name=name)
            )
        if info.st_size > MAX_FILE_BYTES:
            raise ExchangeError(_too_big(name, _size(info.st_size)))
        with open(path, "rb") as handle:
            # Read one byte more than allowed, in case the file grew since we looked.
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise ExchangeError(
            translate(
                "exchange", "The file {name} does not exist. Nothing has been changed."
            ).format(name=name)
        ) from error
    except PermissionError as error:
        raise ExchangeError(
            translate(
                "exchange", "You do not have permission to read {name}. Nothing has been changed."
            ).format(name=name)
        ) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExchangeError(
            translate(
                "exchange", "{name} cannot be read ({reason}). Nothing has been changed."
            ).format(name=name, reason=reason)
        ) from error
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError(_too_big(name, translate("exchange", "over the limit")))
    return name, raw


def _parse_json(raw: bytes, name: str) -> Any:
    if not raw.strip():
        raise ExchangeError(
            translate("exchange", "{name} is empty. Nothing has been changed.").format(name=name)
        )
    # Some Windows editors put a byte order mark at the start; it carries no data.
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            raise ExchangeError(_cut_off_message(name, raw)) from error
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is not a data file: it is not UTF-8 text (the first unreadable byte is "
                "number {number}). Nothing has been changed.",
            ).format(name=name, number=error.start + 1)
        ) from error
    try:
        return json.loads(text, object_pairs_hook=object_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        if _ends_inside_a_value(text, error):
            raise ExchangeError(_cut_off_message(name, raw)) from error
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is not a data file: it is not valid JSON at line {line}, column "
                "{column} ({reason}). Nothing has been changed.",
            ).format(name=name, line=error.lineno, column=error.colno, reason=error.msg)
        ) from error
    except RecursionError as error:
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is not a data file: it is nested far too deeply. Nothing has been changed.",
            ).format(name=name)
        ) from error
    except _NotJsonNumberError as error:
        raise ExchangeError(
            translate(
                "exchange", "{name} is not a data file: {reason}. Nothing has been changed."
            ).format(name=name, reason=error)
        ) from error
    except ValueError as error:
        # Python refuses to read integers of thousands of digits.
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is not a data file: it contains a number with far too many digits. "
                "Nothing has been changed.",
            ).format(name=name)
        ) from error


# What is left from where the parser reports a mistake, when the file stops part way
# through a word (true, false, null), a number or a \u escape inside some text.
_CUT_TOKEN = re.compile(r"t(r(u)?)?|f(a(l(s)?)?)?|n(u(l)?)?|-|\.|[eE][+-]?|u[0-9a-fA-F]{0,4}")


def _ends_inside_a_value(text: str, error: json.JSONDecodeError) -> bool:
    rest = text[error.pos :]
    # The parser reports a string that never ends where it starts, not at the end
    # of the file; it says "Unterminated" only when it ran out of file.
    return (
        not rest.strip()
        or error.msg.startswith("Unterminated string")
        or bool(_CUT_TOKEN.fullmatch(rest))
    )


def _cut_off_message(name: str, raw: bytes) -> str:
    line = raw.rstrip().count(b"\n") + 1
    return translate(
        "exchange",
        "{name} ends too early, at line {line}: it may have been cut off while it was being "
        "copied or saved. Nothing has been changed.",
    ).format(name=name, line=line)


class _NotJsonNumberError(ValueError):
    pass


def _no_constant(word: str) -> None:
    raise _NotJsonNumberError(
        translate("exchange", "it contains {word}, which is not a number JSON allows").format(
            word=word
        )
    )


def _check_header(document: Any, name: str, current: int) -> int:
    """The format id and version, checked before anything else: their rules decide the rest."""
    if not isinstance(document, dict):
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is not a Citizen Leadership Companion data file (it should start with "
                "{{). Nothing has been changed.",
            ).format(name=name)
        )
    if document.get("format") != FORMAT_ID:
        found = (
            translate("exchange", "its format is {format}").format(format=quote(document["format"]))
            if "format" in document
            else translate("exchange", "it has no format field")
        )
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is not a Citizen Leadership Companion data file "
                '({found}; it should be "{format}"). Nothing has been changed.',
            ).format(name=name, found=found, format=FORMAT_ID)
        )
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError(
            translate("exchange", "{name} cannot be imported. Nothing has been changed.").format(
                name=name
            ),
            [
                "schema_version: "
                + (
                    translate("exchange", "is missing")
                    if version is None
                    else translate("exchange", "must be a whole number")
                )
            ],
        )
    if version > current:
        raise ExchangeError(_newer_message(document, name, version, current))
    return version


def _newer_message(document: dict, name: str, version: int, current: int) -> str:
    app = document.get("app")
    writer = app.get("version") if isinstance(app, dict) else None
    if isinstance(writer, str) and writer.strip() and len(writer) <= 40:
        needed = translate(
            "exchange", "Please update {app} to version {wanted} or later to import it."
        ).format(app=APP_NAME, wanted=quote(writer)[1:-1])
    else:
        needed = translate(
            "exchange", "Please update {app} to a version that reads data file version {version}."
        ).format(app=APP_NAME, version=version)
    return translate(
        "exchange",
        "{name} was saved by a newer version of {app} (data file version {version}); "
        "this app is version {app_version} and reads data file versions up to {current}. "
        "{needed} Nothing has been changed.",
    ).format(
        name=name,
        app=APP_NAME,
        version=version,
        app_version=__version__,
        current=current,
        needed=needed,
    )


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB ({size:,} bytes)"


def _limit() -> int:
    return MAX_FILE_BYTES // (1024 * 1024)
