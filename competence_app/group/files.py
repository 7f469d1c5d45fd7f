"""Writing the group's files whole or not at all, readable by their owner only.

Every file made here comes from people's answers (some with their names or
stories), so it is owner-only like the data folder, and appears complete or
not at all: a temporary file beside the target, flushed to disk, then renamed.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from competence_app.group.fileformat import GroupError

REASONS = {
    errno.ENOSPC: "the disk is full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "the disk is full",
    errno.EACCES: "that folder cannot be written to (or the file is open in another program)",
    errno.EPERM: "that folder cannot be written to (or the file is open in another program)",
    errno.EROFS: "that disk or folder is read-only",
    errno.ENOENT: "that folder does not exist",
    errno.ENOTDIR: "part of that path is a file, not a folder",
    errno.EISDIR: "there is a folder with that name",
}


def write_atomically(target: Path, what: str, payload: bytes | Callable[[Path], None]) -> Path:
    """Put `payload` (bytes, or a function that fills a file at a given path) at target.

    `what` names the file in a message, e.g. "The share file". Raises GroupError.
    """
    target = Path(target)
    if target.is_dir():
        raise GroupError(f"{target} is a folder. Please give a file name for {what.lower()}.")
    folder = target.parent
    temp: str | None = None
    try:
        # mkstemp makes the file owner-only (0600) from its first moment.
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        if callable(payload):
            os.close(handle)
            payload(Path(temp))
            with open(temp, "rb+") as stream:
                os.fsync(stream.fileno())
        else:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temp, target)
        temp = None
        _sync_folder(folder)
    except OSError as error:
        reason = REASONS.get(error.errno, error.strerror or str(error))
        raise GroupError(
            f"{what} could not be saved as {target}, because {reason}. Nothing has been "
            "written there. Please choose another place."
        ) from error
    finally:
        if temp is not None:
            with suppress(OSError):
                os.unlink(temp)
    return target


def _sync_folder(folder: Path) -> None:
    # The rename must reach the disk too; only POSIX can open a folder for that.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
