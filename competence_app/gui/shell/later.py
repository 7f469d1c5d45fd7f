"""Commands named now and imported the first time they run (see menus.py)."""

from __future__ import annotations

import importlib
from typing import Any


class LaterCommand:
    """Stands for `module.name`; calling it imports the module and calls the function."""

    def __init__(self, module: str, name: str):
        self.module = module
        self.__name__ = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(self.module), self.__name__)(*args, **kwargs)


class later:  # noqa: N801 - reads as a function where it is used
    """A module whose attributes are commands imported the first time they run."""

    def __init__(self, module: str):
        self._module = module

    def __getattr__(self, name: str) -> LaterCommand:
        return LaterCommand(self._module, name)
