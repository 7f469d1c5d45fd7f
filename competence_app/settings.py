"""Preferences that belong to a data folder (so they travel with it on a USB stick), each
declared once with its default and its allowed values. Plain JSON, no Qt, read at start-up
before the window appears (so text size is right from the first frame)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

PREFERENCES_NAME = "preferences.json"


@dataclass(frozen=True)
class Option:
    key: str
    default: int
    lowest: int
    highest: int

    def clamp(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            return self.default
        return max(self.lowest, min(self.highest, value))


TEXT_SCALE = Option("text_scale_percent", default=100, lowest=100, highest=200)
TEXT_SCALE_STEP = 10


def load(data_dir: Path) -> dict[str, int]:
    """Every preference, with defaults for anything missing or unreadable."""
    try:
        raw = json.loads((Path(data_dir) / PREFERENCES_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    return {option.key: option.clamp(raw.get(option.key, option.default)) for option in OPTIONS}


def save(data_dir: Path, key: str, value: int) -> dict[str, int]:
    """Change one preference; written whole or not at all. Returns all preferences."""
    from competence_app import files

    option = next(o for o in OPTIONS if o.key == key)
    values = load(data_dir)
    values[key] = option.clamp(value)
    payload = (json.dumps(values, indent=1, sort_keys=True) + "\n").encode("utf-8")
    files.write_atomically(Path(data_dir) / PREFERENCES_NAME, payload)
    return values


OPTIONS = (TEXT_SCALE,)
