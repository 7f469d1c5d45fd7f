"""`competence-app doctor`: a plain report for support requests, with no personal content.

It looks and never touches: the database is opened read-only, the folder lock is
only tested, and the one thing written (a probe proving the folder is writable) is
removed at once. Names, answers, stories and goals never appear: only counts.

The report speaks the person's language (the command line's, or the app's in Help >
About > Diagnostics), like every message; the numbers, versions and paths in it read
the same in any language. No Qt at module level: the same lines feed the command
line and the app.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

from competence_app import APP_NAME, __version__
from competence_app.i18n import translate

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
    framework_note: str = "",
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
        translate("doctor", "{app}: diagnostics").format(app=APP_NAME),
        translate("doctor", "No names, answers, stories or goals are in this report, only counts:"),
        translate("doctor", "it is safe to send to whoever helps you."),
    ]
    section = None
    for line in lines:
        if line.section != section:
            section = line.section
            out += ["", section]
        mark = translate("doctor", "PROBLEM: ") if line.problem else ""
        out.append(f"  {line.label + ':':<{width}} {mark}{line.value}")
    problems = sum(line.problem for line in lines)
    out.append("")
    if problems:
        out.append(
            translate("doctor", "Problems found: {count}. See the lines marked PROBLEM.").format(
                count=problems
            )
        )
    else:
        out.append(translate("doctor", "Everything looks fine."))
    return "\n".join(out) + "\n"


# -- the parts of the report ---------------------------------------------------------


def _software(report: _Report) -> None:
    from importlib import metadata

    report.section = translate("doctor", "Software")
    report.add(translate("doctor", "App version"), __version__)
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
                name,
                translate("doctor", "version not recorded")
                if _frozen()
                else translate("doctor", "not installed"),
                not _frozen(),
            )
    report.add("Qt", _qt_version())
    report.add("SQLite", sqlite3.sqlite_version)
    report.add(
        translate("doctor", "System"),
        f"{platform.system()} {platform.release()} ({platform.machine()})",
    )
    report.add(translate("doctor", "Platform"), platform.platform())
    report.add(
        translate("doctor", "Frozen build"),
        translate("doctor", "yes") if _frozen() else translate("doctor", "no"),
    )


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _qt_version() -> str:
    try:
        from PySide6 import QtCore
    except ImportError as error:
        return translate("doctor", "cannot be loaded ({error})").format(error=error)
    return QtCore.qVersion()


def _folder(report: _Report, folder: Path) -> None:
    import shutil

    report.section = translate("doctor", "Data folder")
    report.add(translate("doctor", "Path"), folder)
    if not folder.exists():
        report.add(
            translate("doctor", "Exists"),
            translate("doctor", "not yet (the app makes it the first time it starts)"),
        )
    elif not folder.is_dir():
        report.add(
            translate("doctor", "Exists"),
            translate("doctor", "a file is in the way, not a folder"),
            problem=True,
        )
        return
    else:
        report.add(translate("doctor", "Exists"), translate("doctor", "yes"))
        readable = os.access(folder, os.R_OK | os.X_OK)
        report.add(
            translate("doctor", "Readable"),
            translate("doctor", "yes") if readable else translate("doctor", "no"),
            problem=not readable,
        )
        report.add(translate("doctor", "Writable"), *_writable(folder))
        if os.name == "posix":
            mode = folder.stat().st_mode & 0o777
            # Other people on the computer could read the answers; not fatal, worth saying.
            report.add(
                translate("doctor", "Permissions"),
                f"{mode:o}"
                + ("" if mode & 0o077 == 0 else translate("doctor", " (others can look inside)")),
            )
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError as error:
        report.add(translate("doctor", "Free disk space"), _unknown(error))
    else:
        low = free < LOW_DISK_BYTES
        report.add(
            translate("doctor", "Free disk space"),
            _size(free) + (translate("doctor", " (very little left)") if low else ""),
            low,
        )
    report.add(translate("doctor", "In use by a running copy"), _lock_state(folder))


def _unknown(error: OSError) -> str:
    return translate("doctor", "unknown ({error})").format(error=error.strerror or error)


def _writable(folder: Path) -> tuple[str, bool]:
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=".doctor-", dir=folder)
        os.close(handle)
        os.unlink(name)
    except OSError as error:
        return translate("doctor", "no ({error})").format(error=error.strerror or error), True
    return translate("doctor", "yes"), False


def _lock_state(folder: Path) -> str:
    """Whether another copy holds the folder lock, found by asking for a shared lock that is
    dropped at once: it never blocks a running copy, and leaves no lock behind."""
    from competence_app.store.lock import LOCK_NAME

    path = folder / LOCK_NAME
    if not path.exists():
        return translate("doctor", "no")
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, which drops any lock
    except OSError as error:
        return _unknown(error)
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBRLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return translate("doctor", "yes (the app is open with this folder now)")
    finally:
        handle.close()
    return translate("doctor", "no")


def _settings(report: _Report, folder: Path) -> dict:
    import json

    from competence_app import settings

    report.section = translate("doctor", "Preferences")
    path = folder / settings.PREFERENCES_NAME
    if not path.exists():
        report.add(
            translate("doctor", "File"),
            translate("doctor", "none yet (all preferences at their defaults)"),
        )
    else:
        try:
            raw = json.loads(path.read_text("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError(translate("doctor", "not a table of preferences"))
        except (OSError, ValueError) as error:
            report.add(
                translate("doctor", "File"),
                translate("doctor", "cannot be read ({error}); the defaults are used").format(
                    error=error
                ),
                problem=True,
            )
        else:
            report.add(translate("doctor", "File"), translate("doctor", "present and readable"))
    values = settings.load(folder)
    report.add(translate("doctor", "Text size"), f"{values[settings.TEXT_SCALE.key]} %")
    report.add(translate("doctor", "High contrast"), _on_off(values[settings.HIGH_CONTRAST.key]))
    language = _language(values[settings.LANGUAGE.key])
    report.add(
        translate("doctor", "Language"),
        translate("doctor", "{chosen} (uses {language})").format(
            chosen=values[settings.LANGUAGE.key] or translate("doctor", "as the system"),
            language=language,
        ),
    )
    report.add(translate("doctor", "Easy-read wording"), _on_off(values[settings.EASY_READ.key]))
    return values


def _on_off(value: object) -> str:
    return translate("doctor", "on") if value else translate("doctor", "off")


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

    report.section = translate("doctor", "Framework")
    if framework:
        path, chosen = Path(framework), note or translate("doctor", "given with --framework")
    elif preferences.get(settings.FRAMEWORK_FILE.key):
        path, chosen = (
            Path(preferences[settings.FRAMEWORK_FILE.key]),
            translate("doctor", "chosen in the app"),
        )
    else:
        language = _language(preferences.get(settings.LANGUAGE.key, ""))
        path, chosen = default_framework_path(language), translate("doctor", "the standard one")
    report.add(translate("doctor", "File"), f"{path} ({chosen})")
    try:
        loaded = load_framework(path)
    except FrameworkError as error:
        report.add(
            translate("doctor", "State"),
            translate("doctor", "cannot be used: {problems}").format(
                problems="; ".join(error.problems)
            ),
            problem=True,
        )
        return
    report.add(translate("doctor", "Id and version"), f"{loaded.id} {loaded.version}")
    report.add(
        translate("doctor", "Contents"),
        translate("doctor", "{competences} competences, {roles} roles, language {language}").format(
            competences=len(loaded.competences), roles=len(loaded.roles), language=loaded.language
        ),
    )


def _database(report: _Report, folder: Path) -> None:
    from competence_app.paths import database_path

    report.section = translate("doctor", "Database")
    path = database_path(folder)
    report.add(translate("doctor", "File"), path)
    if not path.exists():
        report.add(
            translate("doctor", "State"),
            translate("doctor", "none yet (made when the app first starts)"),
        )
        return
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        report.add(
            translate("doctor", "State"),
            translate("doctor", "cannot be read ({error})").format(error=error.strerror or error),
            True,
        )
        return
    report.add(translate("doctor", "Size"), _size(size))
    if size == 0:
        # Nothing was ever saved in it (often a disk that was full when it was made):
        # empty, not damaged.
        report.add(
            translate("doctor", "State"),
            translate(
                "doctor",
                "empty: nothing is saved in it. If there are backups, the app restores the "
                "newest good one at the next start",
            )
            + _full_disk_note(folder),
            problem=True,
        )
        return
    if not header.startswith(b"SQLite format 3\x00"):
        _damaged(report, translate("doctor", "it is not a database file SQLite can read"))
        return
    # Byte 18 is the file format's write version: 2 means write-ahead logging.
    journal = {1: translate("doctor", "rollback journal"), 2: "WAL"}.get(
        header[18], translate("doctor", "unknown")
    )
    report.add(translate("doctor", "Journal mode"), journal)
    wal = Path(f"{path}-wal")
    if wal.exists():
        report.add(translate("doctor", "Write-ahead log"), _size(wal.stat().st_size))
    from competence_app.store.database import connect_read_only

    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        report.add(
            translate("doctor", "State"),
            translate("doctor", "cannot be opened ({error})").format(error=error)
            + _full_disk_note(folder),
            problem=True,
        )
        return
    try:
        _check_database(report, connection)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            report.add(
                translate("doctor", "State"),
                translate("doctor", "busy: the app is writing; try again in a moment"),
            )
        elif _free_bytes(folder) < _FULL:
            # The check could not run for want of space: that says nothing about the file.
            report.add(
                translate("doctor", "State"),
                translate("doctor", "cannot be checked ({error})").format(error=error)
                + _full_disk_note(folder),
                problem=True,
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
    return translate(
        "doctor", ". The disk is full ({free} free): free some space and try again"
    ).format(free=_size(free))


def _check_database(report: _Report, connection: sqlite3.Connection) -> None:
    from competence_app.store.database import known_migrations
    from competence_app.store.migrations import MIGRATION_SET

    # The full check: quick_check misses rows that no longer match their indexes.
    rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        _damaged(
            report,
            translate("doctor", "the check found faults: {count}; the first: {first}").format(
                count=len(rows), first=rows[0]
            ),
        )
        return
    report.add(translate("doctor", "Check (integrity_check)"), "ok")
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
            translate("doctor", "Schema version"),
            translate(
                "doctor", "made by a newer version of the app ({names}); update the app to open it"
            ).format(names=", ".join(unknown)),
            problem=True,
        )
    elif len(applied) < len(known):
        report.add(
            translate("doctor", "Schema version"),
            translate(
                "doctor", "{applied} of {known}: updated at the next start, after a backup"
            ).format(applied=len(applied), known=len(known)),
        )
    else:
        report.add(
            translate("doctor", "Schema version"),
            translate("doctor", "{applied} (current)").format(applied=len(applied)),
        )
    labels = {
        "profiles": translate("doctor", "Number of profiles"),
        "reflections": translate("doctor", "Number of reflections"),
        "goals": translate("doctor", "Number of goals"),
    }
    for table, label in labels.items():
        count = 0
        if table in tables:
            count = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        report.add(label, count)


def _damaged(report: _Report, reason: str) -> None:
    report.add(
        translate("doctor", "State"),
        translate(
            "doctor",
            "damaged: {reason}. At the next start the app puts it aside (never deletes it) and "
            "restores the newest good backup, if there is one",
        ).format(reason=reason),
        problem=True,
    )


def _backups(report: _Report, folder: Path) -> None:
    from competence_app.store import backups

    report.section = translate("doctor", "Backups")
    directory = folder / backups.BACKUP_DIR_NAME
    found = []
    if directory.is_dir():
        for path in directory.glob(f"{backups.PREFIX}*{backups.SUFFIX}"):
            parsed = backups.parse_name(path)
            if parsed:
                found.append((parsed[0], path))
    report.add(translate("doctor", "Number of backups"), len(found))
    left = backups.leftovers(folder)
    if left:
        report.add(
            translate("doctor", "Left from interrupted work"),
            translate("doctor", "{names} (removed at the next start)").format(
                names=", ".join(p.name for p in left)
            ),
        )
    if found:
        taken, newest = max(found)
        report.add(translate("doctor", "Newest"), f"{taken:%Y-%m-%d %H:%M}")
        ok = backups.integrity_ok(newest)
        report.add(
            translate("doctor", "Newest passes its check"),
            translate("doctor", "yes") if ok else translate("doctor", "no"),
            problem=not ok,
        )


def _size(count: float) -> str:
    if count < 1024:
        return translate("doctor", "{count} bytes").format(count=f"{count:.0f}")
    units = ["KB", "MB", "GB", "TB"]
    count /= 1024
    while count >= 1024 and len(units) > 1:
        count /= 1024
        units.pop(0)
    return f"{count:.1f} {units[0]}"
