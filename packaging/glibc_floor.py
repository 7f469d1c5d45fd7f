"""The oldest glibc each library in a bundle can run with, read from its symbol versions.

    python3 packaging/glibc_floor.py packaging/dist/competence-app        # a table
    python3 packaging/glibc_floor.py --max packaging/dist/competence-app  # e.g. 2.28

A library that calls a glibc function added in 2.34 carries the version tag GLIBC_2.34
on that symbol (objdump -T shows it); the dynamic loader refuses to load it on an older
glibc. The highest tag over every file is the oldest system the bundle starts on.
build-linux.sh writes it into the launcher, which checks it before anything loads.
Needs objdump (binutils).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

VERSION = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")
# The first release of each family with that glibc, for the plain words people read.
RELEASES = {
    "Ubuntu": [((2, 31), "20.04"), ((2, 35), "22.04"), ((2, 39), "24.04")],
    "Linux Mint": [((2, 31), "20"), ((2, 35), "21"), ((2, 39), "22")],
    "Debian": [((2, 28), "10"), ((2, 31), "11"), ((2, 36), "12"), ((2, 41), "13")],
    "Fedora": [
        ((2, 28), "29"),
        ((2, 31), "32"),
        ((2, 34), "35"),
        ((2, 35), "36"),
        ((2, 36), "37"),
        ((2, 39), "40"),
        ((2, 41), "42"),
    ],
    "Red Hat Enterprise Linux": [((2, 28), "8"), ((2, 34), "9"), ((2, 39), "10")],
}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def needs(path: Path) -> tuple[int, ...]:
    """The highest GLIBC_x.y a file's undefined symbols ask for; () for none."""
    out = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
    ).stdout
    found = [
        tuple(int(part) for part in match.group(1).split("."))
        for line in out.splitlines()
        if "*UND*" in line
        for match in VERSION.finditer(line)
    ]
    return max(found, default=())


def floors(folder: Path) -> list[tuple[tuple[int, ...], Path]]:
    rows = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            rows.append((needs(path), path.relative_to(folder)))
    return rows


def dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version)) if version else "-"


def runs_on(need: tuple[int, ...]) -> str:
    """'Ubuntu 22.04, Linux Mint 21, ..., or newer releases (GNU C library 2.35).' for a bundle needing 2.35."""
    names = []
    for family, releases in RELEASES.items():
        first = next((release for glibc, release in releases if glibc >= need), None)
        if first:
            names.append(f"{family} {first}")
    return ", ".join(names) + f", or newer releases (GNU C library {dotted(need)})."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max", action="store_true", help="print only the highest need")
    parser.add_argument("--runs-on", action="store_true", help="name the oldest systems it runs on")
    parser.add_argument("--top", type=int, default=0, help="only the N most demanding files")
    args = parser.parse_args(argv)
    rows = floors(args.folder)
    highest = max((need for need, _path in rows), default=())
    if args.max:
        print(dotted(highest))
        return 0
    if args.runs_on:
        print(runs_on(highest))
        return 0
    rows.sort(key=lambda row: (row[0], str(row[1])), reverse=True)
    for need, path in rows[: args.top or None]:
        print(f"{dotted(need):>6}  {path}")
    print(f"{len(rows)} files; the bundle needs glibc {dotted(highest)} or newer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
