"""Imports made plain again once Qt for Python is loaded.

PySide6 puts a Python function of its own in front of every `import` statement
(builtins.__import__), for its optional `from __feature__ import snake_case`, which this
app does not use. For each module imported after it, that function reads the module's
whole source to see whether it names PySide6, and Python's linecache keeps the text for
good. That was some 70 modules and 20 ms before the person's page, matplotlib's 100 modules
and 15 MB on the first Results, and WeasyPrint's modules (10 MB) plus its some 10,000
import statements inside functions for each PDF (5 % of its work): benchmarks/README.md.
PySide keeps the import it wraps as builtins.__orig_import__; the app puts that back
once, as soon as its Qt application exists. A PySide that keeps no such import changes
nothing here.
"""

from __future__ import annotations

import builtins


def restore() -> None:
    plain = getattr(builtins, "__orig_import__", None)
    if plain is not None and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = plain
