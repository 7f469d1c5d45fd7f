"""Exporting a full plan to PDF, DOCX and ODT (and HTML, Markdown): the time it takes warm.

Builds a plan in a temporary data folder through the store, as the app would:
all nine competences and four roles answered, the latest reflection and three
earlier ones, six goals with four actions and two supports each, looking after
myself, the mentor, and every section ticked (stories too). Exports it once per
format to warm up (imports, fonts, matplotlib), then times ten more of each in
this process and prints the medians, of the wall clock and of the CPU time
(time.process_time, steadier on a loaded machine). A format whose writer is not there yet is
reported as such.

    QT_QPA_PLATFORM=offscreen python benchmarks/export.py [--runs 10] [--paper A4]
        [--formats pdf,docx,odt,html,md]

Goal: under 1000 ms for each of PDF, DOCX and ODT.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL_MS = 1000
STORY = (
    "At the carers' forum I waited until everyone had spoken, then summed up what I had "
    "heard before giving my own view. Two people came up afterwards to say it was the first "
    "time they felt listened to in that room."
)


def build_plan(folder: Path, framework):
    from competence_app.domain.model import CompetenceAnswer, RoleAnswer
    from competence_app.domain.plan import Mentor, Wellbeing
    from competence_app.paths import database_path
    from competence_app.store import plans, profiles, reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(folder))
    person = profiles.create_profile(db, "Alex Morgan", ["carer", "patient partner"])
    labels = ["Start of programme", "Three months in", "Six months in", "One year on"]
    for number, label in enumerate(labels):
        reflection = reflections.create_reflection(
            db,
            person.id,
            label,
            framework.id,
            framework.version,
            created_at=f"{2025 + number // 4}-{1 + 3 * number:02d}-10T10:00:00+00:00",
        )
        for index, competence in enumerate(framework.competences):
            reflections.save_competence_answer(
                db,
                reflection.id,
                CompetenceAnswer(
                    competence.id,
                    level=min(5, 1 + (index + number) % 4 + number // 2),
                    confidence=1 + index % 3,
                    example=STORY,
                    develop=index % 3 == 0,
                ),
            )
        for index, role in enumerate(framework.roles):
            reflections.save_role_answer(
                db,
                reflection.id,
                RoleAnswer(role.id, now=(index + number) % 5, wish=4, notes=STORY),
            )
    supports = [item.id for item in framework.supports]
    for number in range(6):
        goal = plans.create_goal(
            db,
            person.id,
            f"Goal {number + 1}: speak up for carers at the board with a clear ask",
            [framework.competences[number].id, framework.competences[number + 2].id],
            [framework.roles[number % 4].id],
        )
        goal.why = "Decisions about respite care are made without carers in the room."
        goal.evidence = "I have spoken at two board meetings and one change was agreed."
        goal.who_can_help = "The patient experience lead and my peer mentor."
        goal.target_date = "2027-06-30"
        goal.status = ("under_way", "not_started", "achieved")[number % 3]
        plans.save_goal(db, goal)
        for step in range(4):
            action = plans.add_action(
                db,
                goal.id,
                f"Step {step + 1}: practise a three-minute story with my group",
                "2027-01-15",
            )
            action.done = step < 2
            plans.save_action(db, action)
        for offset in range(2):
            plans.add_support(
                db, goal.id, supports[(number + offset) % len(supports)], "Paid within two weeks"
            )
    plans.save_wellbeing(
        db, person.id, Wellbeing("Last-minute changes", "Walking the dog", "My sister")
    )
    plans.save_mentor(
        db, person.id, Mentor("Jo Bloggs", "Video call every two months", "2027-02-01")
    )
    return db, person


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--paper", default="A4", choices=("A4", "Letter"))
    parser.add_argument("--formats", default="pdf,docx,odt,html,md")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The application as the app makes it (its imports made plain: competence_app/plain_imports.py).
    from competence_app.gui.shell.app import make_application

    app = make_application(sys.argv[:1])

    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.reports.export import export_plan
    from competence_app.reports.options import SECTIONS, ExportError, ExportOptions

    framework = load_framework(default_framework_path())
    failed = False
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        db, person = build_plan(folder, framework)
        for fmt in args.formats.split(","):
            options = ExportOptions(format=fmt, sections=frozenset(SECTIONS), paper=args.paper)
            output = folder / f"plan.{fmt}"
            try:
                export_plan(db, framework, person.id, options, output)  # warm-up
            except ExportError as error:
                print(f"{fmt.upper()}: not measured ({error})")
                continue
            times, cpu = [], []
            for _ in range(args.runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                export_plan(db, framework, person.id, options, output)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            median = statistics.median(times)
            pages = f"; {_pages(output)} pages, {args.paper}" if fmt == "pdf" else ""
            goal = fmt in ("pdf", "docx", "odt")
            verdict = ("met" if median < GOAL_MS else "NOT met") if goal else "no goal"
            failed |= goal and median >= GOAL_MS
            print(
                f"{fmt.upper()} export, warm, median of {args.runs}: {median:.0f} ms "
                f"(min {min(times):.0f}, max {max(times):.0f}{pages}) -> {verdict}; "
                f"CPU time median {statistics.median(cpu):.0f} ms"
            )
        db.close()
    print(f"goal: under {GOAL_MS} ms each for PDF, DOCX and ODT")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    del app
    return 1 if failed else 0


def _pages(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return "?"
    return str(len(PdfReader(path).pages))


if __name__ == "__main__":
    sys.exit(main())
