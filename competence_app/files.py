"""Writing a file whole or not at all: a temporary file beside the target, flushed to
disk, renamed over it, and the folder synced. Shared by every file the app writes
(data files, documents, share files, group reports); each caller words its own
message from the OSError carried by WriteFailedError."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from competence_app.i18n import translate


def reasons() -> dict[int, str]:
    """Plain reasons for the usual failures, for callers' messages, in the person's language."""
    cannot_write = translate(
        "files", "that folder cannot be written to (or the file is open in another program)"
    )
    full = translate("files", "the disk is full")
    return {
        errno.ENOSPC: full,
        getattr(errno, "EDQUOT", errno.ENOSPC): full,
        errno.EACCES: cannot_write,
        errno.EPERM: cannot_write,
        errno.EROFS: translate("files", "that disk or folder is read-only"),
        errno.ENOENT: translate("files", "that folder does not exist"),
        errno.ENOTDIR: translate("files", "part of that path is a file, not a folder"),
        errno.EISDIR: translate("files", "there is a folder with that name"),
    }


class WriteFailedError(Exception):
    """The file could not be written; nothing was left at the target or beside it."""

    def __init__(self, target: Path, error: OSError, replacing: bool):
        super().__init__(str(error))
        self.target = target
        self.error = error
        self.replacing = replacing  # an existing file was there (and is still intact)

    @property
    def reason(self) -> str:
        return reasons().get(self.error.errno, self.error.strerror or str(self.error))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(
    target: Path, payload: bytes | Callable[[Path], None], private: bool = True
) -> Path:
    """Put payload (bytes, or a function that fills a file at a given path) at target.

    private: owner-only (0600), for files holding people's answers. Otherwise the
    file keeps the mode of the one it replaces, or follows the umask like any file
    the person saves.
    """
    target = Path(target)
    folder = target.parent
    replacing = target.exists()
    temp: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        # mkstemp makes the file owner-only from its first moment.
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
        if not private:
            mode = stat.S_IMODE(target.stat().st_mode) if replacing else 0o666 & ~_umask()
            os.chmod(temp, mode)
        os.replace(temp, target)
        temp = None
        _sync_folder(folder)
    except OSError as error:
        raise WriteFailedError(target, error, replacing) from error
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


def is_a_folder(target: Path, what: str) -> str:
    """Said when the name chosen for a file is a folder's, before anything is made."""
    return translate(
        "files", "{target} is a folder. Please choose a file name to save {what} as."
    ).format(target=target, what=what)


def explain(failure: WriteFailedError, what: str) -> str:
    """The one wording of a failed save, for every file the app writes.

    what: the file in a sentence, lower case, in the person's language ("the plan",
    "the share file"). Says what happened, that nothing was changed, and what to do.
    """
    target = failure.target
    folder, name, code = target.parent, target.name, failure.error.errno
    if code == errno.EISDIR:
        return is_a_folder(target, what)
    if failure.replacing and code in (errno.EACCES, errno.EPERM):
        # Windows will not replace a file that another program has open.
        text = translate(
            "files",
            "{name} could not be replaced. It may be open in another program, or read-only. "
            "Please close it, or save {what} under another name.",
        )
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        text = translate(
            "files",
            "There is not enough space on the disk to save {name} in {folder}. Please free "
            "some space or choose another place. Nothing has been changed.",
        )
    elif code in (errno.ENOENT, errno.ENOTDIR):
        text = translate(
            "files", "The folder {folder} cannot be found. Please choose another folder."
        )
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate(
            "files",
            "This folder cannot be written to, so {what} cannot be saved in {folder}. "
            "Please choose another folder, such as your Documents folder.",
        )
    else:
        text = translate(
            "files",
            "{name} could not be saved in {folder}, because {reason}. Nothing has been changed.",
        )
    return text.format(
        target=target,
        folder=folder,
        name=name,
        what=what,
        reason=failure.reason,
    )
