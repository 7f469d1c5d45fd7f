"""How long opening a locked profile takes (the passphrase check and key derivation).

    python benchmarks/unlock.py [--runs 10]

Prints the median and the slowest of the runs, in milliseconds, and the median CPU time
(time.process_time: the key derivation is all CPU, so this is what a quiet machine's wall
clock would show). Goal: under 500 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from competence_app.store import profiles, sealing
    from competence_app.store.database import open_memory

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    db = open_memory()
    person = profiles.create_profile(db, "Benchmark")
    sealing.set_passphrase(db, person.id, "a long and memorable passphrase")
    times, cpu = [], []
    for _ in range(args.runs):
        sealing.forget(db)
        started, started_cpu = time.perf_counter(), time.process_time()
        sealing.unlock(db, person.id, "a long and memorable passphrase")
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    print(
        f"unlock ({sealing.COST}): median {statistics.median(times):.0f} ms, "
        f"slowest {max(times):.0f} ms over {args.runs} runs (goal < 500 ms); "
        f"CPU time median {statistics.median(cpu):.0f} ms; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
