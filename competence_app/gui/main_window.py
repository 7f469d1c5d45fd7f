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


class MainWindow(QMainWindow):
    load_failed = Signal(int, str)  # exit code, message already shown to the person

    def __init__(self, data_dir: Path, framework=None, framework_path: Path | None = None):
        super().__init__()
        self.context = None
        self._data_dir = data_dir
        self._framework = framework
        self._framework_path = framework_path
        self._load_pending = False
        self.setWindowTitle(APP_NAME)
        self.resize(1120, 780)
        self.flow = None
        self._results_tab = None
        self.tabs = None
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
        from competence_app.paths import database_path
        from competence_app.store import profiles, reflections
        from competence_app.store.database import StoreError, open_database

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
            self.statusBar().addPermanentWidget(self.saved_label)
            self._build_menus()
        try:
            self.context.db = open_database(database_path(self.context.data_dir))
        except StoreError as error:
            QMessageBox.critical(self, self.tr("Cannot open your data"), str(error))
            self.load_failed.emit(EXIT_STORE, str(error))
            return False
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
        from PySide6.QtWidgets import QTabWidget

        from competence_app.gui.reflect_flow import ReflectFlow
        from competence_app.gui.widgets import LazyPage

        if self.tabs is None:
            self.flow = ReflectFlow(self.context)
            self._results_tab = LazyPage(self._make_results)
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.flow, self.tr("&Reflect"))
            self.tabs.addTab(self._results_tab, self.tr("R&esults"))
            self.flow.finished.connect(self.show_results)
            self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.flow.show_reflection(reflection)
        self.tabs.setCurrentWidget(self.flow)
        self.flow.pages[self.flow.current_index()].focus_first()

    def _make_results(self):
        from competence_app.gui.results_page import ResultsPage

        return ResultsPage(self.context)

    @property
    def results(self):
        """The results page, built the first time anyone needs it."""
        return None if self._results_tab is None else self._results_tab.content()

    # -- actions -----------------------------------------------------------------

    def _build_menus(self) -> None:
        from competence_app.gui import shortcuts

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = file_menu.addAction(self.tr("Start a &new reflection…"))
        new.setShortcut(shortcuts.NEW_REFLECTION)
        new.triggered.connect(self.new_reflection)
        me = file_menu.addAction(self.tr("About &me…"))
        me.setShortcut(shortcuts.ABOUT_ME)
        me.triggered.connect(self.edit_profile)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(shortcuts.QUIT)
        quit_action.triggered.connect(self.close)

        go = self.menuBar().addMenu(self.tr("&Go"))
        reflect = go.addAction(self.tr("&Reflect"))
        reflect.setShortcut(shortcuts.SHOW_REFLECT)
        reflect.triggered.connect(lambda: self.tabs and self.tabs.setCurrentWidget(self.flow))
        results = go.addAction(self.tr("R&esults"))
        results.setShortcut(shortcuts.SHOW_RESULTS)
        results.triggered.connect(self.show_results)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Citizen Leadership Companion"))
        about.triggered.connect(self.show_about)

        self._workspace_actions = [new, me, reflect, results]
        for action in self._workspace_actions:
            action.setEnabled(False)

    def show_results(self) -> None:
        if self.tabs is None:
            return
        self.flow.flush()
        self.tabs.setCurrentWidget(self._results_tab)
        self.results.show_reflection(self.flow.reflection.id)

    def new_reflection(self) -> None:
        from competence_app.gui import saving
        from competence_app.gui.dialogs import ask_label

        label = ask_label(self)
        if label is None:
            return
        self.flow.flush()
        created = []
        if saving.write(self.context, self, lambda: created.append(self._create_reflection(label))):
            self.context.events.reflections_listed.emit()
            self._show_workspace(created[0])

    def edit_profile(self) -> None:
        from competence_app.gui import saving
        from competence_app.gui.dialogs import ProfileDialog
        from competence_app.store import profiles

        profile = self.context.profile
        dialog = ProfileDialog(self.context.framework, profile, self)
        if dialog.exec():
            profile.name = dialog.form.name.text().strip()
            profile.self_words = dialog.form.words()
            if saving.write(
                self.context, self, lambda: profiles.update_profile(self.context.db, profile)
            ):
                self.context.events.profile_changed.emit()

    def show_about(self) -> None:
        from competence_app.gui.dialogs import about_dialog

        about_dialog(self, self.context.framework, self.context.data_dir).exec()

    def _show_saved(self) -> None:
        from datetime import datetime

        self.saved_label.setText(
            self.tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )

    def closeEvent(self, event) -> None:
        if self.flow is not None:
            self.flow.flush()
        if self.context is not None and self.context.db is not None:
            self.context.db.close()
            self.context.db = None
        super().closeEvent(event)
