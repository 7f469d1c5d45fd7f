"""The first switch to Results: from the click to the page drawn with its charts.

Each run is a fresh process (so matplotlib is imported then, as in a real session): the
app opens on a data folder with 50 reflections and 10 goals (benchmarks/startup.py),
waits until the reflection page is on screen, then switches to Results and forces the
whole page, charts included, to be drawn (`grab`). Prints the median and the slowest.

    python benchmarks/results_switch.py [--runs 10]

Goal: under 300 ms the first time, or visible progress while it takes longer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap

sys.path.insert(0, os.path.dirname(__file__))
from startup import populate  # noqa: E402 - the same data folder as the start-up figure

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from competence_app.gui.shell.app import make_application
    from competence_app.gui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(Path(sys.argv[1]))
    window.show()
    app.processEvents()
    assert window.load()
    for _ in range(3):
        app.processEvents()
    start = time.perf_counter()
    window.show_tab("results")
    app.processEvents()
    window.workspace.results.grab()  # every chart really drawn
    print("results", time.perf_counter() - start, flush=True)
    window.close()
    """
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        data = os.path.join(folder, "full")
        populate(data)
        for _ in range(args.runs + 1):
            result = subprocess.run(
                [sys.executable, "-c", CHILD, data], capture_output=True, text=True, timeout=120
            )
            lines = [line for line in result.stdout.splitlines() if line.startswith("results ")]
            if not lines:
                raise SystemExit(result.stderr)
            times.append(float(lines[0].split()[1]))
    times = times[1:]  # the first run warms the disk cache
    print(f"first switch to Results, charts drawn ({args.runs} fresh processes):")
    print(f"  median {statistics.median(times) * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
