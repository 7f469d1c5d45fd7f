"""The one way the app asks where to save a file: every kind of file (plan, report, share,
data file, worksheet, table, feedback pack) starts in the person's Documents folder, or in the folder
last used for that kind, with a sensible name already filled in that can be typed over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

PLAN, REPORT, SHARE, DATA, WORKSHEET, TABLE, FEEDBACK, RECORD = (
    "plan",
    "report",
    "share",
    "data",
    "worksheet",
    "table",
    "feedback",
    "record",
)

# Kept for this run only: a folder is remembered per kind, never a file name, and nothing
# about it is written anywhere (a folder name can say more than people expect).
_last_folder: dict[str, Path] = {}


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def start_folder(kind: str) -> Path:
    last = _last_folder.get(kind)
    return last if last is not None and last.is_dir() else documents_folder()


def dated_name(stem: str, suffix: str) -> str:
    """'development-plan-2026-12-01.pdf': a name that sorts by day and says what it is."""
    return f"{stem}-{date.today().isoformat()}{suffix}"


def ask_save_path(
    parent: QWidget | None, kind: str, title: str, file_name: str, filters: str
) -> tuple[Path | None, str]:
    """(the chosen path, the chosen filter), or (None, "") if the person cancelled."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(kind) / file_name), filters
    )
    if not chosen:
        return None, ""
    path = Path(chosen)
    _last_folder[kind] = path.parent
    return path, chosen_filter


def forget_folders() -> None:
    """For a fresh start (tests, or another person taking over the laptop)."""
    _last_folder.clear()
