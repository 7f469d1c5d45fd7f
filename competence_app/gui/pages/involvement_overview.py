"""The overview of my involvement for a period: plain sentences first, then quiet tables
(time by role and by kind, expenses still owed oldest first, impact by kind, waiting to
hear back) and the debrief check over time as a small chart with its table twin."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competence_app import formats, wording
from competence_app.domain import involvement as domain
from competence_app.gui.pages.results_models import _Table
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import (
    heading,
    help_label,
    page_layout,
    quiet_table,
    text_label,
    title_label,
)
from competence_app.gui.widgets.chart_widget import ChartView, pass_wheel_up

PERIODS = ("twelve_months", "this_year", "last_year", "everything", "between")


class RowsModel(_Table):
    """A read-only table of words: one of the overview's tables, readable cell by cell."""

    def show(self, headers: list[str], rows: list[list[str]]) -> None:
        self._replace(headers, rows)


def period_of(choice: str, today: date, start: QDate, end: QDate) -> tuple[date, date]:
    if choice == "this_year":
        return date(today.year, 1, 1), today
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if choice == "everything":
        return date(1900, 1, 1), date(9999, 12, 31)
    if choice == "between":
        first, last = start.toPython(), end.toPython()
        return (first, last) if first <= last else (last, first)
    return domain.last_twelve_months(today)


