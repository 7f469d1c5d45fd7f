"""`competence-app doctor`: a plain report for support requests, with no personal content.

It looks and never touches: the database is opened read-only, the folder lock is
only tested, and the one thing written (a probe proving the folder is writable) is
removed at once. Names, answers, stories and goals never appear: only counts.

The report stays in English whatever the app's language, so whoever gives
support can read it. No Qt at module level: the same lines feed the command line
and Help > About > Diagnostics.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

from competence_app import APP_NAME, __version__

# Less free space than this and a backup or an export may fail half-way.
LOW_DISK_BYTES = 100 * 1024 * 1024
# Each library with the distributions that can provide it (PySide6 also ships as just
# its essential modules).
LIBRARIES = {
    "PySide6": ("PySide6", "PySide6-Essentials"),
    "matplotlib": ("matplotlib",),
    "jinja2": ("jinja2",),
    "sqlite-utils": ("sqlite-utils",),
    "platformdirs": ("platformdirs",),
    "babel": ("babel",),
}


class Line(NamedTuple):
    section: str
    label: str
    value: str
    problem: bool = False


class _Report:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.section = ""

    def add(self, label: str, value: object, problem: bool = False) -> None:
        self.lines.append(Line(self.section, label, str(value), problem))


def gather(
    data_dir: Path | str | None = None,
    framework: Path | str | None = None,
    framework_note: str = "given with --framework",
) -> list[Line]:
    """Every line of the report; data_dir None means the folder the app would use, and
    framework None the file the app would choose for that folder."""
    from competence_app.paths import resolve_data_dir

    folder = resolve_data_dir(str(data_dir) if data_dir else None).resolve()
    report = _Report()
    _software(report)
    _folder(report, folder)
    preferences = _settings(report, folder)
    _framework(report, framework, framework_note, preferences)
    _database(report, folder)
    _backups(report, folder)
    return report.lines


def has_problem(lines: list[Line]) -> bool:
    return any(line.problem for line in lines)


def format_report(lines: list[Line]) -> str:
    width = max((len(line.label) for line in lines), default=0) + 1
    out = [
        f"{APP_NAME}: diagnostics",
        "No names, answers, stories or goals are in this report, only counts:",
        "it is safe to send to whoever helps you.",
    ]
    section = None
    for line in lines:
        if line.section != section:
            section = line.section
            out += ["", section]
        mark = "PROBLEM: " if line.problem else ""
        out.append(f"  {line.label + ':':<{width}} {mark}{line.value}")
    problems = sum(line.problem for line in lines)
    out.append("")
    if problems:
        out.append(f"{problems} problem(s) found: see the lines marked PROBLEM.")
    else:
        out.append("Everything looks fine.")
    return "\n".join(out) + "\n"


# -- the parts of the report ---------------------------------------------------------


def _software(report: _Report) -> None:
    from importlib import metadata

    report.section = "Software"
    report.add("App version", __version__)
    report.add("Python", f"{platform.python_version()} ({platform.python_implementation()})")
    for name, distributions in LIBRARIES.items():
        for distribution in distributions:
            try:
                version = metadata.version(distribution)
            except metadata.PackageNotFoundError:
                continue
            suffix = "" if distribution == name else f" ({distribution})"
            report.add(name, version + suffix)
            break
        else:
            # A frozen build carries the code without its package metadata.
            report.add(
                name, "version not recorded" if _frozen() else "not installed", not _frozen()
            )
    report.add("Qt", _qt_version())
    report.add("SQLite", sqlite3.sqlite_version)
    report.add("System", f"{platform.system()} {platform.release()} ({platform.machine()})")
    report.add("Platform", platform.platform())
    report.add("Frozen build", "yes" if _frozen() else "no")


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _qt_version() -> str:
    try:
        from PySide6 import QtCore
    except ImportError as error:
        return f"cannot be loaded ({error})"
    return QtCore.qVersion()


def _folder(report: _Report, folder: Path) -> None:
    import shutil

    report.section = "Data folder"
    report.add("Path", folder)
    if not folder.exists():
        report.add("Exists", "not yet (the app makes it the first time it starts)")
    elif not folder.is_dir():
        report.add("Exists", "a file is in the way, not a folder", problem=True)
        return
    else:
        report.add("Exists", "yes")
        readable = os.access(folder, os.R_OK | os.X_OK)
        report.add("Readable", "yes" if readable else "no", problem=not readable)
        report.add("Writable", *_writable(folder))
        if os.name == "posix":
            mode = folder.stat().st_mode & 0o777
            # Other people on the computer could read the answers; not fatal, worth saying.
            report.add(
                "Permissions",
                f"{mode:o}" + ("" if mode & 0o077 == 0 else " (others can look inside)"),
            )
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError as error:
        report.add("Free disk space", f"unknown ({error.strerror or error})")
    else:
        low = free < LOW_DISK_BYTES
        report.add("Free disk space", _size(free) + (" (very little left)" if low else ""), low)
    report.add("In use by a running copy", _lock_state(folder))


def _writable(folder: Path) -> tuple[str, bool]:
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=".doctor-", dir=folder)
        os.close(handle)
        os.unlink(name)
    except OSError as error:
        return f"no ({error.strerror or error})", True
    return "yes", False


def _lock_state(folder: Path) -> str:
    """Whether another copy holds the folder lock, found by asking for a shared lock that is
    dropped at once: it never blocks a running copy, and leaves no lock behind."""
    from competence_app.store.lock import LOCK_NAME

    path = folder / LOCK_NAME
    if not path.exists():
        return "no"
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, which drops any lock
    except OSError as error:
        return f"unknown ({error.strerror or error})"
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBRLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return "yes (the app is open with this folder now)"
    finally:
        handle.close()
    return "no"


def _settings(report: _Report, folder: Path) -> dict:
    import json

    from competence_app import settings

    report.section = "Preferences"
    path = folder / settings.PREFERENCES_NAME
    if not path.exists():
        report.add("File", "none yet (all preferences at their defaults)")
    else:
        try:
            raw = json.loads(path.read_text("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a table of preferences")
        except (OSError, ValueError) as error:
            report.add("File", f"cannot be read ({error}); the defaults are used", problem=True)
        else:
            report.add("File", "present and readable")
    values = settings.load(folder)
    report.add("Text size", f"{values[settings.TEXT_SCALE.key]} %")
    report.add("High contrast", "on" if values[settings.HIGH_CONTRAST.key] else "off")
    language = _language(values[settings.LANGUAGE.key])
    report.add("Language", f"{values[settings.LANGUAGE.key] or 'as the system'} (uses {language})")
    report.add("Easy-read wording", "on" if values[settings.EASY_READ.key] else "off")
    return values


def _language(preference: str) -> str:
    from competence_app import i18n

    try:
        return i18n.chosen_language(preference)
    except ImportError:  # Qt missing: the software lines above already say so
        return preference or i18n.SOURCE_LANGUAGE


def _framework(report: _Report, framework: Path | str | None, note: str, preferences: dict) -> None:
    from competence_app import settings
    from competence_app.domain.framework import (
        FrameworkError,
        default_framework_path,
        load_framework,
    )

    report.section = "Framework"
    if framework:
        path, chosen = Path(framework), note
    elif preferences.get(settings.FRAMEWORK_FILE.key):
        path, chosen = Path(preferences[settings.FRAMEWORK_FILE.key]), "chosen in the app"
    else:
        language = _language(preferences.get(settings.LANGUAGE.key, ""))
        path, chosen = default_framework_path(language), "the standard one"
    report.add("File", f"{path} ({chosen})")
    try:
        loaded = load_framework(path)
    except FrameworkError as error:
        report.add("State", "cannot be used: " + "; ".join(error.problems), problem=True)
        return
    report.add("Id and version", f"{loaded.id} {loaded.version}")
    report.add(
        "Contents",
        f"{len(loaded.competences)} competences, {len(loaded.roles)} roles, "
        f"language {loaded.language}",
    )


def _database(report: _Report, folder: Path) -> None:
    from competence_app.paths import database_path

    report.section = "Database"
    path = database_path(folder)
    report.add("File", path)
    if not path.exists():
        report.add("State", "none yet (made when the app first starts)")
        return
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        report.add("State", f"cannot be read ({error.strerror or error})", problem=True)
        return
    report.add("Size", _size(size))
    if size == 0:
        # Nothing was ever saved in it (often a disk that was full when it was made):
        # empty, not damaged.
        report.add(
            "State",
            "empty: nothing is saved in it. If there are backups, the app restores the newest "
            "good one at the next start" + _full_disk_note(folder),
            problem=True,
        )
        return
    if not header.startswith(b"SQLite format 3\x00"):
        _damaged(report, "it is not a database file SQLite can read")
        return
    # Byte 18 is the file format's write version: 2 means write-ahead logging.
    report.add("Journal mode", {1: "rollback journal", 2: "WAL"}.get(header[18], "unknown"))
    wal = Path(f"{path}-wal")
    if wal.exists():
        report.add("Write-ahead log", _size(wal.stat().st_size))
    from competence_app.store.database import connect_read_only

    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        report.add("State", f"cannot be opened ({error}){_full_disk_note(folder)}", problem=True)
        return
    try:
        _check_database(report, connection)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            report.add("State", "busy: the app is writing; try again in a moment")
        elif _free_bytes(folder) < _FULL:
            # The check could not run for want of space: that says nothing about the file.
            report.add(
                "State", f"cannot be checked ({error}){_full_disk_note(folder)}", problem=True
            )
        else:
            _damaged(report, str(error))
    except sqlite3.DatabaseError as error:
        _damaged(report, str(error))
    finally:
        connection.close()


# Less free space than this and SQLite cannot even make its temporary files.
_FULL = 1 << 20


def _free_bytes(folder: Path) -> int:
    import shutil

    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def _full_disk_note(folder: Path) -> str:
    free = _free_bytes(folder)
    if free >= _FULL:
        return ""
    return f". The disk is full ({_size(free)} free): free some space and try again"


def _check_database(report: _Report, connection: sqlite3.Connection) -> None:
    from competence_app.store.database import known_migrations
    from competence_app.store.migrations import MIGRATION_SET

    # The full check: quick_check misses rows that no longer match their indexes.
    rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        _damaged(report, f"the check found {len(rows)} fault(s), first: {rows[0]}")
        return
    report.add("Check (integrity_check)", "ok")
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    known = known_migrations()
    applied = []
    if "_sqlite_migrations" in tables:
        applied = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        ]
    unknown = [name for name in applied if name not in known]
    if unknown:
        report.add(
            "Schema version",
            f"made by a newer version of the app ({', '.join(unknown)}); update the app to open it",
            problem=True,
        )
    elif len(applied) < len(known):
        report.add(
            "Schema version",
            f"{len(applied)} of {len(known)}: updated at the next start, after a backup",
        )
    else:
        report.add("Schema version", f"{len(applied)} (current)")
    for table in ("profiles", "reflections", "goals"):
        count = 0
        if table in tables:
            count = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        report.add(f"Number of {table}", count)


def _damaged(report: _Report, reason: str) -> None:
    report.add(
        "State",
        f"damaged: {reason}. At the next start the app puts it aside (never deletes it) "
        "and restores the newest good backup, if there is one",
        problem=True,
    )


def _backups(report: _Report, folder: Path) -> None:
    from competence_app.store import backups

    report.section = "Backups"
    directory = folder / backups.BACKUP_DIR_NAME
    found = []
    if directory.is_dir():
        for path in directory.glob(f"{backups.PREFIX}*{backups.SUFFIX}"):
            parsed = backups.parse_name(path)
            if parsed:
                found.append((parsed[0], path))
    report.add("Number of backups", len(found))
    left = backups.leftovers(folder)
    if left:
        report.add(
            "Left from interrupted work",
            ", ".join(p.name for p in left) + " (removed at the next start)",
        )
    if found:
        taken, newest = max(found)
        report.add("Newest", f"{taken:%Y-%m-%d %H:%M}")
        ok = backups.integrity_ok(newest)
        report.add("Newest passes its check", "yes" if ok else "no", problem=not ok)


def _size(count: float) -> str:
    if count < 1024:
        return f"{count:.0f} bytes"
    units = ["KB", "MB", "GB", "TB"]
    count /= 1024
    while count >= 1024 and len(units) > 1:
        count /= 1024
        units.pop(0)
    return f"{count:.1f} {units[0]}"
