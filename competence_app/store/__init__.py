"""Storage: SQLite through sqlite-utils. No Qt here; every function takes the database.

Reading is plain SQL (store.rows), so the same functions read from sqlite-utils'
Database and from a read-only sqlite3 connection: the app shows the person's page
from the latter and loads sqlite-utils just after (store.database.first_look).
Only store.database and store.migrations import sqlite-utils, through
import_sqlite_utils().
"""

import sys


def import_sqlite_utils() -> None:
    """Import sqlite-utils without numpy and pandas.

    sqlite-utils imports them, when installed, only to map their values to column
    types; the store never saves one. numpy alone is about two thirds of sqlite-utils'
    import time, paid on every start before the person's page can be shown
    (benchmarks/README.md). The block is lifted at once: charts import numpy as usual.
    """
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # an ImportError for sqlite-utils, which it expects
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
