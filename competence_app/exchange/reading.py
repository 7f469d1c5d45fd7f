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

Source = Path | str | bytes | bytearray | memoryview

NOTHING_CHANGED = "Nothing has been changed."
TOO_BIG = (
    "{source} is {size}, larger than the {limit} MB a data file can be, so it has not been "
    "opened. Is it really a Citizen Leadership Companion data file? " + NOTHING_CHANGED
)


def read_data_file(source: Source) -> DataFile:
    """Read, upgrade and check a data file without writing anything.

    `source` is a path or the file's bytes. Raises ExchangeError listing every
    problem; a GUI can show DataFile.summary() before asking to import.
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
        raise ExchangeError(TOO_BIG.format(source=name, size=_size(len(raw)), limit=_limit()))
    document = _parse_json(raw, name)
    version = _check_header(document, name, current)
    upgraded_from = None
    if version != current:
        document = upgrading.upgrade(document, version, name, current, steps)
        upgraded_from = version
    problems = problems_in(document)
    if problems:
        count = "a problem" if len(problems) == 1 else f"{len(problems)} problems"
        raise ExchangeError(
            f"{name} cannot be imported because it has {count}. {NOTHING_CHANGED}", problems
        )
    return DataFile(source=name, document=document, upgraded_from=upgraded_from)


def _read_bytes(source: Source) -> tuple[str, bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return "The file", bytes(source)
    path = Path(source)
    name = str(path)
    try:
        # Look before opening: opening a pipe or a device could block or never end.
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ExchangeError(f"{name} is a folder, not a data file. {NOTHING_CHANGED}")
        if not stat.S_ISREG(info.st_mode):
            raise ExchangeError(f"{name} is not an ordinary file. {NOTHING_CHANGED}")
        if info.st_size > MAX_FILE_BYTES:
            raise ExchangeError(
                TOO_BIG.format(source=name, size=_size(info.st_size), limit=_limit())
            )
        with open(path, "rb") as handle:
            # Read one byte more than allowed, in case the file grew since we looked.
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise ExchangeError(f"The file {name} does not exist. {NOTHING_CHANGED}") from error
    except PermissionError as error:
        raise ExchangeError(
            f"You do not have permission to read {name}. {NOTHING_CHANGED}"
        ) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExchangeError(f"{name} cannot be read ({reason}). {NOTHING_CHANGED}") from error
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError(TOO_BIG.format(source=name, size="over the limit", limit=_limit()))
    return name, raw


def _parse_json(raw: bytes, name: str) -> Any:
    if not raw.strip():
        raise ExchangeError(f"{name} is empty. {NOTHING_CHANGED}")
    # Some Windows editors put a byte order mark at the start; it carries no data.
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            raise ExchangeError(_cut_off_message(name, raw)) from error
        raise ExchangeError(
            f"{name} is not a data file: it is not UTF-8 text (the first unreadable byte is "
            f"number {error.start + 1}). {NOTHING_CHANGED}"
        ) from error
    try:
        return json.loads(text, object_pairs_hook=object_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        if _ends_inside_a_value(text, error):
            raise ExchangeError(_cut_off_message(name, raw)) from error
        raise ExchangeError(
            f"{name} is not a data file: it is not valid JSON at line {error.lineno}, column "
            f"{error.colno} ({error.msg}). {NOTHING_CHANGED}"
        ) from error
    except RecursionError as error:
        raise ExchangeError(
            f"{name} is not a data file: it is nested far too deeply. {NOTHING_CHANGED}"
        ) from error
    except _NotJsonNumberError as error:
        raise ExchangeError(f"{name} is not a data file: {error}. {NOTHING_CHANGED}") from error
    except ValueError as error:
        # Python refuses to read integers of thousands of digits.
        raise ExchangeError(
            f"{name} is not a data file: it contains a number with far too many digits. "
            + NOTHING_CHANGED
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
    return (
        f"{name} ends too early, at line {line}: it may have been cut off while it was being "
        f"copied or saved. {NOTHING_CHANGED}"
    )


class _NotJsonNumberError(ValueError):
    pass


def _no_constant(word: str) -> None:
    raise _NotJsonNumberError(f"it contains {word}, which is not a number JSON allows")


def _check_header(document: Any, name: str, current: int) -> int:
    """The format id and version, checked before anything else: their rules decide the rest."""
    if not isinstance(document, dict):
        raise ExchangeError(
            f"{name} is not a Citizen Leadership Companion data file (it should start with "
            f"{{). {NOTHING_CHANGED}"
        )
    if document.get("format") != FORMAT_ID:
        found = (
            f"its format is {quote(document['format'])}"
            if "format" in document
            else "it has no format field"
        )
        raise ExchangeError(
            f'{name} is not a Citizen Leadership Companion data file ({found}; it should be "{FORMAT_ID}"). '
            + NOTHING_CHANGED
        )
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError(
            f"{name} cannot be imported. {NOTHING_CHANGED}",
            ["schema_version: " + ("is missing" if version is None else "must be a whole number")],
        )
    if version > current:
        raise ExchangeError(_newer_message(document, name, version, current))
    return version


def _newer_message(document: dict, name: str, version: int, current: int) -> str:
    app = document.get("app")
    writer = app.get("version") if isinstance(app, dict) else None
    if isinstance(writer, str) and writer.strip() and len(writer) <= 40:
        needed = f"Please update {APP_NAME} to version {quote(writer)[1:-1]} or later to import it."
    else:
        needed = f"Please update {APP_NAME} to a version that reads data file version {version}."
    return (
        f"{name} was saved by a newer version of {APP_NAME} (data file version {version}); "
        f"this app is version {__version__} and reads data file versions up to {current}. "
        f"{needed} {NOTHING_CHANGED}"
    )


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB ({size:,} bytes)"


def _limit() -> int:
    return MAX_FILE_BYTES // (1024 * 1024)
