"""Dates: the one date picker of the app, and an optional date made of a tick box ('set a
date') and that picker, stored as '' or YYYY-MM-DD.

A separate tick box is clearer, for screen readers too, than a sentinel date
that means 'none'.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QDateEdit, QHBoxLayout, QWidget

DEFAULT_DAYS_AHEAD = 30


def date_edit(name: str, day: QDate | None = None) -> QDateEdit:
    """A date written as the person's language writes it ("1 dic 2026"), with a calm
    calendar to pick it from, named `name` for screen readers."""
    edit = QDateEdit(day) if day is not None else QDateEdit()
    edit.setCalendarPopup(True)
    # The language in use now: a window made before a change of language would
    # otherwise pass down its old locale ("15 Dec 2026" in a Spanish session).
    edit.setLocale(QLocale())
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    # The calendar is a window of its own, made by Qt when it is first opened; made
    # with every field, it would slow each page down and put windows that are never
    # shown in front of screen readers. It is calmed just before it opens.
    _CalmCalendar(edit)
    return edit


class _CalmCalendar(QObject):
    """Watches a date field until its calendar is about to open (a click, or a key such
    as F4 or Alt+Down), then gives the calendar the locale's first day of the week and
    weekends in the usual text colour: a stock calendar paints them red, which reads as
    a warning."""

    def __init__(self, edit: QDateEdit):
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            self._edit.removeEventFilter(self)
            calm(self._edit.calendarWidget(), self._edit.locale())
        return False


def calm(calendar: QCalendarWidget, locale: QLocale) -> None:
    calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
    for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        # No colour of its own: the day takes the calendar's text colour in every theme.
        calendar.setWeekdayTextFormat(weekend, QTextCharFormat())


class DateField(QWidget):
    changed = Signal(str)  # ISO date, or "" for no date

    def __init__(self, label: str, parent=None, days_ahead: int = DEFAULT_DAYS_AHEAD):
        super().__init__(parent)
        # The date offered when the box is ticked: a month ahead for a review, today for
        # the day an expense was claimed or paid.
        self._days_ahead = days_ahead
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(label)
        self.edit = date_edit(self.tr("{label}: date").format(label=label))
        self.edit.setEnabled(False)
        self.edit.setDate(QDate.currentDate().addDays(days_ahead))
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.enabled.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _date: self.changed.emit(self.iso()))

    def iso(self) -> str:
        return self.edit.date().toString("yyyy-MM-dd") if self.enabled.isChecked() else ""

    def set_iso(self, value: str) -> None:
        """Show a stored date without emitting changed."""
        date = QDate.fromString(value, "yyyy-MM-dd") if value else QDate()
        for widget in (self.enabled, self.edit):
            widget.blockSignals(True)
        self.enabled.setChecked(date.isValid())
        self.edit.setEnabled(date.isValid())
        self.edit.setDate(date if date.isValid() else QDate.currentDate().addDays(self._days_ahead))
        for widget in (self.enabled, self.edit):
            widget.blockSignals(False)

    def _toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.changed.emit(self.iso())
