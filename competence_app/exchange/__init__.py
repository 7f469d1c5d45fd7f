"""The portable data file: one profile's reflections and plan, to move, keep or share.

Qt-free. docs/data-file.md describes the format; resources/schema/ holds its
JSON Schema.

The names below are loaded on first use: the command line registers the
exchange sub-commands while the GUI starts, and that must not pull in the
database and JSON code.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_HOMES = {
    "FILE_SUFFIX": "fileformat",
    "FORMAT_ID": "fileformat",
    "MAX_FILE_BYTES": "fileformat",
    "SCHEMA_VERSION": "fileformat",
    "DataFile": "fileformat",
    "DataFileWriteError": "fileformat",
    "ExchangeError": "fileformat",
    "ImportReport": "merging",
    "Tally": "merging",
    "import_data": "merging",
    "read_data_file": "reading",
    "export_data": "writing",
}

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_ID",
    "MAX_FILE_BYTES",
    "SCHEMA_VERSION",
    "DataFile",
    "DataFileWriteError",
    "ExchangeError",
    "ImportReport",
    "Tally",
    "export_data",
    "import_data",
    "read_data_file",
]

if TYPE_CHECKING:
    from competence_app.exchange.fileformat import (
        FILE_SUFFIX,
        FORMAT_ID,
        MAX_FILE_BYTES,
        SCHEMA_VERSION,
        DataFile,
        DataFileWriteError,
        ExchangeError,
    )
    from competence_app.exchange.merging import ImportReport, Tally, import_data
    from competence_app.exchange.reading import read_data_file
    from competence_app.exchange.writing import export_data


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
