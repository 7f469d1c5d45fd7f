"""The one way the app asks where to save a file: every kind of file (plan, report, share,
data file, worksheet, table, feedback pack, involvement record) starts in the person's Documents folder, or in the folder
last used for that kind, with a sensible name already filled in that can be typed over.

The folder last used for each kind is a preference (settings.LAST_FOLDERS, in the data
folder's preferences file), so it is still there after a restart. Only the folder is
kept, never the file's name: a plan's or a share's name can say whose it is."""

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

KINDS = (PLAN, REPORT, SHARE, DATA, WORKSHEET, TABLE, FEEDBACK, RECORD)
# Folders chosen in this run that could not be written to the preferences file (a
# read-only data folder): still used until the app closes.
_this_run: dict[str, Path] = {}


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def start_folder(kind: str, data_dir: Path | None) -> Path:
    """The folder last used for this kind of file, if it is still there; else Documents."""
    last = _this_run.get(kind)
    if last is None and data_dir is not None:
        from competence_app import settings

        kept = settings.load(data_dir)[settings.LAST_FOLDERS.key].get(kind, "")
        last = Path(kept) if kept and Path(kept).is_absolute() else None
    return last if last is not None and last.is_dir() else documents_folder()


def remember_folder(kind: str, folder: Path, data_dir: Path | None) -> None:
    """Keep the folder (only the folder) for the next save of this kind, across restarts."""
    if data_dir is not None:
        from competence_app import files, settings

        kept = dict(settings.load(data_dir)[settings.LAST_FOLDERS.key])
        kept[kind] = str(folder)
        try:
            settings.save(data_dir, settings.LAST_FOLDERS.key, kept)
            _this_run.pop(kind, None)
            return
        except (OSError, files.WriteFailedError):
            pass  # a read-only folder: remembered until the app closes
    _this_run[kind] = folder


def dated_name(stem: str, suffix: str) -> str:
    """'development-plan-2026-12-01.pdf': a name that sorts by day and says what it is."""
    return f"{stem}-{date.today().isoformat()}{suffix}"


def ask_save_path(
    parent: QWidget | None,
    kind: str,
    title: str,
    file_name: str,
    filters: str,
    data_dir: Path | None,
) -> tuple[Path | None, str]:
    """(the chosen path, the chosen filter), or (None, "") if the person cancelled.

    `data_dir` is the data folder whose preferences keep the last folder of each kind.
    """
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(kind, data_dir) / file_name), filters
    )
    if not chosen:
        return None, ""
    path = Path(chosen)
    remember_folder(kind, path.parent, data_dir)
    return path, chosen_filter


def forget_folders() -> None:
    """For a fresh start (tests, or another person taking over the laptop)."""
    _this_run.clear()
