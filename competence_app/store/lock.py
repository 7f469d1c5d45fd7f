"""One app per data folder: a second copy must not write over the first one's answers."""

from __future__ import annotations

import os
from pathlib import Path

from competence_app.i18n import translate

LOCK_NAME = ".companion.lock"


class FolderInUseError(Exception):
    """Another copy of the app has this data folder open."""


class FolderLock:
    """An exclusive, advisory lock the operating system drops when the process dies,
    so a crash never leaves the folder locked."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_NAME
        self._handle = None

    def acquire(self) -> FolderLock:
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            handle.close()
            raise FolderInUseError(
                translate(
                    "store",
                    "Citizen Leadership Companion is already open with the data in {folder}. "
                    "Please use that window, or close it first, so no answer is lost.",
                ).format(folder=self.path.parent)
            ) from error
        if os.name == "posix":
            os.chmod(self.path, 0o600)
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock on every platform
            self._handle = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
