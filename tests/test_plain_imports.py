"""Once the app's Qt application exists, imports no longer go through Qt for Python's hook,
which read the whole source of every module imported after it and left it in linecache:
20 ms before the person's page, matplotlib's 15 MB on Results, WeasyPrint's 10 MB and 5 %
of each PDF's work (competence_app/plain_imports.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_charts_and_a_pdf_made_in_the_app_leave_no_library_source_behind():
    said = run(
        """
        import builtins, linecache
        from competence_app.gui.shell.app import make_application
        app = make_application()  # as the app starts
        print("hook", builtins.__import__.__name__)
        from competence_app import charts
        from competence_app.domain.framework import default_framework_path, load_framework
        from competence_app.reports import render, worksheet
        assert render.pdf_bytes(worksheet.worksheet_document(
            load_framework(default_framework_path()))).startswith(b"%PDF")
        kept = [n for n in linecache.cache
                if any(f"/{p}/" in n for p in ("matplotlib", "weasyprint", "fontTools"))]
        print("kept", len(kept))
        """
    )
    assert "hook __feature_import__" not in said  # what PySide wraps: its own lazy import
    assert "kept 0" in said


def test_without_the_app_pyside_s_hook_would_have_kept_them():
    """The check above can fail: Qt for Python's hook does read and keep the sources."""
    said = run(
        """
        import builtins, linecache
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        print("hook", builtins.__import__.__name__)
        import matplotlib.figure
        print("kept", sum(1 for n in linecache.cache if "/matplotlib/" in n))
        """
    )
    if "hook __feature_import__" not in said:
        import pytest

        pytest.skip("this PySide puts nothing in front of import")
    assert "kept 0" not in said


def test_the_command_line_s_qt_application_makes_imports_plain_too():
    said = run(
        """
        import builtins
        from competence_app.cli.common import offscreen_application
        app = offscreen_application()
        print("hook", builtins.__import__.__name__)
        """
    )
    assert "hook __feature_import__" not in said
