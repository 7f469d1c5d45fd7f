"""The source text Qt for Python reads of every module imported after it is not kept:
matplotlib's for the charts and WeasyPrint's for a PDF were over 30 MB of the session's
peak memory (benchmarks/memory.py)."""

from __future__ import annotations

import linecache
import subprocess
import sys
import textwrap


def kept_bytes(package: str) -> int:
    """How much of the package's source text linecache holds (all of matplotlib: 15 MB)."""
    return sum(
        sum(map(len, entry[2]))
        for name, entry in linecache.cache.items()
        if f"/{package}/" in name.replace("\\", "/") and len(entry) > 2
    )


def test_after_the_charts_are_drawn_matplotlib_s_source_is_not_kept(
    open_window, data_dir, person, qtbot
):
    window = open_window(data_dir)
    window.show_tab("results")
    window.workspace.results.grab()  # every chart drawn
    # A module matplotlib loads while drawing (a few KB) may be read afterwards.
    assert kept_bytes("matplotlib") < 100_000


def test_a_pdf_made_in_the_app_leaves_no_library_source_behind():
    # A process of its own, so that WeasyPrint is imported after Qt as in the app.
    code = textwrap.dedent(
        """
        import linecache
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from competence_app.domain.framework import default_framework_path, load_framework
        from competence_app.reports import render, worksheet
        framework = load_framework(default_framework_path())
        document = worksheet.worksheet_document(framework)
        data = render.pdf_bytes(document)
        assert data.startswith(b"%PDF")
        kept = [n for n in linecache.cache if "/weasyprint/" in n or "/fontTools/" in n]
        print("kept", len(kept))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "kept 0" in result.stdout
