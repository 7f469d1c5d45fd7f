"""Start-up time: a bare PySide6 window against Citizen Leadership Companion.

Runs each in a fresh process, alternating (bare, app on an empty data folder, app on
a data folder with history), and records the wall-clock time from launching the
process to the first paint of its main window. For the app it also records "ready":
the first paint after the person's data has been loaded (the reflection page, or the
welcome page for an empty folder). Prints medians and the ratios to the bare window,
then the same for the CPU time each process had used by then (time.process_time, all
threads), which a loaded machine disturbs much less than the wall clock.

    python benchmarks/startup.py [--runs 10] [--reflections 50] [--goals 10] [--trace]
    python benchmarks/startup.py --bundle packaging/dist/.../competence-app

The app reports its own two moments (COMPETENCE_APP_STARTUP_REPORT, see
competence_app/gui/shell/startup_report.py) and is stopped once its page is ready, so a
source checkout and a PyInstaller bundle are timed the same way.

The empty folder is a new one for every run, so each is a true first start (the
database is made then). Uses the current Qt platform: set QT_QPA_PLATFORM=offscreen
for a headless figure, or run under Xvfb/a desktop for a real one.
Goals: visible ratio <= 1.3 and ready ratio <= 1.5 for both folders.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
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
                print("cpu_visible", time.process_time(), flush=True)
                QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("Bare window")
    # The place the app opens at on this screen, worked out beforehand (window_place):
    # importing the app's own module here would make the bare window pay for Qt's enum
    # types and the app's package, about 80 ms, and flatter every ratio.
    window.setGeometry(*(int(n) for n in sys.argv[1].split(",")))
    window.show()
    app.exec()
    """
)

