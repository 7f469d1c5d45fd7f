"""A plan holding a 1 MB story, exported to every format: seconds per format.

Issue 15 point 4: a 1 MB story took 174 s to export to Markdown and 11.8 s to PDF.
Every export must be linear in its text and take under 5 s with such a story, and the
document must hold the whole story (nothing cut).

Builds the full plan of benchmarks/export.py, then writes one story of `--size`
characters into the first competence of the latest reflection, exports it once per
format with every section ticked (stories too), and prints the seconds each took and
whether the whole story is in the file. `--sizes` runs several sizes (the same story
cut shorter) so the growth can be read: linear text gives seconds roughly in proportion
to the size.

Two shapes of story: `--shape paragraphs` (a paragraph of some 600 characters, then a
blank line, as people write) and `--shape one-block` (a million characters with no line
break at all, as a paste from a PDF can be: the hardest case for line breaking).

    QT_QPA_PLATFORM=offscreen python benchmarks/big_text.py [--size 1000000]
        [--sizes 250000,500000,1000000] [--formats pdf,docx,odt,html,md]
        [--shape paragraphs|one-block]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GOAL_S = 5.0
SENTENCES = [
    "At the carers' forum I waited until everyone had spoken, then summed up what I heard.",
    "Two people came up afterwards to say it was the first time they felt listened to.",
    "Next time I will ask the chair for ten minutes at the start, not at the end.",
    "The board agreed to pay carers for their time within two weeks of each meeting.",
    "I wrote a short note to the commissioner and she answered the same day.",
    "Some weeks were hard: my mother was in hospital and I missed two meetings.",
]
MARK = "Story-end-marker"


def story(size: int, shape: str) -> str:
    """A story of exactly `size` characters ending with MARK, in the given shape."""
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        sentence = SENTENCES[index % len(SENTENCES)] + f" ({index + 1})"
        index += 1
        gap = "\n\n" if shape == "paragraphs" and index % 7 == 0 else " "
        parts.append(sentence + gap)
        length += len(sentence) + len(gap)
    text = "".join(parts)[: size - len(MARK) - 1].rstrip() + " "
    return (text + MARK).ljust(size)[:size]


def text_of(path: Path, fmt: str) -> str:
    """The words a format holds, enough to find the story's last sentence in it."""
    if fmt == "pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    if fmt in ("docx", "odt"):
        inner = "word/document.xml" if fmt == "docx" else "content.xml"
        with zipfile.ZipFile(path) as archive:
            return archive.read(inner).decode("utf-8")
    return path.read_text("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--sizes", default="", help="several sizes, comma separated")
    parser.add_argument("--formats", default="pdf,docx,odt,html,md")
    parser.add_argument("--shape", default="paragraphs", choices=("paragraphs", "one-block"))
    parser.add_argument("--paper", default="A4", choices=("A4", "Letter"))
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    from export import build_plan

    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.reports.export import export_plan
    from competence_app.reports.options import SECTIONS, ExportOptions
    from competence_app.store import reflections

    framework = load_framework(default_framework_path())
    sizes = [int(s) for s in args.sizes.split(",") if s] or [args.size]
    failed = False
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        db, person = build_plan(folder, framework)
        latest = reflections.list_reflections(db, person.id)[-1]
        first = framework.competences[0].id
        formats = args.formats.split(",")
        # Warm up every writer (imports, fonts, matplotlib) with the ordinary plan.
        for fmt in formats:
            options = ExportOptions(format=fmt, sections=frozenset(SECTIONS), paper=args.paper)
            export_plan(db, framework, person.id, options, folder / f"warm.{fmt}")
        print(f"shape: {args.shape}; formats: {', '.join(formats)}")
        for size in sizes:
            text = story(size, args.shape)
            answer = reflections.get_reflection(db, latest.id).competence(first)
            answer.example = text
            reflections.save_competence_answer(db, latest.id, answer)
            for fmt in formats:
                options = ExportOptions(format=fmt, sections=frozenset(SECTIONS), paper=args.paper)
                output = folder / f"plan.{fmt}"
                start = time.perf_counter()
                export_plan(db, framework, person.id, options, output)
                seconds = time.perf_counter() - start
                whole = MARK in text_of(output, fmt)
                verdict = "met" if seconds < GOAL_S else "NOT met"
                failed |= seconds >= GOAL_S or not whole
                print(
                    f"{size:>9,} characters  {fmt.upper():<4} {seconds:7.2f} s  "
                    f"{'whole story' if whole else 'story CUT'}  "
                    f"({output.stat().st_size / 1e6:.1f} MB) -> {verdict}",
                    flush=True,
                )
        db.close()
    print(f"goal: under {GOAL_S:.0f} s each, the whole story in every format")
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
