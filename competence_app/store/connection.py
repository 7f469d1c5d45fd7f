"""Reading a database file without changing it: below both the database's opening and
its backups, which check their copies the same way."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_read_only(path: Path, timeout: float = 2) -> sqlite3.Connection:
    """A connection that can change nothing, and leaves nothing beside the file.

    With no write-ahead log beside it (the last copy closed cleanly) "immutable" reads
    the main file alone, so no -wal or -shm file is made beside a database the app may
    refuse; with one, its commits count, so it is read too.
    """
    path = Path(path)
    has_wal = Path(f"{path}-wal").exists()
    flags = "mode=ro" if has_wal else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"file:{uri_name(path)}?{flags}", uri=True, timeout=timeout)
    connection.execute("PRAGMA query_only = ON")
    return connection


def uri_name(path: Path) -> str:
    # The characters a URI gives a meaning to, escaped by hand: urllib is slow to import.
    return Path(path).as_posix().replace("%", "%25").replace("?", "%3f").replace("#", "%23")
