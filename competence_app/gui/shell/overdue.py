"""When the app opens: anything overdue in my involvement mentioned once, calmly.

Expenses waiting over 30 days and chase dates that have passed are named in a quiet
line in the status bar, with "Show me" (the involvement page) and "Dismiss". A
dismissed item is remembered and never mentioned again; the others are mentioned
again the next time the app opens, never more often.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow

from competence_app import wording
from competence_app.domain.involvement import overdue
from competence_app.gui.shell import status
from competence_app.gui.widgets.basics import secondary_button
from competence_app.i18n import translate

NAME = "overdue_notice"


def items_to_mention(context, today: date | None = None) -> list:
    """The overdue items of the person on screen that they have not dismissed."""
    from competence_app.store import involvement

    profile_id = context.profile.id
    entries = involvement.load_involvements(context.db, profile_id)
    seen = involvement.dismissed(context.db, profile_id)
    return [i for i in overdue(entries, today or date.today()) if i.key not in seen]


class OverdueNotice(QFrame):
    def __init__(self, window: QMainWindow, context, items: list):
        super().__init__()
        self.setObjectName(NAME)
        self.context, self.items, self._window = context, items, window
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        first = wording.overdue_sentence(items[0])
        if len(items) == 1:
            text = first
        else:
            text = translate("Overdue", "{first} And {count} more in My involvement.").format(
                first=first, count=len(items) - 1
            )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setToolTip("\n".join(wording.overdue_sentence(i) for i in items))
        self.show_button = secondary_button(translate("Overdue", "Show me"))
        self.show_button.setAccessibleName(translate("Overdue", "Show me in My involvement"))
        self.show_button.clicked.connect(self.show_me)
        self.dismiss_button = secondary_button(translate("Overdue", "Dismiss"))
        self.dismiss_button.setAccessibleName(
            translate("Overdue", "Dismiss: do not mention these again")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.dismiss_button)
        self.text = text

    def show_me(self) -> None:
        self._window.show_tab("involvement")
        self.close_notice()

    def dismiss(self) -> None:
        from competence_app.gui.shell import saving
        from competence_app.store import involvement

        keys = [i.key for i in self.items]
        profile_id = self.context.profile.id
        if saving.write(
            self.context, self, lambda: involvement.dismiss(self.context.db, profile_id, keys)
        ):
            self.close_notice()

    def close_notice(self) -> None:
        self._window.statusBar().removeWidget(self)
        self.deleteLater()


def mention(window: QMainWindow, context, today: date | None = None) -> OverdueNotice | None:
    """Put the notice in the status bar (replacing one for someone else); None if nothing
    is overdue."""
    old = window.statusBar().findChild(OverdueNotice, NAME)
    if old is not None:
        old.close_notice()
    if context.profile is None or context.db is None:
        return None
    items = items_to_mention(context, today)
    if not items:
        return None
    notice = OverdueNotice(window, context, items)
    window.statusBar().addWidget(notice, 1)
    status.announce(window.statusBar(), notice.text)
    return notice
