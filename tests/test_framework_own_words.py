"""The framework content is written in its own words, not pasted from the research.

No sentence of the framework files may share a run of eight or more consecutive
words with the report or the roles paper behind it (the texts in
`shared/seeds/`, beside the repository), once both are lower-cased and stripped
of punctuation. Proper names (the report's and the paper's titles, the
university, a research body) are left aside: a credit must name them exactly.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK_FILES = sorted((ROOT / "resources" / "framework").glob("*.toml"))
RUN = 8

# Titles and names that a credit has to quote as they are.
PROPER_NAMES = (
    "Builder, Expert, Disruptor, Leader: The Many Roles of People with Lived Experience",
    "Citizen Leadership: Co-creating Integrated Care",
    "International Journal of Integrated Care",
    "National Institute for Health and Care Research",
    "University of Birmingham",
)


def _seeds_folder() -> Path | None:
    """`shared/seeds` beside the repository (CI's clone) or beside one of its parents
    (a git worktree inside the project's folder)."""
    for folder in ROOT.parents:
        seeds = folder / "shared" / "seeds"
        if seeds.is_dir() and any(seeds.glob("*.txt")):
            return seeds
    return None


def words(text: str) -> list[str]:
    """Lower-cased words without punctuation: "Co-production's" -> co production s."""
    return re.findall(r"[^\W_]+", text.lower())


def runs(tokens: list[str], length: int = RUN) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + length]) for i in range(len(tokens) - length + 1)}


def _strings(value, where: str):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")


def framework_sentences(path: Path):
    """(where, sentence) for every sentence of every text in a framework file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for where, text in _strings(data, ""):
        for name in PROPER_NAMES:
            # A name splits the text, so a run cannot reach across it.
            text = re.sub(re.escape(name), ".", text, flags=re.IGNORECASE)
        for sentence in re.split(r"(?<=[.!?;:])\s+", text):
            yield where, sentence


@pytest.fixture(scope="module")
def research_runs() -> set[tuple[str, ...]]:
    seeds = _seeds_folder()
    if seeds is None:
        pytest.skip(
            "the research texts are not here: shared/seeds/ is looked for beside the "
            f"repository and its parent folders, from {ROOT}"
        )
    found: set[tuple[str, ...]] = set()
    for source in sorted(seeds.glob("*.txt")):
        found |= runs(words(source.read_text(encoding="utf-8", errors="replace")))
    return found


def test_the_check_finds_a_pasted_sentence(research_runs):
    # The report's own line for lobbying, pasted, must be caught: otherwise the
    # test below could pass by reading nothing.
    pasted = "Recognising who has power, how best to influence their decision making."
    assert runs(words(pasted)) & research_runs
    # Seven of its words in a row, then a word of one's own, are not a copy.
    assert not runs(words("Recognising who has power, how best to act.")) & research_runs


@pytest.mark.parametrize("path", FRAMEWORK_FILES, ids=lambda p: p.name)
def test_no_sentence_shares_eight_words_in_a_row_with_the_research(path, research_runs):
    copied = []
    for where, sentence in framework_sentences(path):
        shared = runs(words(sentence)) & research_runs
        if shared:
            copied.append(f"{where}: {' '.join(sorted(shared)[0])!r} in {sentence!r}")
    assert not copied, "\n".join(copied)