# The app as the installed command starts it; it says itself when its window appeared
# and when the person's page was ready (gui/shell/startup_report.py, switched on by
# COMPETENCE_APP_STARTUP_REPORT), so a bundle is measured the same way (--bundle).
APP = textwrap.dedent(
    """
    import sys
    if sys.argv[2] == "trace":
        exec(TRACE_HOOKS)
    from competence_app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)

# --trace: the child records when each start-up step begins and ends (wall clock,
# shared with the parent). Imports of the modules named here are timed as they
# happen; the functions named are wrapped where they are looked up at call time.
TRACE_HOOKS = textwrap.dedent(
    """
    import builtins, importlib, sys, time
    STEPS = []
    def mark(name, start, end):
        print("step", name, start, end, flush=True)

    WATCHED = {
        "PySide6.QtWidgets": "import PySide6.QtWidgets",
        "competence_app.gui.shell.main_window": "import main_window",
        "sqlite_utils": "import sqlite_utils",
        "numpy": "import numpy",
        "competence_app.gui.shell.workspace": "import workspace and pages",
        "competence_app.gui.pages.welcome": "import welcome page",
        "competence_app.gui.shell.menus": "import menus",
        "tomllib": "import tomllib",
    }
    _import = builtins.__import__
    def traced_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name in WATCHED and name not in sys.modules:
            start = time.time()
            try:
                return _import(name, globals, locals, fromlist, level)
            finally:
                mark(WATCHED.pop(name), start, time.time())
                patch_new_modules()
        module = _import(name, globals, locals, fromlist, level)
        if PATCHES:
            patch_new_modules()
        return module
    builtins.__import__ = traced_import

    def wrap(owner, attribute, label):
        original = getattr(owner, attribute)
        def wrapper(*args, **kwargs):
            start = time.time()
            try:
                return original(*args, **kwargs)
            finally:
                mark(label, start, time.time())
        setattr(owner, attribute, wrapper)

    PATCHES = {}
    def after_import(module, patches):
        PATCHES[module] = patches

    def patch_new_modules():
        # Only modules done importing: one still running has not defined everything.
        done = [
            m for m in PATCHES
            if m in sys.modules and not getattr(sys.modules[m].__spec__, "_initializing", False)
        ]
        for module in done:
            for attribute, label in PATCHES.pop(module):
                owner = sys.modules[module]
                *path, last = attribute.split(".")
                for part in path:
                    owner = getattr(owner, part)
                wrap(owner, last, label)

    mark("python start-up", float(sys.argv[3]), time.time())
    after_import("competence_app.gui.shell.app", [
        ("make_application", "Qt for Python imported, QApplication made"),
        ("run", "app.run (until quit)"),
    ])
    after_import("competence_app.settings", [("load", "settings.load")])
    after_import("competence_app.i18n", [("install", "translations")])
    after_import("competence_app.gui.look.theme", [("install", "theme and style sheet")])
    after_import("competence_app.gui.shell.main_window", [
        ("MainWindow.__init__", "window built"),
        ("MainWindow.load", "load (all)"),
        ("MainWindow._build_menus", "menus"),
        ("MainWindow._show_welcome", "welcome page built"),
        ("MainWindow.show_reflection", "reflection page built and filled"),
        ("MainWindow.show_session", "session status"),
    ])
    after_import("competence_app.domain.framework", [
        ("load_framework", "framework read and checked"),
    ])
    after_import("competence_app.store.lock", [("FolderLock.acquire", "folder lock")])
    after_import("competence_app.store.database", [
        ("open_store", "database open (all)"),
        ("health", "database health check"),
        ("open_database", "database open and migrate"),
    ])
    after_import("competence_app.store.backups", [("make_backup", "daily backup")])
    """
)


def window_place() -> str:
    """Where the app's window opens on this screen with no saved state
    (gui/shell/window_state.place), as "x,y,width,height" for the bare window."""
    code = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication
        from competence_app.gui.shell.window_state import place
        app = QApplication([])
        screen = app.primaryScreen().availableGeometry()
        r = place(None, [screen], screen)
        print(f"{r.x()},{r.y()},{r.width()},{r.height()}")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip().splitlines()[-1]


def launch(code: str, data_dir: str = "", trace: bool = False, bundle: str = "") -> dict:
    """Run one child; its marks in seconds since launch, and the traced steps. `data_dir`
    is the app's data folder, or for the bare window the place it opens at."""
    is_app = code is APP or bool(bundle)
    if bundle:
        command = [bundle, "--data-dir", data_dir]
    else:
        if code is APP:
            code = f"TRACE_HOOKS = {TRACE_HOOKS!r}\n" + code
        command = [sys.executable, "-c", code, data_dir, "trace" if trace else "plain"]
    environment = dict(os.environ, COMPETENCE_APP_STARTUP_REPORT="1")
    start = time.time()
    child = subprocess.Popen(
        [*command, repr(start)] if not bundle else command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    # The bare window quits by itself; the app is stopped once its page is ready (a
    # traced one a moment later, for the steps that follow: the database opened).
    said = []
    watchdog = threading.Timer(120, child.kill)
    watchdog.start()
    if is_app:
        for line in child.stderr:
            said.append(line)
            if line.startswith("startup ready"):
                if trace:
                    time.sleep(1.5)
                break
        child.terminate()
    out, err = child.communicate(timeout=120)
    watchdog.cancel()
    marks: dict = {"steps": []}
    for line in out.splitlines() + said + err.splitlines():
        name, _, value = line.partition(" ")
        if name in ("visible", "cpu_visible"):  # the bare window's own lines
            marks[name] = float(value) - (start if name == "visible" else 0)
        elif name == "startup":
            moment, wall, cpu, *focus = value.split()
            marks[moment] = float(wall) - start
            marks[f"cpu_{moment}"] = float(cpu)
            if focus:
                marks["focus"] = focus[0] == "1"
        elif name == "step":
            label, began, ended = value.rsplit(" ", 2)
            marks["steps"].append((label, float(began) - start, float(ended) - start))
    if "visible" not in marks:
        raise SystemExit(f"the window never appeared:\n{''.join(said)}{err}")
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


def compile_bytecode() -> None:
    """Compile the app's modules as an installed copy has them (pip and the bundle do).

    Without it, a tree run with PYTHONDONTWRITEBYTECODE set (or never run before)
    compiles every module from source at every start: about a tenth of the app's
    start-up, which no person ever pays.
    """
    import compileall

    import competence_app

    compileall.compile_dir(os.path.dirname(competence_app.__file__), quiet=2)


def print_trace(name: str, all_marks: list[dict]) -> None:
    """Each step's median start and end (ms since launch) over the traced runs."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for marks in all_marks:
        seen = set()
        for label, began, ended in marks["steps"]:
            if label not in seen:  # the first time a step runs is the start-up one
                seen.add(label)
                spans.setdefault(label, []).append((began, ended))
        spans.setdefault("first paint (visible)", []).append((marks["visible"],) * 2)
        ready = marks.get("ready", float("nan"))
        spans.setdefault("page painted with answers and focus (ready)", []).append((ready,) * 2)
    rows = []
    for label, values in spans.items():
        began = statistics.median(v[0] for v in values)
        ended = statistics.median(v[1] for v in values)
        rows.append((began, ended, label))
    print(f"start-up timeline, {name} (median ms since launch over {len(all_marks)} runs):")
    print(f"  {'from':>6} {'to':>6} {'takes':>6}  step")
    for began, ended, label in sorted(rows):
        print(f"  {began * 1000:6.0f} {ended * 1000:6.0f} {(ended - began) * 1000:6.0f}  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--reflections", type=int, default=50, help="past reflections in the full data folder"
    )
    parser.add_argument("--goals", type=int, default=10, help="goals in the full data folder")
    parser.add_argument(
        "--trace",
        action="store_true",
        help="also print a timeline of the start-up steps (the runs are then traced "
        "ones, a little slower, so the ratios are taken from untraced runs made alongside)",
    )
    parser.add_argument(
        "--bundle",
        metavar="PROGRAM",
        default="",
        help="also time this program (the competence-app of a PyInstaller build, "
        "packaging/build-linux.sh) in the same rounds, against the same bare PySide6 window",
    )
    args = parser.parse_args()
    if args.bundle and args.trace:
        parser.error("--trace needs the source; a bundle reports only visible and ready")
    bundle = os.path.abspath(args.bundle) if args.bundle else ""
    compile_bytecode()
    # What is timed: the source checkout, and the bundle beside it when asked for.
    apps = {"source": ""} | ({"bundle": bundle} if bundle else {})
    with tempfile.TemporaryDirectory() as folder:
        full = os.path.join(folder, "full")
        populate(full, args.reflections, args.goals)

        def empty() -> str:
            return tempfile.mkdtemp(dir=folder)  # a first start every time

        where = window_place()
        launch(BARE, where)  # warm the disk cache for all of them before timing
        for program in apps.values():
            launch(APP, empty(), bundle=program)
            launch(APP, full, bundle=program)
        bare: list[dict] = []
        # runs[app][folder]: each round's marks, in the order of `bare`
        runs: dict[str, dict[str, list[dict]]] = {a: {"empty": [], "full": []} for a in apps}
        traces: dict[str, list[dict]] = {"empty": [], "full": []}
        for _ in range(args.runs):
            bare.append(launch(BARE, where))
            for name in ("empty", "full"):
                for app, program in apps.items():
                    target = empty() if name == "empty" else full
                    runs[app][name].append(launch(APP, target, bundle=program))
                if args.trace:
                    traces[name].append(launch(APP, empty() if name == "empty" else full, True))
    platform = os.environ.get("QT_QPA_PLATFORM") or (
        "xcb" if os.environ.get("DISPLAY") else "default"
    )
    described = {
        "empty": "empty data folder",
        "full": f"{args.reflections} reflections, {args.goals} goals",
    }
    if args.trace:
        for name, marks in traces.items():
            print_trace(described[name], marks)
    print(f"platform: {platform}; runs: {args.runs} of each, alternating")
    report(bare, runs, described, "wall clock", "")
    # CPU time (all the process's threads) to the same moments: steadier than the wall
    # clock on a shared, loaded machine, though it leaves out waiting for the disk.
    report(bare, runs, described, "CPU time (time.process_time)", "cpu_")
    if bundle:
        print(f"bundle: {bundle}")
        for name in ("empty", "full"):
            ready = [
                b["ready"] / s["ready"] for s, b in zip(*(runs[a][name] for a in apps), strict=True)
            ]
            print(
                f"  {described[name]}: ready, bundle / source, median of each round's: "
                f"{statistics.median(ready):.2f}"
            )
    unfocused = sum(not m.get("focus", False) for r in runs.values() for m in sum(r.values(), []))
    if unfocused:
        print(f"warning: {unfocused} runs were ready without focus on the page")
    load = os.getloadavg()[0]
    print(f"load average at the end: {load:.1f} on {os.cpu_count()} cores")


def report(bare: list[dict], runs: dict, described: dict, clock: str, key: str) -> None:
    """Medians and ratios to the bare window, two ways: the ratio of the medians, and the
    median of each round's own ratio (the bare window and the app run one after the other,
    so a machine whose speed drifts over the minutes disturbs that one much less)."""
    bare_times = [m[f"{key}visible"] for m in bare]
    b = statistics.median(bare_times)
    print(f"{clock}: bare PySide6 window visible: median {b * 1000:7.1f} ms")
    goals = {"visible": 1.30, "ready": 1.50}
    for app, folders in runs.items():
        for name, marks in folders.items():
            print(f"  {app}, {described[name]}:")
            for moment, goal in goals.items():
                times = [m.get(f"{key}{moment}", float("nan")) for m in marks]
                t = statistics.median(times)
                paired = statistics.median(a / bt for a, bt in zip(times, bare_times, strict=True))
                what = "main window visible" if moment == "visible" else "page ready"
                print(
                    f"    {what + ':':21} median {t * 1000:7.1f} ms   ratio {t / b:.2f}, "
                    f"per round {paired:.2f}  (goal <= {goal:.2f})"
                )


if __name__ == "__main__":
    main()
