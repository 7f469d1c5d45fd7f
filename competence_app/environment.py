"""The environment of the programs the app starts (the PDF viewer, the file manager).

A bundle made by PyInstaller changes its own environment so that it finds its own
libraries and Qt plugins: LD_LIBRARY_PATH points at the bundle (the original value is
kept as LD_LIBRARY_PATH_ORIG), and QT_PLUGIN_PATH and QML2_IMPORT_PATH at its Qt. A
viewer started with that environment may load the bundle's libraries or Qt plugins
instead of its own and fail to open. So before the app starts another program, the
variables go back to what the person's session had. Outside a bundle nothing changes.

No Qt here: the same rule is tested without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

# Library search paths PyInstaller's bootloader sets, each saved as NAME_ORIG first.
_SAVED_BY_BOOTLOADER = ("LD_LIBRARY_PATH", "LIBPATH")
# Search paths the bundle's run-time hooks set without saving the old value. (Not PATH:
# Windows looks for DLLs the app itself loads later along it.)
_PATH_LISTS = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "DYLD_LIBRARY_PATH")


def _bundle_dir() -> str | None:
    if not getattr(sys, "frozen", False):
        return None
    return getattr(sys, "_MEIPASS", None) or os.path.dirname(sys.executable)


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([os.path.realpath(path), os.path.realpath(folder)]) == (
            os.path.realpath(folder)
        )
    except ValueError:  # different drives on Windows, or an empty entry
        return False


def restore_for_children(
    environ: MutableMapping[str, str] | None = None, bundle_dir: str | None = None
) -> None:
    """Put back the session's environment for programs started from now on.

    environ defaults to os.environ (which is what Qt hands to xdg-open), bundle_dir to
    the running bundle's folder; with no bundle (a pip install) nothing is changed.
    Call it after the QApplication exists: Qt reads its plugin path when it starts.
    """
    environ = os.environ if environ is None else environ
    bundle_dir = bundle_dir or _bundle_dir()
    if bundle_dir is None:
        return
    for name in _SAVED_BY_BOOTLOADER:
        original = environ.pop(f"{name}_ORIG", None)
        if original is not None:
            environ[name] = original
        elif name in environ:
            _drop_entries_inside(environ, name, bundle_dir)
    for name in _PATH_LISTS:
        if name in environ:
            _drop_entries_inside(environ, name, bundle_dir)
    # Another PyInstaller program started from here must not take this one's place.
    environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"


def _drop_entries_inside(environ: MutableMapping[str, str], name: str, folder: str) -> None:
    kept = [
        entry for entry in environ[name].split(os.pathsep) if entry and not _inside(entry, folder)
    ]
    if kept:
        environ[name] = os.pathsep.join(kept)
    else:
        del environ[name]
