"""Writing the group's files whole or not at all, readable by their owner only.

Every file made here comes from people's answers (some with their names or
stories), so it is owner-only like the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from competence_app import files
from competence_app.group.fileformat import GroupError
from competence_app.i18n import translate


def write_atomically(target: Path, what: str, payload: bytes | Callable[[Path], None]) -> Path:
    """Put `payload` at target; `what` names the file in a message ("The share file")."""
    target = Path(target)
    if target.is_dir():
        raise GroupError(
            translate("group", "{target} is a folder. Please give a file name for {what}.").format(
                target=target, what=what[:1].lower() + what[1:]
            )
        )
    try:
        return files.write_atomically(target, payload)
    except files.WriteFailedError as failure:
        raise GroupError(
            translate(
                "group",
                "{what} could not be saved as {target}, because {reason}. Nothing has "
                "been written there. Please choose another place.",
            ).format(what=what, target=target, reason=failure.reason)
        ) from failure
