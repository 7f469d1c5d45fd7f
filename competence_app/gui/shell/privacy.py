"""Help > Where is my data? and File > Delete all my data…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from competence_app.environment import restore_for_children
from competence_app.gui.widgets.basics import text_label
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.i18n import translate


def where_is_my_data(parent: QWidget, data_dir: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("privacy", "Where is my data?"))
    box.setText(
        translate(
            "privacy",
            "Everything you write is kept on this computer only, in this folder:\n\n{folder}\n\n"
            "It holds your answers (companion.sqlite3) and automatic backups (the backups "
            "folder). Nothing is ever sent over the internet.",
        ).format(folder=data_dir)
    )
    open_button = box.addButton(
        translate("privacy", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        restore_for_children()  # the viewer gets the session's libraries, not ours
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))


class DeleteDialog(QDialog):
    """Asks the person to type their name (or 'delete') so nothing is deleted by accident."""

    def __init__(self, name: str, parent=None, data_dir: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all my data"))
        self.expected = name.strip() or self.tr("delete")
        # Sized to its sentences (the last says what to type); they scroll if the screen is
        # too small, and the buttons stay in view.
        layout, outer = scrolling_body(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "This deletes your reflections, your plan, your stories and every backup of them "
                    "from this computer. It cannot be undone. Files you exported or shared are not "
                    "touched.\n\nIf you want a copy first, cancel and export your data.\n\n"
                    "To go ahead, type {expected} below."
                ).format(expected=f"\u201c{self.expected}\u201d")
            )
        )
        removed = self._also_removed(data_dir) if data_dir is not None else ""
        if removed:
            layout.addWidget(text_label(removed))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(
            self.tr("Type {expected} to confirm").format(expected=self.expected)
        )
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Delete everything"))
        self.ok.setEnabled(False)
        self.confirm.textChanged.connect(
            lambda text: self.ok.setEnabled(text.strip().casefold() == self.expected.casefold())
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        outer.addWidget(self.buttons)
        fit_to_screen(self)

    def _also_removed(self, data_dir: Path) -> str:
        """What else the folder holds that may carry these words, counted, so the person
        knows exactly what goes."""
        from competence_app.store.erase import copies

        found = copies(data_dir)
        labels = {
            "backups": lambda n: self.tr("%n backups", None, n),
            "damaged": lambda n: self.tr("%n damaged copies put aside after a repair", None, n),
            "partial": lambda n: self.tr(
                "%n half-made files left by an interrupted backup", None, n
            ),
        }
        listed = [labels[kind](len(paths)) for kind, paths in found.items() if paths]
        if not listed:
            return ""
        return self.tr("These files in the data folder are removed too, safely overwritten:") + (
            "\n" + "\n".join(f"\u2022 {line}" for line in listed)
        )
