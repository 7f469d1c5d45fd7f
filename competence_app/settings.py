"""Every preference, declared once: its key, its type, its default and where it lives.

A preference lives in one of two places, both inside the data folder (so it travels
with the folder on a USB stick):

- IN_FILE, `preferences.json`: how the app looks and speaks (text size, contrast,
  language, easy read) and which framework file it reads. These are needed before
  the window's first frame and before the database is opened (its messages must
  already be in the person's language and size), so they cannot wait for the database.
- IN_DATABASE, the database's settings table: choices about the work kept in the
  database (the current person, a facilitator's session, the last export choices).
  They are read and written with the records they go with (a new reflection takes
  the session's name in the same write), travel with backups, and are erased with
  the person they name. store/preferences.py reads and writes them.

The window's size and position are not preferences: gui/shell/window_state.py keeps them in
a file of their own, so a broken or odd window state never costs a preference.

Plain classes and no imports: this module is read before the first frame, and even
`dataclasses` or `json` would cost the start-up a few milliseconds.
"""

from __future__ import annotations

from pathlib import Path

PREFERENCES_NAME = "preferences.json"
IN_FILE = "preferences file"
IN_DATABASE = "database"


class Option:
    """A whole number between two limits (0 and 1 for an on/off choice)."""

    __slots__ = ("key", "default", "lowest", "highest", "home")

    def __init__(self, key: str, default: int, lowest: int, highest: int, home: str = IN_FILE):
        self.key, self.default, self.lowest, self.highest = key, default, lowest, highest
        self.home = home

    def clamp(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            return self.default
        return max(self.lowest, min(self.highest, value))

    def from_text(self, text: str | None) -> int:
        try:
            return self.clamp(int(text or ""))
        except ValueError:
            return self.default

    def to_text(self, value: object) -> str:
        return str(self.clamp(value))


class TextOption:
    """Some text, such as a file path ("" means not set)."""

    __slots__ = ("key", "default", "home")

    def __init__(self, key: str, default: str = "", home: str = IN_FILE):
        self.key, self.default, self.home = key, default, home

    def clamp(self, value: object) -> str:
        return value if isinstance(value, str) and len(value) < 4096 else self.default

    def from_text(self, text: str | None) -> str:
        return self.clamp(text)

    def to_text(self, value: object) -> str:
        return self.clamp(value)


class RecordOption:
    """A few named values kept together, each declared with its type and default.

    A value of the wrong type, an unknown name or unreadable text falls back to the
    declared default, field by field, so an older or damaged value never stops the app.
    """

    __slots__ = ("key", "fields", "home")

    def __init__(self, key: str, home: str = IN_FILE, **fields: tuple[type, object]):
        self.key, self.home, self.fields = key, home, fields

    @property
    def default(self) -> dict:
        return {name: _copy(default) for name, (_, default) in self.fields.items()}

    def clamp(self, value: object) -> dict:
        given = value if isinstance(value, dict) else {}
        clean = {}
        for name, (kind, default) in self.fields.items():
            item = given.get(name, default)
            if kind is list:
                item = [v for v in item if isinstance(v, str)] if isinstance(item, list) else None
            elif not isinstance(item, kind):
                item = None
            clean[name] = _copy(default) if item is None else item
        return clean

    def from_text(self, text: str | None) -> dict:
        import json

        try:
            return self.clamp(json.loads(text or "{}"))
        except ValueError:
            return self.default

    def to_text(self, value: object) -> str:
        import json

        return json.dumps(self.clamp(value), ensure_ascii=False, sort_keys=True)


def _copy(value: object) -> object:
    return list(value) if isinstance(value, list) else value


# -- in preferences.json -------------------------------------------------------------

TEXT_SCALE = Option("text_scale_percent", default=100, lowest=100, highest=200)
HIGH_CONTRAST = Option("high_contrast", default=0, lowest=0, highest=1)
# An organisation's own framework file, chosen with File > Use a framework file...
FRAMEWORK_FILE = TextOption("framework_file")
# "" follows the system's language; otherwise a code such as "en" or "es".
LANGUAGE = TextOption("language")
# Shorter sentences, one idea each, for competence descriptions and level sentences.
EASY_READ = Option("easy_read", default=0, lowest=0, highest=1)
TEXT_SCALE_STEP = 10
# The folder last used to save each kind of file, so the next save starts there. Only
# ever a folder: never a file name (a plan's or share's name can say whose it is).
# gui/dialogs/save_dialog.py reads and writes it; "" means the Documents folder.
LAST_FOLDERS = RecordOption(
    "last_folders",
    IN_FILE,
    plan=(str, ""),
    report=(str, ""),
    share=(str, ""),
    data=(str, ""),
    worksheet=(str, ""),
    table=(str, ""),
)

# -- in the database -----------------------------------------------------------------

# The profile id of the person who used the app last ("" before anyone has).
CURRENT_PERSON = TextOption("current_profile", home=IN_DATABASE)
# A facilitator's session: while its name is set, new reflections carry it.
SESSION = RecordOption("active_session", IN_DATABASE, name=(str, ""), day=(str, ""))
# The last export or print choices. "" or None mean the document's own default (the
# paper follows the computer's measurement system). The personal sections ("stories",
# "wellbeing") are never kept: gui/dialogs/export_dialog.py leaves them out on the way in and out.
EXPORT_CHOICES = RecordOption(
    "export_options", IN_DATABASE, format=(str, ""), paper=(str, ""), sections=(list, None)
)

OPTIONS = (TEXT_SCALE, HIGH_CONTRAST, FRAMEWORK_FILE, LANGUAGE, EASY_READ, LAST_FOLDERS)
DATABASE_OPTIONS = (CURRENT_PERSON, SESSION, EXPORT_CHOICES)


def load(data_dir: Path) -> dict[str, int | str]:
    """Every preference kept in the file, with defaults for anything missing or unreadable."""
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
    """Change one preference kept in the file; written whole or not at all.

    Returns every preference kept in the file.
    """
    import json

    from competence_app import files

    option = next((o for o in OPTIONS if o.key == key), None)
    if option is None:  # a database preference, or a typo: either would be lost silently
        raise KeyError(f"{key} is not a preference kept in {PREFERENCES_NAME}")
    values = load(data_dir)
    values[key] = option.clamp(value)
    payload = (json.dumps(values, indent=1, sort_keys=True) + "\n").encode("utf-8")
    files.write_atomically(Path(data_dir) / PREFERENCES_NAME, payload)
    return values