class OverviewView(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.entries: list[domain.Involvement] = []
        self.current: domain.Overview | None = None
        layout = page_layout(self)
        layout.addWidget(title_label(self.tr("My involvement")))
        layout.addWidget(
            help_label(
                self.tr(
                    "What you did, what it cost you, what it changed and what you are still "
                    "owed: a record for a CV, a paid role, or to chase what is late."
                )
            )
        )
        row = QHBoxLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip(
            PERIODS,
            (
                self.tr("The last 12 months"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("Everything"),
                self.tr("Between two dates"),
            ),
            strict=True,
        ):
            self.period.addItem(text, key)
        self.start = self._date_edit(self.tr("From"))
        self.end = self._date_edit(self.tr("To"))
        first, _ = domain.last_twelve_months(date.today())
        self.start.setDate(QDate(first.year, first.month, first.day))
        self.end.setDate(QDate.currentDate())
        caption = QLabel(self.tr("&Period"))
        caption.setBuddy(self.period)
        row.addWidget(caption)
        row.addWidget(self.period)
        row.addWidget(self.start)
        row.addWidget(self.end)
        row.addStretch(1)
        layout.addLayout(row)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self._period_changed()

        self.sentences = text_label(selectable=True)
        layout.addWidget(self.sentences)

        self.tables: dict[str, QTableView] = {}
        self.models: dict[str, RowsModel] = {}
        self.headings: dict[str, QLabel] = {}
        cost = next((b for b in context.framework.barriers if b.id == "cost"), None)
        self._section(
            layout,
            "owed",
            self.tr("Expenses still owed, oldest first"),
            self.tr("Whenever the activity was. Over 30 days is marked: it is fair to ask.")
            + (f" {cost.name}: {cost.description}" if cost else ""),
        )
        self._section(layout, "by_role", self.tr("Time by role"), "")
        self._section(layout, "by_kind", self.tr("Time by kind of activity"), "")
        self._section(
            layout,
            "impact",
            self.tr("Impact by kind"),
            self.tr("The kinds of impact citizen leaders have, from the research (Box 1)."),
        )
        self._section(layout, "waiting", self.tr("Waiting to hear back"), "")

        layout.addWidget(heading(self.tr("How I was after each activity")))
        layout.addWidget(
            help_label(
                self.tr("From drained to restored, as you said after each one. Private to you.")
            )
        )
        self.chart = ChartView(
            self.tr("How I was after each activity, chart"),
            self.tr("The same values are in the table that follows."),
            size=(5.0, 2.6),
            minimum=(320, 200),
        )
        layout.addWidget(self.chart)
        self._table(layout, "checks", self.tr("How I was after each activity, table"))
        self.no_checks = help_label(
            self.tr("Nothing yet: answer 'How am I after this?' in an activity.")
        )
        layout.addWidget(self.no_checks)
        layout.addStretch(1)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setLocale(QLocale())
        edit.setDisplayFormat("d MMM yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _section(self, layout: QVBoxLayout, key: str, title: str, help_text: str) -> None:
        self.headings[key] = heading(title)
        layout.addWidget(self.headings[key])
        if help_text:
            layout.addWidget(help_label(help_text))
        self._table(layout, key, title)

    def _table(self, layout: QVBoxLayout, key: str, name: str) -> None:
        model = RowsModel(self.context.framework, self)
        view = quiet_table(QTableView())
        view.setModel(model)
        view.setAccessibleName(name)
        pass_wheel_up(view)
        self.models[key], self.tables[key] = model, view
        layout.addWidget(view)

    def _period_changed(self, *_args) -> None:
        between = self.period.currentData() == "between"
        self.start.setVisible(between)
        self.end.setVisible(between)
        self.refresh()

    # -- showing -----------------------------------------------------------------------

    def show_entries(self, entries: list[domain.Involvement]) -> None:
        self.entries = entries
        self.refresh()

    def refresh(self) -> None:
        if not hasattr(self, "models"):
            return  # still being built
        today = date.today()
        start, end = period_of(self.period.currentData(), today, self.start.date(), self.end.date())
        framework = self.context.framework
        seen = domain.overview(
            self.entries,
            start,
            end,
            today,
            role_order=[r.id for r in framework.roles],
            impact_order=[i.id for i in framework.impacts],
        )
        self.current = seen
        whole = self.period.currentData() == "everything"
        lines = wording.involvement_sentences(
            seen, self.tr("Since you started this record") if whole else ""
        )
        self.sentences.setText("\n".join(lines))
        self._fill(seen)

    def _fill(self, seen: domain.Overview) -> None:
        framework = self.context.framework
        roles = {r.id: r.name for r in framework.roles} | {"": self.tr("Not said")}
        kinds = wording.involvement_kind_names()
        impacts = {i.id: i.name for i in framework.impacts}
        activities, time = self.tr("Activities"), self.tr("Time")
        self._show(
            "owed",
            [
                self.tr("Organisation"),
                self.tr("Expense"),
                self.tr("Amount"),
                self.tr("Claimed on"),
                self.tr("Days waited"),
            ],
            [
                [
                    o.organisation,
                    wording.expense_kind_names().get(o.kind, o.kind),
                    formats.minor_money_text(o.amount, o.currency),
                    formats.date_text(o.claimed_on, short=True),
                    self.tr("{days} (over 30)").format(days=o.days_waited)
                    if o.overdue
                    else str(o.days_waited),
                ]
                for o in seen.expenses_owed
            ],
            self.tr("No expense you claimed is waiting to be paid."),
        )
        self._show(
            "by_role",
            [self.tr("Role"), activities, time],
            [
                [roles.get(t.key, t.key), str(t.activities), wording.duration_text(t.minutes)]
                for t in seen.by_role
            ],
        )
        self._show(
            "by_kind",
            [self.tr("Kind of activity"), activities, time],
            [
                [kinds.get(t.key, t.key), str(t.activities), wording.duration_text(t.minutes)]
                for t in seen.by_kind
            ],
        )
        self._show(
            "impact",
            [self.tr("Kind of impact"), activities],
            [[impacts.get(k, k), str(n)] for k, n in seen.impact_by_kind],
            self.tr("No kind of impact noted in this period."),
        )
        self._show(
            "waiting",
            [self.tr("Organisation"), self.tr("Activity on"), self.tr("Ask again on")],
            [
                [
                    w.organisation,
                    formats.date_text(w.activity_date, short=True),
                    (formats.date_text(w.chase_on, short=True) if w.chase_on else "")
                    + (" " + self.tr("(now)") if w.chase_due else ""),
                ]
                for w in seen.waiting
            ],
            self.tr("Nothing is waiting for an answer."),
        )
        labels = wording.how_am_i_labels()
        self._show(
            "checks",
            [self.tr("Date"), self.tr("How I was")],
            [[formats.date_text(d, short=True), labels[v - 1]] for d, v in seen.checks],
        )
        has_checks = bool(seen.checks)
        self.chart.setVisible(has_checks)
        self.tables["checks"].setVisible(has_checks)
        self.no_checks.setVisible(not has_checks)
        if has_checks and self.isVisible():
            self._draw_chart()

    def _draw_chart(self) -> None:
        from competence_app.charts import draw_checks

        seen = self.current
        days = [formats.as_date(d) for d, _ in seen.checks]
        self.chart.draw(draw_checks, days, [v for _, v in seen.checks], wording.how_am_i_labels())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current is not None and self.current.checks:
            self._draw_chart()

    def _show(self, key: str, headers: list[str], rows: list[list[str]], empty: str = "") -> None:
        if not rows and empty:
            rows = [[empty] + [""] * (len(headers) - 1)]
        self.models[key].show(headers, rows)
        self.tables[key].setVisible(bool(rows))
