"""Peak memory of a whole session, driven in one process as a person would use the app.

Opens the app on a data folder holding one person with a past reflection, answers a
whole new reflection with keys (levels, confidence, a story on every page, roles),
shows the results (radar and role charts drawn by matplotlib), makes two goals from
the results and fills them in (actions, support, looking after myself, mentor), then
exports the plan as a PDF through File > Export plan… (its dialogs answered by the
script). Prints the peak resident set size (ru_maxrss) after each step, and the
same for a bare PySide6 window for comparison.

    python benchmarks/memory.py [--tracemalloc]

--tracemalloc also prints the peak of memory allocated by Python code (slower, and
tracemalloc's own bookkeeping adds to the RSS figure, so take the two apart).
Goal: peak RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = textwrap.dedent(
    """
    import resource, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    # The size the app opens at on this screen (gui/shell/window_state.py): the same pixels to hold.
    from competence_app.gui.shell.window_state import place
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(place(None, [screen], screen))
    window.show()
    QTimer.singleShot(200, app.quit)
    app.exec()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def peak_mb(maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def peak_now() -> float:
    return peak_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def prepare(folder: Path) -> None:
    """One person with an earlier, finished reflection, so the new one is compared with it."""
    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.domain.model import CompetenceAnswer, RoleAnswer
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import profiles, reflections
    from competence_app.store.database import open_database

    framework = load_framework(default_framework_path())
    db = open_database(database_path(prepare_data_dir(folder)))
    person = profiles.create_profile(db, "Robin", ["carer"])
    earlier = reflections.create_reflection(
        db, person.id, "Start", framework.id, framework.version, "2025-01-10T10:00:00+00:00"
    )
    for i, competence in enumerate(framework.competences):
        reflections.save_competence_answer(
            db, earlier.id, CompetenceAnswer(competence.id, level=i % 4 + 1, confidence=2)
        )
    for role in framework.roles:
        reflections.save_role_answer(db, earlier.id, RoleAnswer(role.id, now=1, wish=3))
    db.close()


def session(folder: Path, steps: list[tuple[str, float]]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from competence_app import settings
    from competence_app.gui.dialogs import export_dialog
    from competence_app.gui.look import text_size
    from competence_app.gui.shell import command, commands
    from competence_app.gui.shell.app import make_application
    from competence_app.gui.shell.main_window import MainWindow

    app = make_application()

    def settle() -> None:
        QTest.qWait(100)  # longer than the pause after which typed text is saved

    text_size.apply(settings.load(folder)[settings.TEXT_SCALE.key])
    window = MainWindow(folder)
    window.show()
    assert window.load()
    app.processEvents()
    steps.append(("window open, data loaded", peak_now()))

    # A new reflection, as File > Start a new reflection… does, with its label typed.
    from competence_app.gui.dialogs import small as dialogs

    dialogs.ask_label = lambda parent: "After the course"
    command.do(window.context, window, commands.new_reflection)
    app.processEvents()
    flow = window.workspace.flow
    framework = window.context.framework
    count = len(framework.competences)
    for index in range(count):
        page = flow.pages[index]
        QTest.keyClick(page, Qt.Key(Qt.Key.Key_1 + index % 5))
        page.confidence.buttons()[2].click()
        QTest.keyClicks(page.example, f"On the panel I said what waiting felt like ({index}).")
        if index % 2 == 0:
            page.develop.click()
        settle()  # as a person pauses, so typed text is saved as it would be
        flow.next_page()
    for offset in range(len(framework.roles)):
        page = flow.pages[count + offset]
        QTest.keyClick(page, Qt.Key(Qt.Key.Key_1 + offset % 4))
        page.wish.buttons()[3].click()
        QTest.keyClicks(page.notes, "Some notes on this role.")
        if offset < len(framework.roles) - 1:
            flow.next_page()
        settle()
    steps.append(("whole reflection answered", peak_now()))

    flow.next_page()  # on the last page: see my results
    settle()
    window.workspace.results.grab()  # every chart really drawn
    steps.append(("results shown with charts", peak_now()))

    plan = window.workspace.plan
    for number in range(2):
        window.show_tab("results")
        settle()
        # The results page remakes its buttons after each goal: look them up again.
        buttons = window.workspace.results.starters.buttons
        buttons[min(number, len(buttons) - 1)].click()
        app.processEvents()
        editor = plan.editor
        QTest.keyClicks(editor.title, " this year")
        QTest.keyClicks(editor.why, "Carers in our town wait months for a break.")
        settle()
        editor.add_action()
        QTest.keyClicks(editor._action_rows[-1].text, "Ask the carers' centre for two stories")
        settle()
        editor.add_support()
        need = editor._support_rows[-1]
        need.category.setCurrentIndex(1)
        QTest.keyClicks(need.detail, "Travel paid within two weeks")
        settle()
    plan.list.setCurrentRow(plan.list.count() - 2)
    QTest.keyClicks(plan.wellbeing.drains, "Meetings moved at the last minute")
    plan.list.setCurrentRow(plan.list.count() - 1)
    QTest.keyClicks(plan.mentor.name, "Priya")
    settle()
    window.grab()
    steps.append(("plan filled in", peak_now()))

    with tempfile.TemporaryDirectory() as out:
        target = Path(out) / "plan.pdf"
        export_dialog.ExportDialog.exec = lambda self: True
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))
        QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
        commands.export_plan(window.context, window)  # the window is the Shell
        if not target.exists():
            raise SystemExit("the PDF was not written")
        steps.append((f"plan exported as PDF ({target.stat().st_size // 1024} KB)", peak_now()))
    window.close()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    bare = subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True)
    bare_mb = peak_mb(int(bare.stdout.split()[-1]))
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
    steps: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        prepare(Path(folder))
        session(Path(folder), steps)
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}; peak resident memory (ru_maxrss)")
    print(f"  bare PySide6 window:              {bare_mb:6.1f} MB")
    for name, mb in steps:
        print(f"  {name + ':':<34}{mb:6.1f} MB")
    total = steps[-1][1]
    print(f"peak RSS for the whole session:     {total:6.1f} MB   (goal <= 200 MB)")
    if args.tracemalloc:
        import tracemalloc

        _, peak = tracemalloc.get_traced_memory()
        print(f"peak Python allocations (tracemalloc): {peak / 1024 / 1024:6.1f} MB")


if __name__ == "__main__":
    main()
