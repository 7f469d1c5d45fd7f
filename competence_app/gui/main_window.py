"""The main window: menus, a status line, and the pages it composes. Kept thin on purpose.

Only the empty frame is built before the window first paints; the framework,
the database and the pages load just after, so the window appears as fast as a
bare Qt window would (see benchmarks/startup.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from competence_app import APP_NAME

EXIT_FRAMEWORK = 2
EXIT_STORE = 3
EXIT_IN_USE = 4


class MainWindow(QMainWindow):
    load_failed = Signal(int, str)  # exit code, message already shown to the person

    def __init__(self, data_dir: Path, framework=None, framework_path: Path | None = None):
        super().__init__()
        self.context = None
        self._data_dir = data_dir
        self._framework = framework
        self._framework_path = framework_path
        self._load_pending = False
        self._lock = None
        self.setWindowTitle(APP_NAME)
        self.resize(1120, 780)
        self.workspace = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # The first frame is deliberately empty: painting text would wait for the
        # font database, and the content follows a moment later anyway.
        self.stack.addWidget(QWidget())
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save status"))

    # -- start-up ----------------------------------------------------------------

    def load_soon(self) -> None:
        """Load everything once the window has been painted, so it appears at once."""
        self._load_pending = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._load_pending:
            self._load_pending = False
            QTimer.singleShot(0, self.load)

    def load(self) -> bool:
        """Read the framework and the person's data, then show the right page."""
        from PySide6.QtWidgets import QMessageBox

        from competence_app.domain.framework import (
            FrameworkError,
            default_framework_path,
            load_framework,
        )
        from competence_app.gui.context import AppContext
        from competence_app.store import profiles, reflections
        from competence_app.store.database import StoreError, open_store
        from competence_app.store.lock import FolderInUseError, FolderLock

        if self.context is None:
            try:
                framework = self._framework or load_framework(
                    self._framework_path or default_framework_path()
                )
            except FrameworkError as error:
                QMessageBox.critical(self, APP_NAME, str(error))
                self.load_failed.emit(EXIT_FRAMEWORK, str(error))
                return False
            self.context = AppContext(framework=framework, data_dir=self._data_dir)
            self.context.events.saved.connect(self._show_saved)
            self.context.events.save_failed.connect(self._show_not_saved)
            self.statusBar().addPermanentWidget(self.saved_label)
            self._build_menus()
        if self._lock is None:
            try:
                self._lock = FolderLock(self.context.data_dir).acquire()
            except FolderInUseError as error:
                QMessageBox.warning(self, self.tr("Already open"), str(error))
                self.load_failed.emit(EXIT_IN_USE, str(error))
                return False
        try:
            opened = open_store(self.context.data_dir)
        except StoreError as error:
            QMessageBox.critical(self, self.tr("Cannot open your data"), str(error))
            self.load_failed.emit(EXIT_STORE, str(error))
            return False
        self.context.db = opened.db
        if opened.notice:
            QMessageBox.information(self, self.tr("About your data"), opened.notice)
        profile = profiles.current_profile(self.context.db)
        if profile is None:
            self._show_welcome()
            return True
        self.context.profile = profile
        latest = reflections.latest_reflection(self.context.db, profile.id)
        if latest is None:
            latest = self._create_reflection("")
        self._show_workspace(latest)
        return True

    def reopen(self, change=None) -> bool:
        """Close the data, optionally change the files (e.g. restore a backup), load again.

        The folder lock stays held throughout, so no other copy can slip in.
        """
        if self.workspace is not None:
            self.workspace.flush()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.context.db is not None:
            self.context.db.close()
            self.context.db = None
        self.context.profile = None
        if change is not None:
            change()
        return self.load()

    def _show_welcome(self) -> None:
        from competence_app.gui.welcome import WelcomePage
        from competence_app.gui.widgets import reading_column, scrolling

        page = WelcomePage(self.context.framework, self.context.data_dir)
        page.started.connect(self._first_start)
        self.stack.addWidget(scrolling(reading_column(page)))
        self.stack.setCurrentIndex(self.stack.count() - 1)
        page.form.name.setFocus()

    def _first_start(self, name: str, words: list, label: str) -> None:
        from competence_app.gui import saving
        from competence_app.store import profiles

        def create() -> None:
            self.context.profile = profiles.create_profile(self.context.db, name, words)

        if saving.write(self.context, self, create):
            self._show_workspace(self._create_reflection(label))

    def _create_reflection(self, label: str):
        from competence_app.store import reflections

        framework = self.context.framework
        return reflections.create_reflection(
            self.context.db, self.context.profile.id, label, framework.id, framework.version
        )

    def _show_workspace(self, reflection) -> None:
        from competence_app.gui.workspace import Workspace

        if self.workspace is None:
            self.workspace = Workspace(self.context)
            self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.workspace.show_reflection(reflection)

    # Shortcuts for tests and callers that think in pages.
    @property
    def flow(self):
        return None if self.workspace is None else self.workspace.flow

    @property
    def results(self):
        return None if self.workspace is None else self.workspace.results

    @property
    def plan(self):
        return None if self.workspace is None else self.workspace.plan

    def show_results(self) -> None:
        if self.workspace is not None:
            self.workspace.show_results()

    def new_reflection(self) -> None:
        from competence_app.gui import commands

        commands.new_reflection(self)

    # -- menus ---------------------------------------------------------------------

    def _build_menus(self) -> None:
        from competence_app.gui.menus import build_menus

        self._workspace_actions = build_menus(self)

    def _show_saved(self) -> None:
        from datetime import datetime

        self.saved_label.setText(
            self.tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )

    def _show_not_saved(self, reason: str) -> None:
        self.saved_label.setText(self.tr("Not saved yet: {reason}").format(reason=reason))

    def closeEvent(self, event) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        if self.context is not None and self.context.db is not None:
            self.context.db.close()
            self.context.db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        super().closeEvent(event)
