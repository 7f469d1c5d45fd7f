"""Every keyboard shortcut of the app, defined once.

Kept as plain values: a QKeySequence built at import time would need a
running application, and importing must have no side effects.
"""

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

NEXT_PAGE = ("PgDown", "Alt+Right")
PREVIOUS_PAGE = ("PgUp", "Alt+Left")
NEW_REFLECTION = StandardKey.New
QUIT = StandardKey.Quit
SHOW_REFLECT = "Ctrl+1"
SHOW_RESULTS = "Ctrl+2"
SHOW_PLAN = "Ctrl+3"
EXPORT_PLAN = "Ctrl+E"
PRINT_PLAN = StandardKey.Print
SWITCH_PERSON = "Ctrl+Shift+W"
LARGER_TEXT = StandardKey.ZoomIn  # Ctrl++ (and Ctrl+= on most keyboards)
LARGER_TEXT_EQUALS = "Ctrl+="
SMALLER_TEXT = StandardKey.ZoomOut
NORMAL_TEXT = "Ctrl+0"
SHOW_SHORTCUTS = "F1"
# On a competence page: digits 1-5 choose a level, 0 "not had the chance yet".
# On a role page: digits 0-4 set the scale that has focus (or "now").
NOT_YET_DIGIT = 0


def sequence(key: str | QKeySequence.StandardKey) -> QKeySequence:
    return QKeySequence(key)
