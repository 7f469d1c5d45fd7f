"""Keep the translations in step with the code: Qt Linguist's workflow, in one command.

    python tools/translations.py update    # sources -> resources/translations/*.ts
    python tools/translations.py release   # *.ts -> *.qm (also run by the wheel build)
    python tools/translations.py check     # fails if a .ts misses a string of the code

`update` runs `pyside6-lupdate` over the Python sources and the Designer forms. The
jinja2 document templates are not Python, so their `_("...")` strings are copied into
stand-in Python files, line for line, for lupdate to read; the .ts then points
translators at the template itself. Existing translations are kept; strings gone
from the code are kept as obsolete so a translator's work is never thrown away.

Plurals: every message whose text holds `%n` (or `%Ln`, the count written the way the
language writes big numbers: 988,000 or 988.000) is a plural message (Qt picks the form
for the count). lupdate only sees that in `self.tr(text, None, n)`, not in the
project's `translate(context, text, None, n)`, and it folds plural forms it does not
expect into one. So `update` keeps each .ts file's plural forms aside, runs lupdate,
and writes them back, marking every `%n` message as plural. English has a file too
(competence_app_en.ts) that holds only the plural messages: "%n goal" / "%n goals".
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "resources" / "templates"
PREFIX = "competence_app"
LANGUAGES = ("es", "en")
# The English file holds only the plural forms: every other English text is the source.
PLURALS_ONLY = ("en",)
# The templates under group/ are rendered by the group report, under involvement/ by the
# involvement record; the rest by the plan.
TEMPLATE_CONTEXTS = {"group": "GroupSummary", "involvement": "InvolvementRecord"}
DEFAULT_TEMPLATE_CONTEXT = "PlanDocument"
_TEMPLATE_CALL = re.compile(r"""\b_\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)""")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} was not found: install PySide6-Essentials into this Python.")
    return found


def python_sources() -> list[Path]:
    return sorted((ROOT / "competence_app").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def template_strings(path: Path) -> dict[int, list[str]]:
    """The literal `_("...")` texts of one template, by line number."""
    found: dict[int, list[str]] = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        for match in _TEMPLATE_CALL.finditer(line):
            found.setdefault(number, []).append(ast.literal_eval(match.group(1)))
    return found


def template_context(path: Path) -> str:
    first = path.relative_to(TEMPLATES).parts[0]
    return TEMPLATE_CONTEXTS.get(first, DEFAULT_TEMPLATE_CONTEXT)


def write_stand_ins(folder: Path) -> dict[str, str]:
    """Stand-in .py files for the templates; returns stand-in name -> template path."""
    names = {}
    for template in sorted(TEMPLATES.rglob("*.j2")):
        strings = template_strings(template)
        if not strings:
            continue
        context = template_context(template)
        lines = [""] * max(strings)
        for number, texts in strings.items():
            lines[number - 1] = "; ".join(f"translate({context!r}, {text!r})" for text in texts)
        relative = template.relative_to(ROOT).as_posix()
        stand_in = folder / (relative.replace("/", "__") + ".py")
        stand_in.write_text("\n".join(lines) + "\n", "utf-8")
        names[stand_in.name] = relative
    return names


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{PREFIX}_{language}.ts"


def update(ts_files: list[Path], no_obsolete: bool = False) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        stand_ins = write_stand_ins(folder)
        sources = [str(p) for p in python_sources()] + [str(folder / n) for n in stand_ins]
        command = [tool("pyside6-lupdate"), "-locations", "relative", *sources]
        if no_obsolete:
            command.append("-no-obsolete")
        command += ["-ts", *map(str, ts_files)]
        kept = {ts: plural_forms(ts.read_text("utf-8")) if ts.exists() else {} for ts in ts_files}
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)
        for ts in ts_files:
            text = with_plurals(ts.read_text("utf-8"), kept[ts], plurals_only=_only_plurals(ts))
            # Point translators at the template, not at the stand-in that was read.
            text = re.sub(
                r'filename="[^"]*?([^"/]+\.j2\.py)"',
                lambda m: 'filename="../../' + stand_ins.get(m.group(1), m.group(1)) + '"',
                text,
            )
            ts.write_text(text, "utf-8")


PLURAL = re.compile(r"%L?n")  # the count of a plural message; %Ln in the locale's digits
_CONTEXT = re.compile(r"<context>.*?</context>\n?", re.S)
_MESSAGE = re.compile(r"( *)<message(?: numerus=\"yes\")?>\n(.*?)\n *</message>\n", re.S)
_TRANSLATION = re.compile(r"( *)<translation(?P<attrs>[^>]*)>(?P<body>.*?)</translation>", re.S)
_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def _only_plurals(ts: Path) -> bool:
    return any(ts.name == f"{PREFIX}_{language}.ts" for language in PLURALS_ONLY)


def _key(context: str, message: str) -> tuple[str, str, str]:
    source = re.search(r"<source>(.*?)</source>", message, re.S)
    comment = re.search(r"<comment>(.*?)</comment>", message, re.S)
    return (context, source.group(1) if source else "", comment.group(1) if comment else "")


def plural_forms(ts_text: str) -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    """(context, source, comment) -> (translation attributes, forms) of every plural message."""
    found = {}
    for block in _CONTEXT.findall(ts_text):
        name = re.search(r"<name>(.*?)</name>", block, re.S).group(1)
        for _, body in _MESSAGE.findall(block):
            translation = _TRANSLATION.search(body)
            if translation and "<numerusform" in translation.group("body"):
                forms = _FORM.findall(translation.group("body"))
                found[_key(name, body)] = (translation.group("attrs"), forms)
    return found


def with_plurals(ts_text: str, kept: dict, plurals_only: bool = False) -> str:
    """Every `%n` message marked plural, with the forms kept from before lupdate ran.

    A message that was not plural before starts with its one translation as the first
    form and its source as the others, unfinished, for the translator to complete.
    """

    def message(name: str, match: re.Match) -> str:
        indent, body = match.group(1), match.group(2)
        key = _key(name, body)
        if not PLURAL.search(key[1]):
            return "" if plurals_only else match.group(0)
        translation = _TRANSLATION.search(body)
        if translation is None:
            return match.group(0)
        attrs, forms = kept.get(key, (None, None))
        if forms is None:
            old = translation.group("body")
            old_forms = _FORM.findall(old)
            first = old_forms[0] if old_forms else old
            forms = [first, first] if first else ["", ""]
            attrs = ' type="unfinished"'
        if 'type="obsolete"' in translation.group("attrs") or 'type="vanished"' in (
            translation.group("attrs")
        ):
            attrs = translation.group("attrs")
        inner = indent * 2
        lines = "".join(f"\n{inner}    <numerusform>{form}</numerusform>" for form in forms)
        new = f"{translation.group(1)}<translation{attrs}>{lines}\n{inner}</translation>"
        body = body[: translation.start()] + new + body[translation.end() :]
        return f'{indent}<message numerus="yes">\n{body}\n{indent}</message>\n'

    def context(match: re.Match) -> str:
        block = match.group(0)
        name = re.search(r"<name>(.*?)</name>", block, re.S).group(1)
        block = _MESSAGE.sub(lambda m: message(name, m), block)
        if plurals_only:  # the places are relative to messages no longer in the file
            block = re.sub(r"\n *<location [^>]*/>", "", block)
        return block if "<message" in block else ""

    return _CONTEXT.sub(context, ts_text)


def release(ts_files: list[Path], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in ts_files:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            text=True,
        )
        made.append(qm)
    return made


def missing_strings(ts: Path) -> list[str]:
    """Strings the code has that `ts` lacks: a fresh extraction compared with it."""
    import xml.etree.ElementTree as ElementTree

    def messages(path: Path) -> set[tuple[str, str]]:
        tree = ElementTree.parse(path)
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.getroot().iter("context")
            for message in context.iter("message")
            if message.find("translation") is None
            or message.find("translation").get("type") not in ("obsolete", "vanished")
        }

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        update([fresh])
        wanted = messages(fresh)
        if _only_plurals(ts):
            wanted = {(c, s) for c, s in wanted if PLURAL.search(s)}
        return sorted(f"{c}: {s}" for c, s in wanted - messages(ts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "release", "check"))
    parser.add_argument(
        "--no-obsolete", action="store_true", help="drop strings gone from the code"
    )
    args = parser.parse_args(argv)
    files = [ts_path(language) for language in LANGUAGES]
    if args.action == "update":
        update(files, no_obsolete=args.no_obsolete)
    elif args.action == "release":
        for qm in release(files, TRANSLATIONS):
            print(qm.relative_to(ROOT))
    else:
        problems = [f"{ts.name}: {line}" for ts in files for line in missing_strings(ts)]
        print("\n".join(problems) or "Every string of the code is in the translation files.")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
