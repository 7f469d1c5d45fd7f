"""Preferences that belong to a data folder (so they travel with it on a USB stick), each
declared once with its default and its allowed values. Plain JSON, no Qt, read at start-up
before the window appears (so text size is right from the first frame)."""

from __future__ import annotations

from pathlib import Path

PREFERENCES_NAME = "preferences.json"


class Option:
    """One preference: its key in the file, its default and its allowed range.

    A plain class, not a dataclass: this module is read before the first frame,
    and importing dataclasses there would cost the start-up a few milliseconds.
    """

    __slots__ = ("key", "default", "lowest", "highest")

    def __init__(self, key: str, default: int, lowest: int, highest: int):
        self.key, self.default, self.lowest, self.highest = key, default, lowest, highest

    def clamp(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            return self.default
        return max(self.lowest, min(self.highest, value))


class TextOption:
    """A preference holding some text, such as a file path ("" means not set)."""

    __slots__ = ("key", "default")

    def __init__(self, key: str, default: str = ""):
        self.key, self.default = key, default

    def clamp(self, value: object) -> str:
        return value if isinstance(value, str) and len(value) < 4096 else self.default


TEXT_SCALE = Option("text_scale_percent", default=100, lowest=100, highest=200)
HIGH_CONTRAST = Option("high_contrast", default=0, lowest=0, highest=1)
# An organisation's own framework file, chosen with File > Use a framework file...
FRAMEWORK_FILE = TextOption("framework_file")
# "" follows the system's language; otherwise a code such as "en" or "es".
LANGUAGE = TextOption("language")
# Shorter sentences, one idea each, for competence descriptions and level sentences.
EASY_READ = Option("easy_read", default=0, lowest=0, highest=1)
TEXT_SCALE_STEP = 10


def load(data_dir: Path) -> dict[str, int | str]:
    """Every preference, with defaults for anything missing or unreadable."""
    path = Path(data_dir) / PREFERENCES_NAME
    raw = {}
    if path.exists():  # most people never change a preference: no json import then
        import json

        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            raw = {}
    if not isinstance(raw, dict):
        raw = {}
    return {option.key: option.clamp(raw.get(option.key, option.default)) for option in OPTIONS}


def save(data_dir: Path, key: str, value: int | str) -> dict[str, int | str]:
    """Change one preference; written whole or not at all. Returns all preferences."""
    import json

    from competence_app import files

    option = next(o for o in OPTIONS if o.key == key)
    values = load(data_dir)
    values[key] = option.clamp(value)
    payload = (json.dumps(values, indent=1, sort_keys=True) + "\n").encode("utf-8")
    files.write_atomically(Path(data_dir) / PREFERENCES_NAME, payload)
    return values


OPTIONS = (TEXT_SCALE, HIGH_CONTRAST, FRAMEWORK_FILE, LANGUAGE, EASY_READ)
