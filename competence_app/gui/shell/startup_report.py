"""When the window appeared and when the person's page was ready, for the start-up
benchmark (benchmarks/startup.py) and anyone who wants to time their own start.

Set COMPETENCE_APP_STARTUP_REPORT=1 and the app writes two lines on its error output:

    startup visible <wall clock> <CPU seconds>    the first frame of the main window
    startup ready <wall clock> <CPU seconds> <1 if the focus is on the page, else 0>

"ready" is the end of the first repaint after the person's data was loaded: their page
(welcome, or the reflection they resume) is on screen with its answers. The wall clock
is time.time(), so a benchmark can subtract the moment it launched the app; the CPU time
is time.process_time(). The same lines come from a source checkout and from a bundle,
so both are measured the same way. Without the variable nothing is done.
"""

from __future__ import annotations

import os
import sys
import time

ENVIRONMENT = "COMPETENCE_APP_STARTUP_REPORT"
_state = {"on": os.environ.get(ENVIRONMENT) == "1", "visible": False, "loaded": False}


def painted(window) -> None:
    """After each paint of the main window."""
    if not _state["on"]:
        return
    if not _state["visible"]:
        _state["visible"] = True
        _say("visible")
    elif _state["loaded"]:
        _state["loaded"] = False
        _state["on"] = False  # said once
        from PySide6.QtCore import QTimer

        # After the whole repaint pass: the pages paint after the window itself.
        QTimer.singleShot(0, lambda: _ready(window))


def loaded(window) -> None:
    """The first load has shown the person's page; the next paint of it is "ready"."""
    if _state["on"]:
        _state["loaded"] = True
        window.update()


def _ready(window) -> None:
    page = window.stack.currentWidget()
    focus = window.focusWidget()
    _say("ready", str(int(focus is not None and page is not None and page.isAncestorOf(focus))))


def _say(moment: str, *more: str) -> None:
    parts = ["startup", moment, repr(time.time()), repr(time.process_time()), *more]
    print(" ".join(parts), file=sys.stderr, flush=True)
