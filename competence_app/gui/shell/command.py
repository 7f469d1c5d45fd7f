"""How a menu command runs: what it may ask of the window, and the one place it is run.

A command is a plain function `command(context, shell, *args)`. It gets the app
context (framework, data folder, database, person) and a `Shell`: the few things
only the window can do. It never reaches into the window's pages, so commands,
menus and the main window do not import one another in a circle.

`do` runs a command: it saves whatever is still waiting for a pause in typing
first (so every command sees, exports or replaces what is on screen), and when
the disk or the database fails under a command, it says so in plain words and
the app carries on. `run` makes the callback a menu action connects to.
After git-cola's `cola/cmds.py` `do()`/`run()`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from competence_app.gui.shell import saving
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.domain.framework import Framework
    from competence_app.domain.model import Reflection
    from competence_app.gui.shell.context import AppContext

TABS = ("reflect", "results", "plan", "involvement")


class Shell(Protocol):
    """What a command may ask of the window it runs in; the main window implements it."""

    @property
    def reflection(self) -> Reflection | None:
        """The reflection on screen; None on the welcome page and the chooser."""

    def window(self) -> QWidget:
        """The window that dialogs belong to."""

    def flush(self) -> None:
        """Save everything still waiting for a pause in typing."""

    def show_reflection(self, reflection: Reflection, tab: str = "reflect") -> None:
        """Open this reflection, on one of TABS."""

    def show_tab(self, tab: str) -> None:
        """Go to one of TABS of the reflection on screen."""

    def show_chooser(self) -> None:
        """Let someone else choose themselves (people sharing one laptop)."""

    def open_profile(self, profile_id: str) -> None:
        """Open this person's profile (asking for its passphrase if it has one)."""

    def reopen(
        self, change: Callable[[], None] | None = None, before: Callable[[], None] | None = None
    ) -> bool:
        """Close the data, run change (a restore, an import), load again; False if it failed.

        `before` runs while the database is still open (to erase someone, say)."""

    def say(self, text: str) -> None:
        """A one-off piece of news in the status bar, also said by screen readers."""

    def use_framework(self, framework: Framework) -> None:
        """Carry on with another framework."""

    def use_wording(self, easy: bool) -> None:
        """Standard or easy-read wording, redrawn at once."""

    def use_language(self, language: str) -> None:
        """Speak another language at once: menus, pages and content."""


def do(context: AppContext, shell: Shell, command: Callable[..., Any], *args) -> Any:
    """Run command now; None when the disk or database failed under it (already said)."""
    shell.flush()
    try:
        return command(context, shell, *args)
    except (sqlite3.Error, OSError) as error:
        QMessageBox.warning(
            shell.window(), translate("command", "That did not work"), saving.explain(error)
        )
        return None


def run(context: AppContext, shell: Shell, command: Callable[..., Any], *args) -> Callable:
    """A callback for a menu action (or a signal) that does command with these args."""

    def runner(*_signal_args) -> Any:
        return do(context, shell, command, *args)

    return runner
