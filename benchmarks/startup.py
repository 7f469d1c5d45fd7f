"""Start-up time: a bare PySide6 window against Citizen Leadership Companion.

Runs each in a fresh process, alternating (bare, app on an empty data folder, app on
a data folder with history), and records the wall-clock time from launching the
process to the first paint of its main window. For the app it also records "ready":
the first paint after the person's data has been loaded (the reflection page, or the
welcome page for an empty folder). Prints medians and the ratios to the bare window.

    python benchmarks/startup.py [--runs 10] [--reflections 50] [--goals 10]

The empty folder is a new one for every run, so each is a true first start (the
database is made then). Uses the current Qt platform: set QT_QPA_PLATFORM=offscreen
for a headless figure, or run under Xvfb/a desktop for a real one.
Goal: visible ratio <= 1.3 for both folders.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

# Each child records time.time() (a wall clock shared with the parent) in its
# main window's paintEvent, then quits. Both windows get the same kind of Python
# paintEvent hook; an application-wide event filter would itself cost ~40 ms.
BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        seen = False

        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.seen:
                self.seen = True
                print("visible", time.time(), flush=True)
                QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("Bare window")
    # The size the app opens at on this screen (gui/window_state.py), for a fair race.
    from competence_app.gui.window_state import place
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(place(None, [screen], screen))
    window.show()
    app.exec()
    """
)

APP = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from competence_app.gui import main_window

    original_paint = main_window.MainWindow.paintEvent
    original_load = main_window.MainWindow.load
    state = {"loaded": False, "visible": None}

    def paint(self, event):
        now = time.time()
        original_paint(self, event)
        if state["visible"] is None:
            state["visible"] = now
        elif state["loaded"]:
            state["loaded"] = False
            print("visible", state["visible"], flush=True)
            print("ready", now, flush=True)
            QTimer.singleShot(0, QApplication.quit)

    def load(self):
        ok = original_load(self)
        state["loaded"] = True
        self.update()
        return ok

    main_window.MainWindow.paintEvent = paint
    main_window.MainWindow.load = load
    from competence_app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def launch(code: str, *args: str) -> dict[str, float]:
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("visible", "ready"):
            marks[name] = float(value) - start
    if "visible" not in marks:
        raise SystemExit(f"the window never appeared:\n{result.stderr}")
    return marks


def populate(data_dir: str, reflections: int = 50, goals: int = 10) -> None:
    """Fill the data folder through the store, as the app would: one person with
    `reflections` finished reflections (stories included) and `goals` goals, each with
    actions and support needs, so the app opens on that person's latest reflection."""
    from pathlib import Path

    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.domain.model import CompetenceAnswer, RoleAnswer
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import plans, profiles
    from competence_app.store import reflections as store
    from competence_app.store.database import open_database

    framework = load_framework(default_framework_path())
    db = open_database(database_path(prepare_data_dir(Path(data_dir))))
    person = profiles.create_profile(db, "Benchmark", ["carer", "advocate"])
    for n in range(max(reflections, 1)):
        r = store.create_reflection(
            db,
            person.id,
            f"Reflection {n}",
            framework.id,
            framework.version,
            created_at=f"{2020 + n // 12}-{n % 12 + 1:02d}-01T10:00:00+00:00",
        )
        for i, c in enumerate(framework.competences):
            store.save_competence_answer(
                db,
                r.id,
                CompetenceAnswer(
                    c.id,
                    level=(i + n) % 5 + 1,
                    confidence=3,
                    example="x" * 400,
                    develop=bool(i % 2),
                ),
            )
        for role in framework.roles:
            store.save_role_answer(db, r.id, RoleAnswer(role.id, now=2, wish=3))
    supports = [s.id for s in framework.supports]
    for g in range(goals):
        goal = plans.create_goal(
            db,
            person.id,
            f"Goal {g}",
            [framework.competences[g % len(framework.competences)].id],
            [framework.roles[g % len(framework.roles)].id],
        )
        goal.why, goal.evidence, goal.target_date = "y" * 200, "z" * 200, "2030-01-01"
        plans.save_goal(db, goal)
        for a in range(3):
            plans.add_action(db, goal.id, f"Action {a}", "2030-01-01")
        if supports:
            plans.add_support(db, goal.id, supports[g % len(supports)], "w" * 100)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--reflections", type=int, default=50, help="past reflections in the full data folder"
    )
    parser.add_argument("--goals", type=int, default=10, help="goals in the full data folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        full = os.path.join(folder, "full")
        populate(full, args.reflections, args.goals)

        def empty() -> str:
            return tempfile.mkdtemp(dir=folder)  # a first start every time

        launch(BARE)  # warm the disk cache for all three before timing
        launch(APP, empty())
        launch(APP, full)
        bare: list[float] = []
        runs = {"empty": ([], []), "full": ([], [])}
        for _ in range(args.runs):
            bare.append(launch(BARE)["visible"])
            for name, target in (("empty", empty()), ("full", full)):
                marks = launch(APP, target)
                runs[name][0].append(marks["visible"])
                runs[name][1].append(marks.get("ready", float("nan")))
    platform = os.environ.get("QT_QPA_PLATFORM") or (
        "xcb" if os.environ.get("DISPLAY") else "default"
    )
    b = statistics.median(bare)
    print(f"platform: {platform}; runs: {args.runs} of each, alternating")
    print(f"bare PySide6 window visible:        median {b * 1000:7.1f} ms")
    described = {
        "empty": "empty data folder",
        "full": f"{args.reflections} reflections, {args.goals} goals",
    }
    for name, (visible, ready) in runs.items():
        v, r = statistics.median(visible), statistics.median(ready)
        print(f"app, {described[name]}:")
        print(
            f"  main window visible:              median {v * 1000:7.1f} ms   "
            f"ratio {v / b:.2f}  (goal <= 1.30)"
        )
        print(f"  data loaded and shown (ready):    median {r * 1000:7.1f} ms   ratio {r / b:.2f}")


if __name__ == "__main__":
    main()
