"""Markdown that says exactly what people typed.

Qt's Markdown writer escapes only some characters (a leading '#', '-' or
'<'), so `<script>`, `*stars*` or a '|' inside a table cell would turn into
markup when the file is read. Before the document is built, every character
Markdown could act on is swapped for a private-use stand-in that Qt passes
through untouched; afterwards each stand-in becomes a backslash escape,
which every CommonMark reader shows as the plain character.
"""

from __future__ import annotations

import re

# Characters with a meaning in CommonMark or GitHub tables wherever they appear.
# '&' only matters before something that could read as an entity; see protect().
SPECIAL = "\\`*_[]<>|~"
_BASE = 0xE000  # start of the Private Use Area: never produced by Qt itself
_STAND_IN = {ch: chr(_BASE + i) for i, ch in enumerate(SPECIAL + "&")}
_ORIGINAL = {v: k for k, v in _STAND_IN.items()}
_TABLE = str.maketrans({ch: _STAND_IN[ch] for ch in SPECIAL})
_ENTITY_START = re.compile(r"&(?=[#A-Za-z0-9])")
# Marks the end of a line that must stay a line break, not a soft wrap.
HARD_BREAK = chr(_BASE + len(SPECIAL) + 1)
_RESTORE = re.compile("[" + "".join(_ORIGINAL) + HARD_BREAK + "]")


def protect(text: str) -> str:
    text = _ENTITY_START.sub(_STAND_IN["&"], text)
    return text.translate(_TABLE)


def restore(markdown: str) -> str:
    def escaped(match: re.Match) -> str:
        found = match.group(0)
        return "\\" if found == HARD_BREAK else "\\" + _ORIGINAL[found]

    return _RESTORE.sub(escaped, markdown)
