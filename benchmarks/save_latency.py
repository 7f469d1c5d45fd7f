"""How long saving one answer takes, commit and fsync included (goal: well under 100 ms).

    python benchmarks/save_latency.py [--saves 300]

Saves answers one by one through the app's store, as the reflection pages do,
with WAL and synchronous=FULL, and prints the median and 95th percentile.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()

    from competence_app.domain.model import CompetenceAnswer
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import profiles, reflections
    from competence_app.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(database_path(prepare_data_dir(Path(folder) / "data")))
        person = profiles.create_profile(db, "Benchmark")
        reflection = reflections.create_reflection(db, person.id)
        timings = []
        for n in range(args.saves):
            answer = CompetenceAnswer(f"c{n % 9}", level=n % 5 + 1, example="words " * (n % 50))
            started = time.perf_counter()
            reflections.save_competence_answer(db, reflection.id, answer)
            timings.append((time.perf_counter() - started) * 1000)
        db.close()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"saves: {args.saves}; median {statistics.median(timings):.2f} ms; "
        f"95th percentile {p95:.2f} ms; slowest {timings[-1]:.2f} ms (goal: under 100 ms)"
    )


if __name__ == "__main__":
    main()
