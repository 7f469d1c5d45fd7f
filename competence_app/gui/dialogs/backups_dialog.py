"""File > Backups…: see the automatic backups and restore one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
)

from competence_app.formats import date_time_text
from competence_app.gui.widgets import tab_order
from competence_app.gui.widgets.basics import text_label
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.i18n import translate
from competence_app.store import backups
from competence_app.wording import counted


def describe(backup: backups.BackupInfo) -> str:
    reasons = {
        "daily": translate("backups", "daily"),
        "before-migration": translate("backups", "before an update"),
        "before-restore": translate("backups", "before a restore"),
        "before-import": translate("backups", "before an import"),
        "manual": translate("backups", "made by hand"),
    }
    return translate("backups", "{when} ({why}): {reflections}, {goals}").format(
        when=date_time_text(backup.taken_at, short=True),
        why=reasons.get(backup.reason, backup.reason),
        reflections=counted("reflections", backup.reflections),
        goals=counted("goals", backup.goals),
    )


class BackupsDialog(QDialog):
    def __init__(self, data_dir, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        # The sentences and the list scroll at 200 % text; the buttons stay in view.
        layout, outer = scrolling_body(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "The app keeps copies of your data on this computer: once a day when you open it, "
                    "and before every update or restore. Older copies are thinned out: one a day for a "
                    "week, one a week for a month, one a month for a year. They are kept in:\n{folder}"
                ).format(folder=backups.backup_dir(data_dir)),
                selectable=True,
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        # Each backup's line wraps rather than hiding behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for backup in backups.list_backups(data_dir):
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setEnabled(self.list.count() > 0)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._confirm)
        outer.addWidget(buttons)
        tab_order.button_box(buttons)
        fit_to_screen(self, chars=60)
        self.chosen: str | None = None

    def _confirm(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will go back to how it was at {when}. A copy of your data as it is "
                "now is kept as a backup first, so you can change your mind."
            ).format(when=item.text().split(" (")[0]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
