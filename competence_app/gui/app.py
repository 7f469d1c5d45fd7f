"""Starting the GUI: the application object, the framework, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from competence_app import APP_ID, APP_NAME, __version__
from competence_app.domain.framework import FrameworkError, load_framework


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def show_error(title: str, message: str) -> None:
    """Say it on the terminal and in a window: a double-clicked app has no terminal."""
    print(message, file=sys.stderr)
    QMessageBox.critical(None, title, message)


def run(data_dir: Path, framework_path: Path, data_dir_error: str | None = None) -> int:
    app = make_application()
    if data_dir_error:
        show_error(APP_NAME, data_dir_error)
        return 2
    try:
        framework = load_framework(framework_path)
    except FrameworkError as error:
        show_error(APP_NAME, str(error))
        return 2

    from competence_app.gui.context import AppContext
    from competence_app.gui.main_window import MainWindow

    window = MainWindow(AppContext(framework=framework, data_dir=data_dir))
    failed: list[str] = []
    window.load_failed.connect(failed.append)
    window.load_failed.connect(lambda _message: app.exit(3))
    window.show()
    window.load_soon()
    code = app.exec()
    return code or (3 if failed else 0)
