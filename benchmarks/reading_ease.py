"""Reading ease of the framework content and the app's own English words.

Measures the Flesch-Kincaid grade (lower is easier; goal 9 or below for
descriptions and level sentences, 6 or below for the easy-read wording) and the
Flesch reading ease (higher is easier) of:

- the framework file: competence descriptions, each level sentence, prompts,
  ideas to develop, role texts, supports, barriers and kinds of impact, in the
  standard and the easy-read wording;
- the interface: string literals passed to tr(), self.tr(), translate() and
  _tr() in competence_app/, and _("...") in the document templates.

Prints, per category, the median and the highest grade, how many items are
above grade 9, and each of those items. A development tool only: the app never
imports it, and textstat is in the `dev` extra, not a runtime dependency.

    python benchmarks/reading_ease.py [--framework FILE] [--limit 9] [--quiet]

Syllables are counted with Pyphen's hyphenation dictionary. textstat 0.7.4 and
later would first try the CMU pronouncing dictionary, which NLTK downloads on
first use; this project never touches the network, so that lookup is switched
off (scores then match textstat 0.7.3 and earlier).

Interface strings shorter than four words ("&File", "Saved") are left out: the
formulas need sentences, and a menu label has no grade worth reporting.
"""

from __future__ import annotations

import argparse
import ast
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = ROOT / "resources" / "framework" / "citizen-leadership.toml"
GOAL_STANDARD = 9.0
GOAL_EASY = 6.0
SPANISH_EASE_FLOOR = 60
TR_NAMES = {"tr", "_tr", "translate"}
MIN_INTERFACE_WORDS = 4
TEMPLATE_CALL = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")


def _textstat():
    try:
        import textstat
    except ImportError:
        sys.exit("textstat is needed: pip install -e '.[dev]' (or pip install textstat)")
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # older textstat: Pyphen only, nothing to switch off
        return textstat
    _count_syllables.get_cmudict = lambda lang: None
    return textstat


