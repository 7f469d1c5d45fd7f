"""Reading a file someone hands the app: the one reader for every format (the data file,
share files, framework files and those to come).

A file is read only if it is an ordinary file (never a folder, a pipe that would block
for ever or a device such as /dev/zero that never ends), only up to its format's size
limit, and parsed with limits on nesting and on the length of whole numbers, so that
whatever the file holds the caller gets FileRefusedError with one plain sentence,
never a traceback and never a hang.

Then check_header checks what every format states first, its format id and its
version, with the same words for every file: a file of another kind, a file without
a version, a file from a newer app (naming the app version that reads it) or one
older than any this app can upgrade. Each format then checks its fields with
competence_app.fieldcheck and its own rules. A new format needs only its Kind, its id
and its newest version; for example the feedback file (domain/feedback.py):

    kind = Kind(translate("feedback", "a feedback file"), feedback.MAX_FILE_BYTES)
    document = read_json(path, kind, path.name)
    version = check_header(
        document, kind, path.name, format_id=feedback.FORMAT_ID,
        newest=feedback.SCHEMA_VERSION, writer=document.get("app_version"),
    )

Every refusal is a FileRefusedError whose `problem` says which rule the file broke:
"wrong_format", "bad_version", "newer" or "older" for the header, the reader's codes
("missing", "too_big", "not_json", ...) before it.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from competence_app import APP_NAME, __version__
from competence_app.fieldcheck import quote
from competence_app.i18n import translate

# Deeper than any of the app's formats (the data file goes six levels down), far below
# where Python's own recursion would give up.
MAX_DEPTH = 32
# Longer whole numbers are refused before Python converts them: no field of any format
# needs more than 19 digits (SQLite's largest integer), and converting a number of
# millions of digits takes minutes.
MAX_DIGITS = 100


class FileRefusedError(Exception):
    """The file cannot be read as what it should be. The message is one plain sentence that
    names the file; `problem` is a short code for screens and tests ("too_big", ...)."""

    def __init__(self, problem: str, message: str):
        super().__init__(message)
        self.problem = problem
        self.message = message


@dataclass(frozen=True)
class Kind:
    """What the file should be, for the messages ("a data file"), and its size limit."""

    noun: str
    limit: int


class JsonObject(dict):
    """A parsed JSON object that remembers keys written twice (json keeps only the last);
    fieldcheck reports them at their place."""

    duplicate_keys: tuple[str, ...] = ()


def read_bytes(path: Path | str, kind: Kind, name: str | None = None) -> bytes:
    """The file's bytes, if it is an ordinary file within the kind's limit."""
    path = Path(path)
    name = str(path) if name is None else name
    try:
        # Looked at before opening: opening a device can have effects of its own.
        _ordinary(os.stat(path), name, kind)
        # Then opened without waiting (a pipe put in its place would block here until
        # someone writes to it) and looked at again through the open handle.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _BINARY)
        try:
            info = os.fstat(descriptor)
            _ordinary(info, name, kind)
            raw = _read_up_to(descriptor, info.st_size, kind.limit)
        finally:
            os.close(descriptor)
    except FileRefusedError:
        raise
    except FileNotFoundError as error:
        raise FileRefusedError(
            "missing", translate("filecheck", "The file {name} does not exist.").format(name=name)
        ) from error
    except IsADirectoryError as error:  # Windows cannot open a folder at all
        raise FileRefusedError(
            "folder",
            translate("filecheck", "{name} is a folder, not {kind}.").format(
                name=name, kind=kind.noun
            ),
        ) from error
    except PermissionError as error:
        raise FileRefusedError(
            "unreadable",
            translate("filecheck", "You do not have permission to read {name}.").format(name=name),
        ) from error
    except OSError as error:
        raise FileRefusedError(
            "unreadable",
            translate("filecheck", "{name} cannot be read ({reason}).").format(
                name=name, reason=error.strerror or str(error)
            ),
        ) from error
    if len(raw) > kind.limit:
        raise FileRefusedError(
            "too_big", _too_big(name, kind, translate("filecheck", "over the limit"))
        )
    return raw


_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line endings


def _read_up_to(descriptor: int, size: int, limit: int) -> bytes:
    """The file's bytes, stopping one byte past `limit` (the file may have grown since
    it was looked at). Sized to the file, so a small file costs one small read."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = os.read(descriptor, min(max(size - total + 1, 65536), limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _ordinary(info: os.stat_result, name: str, kind: Kind) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FileRefusedError(
            "folder",
            translate("filecheck", "{name} is a folder, not {kind}.").format(
                name=name, kind=kind.noun
            ),
        )
    if not stat.S_ISREG(info.st_mode):
        raise FileRefusedError(
            "unreadable",
            translate(
                "filecheck",
                "{name} is not an ordinary file (it may be a device or a pipe), so it has not "
                "been read.",
            ).format(name=name),
        )
    if info.st_size > kind.limit:
        raise FileRefusedError("too_big", _too_big(name, kind, _size(info.st_size)))


