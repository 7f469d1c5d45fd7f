"""My involvement: the activities I logged (newest first) beside the overview of a period.

Everything works from the keyboard: New activity (Alt+N) opens a form with today's date
that Enter saves; Copy last (Alt+L) repeats a regular meeting on today's date; in the
list, Enter changes the activity and Delete removes it (after asking).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from competence_app import formats, wording
from competence_app.domain.involvement import Involvement, copy_of
from competence_app.gui.look import style
from competence_app.gui.shell import saving
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import (
    heading,
    help_label,
    reading_column,
    scrolling,
    secondary_button,
)
from competence_app.store import involvement as store
from competence_app.store.clock import new_id


class _ListKeys(QObject):
    """Enter changes the chosen activity, Delete removes it."""

    def __init__(self, page: InvolvementPage):
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._page.edit_current()
            return True
        if event.key() == Qt.Key.Key_Delete:
            self._page.delete_current()
            return True
        return False


class InvolvementPage(QWidget):
    open_wellbeing = Signal()  # the debrief's link to "Looking after myself" in the plan
    changed = Signal()  # an activity was added, changed or removed

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.entries: list[Involvement] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        side = QVBoxLayout()
        side.setContentsMargins(style.MARGIN, style.MARGIN, 0, style.MARGIN)
        side.addWidget(heading(self.tr("My activities"), level=1))
        self.empty_help = help_label(
            self.tr(
                "Nothing here yet. Each panel, talk, meeting or campaign you take part in can "
                "go here: the time it took, what you were paid or are still owed, and what "
                "changed because of it."
            )
        )
        side.addWidget(self.empty_help)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My activities, newest first"))
        self.list.setAccessibleDescription(
            self.tr("Enter changes the chosen activity; Delete removes it.")
        )
        self.list.setMinimumWidth(style.px(240))
        self.list.setMaximumWidth(style.px(340))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.installEventFilter(_ListKeys(self))
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        side.addWidget(self.list, 1)
        self.new_button = secondary_button(self.tr("&New activity"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.copy_button = secondary_button(self.tr("Copy &last"))
        self.copy_button.setToolTip(self.tr("The same as your last activity, on today's date"))
        self.copy_button.clicked.connect(lambda: self.copy_last())
        self.edit_button = secondary_button(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = secondary_button(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        more = QHBoxLayout()
        more.addWidget(self.edit_button)
        more.addWidget(self.delete_button)
        more.addStretch(1)
        side.addLayout(more)
        outer.addLayout(side)

        from competence_app.gui.pages.involvement_overview import OverviewView

        self.overview = OverviewView(context)
        area = scrolling(reading_column(self.overview, style.WIDE_CHARS))
        area.setAccessibleName(self.tr("Overview of my involvement"))
        outer.addWidget(area, 1)

    # -- loading ---------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.entries = store.load_involvements(self.context.db, self.context.profile.id)
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            text = f"{wording.involvement_title(entry)} · {wording.duration_text(entry.minutes)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, e in enumerate(self.entries) if e.id == select), 0)
        if self.entries:
            self.list.setCurrentRow(row)
        has = bool(self.entries)
        self.empty_help.setVisible(not has)
        self.list.setVisible(has)
        for button in (self.copy_button, self.edit_button, self.delete_button):
            button.setEnabled(has)
        self.overview.show_entries(self.entries)

    def current(self) -> Involvement | None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((e for e in self.entries if e.id == key), None)

    # -- actions ---------------------------------------------------------------------

    def new_entry(self) -> Involvement | None:
        """A blank activity on today's date, shaped like the last one (kind, role, money)."""
        last = self.entries[0] if self.entries else None
        latest = store.last_involvement(self.context.db, self.context.profile.id) or last
        entry = Involvement(
            id=new_id(),
            profile_id=self.context.profile.id,
            date=date.today().isoformat(),
            currency=latest.currency if latest else formats.default_currency(),
        )
        if latest is not None:
            entry.kind, entry.role_id, entry.payment = latest.kind, latest.role_id, latest.payment
        return self._open(entry, new=True)

    def copy_last(self) -> Involvement | None:
        latest = store.last_involvement(self.context.db, self.context.profile.id)
        if latest is None:
            return self.new_entry()
        return self._open(copy_of(latest, new_id(), date.today()), new=True)

    def edit_current(self) -> Involvement | None:
        entry = self.current()
        return None if entry is None else self._open(entry, new=False)

    def _open(self, entry: Involvement, new: bool) -> Involvement | None:
        from competence_app.gui.dialogs.involvement_form import InvolvementDialog

        dialog = InvolvementDialog(
            self.context.framework,
            entry,
            [e.organisation for e in self.entries],
            new=new,
            parent=self.window(),
        )
        answered = dialog.exec()
        self.window().activateWindow()  # the keyboard back to the page, on every platform
        if answered != QDialog.DialogCode.Accepted:
            (self.list if self.entries else self.new_button).setFocus()
            return None
        kept = dialog.entry
        if not saving.write(
            self.context, self, lambda: store.save_involvement(self.context.db, kept)
        ):
            return None
        self.reload(select=kept.id)
        self.changed.emit()
        self.list.setFocus()
        if dialog.wants_wellbeing:
            self.open_wellbeing.emit()
        return kept

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this activity?"),
            self.tr("Delete \u201c{title}\u201d from your record? This cannot be undone.").format(
                title=wording.involvement_title(entry)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.list.currentRow()
        if saving.write(
            self.context, self, lambda: store.delete_involvement(self.context.db, entry.id)
        ):
            self.reload()
            if self.entries:
                self.list.setCurrentRow(min(row, len(self.entries) - 1))
            self.changed.emit()
            (self.list if self.entries else self.new_button).setFocus()

    def open_at_top(self) -> None:
        from competence_app.gui.pages.page_top import scroll_to_top

        scroll_to_top(self.overview)
        (self.list if self.entries else self.new_button).setFocus()
