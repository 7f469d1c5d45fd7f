"""Help > Keyboard shortcuts: every shortcut, read from the menus themselves so the list
can never drift from what the keys really do, plus the keys of the reflection pages."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow

from competence_app.gui.look import style
from competence_app.gui.pages.results_models import RowsModel
from competence_app.gui.pages.results_page import twin_table
from competence_app.gui.shell import shortcuts
from competence_app.gui.widgets.basics import page_layout
from competence_app.gui.widgets.dialog_body import TITLE_AND_PANEL
from competence_app.i18n import translate


def shortcut_rows(window: QMainWindow) -> list[list[str]]:
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys:
                rows.append([either(keys), action.text().replace("&", "").rstrip("…")])
    page_keys = [
        (
            either(native(shortcuts.NEXT_PAGE)),
            translate("shortcuts", "Next page of the reflection"),
        ),
        (
            either(native(shortcuts.PREVIOUS_PAGE)),
            translate("shortcuts", "Previous page of the reflection"),
        ),
        ("1 … 5", translate("shortcuts", "Choose a level (on a competence page)")),
        (
            "0",
            translate(
                "shortcuts", "\u201cI haven't had the chance yet\u201d (on a competence page)"
            ),
        ),
        ("0 … 4", translate("shortcuts", "Set the scale you are on (on a role page)")),
        (
            translate("shortcuts", "Space"),
            translate("shortcuts", "Choose the option that has focus"),
        ),
        (translate("shortcuts", "Tab"), translate("shortcuts", "Move to the next control")),
    ]
    return rows + [list(pair) for pair in page_keys]


def either(keys: list[str]) -> str:
    return (" " + translate("shortcuts", "or") + " ").join(keys)


def native(keys) -> list[str]:
    """Key names as this system and language write them (Ctrl, AvPág, ⌘)."""
    return [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = page_layout(self)
        self.model = RowsModel(None, self)
        self.model.set_rows([self.tr("Keys"), self.tr("What they do")], shortcut_rows(window))
        table = twin_table(self.model)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for both columns at any text size, within the screen.
        table.resizeColumnsToContents()
        screen = window.screen() if window is not None else None
        room = (screen or QGuiApplication.primaryScreen()).availableGeometry()
        frame = table.frameWidth() * 2 + table.verticalScrollBar().sizeHint().width()
        needed = table.horizontalHeader().length() + frame + 2 * style.px(style.MARGIN) + 8
        self.resize(
            min(max(560, needed), room.width() - 40),
            min(max(560, self.sizeHint().height()), room.height() - TITLE_AND_PANEL),
        )
