"""Who is using the app? Several people can share one laptop, each with their own profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from competence_app.gui.look import style
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.accessible import titled
from competence_app.gui.widgets.basics import heading, page_layout, text_label
from competence_app.store import profiles


class ProfileChooser(QWidget):
    chosen = Signal(str)  # profile id
    new_person = Signal()
    delete_requested = Signal(str)  # profile id, after the person confirmed

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(self)
        title = self.tr("Who is using the app?")
        titled(self, title)
        layout.addWidget(heading(title, style.TITLE_SCALE, level=1))
        layout.addWidget(
            text_label(
                self.tr(
                    "This computer is shared. Choose your name to carry on where you left off. "
                    "Each person's reflections and plan are kept apart."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People using this computer"))
        self.list.itemActivated.connect(lambda item: self._open())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        new = QPushButton(self.tr("&New person"))
        new.clicked.connect(self.new_person)
        rename = QPushButton(self.tr("Re&name…"))
        rename.clicked.connect(self._rename)
        delete = QPushButton(self.tr("&Delete…"))
        delete.clicked.connect(self._delete)
        for button in (self.open_button, new, rename, delete):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def reload(self) -> None:
        self.list.clear()
        current = profiles.current_profile(self.context.db)
        for index, person in enumerate(profiles.list_profiles(self.context.db)):
            item = QListWidgetItem(profiles.display_name(person, index))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if current is not None and person.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _open(self) -> None:
        chosen = self._selected()
        if chosen:
            self.chosen.emit(chosen)

    def _rename(self) -> None:
        from competence_app.gui.shell import saving

        chosen = self._selected()
        if not chosen:
            return
        person = next(p for p in profiles.list_profiles(self.context.db) if p.id == chosen)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("Name or pseudonym:"), text=person.name
        )
        if ok:
            person.name = name.strip()
            saving.write(
                self.context, self, lambda: profiles.update_profile(self.context.db, person)
            )
            self.reload()

    def _delete(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        name = self.list.currentItem().text()
        answer = QMessageBox.question(
            self,
            self.tr("Delete this person?"),
            self.tr(
                "Delete {name} and all their reflections, plan and stories from this computer? "
                "This cannot be undone."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(chosen)
