"""Starting the GUI: the application object, the framework, the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from competence_app import APP_ID, APP_NAME, __version__
from competence_app.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from competence_app import plain_imports

    plain_imports.restore()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from competence_app.gui.widgets import accessible

    accessible.install(app)
    # One SVG drawn at any size the desktop asks for; Qt reads it only when a window
    # is shown, which costs about 2 ms (measured in packaging/README.md).
    app.setWindowIcon(QIcon(str(resource_path("resources", "icons", f"{APP_ID}.svg"))))
    return app


def show_error(title: str, message: str) -> None:
    """Say it on the terminal and in a window: a double-clicked app has no terminal."""
    from PySide6.QtWidgets import QMessageBox

    print(message, file=sys.stderr)
    QMessageBox.critical(None, title, message)


@contextmanager
def _collector_waits() -> Iterator[None]:
    # Python's cycle collector looks through every object made so far, again and again,
    # while Qt, the app and the person's page are loaded: about 2 % of the instructions to
    # their page (benchmarks/README.md, start-up). It waits until that page is built
    # (_collect_from_now_on), and is on again however the window ends; what start-up
    # leaves in cycles on the way is very little.
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@_collector_waits()
def run(
    data_dir: Path,
    framework_path: Path | None,
    data_dir_error: str | None = None,
    language: str | None = None,
    pseudo: bool = False,
    read_only: bool = False,
) -> int:
    app = make_application()
    from competence_app import i18n

    if data_dir_error:
        i18n.install(i18n.system_language(), pseudo)
        show_error(APP_NAME, data_dir_error)
        return 2
    from competence_app import settings
    from competence_app.gui.look import text_size
    from competence_app.gui.shell.main_window import MainWindow

    # Before the window exists, so its first frame is already at the chosen size
    # and in the chosen language.
    preferences = settings.load(data_dir)
    for problem in i18n.install(
        language or i18n.chosen_language(preferences[settings.LANGUAGE.key]), pseudo
    ):
        print(problem, file=sys.stderr)
    text_size.apply(preferences[settings.TEXT_SCALE.key])
    from competence_app.gui.look import theme

    theme.install(high_contrast=bool(preferences[settings.HIGH_CONTRAST.key]))
    if framework_path is None and preferences[settings.FRAMEWORK_FILE.key]:
        framework_path = Path(preferences[settings.FRAMEWORK_FILE.key])
    window = MainWindow(data_dir, framework_path=framework_path, read_only=read_only)
    failures: list[int] = []

    def failed(code: int, message: str) -> None:
        print(message, file=sys.stderr)
        failures.append(code)
        app.exit(code)

    window.load_failed.connect(failed)
    window.first_load_done.connect(_collect_from_now_on)
    window.show()
    window.load_soon()
    code = app.exec()
    return code or (failures[0] if failures else 0)


def _collect_from_now_on() -> None:
    # What start-up made lives as long as the app: set aside (frozen) rather than looked
    # through at the first collection, which would pause for all of it at once.
    gc.freeze()
    gc.enable()
