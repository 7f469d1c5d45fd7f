"""Writing the group's files whole or not at all, readable by their owner only.

Every file made here comes from people's answers (some with their names or
stories), so it is owner-only like the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from competence_app import files
from competence_app.group.fileformat import GroupError


def write_atomically(target: Path, what: str, payload: bytes | Callable[[Path], None]) -> Path:
    """Put `payload` at target; `what` names the file in a message ("The share file")."""
    try:
        return files.write_atomically(Path(target), payload)
    except files.WriteFailedError as failure:
        raise GroupError(files.explain(failure, what[:1].lower() + what[1:])) from failure
