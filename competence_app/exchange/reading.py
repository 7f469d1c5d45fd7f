"""Reading a data file: size first, then UTF-8, JSON, the format id, the version,
upgrades, and finally every field. Nothing here writes anything."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from competence_app import filecheck
from competence_app.exchange import sealed
from competence_app.exchange import upgrades as upgrading
from competence_app.exchange.fileformat import (
    FORMAT_ID,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    DataFile,
    ExchangeError,
)
from competence_app.exchange.validation import problems_in
from competence_app.i18n import translate

Source = Path | str | bytes | bytearray | memoryview


def read_data_file(source: Source, passphrase: str | None = None) -> DataFile:
    """Read, upgrade and check a data file without writing anything.

    `source` is a path or the file's bytes. Raises ExchangeError listing every
    problem; a screen can show whose data it is, and how much, before importing.
    A file locked with a passphrase (exchange.sealed) needs `passphrase`; without
    it, SealedFileError says so.
    """
    name, raw = _read_bytes(source)
    return parse_data_file(raw, name, passphrase=passphrase)


def parse_data_file(
    raw: bytes,
    name: str,
    current: int = SCHEMA_VERSION,
    upgrade_steps: Sequence[upgrading.Upgrade] | None = None,
    passphrase: str | None = None,
) -> DataFile:
    steps = upgrading.UPGRADES if upgrade_steps is None else upgrade_steps
    document = _parse_json(raw, name)
    if sealed.is_sealed(document):
        # The envelope's content is an ordinary data file, read like any other.
        return parse_data_file(sealed.unseal(document, passphrase, name), name, current, steps)
    version = _check_header(document, name, current, upgrading.oldest_readable(current, steps))
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
            count = len(problems)  # a plain name: lupdate sees the plural message
            summary = translate(
                "exchange",
                "{name} cannot be imported because it has %n problems. Nothing has been changed.",
                None,
                count,
            )
        raise ExchangeError(summary.format(name=name), problems)
    return DataFile(source=name, document=document, upgraded_from=upgraded_from)


def _kind() -> filecheck.Kind:
    return filecheck.Kind(translate("exchange", "a data file"), MAX_FILE_BYTES)


def _read_bytes(source: Source) -> tuple[str, bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return translate("exchange", "The file"), bytes(source)
    name = str(source)
    try:
        return name, filecheck.read_bytes(source, _kind(), name)
    except filecheck.FileRefusedError as refusal:
        raise _unchanged(refusal) from refusal


def _parse_json(raw: bytes, name: str) -> Any:
    try:
        return filecheck.parse_json(raw, _kind(), name)
    except filecheck.FileRefusedError as refusal:
        raise _unchanged(refusal) from refusal


def _unchanged(refusal: filecheck.FileRefusedError) -> ExchangeError:
    return ExchangeError(
        translate("exchange", "{reason} Nothing has been changed.").format(reason=refusal.message)
    )


def _check_header(document: Any, name: str, current: int, oldest: int) -> int:
    """The format id and version, checked before anything else: their rules decide the rest."""
    app = document.get("app") if isinstance(document, dict) else None
    try:
        return filecheck.check_header(
            document,
            _kind(),
            name,
            format_id=FORMAT_ID,
            newest=current,
            oldest=oldest,
            writer=app.get("version") if isinstance(app, dict) else None,
        )
    except filecheck.FileRefusedError as refusal:
        raise _unchanged(refusal) from refusal