def text_of(raw: bytes, kind: Kind, name: str) -> str:
    """The bytes as text: within the limit, not empty, UTF-8, without a byte order mark."""
    if len(raw) > kind.limit:
        raise FileRefusedError("too_big", _too_big(name, kind, _size(len(raw))))
    if not raw.strip():
        raise FileRefusedError(
            "empty", translate("filecheck", "{name} is empty.").format(name=name)
        )
    # Some Windows editors put a byte order mark at the start; it carries no data.
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            raise _cut_off(name, raw) from error
        raise FileRefusedError(
            "not_text",
            translate(
                "filecheck",
                "{name} is not {kind}: it is not UTF-8 text (the first unreadable byte is "
                "number {number}).",
            ).format(name=name, kind=kind.noun, number=error.start + 1),
        ) from error


def parse_json(raw: bytes, kind: Kind, name: str) -> Any:
    """The JSON value in the bytes; objects are JsonObject (duplicate keys remembered)."""
    text = text_of(raw, kind, name)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object_pairs,
            parse_constant=_no_constant,
            parse_int=_whole_number,
        )
    except json.JSONDecodeError as error:
        if _ends_inside_a_value(text, error):
            raise _cut_off(name, raw) from error
        raise FileRefusedError(
            "not_json",
            translate(
                "filecheck",
                "{name} is not {kind}: it is not valid JSON at line {line}, column {column} "
                "({reason}).",
            ).format(
                name=name, kind=kind.noun, line=error.lineno, column=error.colno, reason=error.msg
            ),
        ) from error
    except RecursionError as error:
        raise _too_deep(name, kind) from error
    except _NotJsonNumberError as error:
        raise FileRefusedError(
            "not_json",
            translate(
                "filecheck",
                "{name} is not {kind}: it contains {word}, which is not a number JSON allows.",
            ).format(name=name, kind=kind.noun, word=error.args[0]),
        ) from error
    except ValueError as error:  # _LongNumberError, or a float Python will not convert
        raise _long_number(name, kind) from error
    if _deeper_than(value, MAX_DEPTH):
        raise _too_deep(name, kind)
    return value


def parse_toml(raw: bytes, kind: Kind, name: str) -> dict:
    """The TOML tables in the bytes, with the same limits as JSON."""
    import tomllib

    text = text_of(raw, kind, name)
    try:
        value = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FileRefusedError(
            "not_toml",
            translate("filecheck", "{name} is not {kind}: it is not valid TOML ({reason}).").format(
                name=name, kind=kind.noun, reason=error
            ),
        ) from error
    except RecursionError as error:
        raise _too_deep(name, kind) from error
    except ValueError as error:  # Python refuses to convert integers of thousands of digits
        raise _long_number(name, kind) from error
    if _deeper_than(value, MAX_DEPTH):
        raise _too_deep(name, kind)
    return value


def read_json(path: Path | str, kind: Kind, name: str | None = None) -> Any:
    name = str(path) if name is None else name
    return parse_json(read_bytes(path, kind, name), kind, name)


def read_toml(
    path: Path | str, kind: Kind, name: str | None = None, cache: Path | None = None
) -> dict:
    """The TOML file's tables. With `cache`, a file where they are kept as JSON beside the
    text they came from, and taken from while that text is the same: parsing the
    framework's 43 KB with tomllib takes about 12 ms of every start, reading them back
    well under 1 ms. A cache that is missing, stale, broken or cannot be written is
    simply passed by; what it holds is checked by the caller like freshly parsed tables."""
    name = str(path) if name is None else name
    raw = read_bytes(path, kind, name)
    if cache is None:
        return parse_toml(raw, kind, name)
    text = text_of(raw, kind, name)
    kept = _kept_toml(Path(cache), text, kind)
    if kept is not None:
        return kept
    value = parse_toml(raw, kind, name)
    _keep_toml(Path(cache), text, value)
    return value


def _kept_toml(cache: Path, text: str, kind: Kind) -> dict | None:
    # The text and its tables, with room for both: the same reader and limits as any file.
    room = Kind(kind.noun, 3 * kind.limit)
    try:
        kept = parse_json(read_bytes(cache, room, str(cache)), room, str(cache))
    except FileRefusedError:
        return None
    if not isinstance(kept, dict) or kept.get("source") != text:
        return None
    value = kept.get("tables")
    if not isinstance(value, dict) or _deeper_than(value, MAX_DEPTH):
        return None
    return value


def _keep_toml(cache: Path, text: str, value: dict) -> None:
    from competence_app import files

    try:
        payload = json.dumps({"source": text, "tables": value}, ensure_ascii=False)
    except (TypeError, ValueError):  # a date or time in the tables: JSON has none
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(cache, payload.encode("utf-8"))
    except (OSError, files.WriteFailedError):
        pass  # a read-only home or a full disk: parsed again next time, nothing lost


