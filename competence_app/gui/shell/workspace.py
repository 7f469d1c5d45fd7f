"""The tabs a person works in: Reflect, Results, Plan and My involvement, wired together by
signals."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from competence_app.domain.model import Reflection
from competence_app.gui.pages.reflect_flow import ReflectFlow
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import LazyPage


class Workspace(QTabWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setDocumentMode(True)
        # Qt makes the tab widget a focus stop of its own; a stop needs a name.
        self.setAccessibleName(self.tr("Reflect, results, plan and my involvement"))
        self.flow = ReflectFlow(context)
        # Results and Plan are built the first time they are opened.
        self._results_tab = LazyPage(self._make_results)
        self._plan_tab = LazyPage(self._make_plan)
        self._involvement_tab = LazyPage(self._make_involvement)
        self.addTab(self.flow, self.tr("&Reflect"))
        self.addTab(self._results_tab, self.tr("R&esults"))
        self.addTab(self._plan_tab, self.tr("&Plan"))
        self.addTab(self._involvement_tab, self.tr("My &involvement"))
        self.flow.finished.connect(self.show_results)

    def _make_results(self):
        from competence_app.gui.pages.results_page import ResultsPage

        page = ResultsPage(self.context)
        page.make_goal.connect(self.make_goal)
        page.open_goal.connect(self.open_goal)
        return page

    def _make_plan(self):
        from competence_app.gui.pages.plan_page import PlanPage

        page = PlanPage(self.context)
        page.reload()
        return page

    def _make_involvement(self):
        from competence_app.gui.pages.involvement_page import InvolvementPage

        page = InvolvementPage(self.context)
        page.open_wellbeing.connect(self.open_wellbeing)
        page.changed.connect(self.flow.show_activities)  # "What I did" on competence pages
        page.reload()
        return page

    @property
    def involvement(self):
        return self._involvement_tab.content()

    def involvement_built(self) -> bool:
        return self._involvement_tab.built()

    def show_involvement(self) -> None:
        self.flush()
        self.setCurrentWidget(self._involvement_tab)
        self.involvement.open_at_top()

    def open_wellbeing(self) -> None:
        """'Looking after myself' in the plan (from a debrief)."""
        self.show_plan()
        self.plan.open_wellbeing()

    @property
    def results(self):
        return self._results_tab.content()

    @property
    def plan(self):
        return self._plan_tab.content()

    def results_built(self) -> bool:
        return self._results_tab.built()

    def plan_built(self) -> bool:
        return self._plan_tab.built()

    @property
    def reflection(self) -> Reflection | None:
        return self.flow.reflection

    def show_reflection(self, reflection: Reflection) -> None:
        from competence_app.store import reflections

        # Only the two it needs are read: a person may have many reflections.
        ids = reflections.reflection_ids(self.context.db, reflection.profile_id)
        at = ids.index(reflection.id) if reflection.id in ids else len(ids)

        def read(reflection_id: str) -> Reflection:
            if reflection_id == reflection.id:
                return reflection
            return reflections.get_reflection(self.context.db, reflection_id)

        first = read(ids[0]) if ids else None
        previous = read(ids[at - 1]) if at > 0 else None
        self.flow.show_reflection(reflection, first, previous)
        self.setCurrentWidget(self.flow)
        self.flow.open_current_page()

    def show_reflect(self) -> None:
        self.setCurrentWidget(self.flow)
        if not self.flow.isAncestorOf(self.window().focusWidget()):
            self.flow.open_current_page()  # the page's title is spoken as focus enters it

    def show_results(self) -> None:
        import sys

        self.flush()
        if "competence_app.charts" in sys.modules:
            self._draw_results()
        else:
            # The first time, the page is made and the charts' library loaded: one to two
            # seconds on a slow laptop (benchmarks/results_switch.py), so say so.
            from competence_app.gui.shell.busy import busy

            with busy(self.window(), self.tr("Drawing your results…")):
                self._draw_results()
        self.results.open_at_top()

    def _draw_results(self) -> None:
        self.setCurrentWidget(self._results_tab)
        self.results.show_reflection(self.flow.reflection.id)

    def show_plan(self) -> None:
        self.flush()
        self.setCurrentWidget(self._plan_tab)
        if not self.plan.isAncestorOf(self.window().focusWidget()):
            self.plan.open_at_top()  # the page's title is spoken as focus enters it

    def make_goal(self, title: str, competence_ids: list, role_ids: list) -> None:
        """'Make a goal' on the results page: a goal already linked, open in the plan.

        Where a goal already works on that competence or role, it is opened instead,
        so pressing the button twice never makes a duplicate.
        """
        from competence_app.store import plans

        plan = plans.load_plan(self.context.db, self.context.profile.id)
        existing = [
            g for cid in competence_ids for g in plan.goals_working_on(competence_id=cid)
        ] + [g for rid in role_ids for g in plan.goals_working_on(role_id=rid)]
        if existing:
            self.open_goal(existing[0].id)
            return
        self.show_plan()
        self.plan.create_goal(title, competence_ids, role_ids)

    def open_goal(self, goal_id: str) -> None:
        self.show_plan()
        self.plan.open_goal(goal_id)

    def flush(self) -> None:
        """Save everything still waiting for a pause in typing."""
        self.flow.flush()
        if self.plan_built():
            self.plan.flush()
