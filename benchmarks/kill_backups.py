"""Kill backups and restores mid-way, then start as the app does: what is left behind?

A forked child makes backups (or restores one) in a loop; the parent kills it with
SIGKILL after a random delay, counts the half-made files the kill left, then opens the
folder as the app does at start (folder lock held, `open_store`) and counts again. The
database must pass integrity_check every time, and nothing half-made may survive a start.

    python benchmarks/kill_backups.py [--kills 150]

POSIX only. Prints, for backups and for restores: kills, files left by the kills,
files left after the next start (must be 0), bad databases (must be 0).
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _prepare(folder: Path) -> None:
    from competence_app.domain.model import CompetenceAnswer
    from competence_app.store import profiles, reflections
    from competence_app.store.database import open_store

    db = open_store(folder).db
    person = profiles.create_profile(db, "Kill test")
    reflection = reflections.create_reflection(db, person.id, "Start")
    for n in range(400):  # a few hundred KB, so a backup takes a moment
        reflections.save_competence_answer(
            db, reflection.id, CompetenceAnswer(f"c{n}", level=n % 5, example="words " * 80)
        )
    db.close()


def _child(folder: Path, kind: str) -> None:
    from competence_app.paths import database_path
    from competence_app.store import backups
    from competence_app.store.database import open_database

    if kind == "backup":
        db = open_database(database_path(folder))
        while True:
            backups.make_backup(db.conn, folder, "daily")
            backups.thin(folder)
    else:
        source = backups.list_backups(folder)[-1].path
        while True:
            backups.restore_file(source, database_path(folder))


def run(kind: str, kills: int) -> dict[str, int]:
    from competence_app.paths import database_path
    from competence_app.store import backups
    from competence_app.store.database import open_store
    from competence_app.store.lock import FolderLock

    result = {"kills": 0, "left_by_kills": 0, "left_after_start": 0, "bad_databases": 0}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "data"
        folder.mkdir(mode=0o700)
        _prepare(folder)
        for _ in range(kills):
            pid = os.fork()
            if pid == 0:
                try:
                    _child(folder, kind)
                finally:
                    os._exit(0)
            time.sleep(random.uniform(0.002, 0.06))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            result["kills"] += 1
            if backups.leftovers(folder):
                result["left_by_kills"] += 1
            with FolderLock(folder):
                opened = open_store(folder)
                opened.db.close()
            if backups.leftovers(folder):
                result["left_after_start"] += 1
            connection = sqlite3.connect(database_path(folder))
            ok = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            connection.close()
            result["bad_databases"] += 0 if ok else 1
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=150)
    args = parser.parse_args()
    for kind in ("backup", "restore"):
        figures = run(kind, args.kills)
        print(kind, " ".join(f"{key}={value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
