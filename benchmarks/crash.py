"""Crash safety: kill a writing process at random moments and check nothing saved is lost.

A child process (forked, so it starts in milliseconds) saves answers through the
app's own store code and reports each one only after its commit returns. The
parent kills it with SIGKILL after a random delay, then checks the database with
PRAGMA integrity_check and looks for every acknowledged answer.

    python benchmarks/crash.py [--kills 2000]

POSIX only (fork and SIGKILL). Prints kills, integrity failures, acknowledged
answers and how many of them were lost (must be 0).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class CrashReport:
    kills: int = 0
    integrity_failures: int = 0
    acknowledged: int = 0
    lost: int = 0


def _writer(data_dir: Path, profile_id: str, pipe: int) -> None:
    """Runs in the child: save forever, acknowledging each answer after its commit."""
    from competence_app.domain.model import CompetenceAnswer
    from competence_app.paths import database_path
    from competence_app.store import reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(data_dir))
    os.write(pipe, b"ready\n")
    n = 0
    while True:
        reflection = reflections.create_reflection(db, profile_id, f"crash {os.getpid()} {n}")
        answer = CompetenceAnswer("resilience", level=n % 5 + 1, example=f"story {reflection.id}")
        reflections.save_competence_answer(db, reflection.id, answer)
        os.write(pipe, f"{reflection.id}\n".encode())
        n += 1


def _check(data_dir: Path, acknowledged: list[str], report: CrashReport) -> None:
    from competence_app.paths import database_path

    connection = sqlite3.connect(database_path(data_dir))
    try:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            report.integrity_failures += 1
        stories = {
            row[0]
            for row in connection.execute(
                "SELECT example FROM competence_answers WHERE competence_id = 'resilience'"
            )
        }
    finally:
        connection.close()
    report.lost += sum(1 for rid in acknowledged if f"story {rid}" not in stories)


def run(kills: int, data_dir: Path, max_delay: float = 0.06, seed: int = 7) -> CrashReport:
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import profiles
    from competence_app.store.database import open_database

    prepare_data_dir(data_dir)
    db = open_database(database_path(data_dir))
    profile_id = profiles.create_profile(db, "Crash test").id
    db.close()  # never fork with an open SQLite connection
    rng = random.Random(seed)
    report = CrashReport()
    all_acknowledged: list[str] = []
    for _ in range(kills):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                _writer(data_dir, profile_id, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        # The random moment is counted from when the writer is saving, not from the fork:
        # on a busy machine opening the database alone could use up the whole delay.
        started = b""
        while not started.endswith(b"ready\n"):
            chunk = os.read(read_end, 1)
            if not chunk:
                break
            started += chunk
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as pipe:
            lines = pipe.read().decode().splitlines()
        # A line cut off by the kill was never fully acknowledged.
        acknowledged = [line for line in lines if len(line) == 36]
        all_acknowledged.extend(acknowledged)
        report.kills += 1
        report.acknowledged += len(acknowledged)
        _check(data_dir, acknowledged, report)
    # And once more at the end: every answer ever acknowledged is still there.
    final = CrashReport()
    _check(data_dir, all_acknowledged, final)
    report.lost = max(report.lost, final.lost)
    report.integrity_failures += final.integrity_failures
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=2000)
    args = parser.parse_args()
    if not hasattr(os, "fork"):
        sys.exit("This benchmark needs fork() (Linux or macOS).")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        report = run(args.kills, Path(folder) / "data")
        took = time.perf_counter() - started
    print(f"kills: {report.kills} in {took:.1f} s")
    print(f"integrity_check failures: {report.integrity_failures}")
    print(f"acknowledged answers: {report.acknowledged}")
    print(f"acknowledged answers lost: {report.lost} (must be 0)")


if __name__ == "__main__":
    main()
