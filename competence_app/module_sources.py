"""Letting go of the source text of the large libraries the app loads on the way.

Once PySide6 is loaded it watches every import that follows and reads the new module's
whole source, to see whether it names PySide6 (shiboken's `feature_imported`); Python's
linecache then keeps that text for good. For the libraries loaded after the first page
(matplotlib for the charts, WeasyPrint and fontTools for a PDF) that is over 30 MB of
text nobody reads again (benchmarks/README.md, memory). linecache reads any line it
needs again when it is asked (a traceback, a warning), so dropping it loses nothing.
Without Qt (the command line) nothing was kept and this costs nothing.
"""

from __future__ import annotations


def forget() -> None:
    import linecache

    linecache.clearcache()
