"""Every keyboard shortcut of the app, defined once (Help > Keyboard shortcuts lists them)."""

from PySide6.QtGui import QKeySequence

NEXT_PAGE = (QKeySequence("PgDown"), QKeySequence("Alt+Right"))
PREVIOUS_PAGE = (QKeySequence("PgUp"), QKeySequence("Alt+Left"))
NEW_REFLECTION = QKeySequence(QKeySequence.StandardKey.New)
QUIT = QKeySequence(QKeySequence.StandardKey.Quit)
SHOW_REFLECT = QKeySequence("Ctrl+1")
SHOW_RESULTS = QKeySequence("Ctrl+2")
ABOUT_ME = QKeySequence("Ctrl+P")
# On a competence page: digits 1-5 choose a level, 0 "not had the chance yet".
# On a role page: digits 0-4 set the scale that has focus (or "now").
NOT_YET_DIGIT = 0
