"""Every keyboard shortcut of the app, defined once.

Kept as plain values: a QKeySequence built at import time would need a
running application, and importing must have no side effects.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

StandardKey = QKeySequence.StandardKey

NEXT_PAGE = ("PgDown", "Alt+Right")
PREVIOUS_PAGE = ("PgUp", "Alt+Left")
NEW_REFLECTION = StandardKey.New
QUIT = StandardKey.Quit
SHOW_REFLECT = "Ctrl+1"
SHOW_RESULTS = "Ctrl+2"
SHOW_PLAN = "Ctrl+3"
SHOW_INVOLVEMENT = "Ctrl+4"
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


TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class MenuKeysFirst(QObject):
    """The menus' shortcuts win over a text field's own use of the same keys.

    On Linux a text field takes Ctrl+E as "end of line", so Export did nothing while the
    focus was in a field. Only keys that are a menu command's shortcut are taken from
    fields; every other key (Ctrl+A, Ctrl+Z, arrows…) still edits the text.

    It watches only the text field that has the focus, the one keys go to: watching the
    whole application sent every event of every control through Python, which slowed
    the making of each page (benchmarks/README.md, start-up).
    """

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        application = QApplication.instance()
        application.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, application.focusWidget())

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(old, TEXT_FIELDS):
            try:
                old.removeEventFilter(self)
            except RuntimeError:  # the field has gone with its page
                pass
        if isinstance(new, TEXT_FIELDS) and new.window() is self._window:
            new.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, TEXT_FIELDS):
            return False
        if watched.window() is not self._window:
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self._window.findChildren(QAction):
            if action.isEnabled() and any(
                key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for key in action.shortcuts()
            ):
                event.ignore()  # not the field's: the shortcut map then runs the command
                return True
        return False
