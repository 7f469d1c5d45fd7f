"""Results: the radar and its table, strengths, priorities, roles and their fit, change over time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain import analysis
from competence_app.domain import feedback as feedback_model
from competence_app.domain.model import Reflection
from competence_app.formats import date_text
from competence_app.gui.look import style
from competence_app.gui.pages.goal_starters import GoalStarters
from competence_app.gui.pages.page_top import open_at_top
from competence_app.gui.pages.results_models import CompetenceTableModel, RoleTableModel
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets import tab_order
from competence_app.gui.widgets.accessible import titled
from competence_app.gui.widgets.basics import (
    heading,
    page_layout,
    quiet_table,
    reading_column,
    scrolling,
    text_label,
)
from competence_app.gui.widgets.chart_widget import ChartView, pass_wheel_up
from competence_app.store import feedback as feedback_store
from competence_app.store import plans
from competence_app.store import reflections as store
from competence_app.wording import (
    anonymous_wait_text,
    comparison_sentences,
    fit_band_text,
    giver_view_title,
    join_names,
    reflection_title,
    relation_text,
    role_fit_sentence,
    role_fit_summary,
    talk_about_text,
)


def twin_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    quiet_table(view)
    view.setTabKeyNavigation(False)
    # Grow to show every row; the page scrolls, not the table.
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pass_wheel_up(view.viewport())
    return view


def _fit_height(view: QTableView) -> None:
    view.resizeColumnsToContents()
    view.resizeRowsToContents()
    view.updateGeometry()


class TwinRow(QWidget):
    """A chart and its table side by side, or the table below the chart when the two
    do not fit across (large text, a narrow window, a longer language)."""

    def __init__(self, chart: QWidget, table: QTableView):
        super().__init__()
        self.chart, self.table = chart, table
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(chart, 0)
        self.row.addWidget(table, 1, Qt.AlignmentFlag.AlignTop)
        model = table.model()
        if model is not None:
            # A giver's column or longer words change what fits: arranged again then too.
            for signal in (model.modelReset, model.layoutChanged, model.columnsInserted):
                signal.connect(self._arrange_soon)

    def _arrange_soon(self, *_args) -> None:
        QTimer.singleShot(0, self, lambda: self._arrange(self.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # After the chart and table have taken on the new size themselves.
            self._arrange_soon()

    def _arrange(self, width: int) -> None:
        # The chart takes its natural width beside the table, not just its minimum.
        chart = max(self.chart.minimumWidth(), self.chart.sizeHint().width())
        needed = chart + self.table.sizeHint().width() + self.row.spacing()
        across = width >= needed
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        self._fit_table(width if not across else width - chart - self.row.spacing())

    def _fit_table(self, width: int) -> None:
        """Columns as wide as their words while they fit; when they do not (large text, a
        giver's column, a longer language) each gets its share of the width and the words
        wrap, so no column is cut off at the page's edge."""
        table, header = self.table, self.table.horizontalHeader()
        count = table.model().columnCount() if table.model() is not None else 0
        natural = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
        room = width - 2 * table.frameWidth()
        if sum(natural) <= room:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            # Each heading whole (a header does not wrap); what is left goes to the
            # columns in proportion to how much more their words would want.
            least = [min(header.sectionSizeHint(c), wanted) for c, wanted in enumerate(natural)]
            if sum(least) > room:
                least = [0] * count
            spare, more = room - sum(least), sum(natural) - sum(least)
            for column, wanted in enumerate(natural):
                share = least[column] + (wanted - least[column]) * spare // max(more, 1)
                header.resizeSection(column, max(header.minimumSectionSize(), share))
            table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        table.resizeRowsToContents()
        table.updateGeometry()


class ResultsPage(QWidget):
    make_goal = Signal(str, list, list)  # passed on from the "Make a goal" buttons
    open_goal = Signal(str)  # a goal that already works on a priority

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self._reflections: list[Reflection] = []
        self._dirty = True
        framework = context.framework
        titled(self, self.tr("My results"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self._area = scrolling(reading_column(body, style.WIDE_CHARS, sheet=False))
        self._area.setAccessibleName(self.tr("My results"))
        outer.addWidget(self._area)
        layout = page_layout(body)

        picker = QHBoxLayout()
        shown_caption = QLabel(self.tr("&Showing:"))
        self.shown = QComboBox()
        self.shown.setAccessibleName(self.tr("Reflection shown"))
        shown_caption.setBuddy(self.shown)
        compare_caption = QLabel(self.tr("&Compare with:"))
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Earlier or later reflection to compare with"))
        compare_caption.setBuddy(self.compare)
        for widget in (shown_caption, self.shown, compare_caption, self.compare):
            picker.addWidget(widget)
        picker.addStretch(1)
        self.shown.currentIndexChanged.connect(self._shown_changed)
        self.compare.currentIndexChanged.connect(self._render)
        layout.addLayout(picker)
        self.history = text_label()
        layout.addWidget(self.history)
        # What the reflection can rest on: the activities logged in My involvement.
        self.evidence = text_label()
        self.evidence.setVisible(False)
        layout.addWidget(self.evidence)

        layout.addWidget(heading(self.tr("My competences"), style.TITLE_SCALE, level=1))
        # Feedback from others, beside the person's own view and never blended into it.
        self._rounds: list = []
        self._givers: list[feedback_model.GiverView] = []
        self._on_chart: set[str] = set()  # givers drawn on the radar, by key
        self.feedback_checks: list[QCheckBox] = []
        self.feedback_box = QWidget()
        self.feedback_box.setAccessibleName(self.tr("Feedback beside my own view"))
        box = QVBoxLayout(self.feedback_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.feedback_intro = text_label(
            self.tr(
                "Feedback from others sits beside your own levels in the table, each giver on "
                "their own. It never changes your answers and is never averaged with them."
            )
        )
        box.addWidget(self.feedback_intro)
        self._checks_row = QVBoxLayout()
        box.addLayout(self._checks_row)
        self.feedback_notes = text_label()
        box.addWidget(self.feedback_notes)
        layout.addWidget(self.feedback_box)
        self.feedback_box.setVisible(False)
        self.competence_model = CompetenceTableModel(framework, self)
        self.radar, self.competence_table = self._chart_and_table(
            layout,
            self.tr("Radar chart of my competence levels"),
            (4.4, 4.2),
            self.competence_model,
            self.tr("Table of my competence levels"),
            self.tr(
                "One row per competence: my level, my confidence and whether I want to develop it."
            ),
        )

        self.changes_heading = heading(self.tr("What changed"))
        self.changes = text_label()
        layout.addWidget(self.changes_heading)
        layout.addWidget(self.changes)

        layout.addWidget(heading(self.tr("Strengths")))
        self.strengths = text_label()
        layout.addWidget(self.strengths)
        layout.addWidget(heading(self.tr("What I want to develop")))
        self.priorities = text_label()
        layout.addWidget(self.priorities)
        self.starters_heading = heading(self.tr("Ready to plan?"))
        layout.addWidget(self.starters_heading)
        self.starters = GoalStarters()
        self.starters.make_goal.connect(self.make_goal)
        self.starters.open_goal.connect(self.open_goal)
        layout.addWidget(self.starters)

        layout.addSpacing(style.SECTION_GAP)
        layout.addWidget(heading(self.tr("My roles"), style.TITLE_SCALE, level=1))
        self.role_model = RoleTableModel(framework, self)
        self.roles_chart, self.role_table = self._chart_and_table(
            layout,
            self.tr("Bar chart of my roles, now and wished-for"),
            (4.4, 2.8),
            self.role_model,
            self.tr("Table of my roles and how well they fit"),
            self.tr(
                "One row per role: how much it describes me now and how much I'd like to grow "
                "into it, from 0 to 4, and how well it fits my competences."
            ),
        )
        self.fit_text = text_label()
        layout.addWidget(self.fit_text)
        layout.addStretch(1)

        context.events.reflection_changed.connect(self._mark_dirty)
        context.events.reflections_listed.connect(self._mark_dirty)
        context.events.feedback_changed.connect(self._mark_dirty)

    def _chart_and_table(self, layout, chart_name, size, model, table_name, table_about):
        """A chart with its table twin beside it: the same figures for screen readers."""
        chart = ChartView(
            chart_name,
            self.tr("The same figures are in the table beside the chart."),
            size=size,
            minimum=(380, int(size[1] * 95)),
        )
        table = twin_table(model)
        # Its caption and what a row holds, heard on arrival (a table has no visible caption).
        table.setAccessibleName(table_name)
        table.setAccessibleDescription(table_about)
        layout.addWidget(TwinRow(chart, table))
        return chart, table

    # -- loading ----------------------------------------------------------------

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        else:
            self._show_plan_links()  # goals may have been made or linked since

    def refresh(self) -> None:
        """Reload the reflections from the database and redraw."""
        self._dirty = False
        if self.context.db is None or self.context.profile is None:
            return
        keep_shown = self._selected(self.shown)
        keep_compare = self._selected(self.compare)
        self._reflections = store.list_reflections(self.context.db, self.context.profile.id)
        self._rounds = feedback_store.load_rounds(self.context.db, self.context.profile.id)
        newest_first = list(reversed(self._reflections))
        for combo in (self.shown, self.compare):
            combo.blockSignals(True)
            combo.clear()
        for reflection in newest_first:
            self.shown.addItem(reflection_title(reflection), reflection.id)
        self._select(self.shown, keep_shown.id if keep_shown else None)
        self._fill_compare(keep_compare.id if keep_compare else None)
        for combo in (self.shown, self.compare):
            combo.blockSignals(False)
        self.compare.setEnabled(len(self._reflections) > 1)
        self._render()

    def _fill_compare(self, keep: str | None) -> None:
        """Every reflection except the one shown: comparing it with itself says nothing."""
        shown = self.shown.currentData()
        blocked = self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("(nothing)"), None)
        for reflection in reversed(self._reflections):
            if reflection.id != shown:
                self.compare.addItem(reflection_title(reflection), reflection.id)
        self._select(self.compare, keep)
        self.compare.blockSignals(blocked)

    def _shown_changed(self) -> None:
        self._fill_compare(self.compare.currentData())
        self._render()

    def show_reflection(self, reflection_id: str, compare_id: str | None = None) -> None:
        self.refresh()
        self._select(self.shown, reflection_id)
        self._fill_compare(compare_id)
        self._render()

    def open_at_top(self) -> None:
        """Title and pickers in view, focus on the first control."""
        open_at_top(self.shown, self.shown)

    def _history_text(self, newest_first: list[Reflection], comparing: bool) -> str:
        lines = [self.tr("My reflections so far (newest first):")]
        for reflection in newest_first:
            done, total = analysis.answered_count(self.context.framework, reflection)
            lines.append(
                self.tr("•  {title}: {done} of %n pages answered", None, total).format(
                    title=reflection_title(reflection), done=done
                )
            )
        if len(newest_first) > 1 and not comparing:
            lines.append(self.tr("Choose one under 'Compare with' to see what changed."))
        return "\n".join(lines)

    def _show_evidence(self) -> None:
        from datetime import date

        from competence_app.domain.involvement import last_twelve_months
        from competence_app.store import involvement
        from competence_app.wording import evidence_sentence

        start, end = last_twelve_months(date.today())
        count = involvement.count_involvements(
            self.context.db, self.context.profile.id, start.isoformat(), end.isoformat()
        )
        self.evidence.setText(evidence_sentence(count) if count else "")
        self.evidence.setVisible(bool(count))

    def _selected(self, combo: QComboBox) -> Reflection | None:
        wanted = combo.currentData()
        return next((r for r in self._reflections if r.id == wanted), None)

    @staticmethod
    def _select(combo: QComboBox, reflection_id: str | None) -> None:
        index = combo.findData(reflection_id)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # -- drawing ----------------------------------------------------------------

    def _render(self) -> None:
        framework = self.context.framework
        shown = self._selected(self.shown)
        other = self._selected(self.compare)
        if other is not None and shown is not None and other.id == shown.id:
            other = None
        self.history.setText(
            self._history_text(list(reversed(self._reflections)), other is not None)
        )
        self._show_evidence()
        self._givers = feedback_model.beside(self._rounds, shown.id) if shown else []
        self._show_feedback(shown)
        self.competence_model.set_reflection(shown, other, self._givers)
        self.role_model.set_reflection(shown)
        _fit_height(self.competence_table)
        _fit_height(self.role_table)
        if shown is None:
            return

        from competence_app import charts  # matplotlib loads here, on first view

        series = [charts.Series(reflection_title(shown), shown.levels())]
        if other is not None:
            series.append(charts.Series(reflection_title(other), other.levels()))
        for view in self._givers:
            if view.key in self._on_chart and not view.anonymous:
                levels = {c.id: view.level(c.id) for c in framework.competences}
                series.append(
                    charts.Series(
                        giver_view_title(view),
                        {cid: level for cid, level in levels.items() if level is not None},
                    )
                )
        self.radar.draw(charts.draw_radar, framework, series)

        if other is not None:
            earlier, later = sorted((shown, other), key=lambda r: r.created_at)
            lines = comparison_sentences(framework, analysis.compare(framework, earlier, later))
            self.changes_heading.setText(
                self.tr("What changed from {earlier} to {later}").format(
                    earlier=reflection_title(earlier), later=reflection_title(later)
                )
            )
            self.changes.setText("\n".join(f"•  {line}" for line in lines))
        self.changes_heading.setVisible(other is not None)
        self.changes.setVisible(other is not None)

        strong = [framework.competence(c).name for c in analysis.strengths(framework, shown)]
        self.strengths.setText(
            join_names(strong) + "."
            if strong
            else self.tr("None at level 4 or 5 yet. Strengths grow with chances to use them.")
        )
        wanted = [framework.competence(c).name for c in analysis.priorities(framework, shown)]
        self.priorities.setText(
            join_names(wanted) + "."
            if wanted
            else self.tr(
                "Nothing marked yet: tick 'I want to develop this' on any competence page."
            )
        )

        roles = framework.roles
        self.roles_chart.draw(
            charts.draw_roles,
            [r.name for r in roles],
            [shown.role(r.id).now for r in roles],
            [shown.role(r.id).wish for r in roles],
            self.tr("Describes me now"),
            self.tr("I'd like to grow into"),
        )
        fits = analysis.role_fits(framework, shown)
        fit_lines = [role_fit_summary(fits)] if role_fit_summary(fits) else []
        for fit in fits:
            fit_lines.append(
                self.tr("{role}: {fit}. {sentence}").format(
                    role=fit.name,
                    fit=fit_band_text(fit.band),
                    sentence=role_fit_sentence(framework, fit),
                )
            )
        self.fit_text.setText("\n\n".join(fit_lines))
        self._show_plan_links()
        QTimer.singleShot(0, self, self._refit)

    def _show_feedback(self, shown: Reflection | None) -> None:
        """The check boxes that put a giver's outline on the radar, and the notes: where the
        person and a giver see a competence two levels or more apart, and why anonymous
        answers are not shown yet."""
        framework = self.context.framework
        named = [view for view in self._givers if not view.anonymous]
        keys = [view.key for view in named]
        if [c.property("giver") for c in self.feedback_checks] != keys:
            for check in self.feedback_checks:
                self._checks_row.removeWidget(check)
                check.deleteLater()
            self.feedback_checks = []
            for view in named:
                given = view.rounds[0]
                name = given.giver_name.strip() or relation_text(given.relation)
                check = QCheckBox(
                    self.tr("Show what {name} saw on the chart ({date})").format(
                        name=name, date=date_text(given.given_on, short=True)
                    )
                )
                check.setProperty("giver", view.key)
                check.setChecked(view.key in self._on_chart)
                check.toggled.connect(lambda on, key=view.key: self._toggle_on_chart(key, on))
                self._checks_row.addWidget(check)
                self.feedback_checks.append(check)
        notes = []
        if shown is not None:
            for view in self._givers:
                if view.anonymous and not view.shown:
                    notes.append(
                        anonymous_wait_text(len(view.rounds), feedback_model.ANONYMOUS_MINIMUM)
                    )
                if view.anonymous:
                    continue
                given = view.rounds[0]
                name = given.giver_name.strip() or relation_text(given.relation)
                for competence in framework.competences:
                    own = shown.competence(competence.id)
                    mine = None if own.not_yet else own.level
                    if feedback_model.worth_talking_about(mine, view.level(competence.id)):
                        notes.append(talk_about_text(name, competence.name))
        self.feedback_notes.setText("\n".join(f"•  {line}" for line in notes))
        self.feedback_notes.setVisible(bool(notes))
        self.feedback_box.setVisible(bool(self._givers))

    def _toggle_on_chart(self, key: str, on: bool) -> None:
        if on:
            self._on_chart.add(key)
        else:
            self._on_chart.discard(key)
        self._render()

    def _refit(self) -> None:
        """Let the scroll area take the page's new height (wrapped text, new rows), so the
        charts are never squeezed and cut off at the bottom."""
        QApplication.postEvent(self._area, QEvent(QEvent.Type.LayoutRequest))

    def _show_plan_links(self) -> None:
        """'Make a goal' or 'Open the goal' beside each priority, as the plan stands now."""
        shown = self._selected(self.shown)
        if shown is None or self.context.db is None or self.context.profile is None:
            return
        plan = plans.load_plan(self.context.db, self.context.profile.id)
        self.starters.set_reflection(self.context.framework, shown, plan)
        # New buttons come last in Tab order: put them back where they are shown.
        tab_order.chain(
            [
                self.compare,
                *self.feedback_checks,
                self.competence_table,
                *self.starters.buttons,
                self.role_table,
            ]
        )
        self.starters_heading.setVisible(self.starters.isVisibleTo(self))
