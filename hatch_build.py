"""Wheel build step: compile the translations (.ts -> .qm) with pyside6-lrelease.

The .qm files are never committed, so they can never be older than the .ts files
they come from; every install, editable or not, builds them afresh.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        sys.path.insert(0, str(ROOT / "tools"))
        try:
            import translations
        finally:
            sys.path.pop(0)
        # Written beside the .ts files: the wheel takes the whole resources/ folder
        # (force-include in pyproject.toml), and a source checkout finds them there too.
        translations.release(
            sorted(translations.TRANSLATIONS.glob("*.ts")), translations.TRANSLATIONS
        )
