"""The explicit application context handed to every page (no globals, no parent() chains)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from competence_app.domain.framework import Framework

if TYPE_CHECKING:
    from sqlite_utils import Database

    from competence_app.domain.model import Profile


class Events(QObject):
    """Signals pages use to tell each other what happened."""

    saved = Signal()  # an answer reached the database (and nothing is waiting to be saved)
    save_failed = Signal(str)  # a change could not be saved yet; the reason in plain words
    reflection_changed = Signal(str)  # answers of this reflection id changed
    reflections_listed = Signal()  # a reflection was added or relabelled
    profile_changed = Signal()
    session_changed = Signal()  # a facilitator's session started or ended
    feedback_changed = Signal()  # a round of feedback was kept or deleted


@dataclass
class AppContext:
    framework: Framework
    data_dir: Path
    db: Database | None = None
    profile: Profile | None = None
    events: Events = field(default_factory=Events)
