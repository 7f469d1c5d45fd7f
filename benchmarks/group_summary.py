"""A facilitator's group summary at scale: reading N share files, summarising them and
writing the PDF report, for N = 100, 1,000 and 10,000.

The share files are made as the app makes them (group.share.make_share), from
varied answers, two sessions, supports and look-back ratings, and written
plainly into a temporary folder (that part is not timed). Each step is timed
once per N in this process, after a warm-up on a small group (imports, fonts,
matplotlib), as it would be when a facilitator's app has been open a while.

    QT_QPA_PLATFORM=offscreen python benchmarks/group_summary.py [--sizes 100 1000 10000]

Goal: under 3 s in total for 1,000 files, growing no faster than the number of files.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 3.0
GOAL_SIZE = 1000


def make_files(folder: Path, count: int, framework, seed: int = 7) -> None:
    from competence_app.domain.model import CompetenceAnswer, Profile, Reflection, RoleAnswer
    from competence_app.domain.plan import Goal, Plan, SupportNeed
    from competence_app.group.share import ShareExtras, make_share, share_bytes

    rng = random.Random(seed)
    profile = Profile("p", "")
    supports = [s.id for s in framework.supports]
    for number in range(count):
        reflection = Reflection(
            "r", "p", "", session=("Spring cohort", "Autumn cohort")[number % 2]
        )
        for competence in framework.competences:
            untried = rng.random() < 0.1
            level = None if untried else rng.randint(1, 5)
            reflection.competences[competence.id] = CompetenceAnswer(
                competence.id,
                level=level,
                not_yet=untried,
                confidence=rng.randint(1, 3),
                develop=rng.random() < 0.3,
                look_back=rng.randint(1, level) if level and rng.random() < 0.5 else None,
            )
        for role in framework.roles:
            reflection.roles[role.id] = RoleAnswer(role.id, rng.randint(0, 4), rng.randint(0, 4))
        needs = [SupportNeed(str(i), rng.choice(supports)) for i in range(rng.randint(0, 3))]
        plan = Plan("p", goals=[Goal("g", "p", supports=needs)])
        share = make_share(framework, profile, reflection, plan, ShareExtras())
        (folder / f"person-{number:05d}.share.json").write_bytes(share_bytes(share))


def measure(folder: Path, framework) -> tuple[float, float, float, int]:
    from competence_app.group.report import export_group_report
    from competence_app.group.summary import load_shares, summarise

    start = time.perf_counter()
    result = load_shares([folder], framework)
    loaded = time.perf_counter()
    summary = summarise(result, framework)
    summarised = time.perf_counter()
    export_group_report(summary, framework, "pdf", folder.parent / f"{folder.name}.pdf")
    written = time.perf_counter()
    return loaded - start, summarised - loaded, written - summarised, summary.people


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from competence_app.domain.framework import default_framework_path, load_framework

    framework = load_framework(default_framework_path())
    verdict = True
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        warm = root / "warm-up"
        warm.mkdir()
        make_files(warm, 10, framework)
        measure(warm, framework)
        print(f"{'files':>7} {'read':>9} {'summary':>9} {'PDF':>9} {'total':>9}")
        for size in args.sizes:
            folder = root / f"group-{size}"
            folder.mkdir()
            make_files(folder, size, framework)
            read, summary, pdf, people = measure(folder, framework)
            assert people == size, f"{people} people counted from {size} files"
            total = read + summary + pdf
            print(
                f"{size:>7,} {read * 1000:>7.0f}ms {summary * 1000:>7.0f}ms "
                f"{pdf * 1000:>7.0f}ms {total * 1000:>7.0f}ms"
            )
            if size == GOAL_SIZE:
                verdict = total < GOAL_SECONDS
    if GOAL_SIZE in args.sizes:
        print(
            f"goal: under {GOAL_SECONDS:.0f} s for {GOAL_SIZE:,} files -> "
            f"{'met' if verdict else 'NOT met'}"
        )
    del app
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
