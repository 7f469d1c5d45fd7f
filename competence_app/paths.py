"""Where things live: the user's data folder and the files shipped with the app.

Nothing here runs at import time; main() resolves the data folder once and
passes it on, so tests and USB-stick users can point it anywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from competence_app import APP_NAME

DATA_DIR_ENV = "COMPETENCE_APP_DATA_DIR"
DATABASE_NAME = "companion.sqlite3"


class DataDirError(Exception):
    """The data folder cannot be created or written; the message is for people."""


def resource_path(*parts: str) -> Path:
    """Path of a file shipped with the app, in a wheel, a checkout or a frozen build.

    The wheel carries resources/ and ui/ inside the package; a source checkout
    has them at the top of the repository; PyInstaller unpacks them beside
    the package under sys._MEIPASS.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "competence_app")
    candidates.append(package_dir.parent)
    for base in candidates:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return package_dir.joinpath(*parts)


def default_framework_file(language: str = "en") -> Path:
    """The standard framework in `language` (its content file), else in English."""
    if language != "en":
        translated = resource_path("resources", "framework", f"citizen-leadership.{language}.toml")
        if translated.is_file():
            return translated
    return resource_path("resources", "framework", "citizen-leadership.toml")


def default_data_dir() -> Path:
    # platformdirs is imported here, not at module level, to keep start-up lean.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | None, environ: dict[str, str] | None = None) -> Path:
    """The --data-dir option wins, then the environment variable, then the platform default."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(DATA_DIR_ENV):
        return Path(environ[DATA_DIR_ENV]).expanduser()
    return default_data_dir()


def prepare_data_dir(path: Path) -> Path:
    """Create the folder (owner-only on POSIX) and prove we can write in it."""
    path = path.expanduser().resolve()
    try:
        if not path.exists():
            path.mkdir(parents=True, mode=0o700)
            if os.name == "posix":
                os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
        elif not path.is_dir():
            raise DataDirError(
                f"The data folder {path} is a file, not a folder. "
                "Please choose another place with --data-dir."
            )
        # A name of its own: two copies starting at once must not remove each other's probe
        # (the loser would then be told "cannot be saved" instead of "already open").
        probe = path / f".write-test-{os.getpid()}"
        with open(probe, "w", encoding="utf-8") as handle:
            handle.write("ok")
        probe.unlink()
    except DataDirError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise DataDirError(
            f"Your reflections cannot be saved in {path} ({reason}). "
            "Nothing has been changed. Please choose a folder you can write to, "
            "for example with --data-dir."
        ) from error
    return path


def readable_data(path: Path) -> bool:
    """A folder that holds the app's data and can be read, even if it cannot be written
    (a write-protected USB stick, a backup on a read-only disk)."""
    database = Path(path).expanduser() / DATABASE_NAME
    try:
        with open(database, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME
