"""The main window: menus, a status line, and the pages it composes. Kept thin on purpose.

Only the empty frame is built before the window first paints; the framework,
the database and the pages load just after, so the window appears as fast as a
bare Qt window would (see benchmarks/startup.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from competence_app import APP_NAME
from competence_app.gui.shell import startup_report, window_state

EXIT_FRAMEWORK = 2
EXIT_STORE = 3
EXIT_IN_USE = 4


class MainWindow(QMainWindow):
    load_failed = Signal(int, str)  # exit code, message already shown to the person
    first_load_done = Signal()  # the first page is built, or the load failed and said so

    def __init__(
        self,
        data_dir: Path,
        framework=None,
        framework_path: Path | None = None,
        read_only: bool = False,
    ):
        super().__init__()
        self.context = None
        self._data_dir = data_dir
        # A folder that can be read but not written: shown from a copy in memory.
        self.read_only = read_only
        self._framework = framework
        self._framework_path = framework_path
        self._load_pending = False
        self._lock = None
        self._look = None  # the read-only connection the first page was read from
        self._open_after_paint = False
        self._person_chosen = False
        # The menus made but not yet filled, and the commands that need a person's profile.
        self._unfilled_menus: list = []
        self._workspace_actions: list = []
        self.setWindowTitle(APP_NAME)
        window_state.restore(self, data_dir)
        self.workspace = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # The first frame is deliberately empty: painting text (or making the status bar,
        # which measures it) would wait for the font database, about 20 ms, and the
        # content follows a moment later anyway.
        self.stack.addWidget(QWidget())
        self.saved_label = QLabel()
        self.session_label = QLabel()
        # Feedback files and data files can be dropped on the window (feedback_commands).
        self.setAcceptDrops(True)

    def _label_status(self) -> None:
        # The bar is named; its labels are not, so "Saved at 14:03" is read as it is shown.
        self.statusBar().setAccessibleName(self.tr("Status"))

    # -- start-up ----------------------------------------------------------------

    def load_soon(self) -> None:
        """Load everything once the window has been painted, so it appears at once."""
        self._load_pending = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        startup_report.painted(self)
        if self._load_pending:
            self._load_pending = False
            QTimer.singleShot(0, self._first_load)
        elif self._open_after_paint:
            # Once the whole window, the page included, has been painted.
            self._open_after_paint = False
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.finish_opening))

    def _first_load(self) -> None:
        if self.load():
            startup_report.loaded(self)
        self.first_load_done.emit()

    def load(self) -> bool:
        """Read the framework and the person's data, then show the right page."""
        from competence_app import i18n
        from competence_app.domain.framework import (
            FrameworkError,
            default_framework_path,
            load_framework,
        )
        from competence_app.gui.shell.context import AppContext, framework_cache
        from competence_app.store.database import first_look, nothing_saved_yet
        from competence_app.store.lock import FolderInUseError, FolderLock

        if self.context is None:
            try:
                path = self._framework_path or default_framework_path(i18n.current_language())
                framework = self._framework or load_framework(path, framework_cache(path))
            except FrameworkError as error:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(self, APP_NAME, str(error))
                self.load_failed.emit(EXIT_FRAMEWORK, str(error))
                return False
            self.context = AppContext(
                framework=framework.worded(self._easy_read_preferred()), data_dir=self._data_dir
            )
            self.context.events.saved.connect(self._show_saved)
            self.context.events.save_failed.connect(self._show_not_saved)
            self.context.events.session_changed.connect(self.show_session)
            self._label_status()
            self.statusBar().addPermanentWidget(self.session_label)
            self.statusBar().addPermanentWidget(self.saved_label)
            # The menus' titles are painted with the first page; their commands follow
            # once it is on screen (_fill_menus). Both bars shown at once: a bar added to
            # a window already shown would appear a turn later, and the page would jump.
            self._build_menus(fill=False)
            self.menuBar().show()
            self.statusBar().show()
        if self._lock is None and not self.read_only:
            try:
                self._lock = FolderLock(self.context.data_dir).acquire()
            except FolderInUseError as error:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Already open"), str(error))
                self.load_failed.emit(EXIT_IN_USE, str(error))
                return False
        look = fresh = None
        if not self.read_only and not self.context.opening() and self.context.db is None:
            # The person's page is shown from a read-only look at a database that needs
            # nothing done first, or (a new folder) the welcome page from nothing at all;
            # sqlite-utils, migrations and the daily backup follow once it is painted
            # (finish_opening). Anything else (damage, an older or newer file) is dealt
            # with now, before any page.
            look = first_look(self.context.data_dir)
            fresh = look is None and nothing_saved_yet(self.context.data_dir)
        if look is not None or fresh:
            self._look = look
            self.context.open_later(self._open_store)
            if fresh:
                self._show_welcome()  # it reads nothing; no session can be on yet
                shown = True
            else:
                with self.context.reading_from(look):
                    shown = self._show_first_page()
            # Lay the page and the menus out now, so the frame painted next is the whole
            # page, not one still being arranged while the database opens.
            from PySide6.QtCore import QCoreApplication, QEvent

            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._open_after_paint = True
            self.update()
            return shown
        self._fill_menus()
        if self.context.opening() or self.context.db is None:
            db = self._open_store()
            if db is None:
                return False
            self.context.db = db
        return self._show_first_page()

    def _open_store(self):
        """Open the database for writing: damage and newer files handled, daily backup."""
        from PySide6.QtWidgets import QMessageBox

        from competence_app.store.database import StoreError, open_store

        look, self._look = self._look, None
        if look is not None:
            look.close()
        try:
            opened = open_store(self.context.data_dir, read_only=self.read_only)
        except StoreError as error:
            QMessageBox.critical(self, self.tr("Cannot open your data"), str(error))
            self.load_failed.emit(EXIT_STORE, str(error))
            return None
        if opened.notice:
            QMessageBox.information(self, self.tr("About your data"), opened.notice)
        if opened.read_only and not self.saved_label.text():
            self._say_read_only()
        return opened.db

    def _close_database(self) -> None:
        self.context.close_database()
        if self._look is not None:
            self._look.close()
            self._look = None

    def finish_opening(self) -> None:
        """After the first page is painted: the menus' commands, then the database opened
        for writing, if still waiting."""
        self._fill_menus()
        if self.context is not None and self.context.opening():
            self.context.db  # noqa: B018 - asking for it opens it

    def _show_first_page(self) -> bool:
        from competence_app.store import profiles, reflections

        self.show_session()
        people = profiles.list_profiles(self.context.db)
        if not people:
            self._show_welcome()
            return True
        if len(people) > 1 and not self._person_chosen:
            self.show_chooser()
            return True
        self.context.profile = profiles.current_profile(self.context.db)
        from competence_app.store import sealing

        if not sealing.is_open(self.context.db, self.context.profile.id):
            # A passphrase to ask for (the dialog's module is loaded only then): the
            # database is opened for writing first.
            from competence_app.gui.dialogs.profile_lock import ask_to_open

            if self.context.opening():
                self.context.writable()
            if not ask_to_open(self, self.context):
                # Not opened without its passphrase: back to choosing who is using the app.
                self.context.profile = None
                self._person_chosen = False
                self.show_chooser()
                return True
        latest = reflections.latest_reflection(self.context.db, self.context.profile.id)
        if latest is None:
            self.context.writable()
            latest = self._create_reflection("")
        self.show_reflection(latest)
        # After the person's page is painted: a quiet line if anything is overdue.
        self.context.when_open(self, self._mention_overdue)
        return True

    def _mention_overdue(self) -> None:
        from competence_app.gui.shell import overdue

        self.overdue_notice = overdue.mention(self, self.context)

    # -- people sharing one laptop ---------------------------------------------------

    def show_chooser(self) -> None:
        from competence_app.gui.dialogs.chooser import ProfileChooser

        self._discard_workspace()
        chooser = ProfileChooser(self.context)
        chooser.chosen.connect(self.open_profile)
        chooser.new_person.connect(self._show_welcome)
        chooser.delete_requested.connect(self._delete_person)
        self._show_page(chooser)
        chooser.reload()

    def open_profile(self, profile_id: str) -> None:
        from competence_app.store import profiles, sealing

        # A new person at the keyboard: a protected profile asks for its passphrase again.
        sealing.forget(self.context.db)
        self._person_chosen = True
        self.reopen(
            lambda: None, before=lambda: profiles.set_current_profile(self.context.db, profile_id)
        )

    def _delete_person(self, profile_id: str) -> None:
        from competence_app.gui.dialogs.profile_lock import OpenDialog
        from competence_app.store import erase, profiles, sealing

        if not sealing.is_open(self.context.db, profile_id):
            # A protected profile is deleted only by someone who can open it.
            name = next(
                (p.name for p in profiles.list_profiles(self.context.db) if p.id == profile_id), ""
            )
            if not OpenDialog(self.context, profile_id, name, self).exec():
                return
        erase.erase_profile(self.context.db, self.context.data_dir, profile_id)
        self._person_chosen = False
        self.reopen()

    def use_framework(self, framework) -> None:
        """Carry on with another framework: the pages are rebuilt from its content."""
        self.context.framework = framework.worded(self.context.framework.easy_read)
        self.reopen()

    def _easy_read_preferred(self) -> bool:
        from competence_app import settings

        return bool(settings.load(self._data_dir)[settings.EASY_READ.key])

    def use_wording(self, easy: bool) -> None:
        """Standard or easy-read wording, redrawn at once on the page and tab the person is on."""
        self.context.framework = self.context.framework.worded(easy)
        if self.workspace is None:
            return  # the welcome and chooser pages show no descriptions or levels
        self._redraw_workspace()

    def use_language(self, language: str) -> None:
        """Speak `language` at once: menus, pages and (for the standard framework) content."""
        from PySide6.QtWidgets import QMessageBox

        from competence_app import i18n, settings
        from competence_app.domain.framework import (
            FrameworkError,
            default_framework_path,
            load_framework,
        )
        from competence_app.gui.shell.context import framework_cache

        for problem in i18n.install(language):
            QMessageBox.warning(self, APP_NAME, problem)
        own_file = self._framework is not None or self._framework_path is not None
        own_file = own_file or settings.load(self._data_dir)[settings.FRAMEWORK_FILE.key]
        if not own_file:
            try:
                path = default_framework_path(language)
                framework = load_framework(path, framework_cache(path))
                self.context.framework = framework.worded(self.context.framework.easy_read)
            except FrameworkError as error:
                QMessageBox.warning(self, APP_NAME, str(error))
        self._label_status()
        # The status bar speaks the new language too: the session again, no stale "Saved".
        self.show_session()
        self.saved_label.clear()
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()  # their shortcuts would otherwise stay alive
        self.menuBar().clear()
        self._build_menus()
        if self.workspace is None:
            self.reopen()  # the welcome or chooser page, drawn again
            return
        for action in self._workspace_actions:
            action.setEnabled(True)
        self._redraw_workspace()

    def _redraw_workspace(self) -> None:
        from competence_app.gui.shell.command import TABS

        tab = TABS[self.workspace.currentIndex()]
        reflection = self.workspace.reflection
        self._discard_workspace()
        self.show_reflection(reflection, tab)

    def reopen(self, change=None, before=None) -> bool:
        """Close the data, optionally change the files (e.g. restore a backup), load again.

        `before` runs while the database is still open. The folder lock stays held
        throughout, so no other copy can slip in.
        """
        self._discard_workspace()
        if before is not None:
            before()
        self._close_database()
        self.context.profile = None
        if change is not None:
            change()
        return self.load()

    def _discard_workspace(self) -> None:
        if self.workspace is not None:
            self.flush()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
            for action in self._workspace_actions:
                action.setEnabled(False)

    def _show_page(self, page) -> None:
        """Show a welcome or chooser page in place of whatever such page was there."""
        from competence_app.gui.widgets.basics import reading_column, scrolling

        while self.stack.count() > 1:
            old = self.stack.widget(1)
            self.stack.removeWidget(old)
            old.deleteLater()
        # Placed empty, then filled: moving a whole page into the window would restyle
        # every control on it again.
        area = scrolling()
        self.stack.addWidget(area)
        area.setWidget(reading_column(page))
        self.stack.setCurrentIndex(1)

    def _show_welcome(self) -> None:
        from competence_app.gui.pages.welcome import WelcomePage

        self._discard_workspace()
        page = WelcomePage(self.context.framework, self.context.data_dir)
        page.started.connect(self._first_start)
        self._show_page(page)
        page.form.name.setFocus()

    def _first_start(self, name: str, words: list, label: str) -> None:
        from competence_app.gui.shell import saving
        from competence_app.store import profiles

        def create() -> None:
            self.context.profile = profiles.create_profile(self.context.db, name, words)

        if saving.write(self.context, self, create):
            self._person_chosen = True
            self.show_reflection(self._create_reflection(label))

    def _create_reflection(self, label: str):
        from competence_app.gui.shell.commands import create_reflection

        return create_reflection(self.context, label)

    # -- what commands may ask of the window (command.Shell) -----------------------

    @property
    def reflection(self):
        return None if self.workspace is None else self.workspace.reflection

    def flush(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()

    def show_reflection(self, reflection, tab: str = "reflect") -> None:
        from competence_app.gui.shell.workspace import Workspace

        if self.workspace is None:
            # Made inside the window, so its controls are styled once (see _show_page).
            self.workspace = Workspace(self.context, self.stack)
            self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.workspace.show_reflection(reflection)
        self.show_tab(tab)

    def show_tab(self, tab: str) -> None:
        if self.workspace is not None:
            {
                "reflect": self.workspace.show_reflect,
                "results": self.workspace.show_results,
                "plan": self.workspace.show_plan,
                "involvement": self.workspace.show_involvement,
            }[tab]()

    def say(self, text: str) -> None:
        from competence_app.gui.shell import status

        status.show_message(self, text)

    # -- menus ---------------------------------------------------------------------

    def _build_menus(self, fill: bool = True) -> None:
        from competence_app.gui.shell.menus import menu_titles

        self._unfilled_menus = menu_titles(self.menuBar())
        if fill:
            self._fill_menus()

    def _fill_menus(self) -> None:
        """Put the commands in the menus _build_menus made, once."""
        if not self._unfilled_menus:
            return
        from competence_app.gui.shell.menus import build_menus

        menus, self._unfilled_menus = self._unfilled_menus, []
        self._workspace_actions = build_menus(menus, self.context, self)
        for action in self._workspace_actions:
            action.setEnabled(self.workspace is not None)

    def _read_only_text(self) -> str:
        return self.tr(
            "Read only: nothing you change here is saved, because this folder cannot be written."
        )

    def _say_read_only(self) -> None:
        """Once in a window, and for good in the status bar: nothing can be saved here."""
        from PySide6.QtWidgets import QMessageBox

        from competence_app.gui.shell import status

        status.show_not_saved(self.saved_label, self._read_only_text())
        QMessageBox.information(
            self,
            self.tr("This folder cannot be written"),
            self.tr(
                "Your data in {folder} can be read but not saved: the folder or the disk it is "
                "on cannot be written (for example a write-protected USB stick). You can look at "
                "everything and export your plan or your data file to another place. Anything "
                "you change here is not kept."
            ).format(folder=self.context.data_dir),
        )

    def _show_saved(self) -> None:
        from datetime import datetime

        from competence_app.gui.shell import status

        if self.read_only:
            status.show_not_saved(self.saved_label, self._read_only_text())
            return

        status.show_saved(
            self.saved_label,
            self.tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M:%S")),
            self.tr("Saved"),
        )

    def show_session(self) -> None:
        """Say in the status bar when a facilitator's session is on."""
        from competence_app.store.sessions import active_session

        session = active_session(self.context.db)
        self.session_label.setText(
            self.tr("Session: {name}").format(name=session.name) if session else ""
        )

    def _show_not_saved(self, reason: str) -> None:
        from competence_app.gui.shell import status

        status.show_not_saved(
            self.saved_label, self.tr("Not saved yet: {reason}").format(reason=reason)
        )

    # -- files dropped on the window ---------------------------------------------------

    @staticmethod
    def _dropped_paths(event) -> list[str]:
        mime = event.mimeData()
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        from competence_app.gui.shell.feedback_commands import accepted

        if self.context is not None and accepted(self._dropped_paths(event)):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from competence_app.gui.shell.command import do
        from competence_app.gui.shell.feedback_commands import open_dropped

        paths = self._dropped_paths(event)
        event.acceptProposedAction()
        do(self.context, self, open_dropped, paths)

    def closeEvent(self, event) -> None:
        if self._lock is not None:  # a copy refused at the door writes nothing in the folder
            window_state.save(self, self._data_dir)
        self.flush()
        if self.context is not None:
            self._close_database()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        super().closeEvent(event)
