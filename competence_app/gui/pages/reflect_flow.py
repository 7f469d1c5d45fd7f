"""The guided reflection: one page per competence, then one per role, saved as you go."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.model import Reflection
from competence_app.gui.look import style
from competence_app.gui.pages.competence_page import CompetencePage
from competence_app.gui.pages.page_top import scroll_to_top
from competence_app.gui.pages.role_page import RolePage
from competence_app.gui.shell import saving, shortcuts
from competence_app.gui.shell.context import AppContext
from competence_app.gui.shell.status import announce
from competence_app.gui.widgets import tab_order
from competence_app.gui.widgets.basics import Debouncer, reading_column, scrolling
from competence_app.store import reflections as store
from competence_app.wording import reflection_date, reflection_title

DONE_MARK = "✓"


class Pages(Sequence):
    """The flow's pages in order, each made the first time it is asked for.

    Making a page (its controls, their styles) was the largest part of opening a
    reflection (benchmarks/README.md, start-up): only the page a person is on is made
    at start, the others as they are reached. Anyone asking for a page gets it made,
    showing the reflection's answers, so the difference cannot be seen.
    """

    def __init__(self, count: int, make: Callable[[int], QWidget]):
        self._made: list[QWidget | None] = [None] * count
        self._make = make

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if self._made[index] is None:
            self._made[index] = self._make(index)
        return self._made[index]

    def made(self) -> list[tuple[int, QWidget]]:
        """The pages made so far, with their places; nothing is made by asking."""
        return [(i, page) for i, page in enumerate(self._made) if page is not None]

    def place_of(self, page: QWidget) -> int:
        return next(i for i, made in enumerate(self._made) if made is page)


class ReflectFlow(QWidget):
    finished = Signal()  # the person asked to see their results

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.reflection: Reflection | None = None
        framework = context.framework
        # What each page asks about; the pages themselves are made when first needed.
        self._topics = list(framework.competences) + list(framework.roles)
        self._competences = len(framework.competences)
        self._since: str | None = None  # the first reflection's title, on a later one
        self._previous: Reflection | None = None
        self._activities: list | None = None  # my involvement, read after the first paint
        self.pages = Pages(len(self._topics), self._make_page)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Pages of this reflection"))
        # Sized in characters, and wrapping, so names are never cut off at 200 % text.
        chars = self.page_list.fontMetrics().averageCharWidth()
        self.page_list.setMinimumWidth(chars * 22)
        self.page_list.setMaximumWidth(chars * 34)
        self.page_list.setWordWrap(True)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for index in range(len(self._topics)):
            self.page_list.addItem(QListWidgetItem(self._item_text(index, False)))
        self.page_list.currentRowChanged.connect(self._row_changed)
        outer.addWidget(self.page_list)

        right = QVBoxLayout()
        right.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        outer.addLayout(right, 1)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.title)
        top.addStretch(1)
        label_caption = QLabel(self.tr("&Label:"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("for example: Start of programme"))
        self.label_edit.setAccessibleName(self.tr("Label for this reflection"))
        self.label_edit.setMaxLength(80)
        label_caption.setBuddy(self.label_edit)
        self.label_edit.textChanged.connect(self._fit_label)
        self._fit_label()
        self._label_saver = Debouncer(self._save_label, parent=self)
        self.label_edit.textEdited.connect(self._label_saver.poke)
        self.label_edit.editingFinished.connect(self._label_saver.flush)
        top.addWidget(label_caption)
        top.addWidget(self.label_edit)
        right.addLayout(top)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        # From 0, so the last page is 100 % (screen readers say it as a percentage).
        self.progress.setRange(0, len(self.pages))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Progress through the pages"))
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        right.addLayout(progress_row)

        self.stack = QStackedWidget()
        for _topic in self._topics:
            # Each page is made and joins the stack when first shown (_place): making,
            # laying out and styling all 13 at once was the largest part of opening a
            # reflection (benchmarks/README.md, start-up).
            self.stack.addWidget(QWidget())
        self._placed = [False] * len(self._topics)
        right.addWidget(self.stack, 1)

        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("← &Previous"))
        self.previous_button.setToolTip(self.tr("Page Up or Alt+Left"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setToolTip(self.tr("Page Down or Alt+Right"))
        self.next_button.clicked.connect(self.next_page)
        self.next_button.setDefault(True)
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)

        for key in shortcuts.NEXT_PAGE:
            self._shortcut(shortcuts.sequence(key), self.next_page)
        for key in shortcuts.PREVIOUS_PAGE:
            self._shortcut(shortcuts.sequence(key), self.previous_page)
        for digit in range(10):
            self._shortcut(QKeySequence(str(digit)), lambda d=digit: self._digit(d))
            keypad = QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + digit))
            self._shortcut(keypad, lambda d=digit: self._digit(d))

    def _shortcut(self, sequence: QKeySequence, slot) -> None:
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- showing a reflection -------------------------------------------------

    def show_reflection(
        self,
        reflection: Reflection,
        first: Reflection | None = None,
        previous: Reflection | None = None,
    ) -> None:
        """Show a reflection; `first` is the person's first reflection if this is a later one,
        `previous` the one just before it (whose priorities it started with)."""
        self.flush()
        self.reflection = reflection
        self._since = (
            None if first is None or first.id == reflection.id else reflection_title(first)
        )
        self._previous = previous
        for _index, page in self.pages.made():
            self._fill(page)
        self.title.setText(
            self.tr("Reflection started {when}").format(when=reflection_date(reflection))
        )
        self.label_edit.setText(reflection.label)
        for index in range(len(self._topics)):
            self._mark(index)
        start = min(max(reflection.current_page, 0), len(self.pages) - 1)
        self.go_to(start)
        # Off the start-up path: the person's page first, their record a moment later.
        self.context.when_open(self, self.show_activities)

    SHOWN_ACTIVITIES = 5

    def show_activities(self) -> None:
        """Each competence page's "What I did", from my involvement (read again each time:
        the record may have changed)."""
        from competence_app.store import involvement

        if self.context.db is None or self.context.profile is None:
            return
        self._activities = involvement.load_involvements(self.context.db, self.context.profile.id)
        for _index, page in self.pages.made():
            self._show_did(page)

    def _show_did(self, page: CompetencePage | RolePage) -> None:
        if self._activities is None or not isinstance(page, CompetencePage):
            return
        from competence_app.domain.involvement import used_competence
        from competence_app.wording import involvement_title

        used = used_competence(self._activities, page.competence.id)
        shown = used[: self.SHOWN_ACTIVITIES]
        page.show_activities([involvement_title(e) for e in shown], len(used) - len(shown))

    def _make_page(self, index: int) -> CompetencePage | RolePage:
        topic = self._topics[index]
        framework = self.context.framework
        if index < self._competences:
            page = CompetencePage(framework, topic)
        else:
            page = RolePage(framework, topic)
        page.answer_changed.connect(self._save_answer)
        if self.reflection is not None:
            self._fill(page)
        return page

    def _fill(self, page: CompetencePage | RolePage) -> None:
        """Show the reflection's answer on a page, quietly."""
        reflection = self.reflection
        if isinstance(page, CompetencePage):
            page.set_answer(reflection.competence(page.competence.id))
            page.ask_look_back(self._since)
            previous = self._previous
            page.show_carried(
                previous is not None and previous.competence(page.competence.id).develop
            )
            self._show_did(page)
        else:
            page.set_answer(reflection.role(page.role.id))

    def open_current_page(self) -> None:
        """The page on show, at its top, with focus on its first question."""
        page = self.pages[self.current_index()]
        page.focus_first()
        scroll_to_top(page)

    def _place(self, index: int) -> None:
        """Put page `index` in its scrolling column, in place of its placeholder."""
        if self._placed[index]:
            return
        self._placed[index] = True
        placeholder = self.stack.widget(index)
        # The scroll area joins the stack while still empty: moving a whole page into the
        # window restyles every control on it again (about 8 ms a page at start-up).
        area = scrolling()
        # Named by its page: Tab can land on the scroll area itself (to scroll by keys).
        area.setAccessibleName(self._page_name(index))
        self.stack.insertWidget(index, area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        area.setWidget(reading_column(self.pages[index]))
        # Tab goes from the label into the page, then to Previous and Next, as when every
        # page was made with the flow: Qt puts a widget added later at the end otherwise.
        reached = [area] + [
            w
            for w in area.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ]
        tab_order.chain([self.label_edit, *reached, self.previous_button])

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self._flush_page(self.stack.currentIndex())
        focused = QApplication.focusWidget()
        # After Next or Previous too, so a keyboard user carries on at the top of the page.
        buttons = (self.next_button, self.previous_button)
        focus_was_on_page = focused is not None and (
            self.stack.isAncestorOf(focused) or focused in buttons
        )
        moved = index != self.stack.currentIndex()
        self._place(index)
        self.stack.setCurrentIndex(index)
        if focus_was_on_page:
            self.pages[index].focus_first()
        scroll_to_top(self.pages[index])
        self.page_list.blockSignals(True)
        self.page_list.setCurrentRow(index)
        self.page_list.blockSignals(False)
        total = len(self.pages)
        self.progress_label.setText(self.tr("Page {n} of {total}").format(n=index + 1, total=total))
        # A progress bar repaints at once when its value changes, and with it everything
        # waiting to be painted in the window: at start-up, the page being opened, a
        # frame too early (about 8 ms). Painted with the rest instead.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(index + 1)
        self.progress.setUpdatesEnabled(True)
        if moved and self.isVisible():
            # Where am I: the title is said as the page opens (focus goes to its first
            # question, whose group says only the question).
            announce(
                self.progress_label,
                self.tr("{title}, page {n} of {total}").format(
                    title=self._page_name(index), n=index + 1, total=total
                ),
            )
        self.previous_button.setEnabled(index > 0)
        last = index == total - 1
        self.next_button.setText(self.tr("See my &results →") if last else self.tr("&Next →"))
        if self.reflection is not None and self.reflection.current_page != index:
            self.reflection.current_page = index
            reflection_id = self.reflection.id
            saving.write(
                self.context,
                self,
                lambda: store.set_current_page(self.context.db, reflection_id, index),
                retry_key=("page", reflection_id),
            )

    def next_page(self) -> None:
        index = self.stack.currentIndex()
        if index == len(self.pages) - 1:
            self.flush()
            self.finished.emit()
        else:
            self.go_to(index + 1)

    def previous_page(self) -> None:
        self.go_to(self.stack.currentIndex() - 1)

    def flush(self) -> None:
        """Save any text still waiting for a pause in typing."""
        for _index, page in self.pages.made():
            page.flush()
        self._label_saver.flush()

    # -- saving -----------------------------------------------------------------

    def _save_answer(self, answer) -> None:
        if self.reflection is None:
            return
        page = self.sender()
        reflection_id = self.reflection.id
        db = self.context.db
        if isinstance(page, CompetencePage):
            self.reflection.competences[answer.competence_id] = answer
            ok = saving.write(
                self.context,
                self,
                lambda: store.save_competence_answer(db, reflection_id, answer),
                retry_key=("competence", reflection_id, answer.competence_id),
            )
        else:
            self.reflection.roles[answer.role_id] = answer
            ok = saving.write(
                self.context,
                self,
                lambda: store.save_role_answer(db, reflection_id, answer),
                retry_key=("role", reflection_id, answer.role_id),
            )
        if ok:
            self._mark(self.pages.place_of(page))
            self.context.events.reflection_changed.emit(reflection_id)

    def _save_label(self) -> None:
        if self.reflection is None or self.reflection.label == self.label_edit.text().strip():
            return
        self.reflection.label = self.label_edit.text().strip()
        reflection_id, label = self.reflection.id, self.reflection.label
        if saving.write(
            self.context,
            self,
            lambda: store.set_label(self.context.db, reflection_id, label),
            retry_key=("label", reflection_id),
        ):
            self.context.events.reflections_listed.emit()

    # -- helpers ------------------------------------------------------------------

    def _fit_label(self, *_args) -> None:
        """Wide enough for the whole label, so no word is cut off at either end."""
        metrics = self.label_edit.fontMetrics()
        chars = metrics.averageCharWidth()
        wanted = metrics.horizontalAdvance(self.label_edit.text()) + 4 * chars
        self.label_edit.setMinimumWidth(min(max(wanted, 24 * chars), 60 * chars))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_label()

    def _flush_page(self, index: int) -> None:
        made = dict(self.pages.made())
        if index in made:
            made[index].flush()

    def _row_changed(self, row: int) -> None:
        self.go_to(row)

    def _digit(self, digit: int) -> None:
        self.pages[self.stack.currentIndex()].handle_digit(digit)

    def _page_name(self, index: int) -> str:
        return self._topics[index].name

    def _item_text(self, index: int, done: bool) -> str:
        name = self._page_name(index)
        mark = f"  {DONE_MARK}" if done else ""
        return f"{index + 1}. {name}{mark}"

    def _mark(self, index: int) -> None:
        # From the reflection, which each page's answer is saved into: no page is made.
        topic = self._topics[index]
        if index < self._competences:
            done = self.reflection.competence(topic.id).answered
        else:
            done = self.reflection.role(topic.id).answered
        item = self.page_list.item(index)
        item.setText(self._item_text(index, done))
        state = self.tr("answered") if done else self.tr("not answered yet")
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, f"{item.text().rstrip(' ' + DONE_MARK)}, {state}"
        )