def framework_items(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Category -> [(where, text)], read from the framework file itself."""
    sys.path.insert(0, str(ROOT))
    from competence_app.domain.framework import load_framework

    framework = load_framework(path)
    easy = framework.worded(easy=True)
    items: dict[str, list[tuple[str, str]]] = {
        "descriptions": [],
        "level sentences": [],
        "easy descriptions": [],
        "easy level sentences": [],
        "prompts": [],
        "ideas to develop": [],
        "roles": [],
        "supports, barriers, impacts": [],
    }
    for competence, worded in zip(framework.competences, easy.competences, strict=True):
        items["descriptions"].append((competence.id, competence.description))
        for number, sentence in enumerate(competence.levels, start=1):
            items["level sentences"].append((f"{competence.id} {number}", sentence))
        if competence.description_easy:
            items["easy descriptions"].append((competence.id, worded.description))
        for number, sentence in enumerate(competence.levels_easy, start=1):
            items["easy level sentences"].append((f"{competence.id} {number}", sentence))
        for number, prompt in enumerate(competence.prompts, start=1):
            items["prompts"].append((f"{competence.id} {number}", prompt))
        for number, idea in enumerate(competence.develop, start=1):
            items["ideas to develop"].append((f"{competence.id} {number}", idea))
    for role in framework.roles:
        for part in ("description", "asks", "risks", "weights_reason"):
            if getattr(role, part):
                items["roles"].append((f"{role.id} {part}", getattr(role, part)))
    for section in ("supports", "barriers", "impacts"):
        for item in getattr(framework, section):
            if item.description:
                items["supports, barriers, impacts"].append((item.id, item.description))
    return {name: found for name, found in items.items() if found}


def _language(path: Path) -> str:
    import tomllib

    with open(path, "rb") as handle:
        return tomllib.load(handle).get("framework", {}).get("language", "en")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def interface_strings() -> list[tuple[str, str]]:
    """Every literal handed to a translation call, with the file and line it came from."""
    found: list[tuple[str, str]] = []
    for source in sorted((ROOT / "competence_app").rglob("*.py")):
        tree = ast.parse(source.read_text("utf-8"), str(source))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TR_NAMES or not node.args:
                continue
            # translate("Context", "text"): the text is the second argument.
            index = 1 if name == "translate" and len(node.args) > 1 else 0
            text = _literal(node.args[index])
            if text:
                found.append((f"{source.relative_to(ROOT)}:{node.lineno}", text))
    for template in sorted((ROOT / "resources" / "templates").rglob("*.j2")):
        content = template.read_text("utf-8")
        for match in TEMPLATE_CALL.finditer(content):
            text = match.group(1) if match.group(1) is not None else match.group(2)
            line = content.count("\n", 0, match.start()) + 1
            found.append((f"{template.relative_to(ROOT)}:{line}", text))
    return found


def _readable(text: str) -> str:
    """What a reader sees: no accelerator ampersands, placeholders read as a short word."""
    text = re.sub(r"&(?=\w)", "", text).replace("&&", "&")
    text = re.sub(r"\{[^}]*\}", "it", text)
    text = re.sub(r"%n|%\d", "3", text)
    return re.sub(r"<[^>]+>", " ", text)


def measure(items: list[tuple[str, str]], textstat, spanish: bool = False):
    """(where, text, grade, ease) per item. For Spanish the ease is Fernandez-Huerta's
    version of Flesch reading ease (the same 0 to 100 scale)."""
    ease = textstat.fernandez_huerta if spanish else textstat.flesch_reading_ease
    rows = []
    for where, text in items:
        plain = _readable(text)
        rows.append((where, text, textstat.flesch_kincaid_grade(plain), ease(plain)))
    return rows


def report(name: str, rows, limit: float, quiet: bool, spanish: bool = False) -> None:
    eases = [row[3] for row in rows]
    if spanish:
        # The Flesch-Kincaid grade's weights were fitted to English; for Spanish only the
        # ease is reported, and the items below 60 (harder than "normal") are listed.
        above = [row for row in rows if row[3] < SPANISH_EASE_FLOOR]
        print(
            f"{name:30} n={len(rows):4}  Fernandez-Huerta median {statistics.median(eases):5.1f}"
            f"  min {min(eases):5.1f}  below {SPANISH_EASE_FLOOR}: {len(above):3}"
        )
        key = 3
    else:
        grades = [row[2] for row in rows]
        above = [row for row in rows if row[2] > limit]
        print(
            f"{name:30} n={len(rows):4}  FK grade median {statistics.median(grades):5.1f}"
            f"  max {max(grades):5.1f}  above {limit:g}: {len(above):3}"
            f"  | reading ease median {statistics.median(eases):5.1f}  min {min(eases):5.1f}"
        )
        key = 2
    if not quiet:
        for row in sorted(above, key=lambda row: row[key], reverse=not spanish):
            where, text = row[0], row[1]
            short = text if len(text) <= 110 else text[:107] + "..."
            print(f"    {row[key]:5.1f}  {where}: {short}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--framework", type=Path, default=FRAMEWORK)
    parser.add_argument(
        "--limit", type=float, default=GOAL_STANDARD, help="list items above this grade"
    )
    parser.add_argument("--quiet", action="store_true", help="only the per-category figures")
    args = parser.parse_args(argv)
    textstat = _textstat()
    path = args.framework.resolve()
    spanish = _language(path) == "es"
    textstat.set_lang("es" if spanish else "en_GB")
    print(f"Framework: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    for name, items in framework_items(path).items():
        limit = GOAL_EASY if name.startswith("easy") else args.limit
        report(name, measure(items, textstat, spanish), limit, args.quiet, spanish)
    textstat.set_lang("en_GB")
    interface = [
        item
        for item in interface_strings()
        if len(_readable(item[1]).split()) >= MIN_INTERFACE_WORDS
    ]
    report("interface strings", measure(interface, textstat), args.limit, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
