"""Killing the app at any moment never corrupts the database or loses a saved answer."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent.parent / "benchmarks" / "crash.py"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL")
def test_two_hundred_kills_lose_nothing(tmp_path):
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    harness = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = harness  # dataclasses look their module up here
    spec.loader.exec_module(harness)
    report = harness.run(200, tmp_path / "data")
    assert report.kills == 200
    # Enough saves were acknowledged for "none lost" to mean something, even on a busy machine.
    assert report.acknowledged >= report.kills // 4, "the writer got real work done between kills"
    assert report.integrity_failures == 0
    assert report.lost == 0
