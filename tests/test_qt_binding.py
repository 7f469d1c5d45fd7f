"""The Qt binding in use must not leak references to None (PySide6 6.12.0 did, and a long
session then aborted with 'Fatal Python error: none_dealloc')."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