def check_header(
    document: Any,
    kind: Kind,
    name: str,
    *,
    format_id: str | None,
    newest: int,
    oldest: int = 1,
    version_key: str = "schema_version",
    version_required: bool = True,
    writer: Any = None,
) -> int:
    """The file's format version, once its header says it is a file of this kind in a
    version this app reads (from `oldest` to `newest`, upgrading the older ones).

    `document` is the parsed file (or, for a TOML file, the table that holds the
    version); `format_id` the text its "format" field must hold (None: the format has
    no such field). A format that added its version later says `version_required=False`:
    a file without one is version `oldest`. `writer` is the app version the file says
    wrote it, if it says: a file from a newer app then names the version to update to.
    Raises FileRefusedError, in the same words for every kind of file.
    """
    if not isinstance(document, dict):
        raise FileRefusedError(
            "wrong_format",
            translate("filecheck", "{name} is not {kind} (it should start with {{).").format(
                name=name, kind=kind.noun
            ),
        )
    if format_id is not None and document.get("format") != format_id:
        found = (
            translate("filecheck", "its format is {format}").format(
                format=quote(document["format"])
            )
            if "format" in document
            else translate("filecheck", "it has no format field")
        )
        raise FileRefusedError(
            "wrong_format",
            translate(
                "filecheck", '{name} is not {kind} ({found}; it should be "{format}").'
            ).format(name=name, kind=kind.noun, found=found, format=format_id),
        )
    version = document.get(version_key, None if version_required else oldest)
    if isinstance(version, bool) or not isinstance(version, int):
        problem = (
            translate("filecheck", "is missing")
            if version is None
            else translate("filecheck", "must be a whole number")
        )
        raise FileRefusedError(
            "bad_version",
            translate("filecheck", "{name} cannot be read as {kind}: {place}: {problem}.").format(
                name=name, kind=kind.noun, place=version_key, problem=problem
            ),
        )
    if version > newest:
        raise FileRefusedError("newer", _newer(name, kind, version, newest, writer))
    if version < oldest:
        raise FileRefusedError(
            "older",
            translate(
                "filecheck",
                "{name} is {kind} in version {version} of its format, older than any this app "
                "can read (the oldest is version {oldest}).",
            ).format(name=name, kind=kind.noun, version=version, oldest=oldest),
        )
    return version


def _newer(name: str, kind: Kind, version: int, newest: int, writer: Any) -> str:
    if isinstance(writer, str) and writer.strip() and len(writer) <= 40:
        needed = translate(
            "filecheck", "Please update {app} to version {wanted} or later to read it."
        ).format(app=APP_NAME, wanted=quote(writer)[1:-1])
    else:
        needed = translate(
            "filecheck", "Please update {app} to a version that reads version {version}."
        ).format(app=APP_NAME, version=version)
    return translate(
        "filecheck",
        "{name} was saved by a newer version of {app} ({kind} in version {version} of its "
        "format); this app is version {app_version} and reads versions up to {newest}. "
        "{needed}",
    ).format(
        name=name,
        kind=kind.noun,
        app=APP_NAME,
        version=version,
        app_version=__version__,
        newest=newest,
        needed=needed,
    )


def _object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.duplicate_keys = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return result


class _NotJsonNumberError(ValueError):
    pass


class _LongNumberError(ValueError):
    pass


def _no_constant(word: str) -> None:
    raise _NotJsonNumberError(word)


def _whole_number(digits: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise _LongNumberError(len(digits))
    return int(digits)


def _deeper_than(value: Any, limit: int) -> bool:
    """True when lists and objects are nested more than `limit` deep (without recursion)."""
    level = [value] if isinstance(value, dict | list) else []
    depth = 1
    while level:
        # One level at a time: the containers inside this level's containers.
        inside = [
            child
            for node in level
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
        if inside and depth >= limit:
            return True
        level = inside
        depth += 1
    return False


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


def _cut_off(name: str, raw: bytes) -> FileRefusedError:
    line = raw.rstrip().count(b"\n") + 1
    return FileRefusedError(
        "cut_off",
        translate(
            "filecheck",
            "{name} ends too early, at line {line}: it may have been cut off while it was being "
            "copied or saved.",
        ).format(name=name, line=line),
    )


def _too_deep(name: str, kind: Kind) -> FileRefusedError:
    return FileRefusedError(
        "too_deep",
        translate("filecheck", "{name} is not {kind}: it is nested far too deeply.").format(
            name=name, kind=kind.noun
        ),
    )


def _long_number(name: str, kind: Kind) -> FileRefusedError:
    return FileRefusedError(
        "long_number",
        translate(
            "filecheck", "{name} is not {kind}: it contains a number with far too many digits."
        ).format(name=name, kind=kind.noun),
    )


def _too_big(name: str, kind: Kind, size: str) -> str:
    return translate(
        "filecheck",
        "{name} is {size}, larger than the {limit} MB {kind} can be, so it has not been opened. "
        "Is it really {kind}?",
    ).format(name=name, size=size, limit=kind.limit // (1024 * 1024), kind=kind.noun)


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB ({size:,} bytes)"
