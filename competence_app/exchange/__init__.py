"""The portable data file: one profile's reflections and plan, to move, keep or share.

Qt-free. docs/data-file.md describes the format; resources/schema/ holds its
JSON Schema.
"""

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
