"""Group > Group summary…: an anonymous picture of a cohort from the share files people gave."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.framework import Framework
from competence_app.formats import number_text as _median
from competence_app.gui.dialogs import save_dialog
from competence_app.gui.pages.results_models import RowsModel
from competence_app.gui.pages.results_page import twin_table
from competence_app.gui.widgets.basics import heading, page_layout, scrolling, text_label
from competence_app.gui.widgets.chart_widget import ChartView


class FilesModel(RowsModel):
    """File names that can wrap: a break is allowed after the dots, dashes and underscores
    of a long name, which has no spaces. Tooltips and screen readers get the plain name."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 and value:
            for mark in "._-":
                value = value.replace(mark, mark + "\u200b")
        return value


class GroupWindow(QWidget):
    def __init__(self, framework: Framework, parent=None, data_dir: Path | None = None):
        super().__init__(parent)
        self.framework = framework
        self.data_dir = data_dir  # its preferences keep the folder last saved to
        self.paths: list[Path] = []
        self.result = None
        self.summary = None
        self.setWindowTitle(self.tr("Group summary"))
        self.setWindowFlag(Qt.WindowType.Window)
        self._fit_screen()
        self.setAcceptDrops(True)
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Add the share files people chose to give you (or drop them on this window). "
                    "Nobody's name or story is in them unless they ticked it themselves."
                )
            )
        )
        row = QHBoxLayout()
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(self.tr("Add a f&older…"))
        add_folder.clicked.connect(self._add_folder)
        clear = QPushButton(self.tr("&Clear"))
        clear.clicked.connect(lambda: self.set_paths([]))
        session_caption = QLabel(self.tr("&Session:"))
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Show one session only"))
        session_caption.setBuddy(self.session)
        self.session.currentIndexChanged.connect(self._summarise)
        for widget in (add_files, add_folder, clear, session_caption, self.session):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)

        splitter = QSplitter()
        self.files_model = FilesModel(framework, self)
        self.files = QTableView()
        self.files.setModel(self.files_model)
        self.files.setAccessibleName(self.tr("Files and whether each was counted"))
        self.files.setWordWrap(True)
        # Both columns share the width and wrap, never scroll sideways.
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.files.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.files.horizontalHeader().sectionResized.connect(
            lambda *_: self.files.resizeRowsToContents()
        )
        splitter.addWidget(self.files)

        body = QWidget()
        column = QVBoxLayout(body)
        self.people = heading("")
        self.notice = text_label()
        column.addWidget(self.people)
        column.addWidget(self.notice)
        self.chart = ChartView(
            self.tr("Stacked bars: how many people chose each level of each competence"),
            self.tr("The same counts are in the table below the chart."),
            size=(6.0, 3.6),
            # A bar's room for a name on two lines, and the key; grows with the text size (a
            # fixed 330 px squeezed nine rows of 200 % names into each other).
            minimum=(320, 120 + 34 * len(framework.competences)),
        )
        column.addWidget(self.chart)
        self.tables: dict[str, tuple[RowsModel, QTableView, QLabel]] = {}
        for key, title in (
            ("competences", self.tr("Competences")),
            ("supports", self.tr("Support most asked for")),
            # Beside the support asked for: the evidence for "expenses paid promptly".
            ("involvement", self.tr("Time given and expenses owed")),
            ("roles", self.tr("Roles now and wished-for (medians, 0 to 4)")),
            ("look_back", self.tr("Looking back at the start")),
            ("sessions", self.tr("Change between the first and the latest session")),
        ):
            model = RowsModel(framework, self)
            view = twin_table(model)
            view.setAccessibleName(title)
            caption = heading(title)
            column.addWidget(caption)
            if key == "involvement":
                # In words first: what a facilitator can take to the organisations.
                self.involvement = text_label()
                column.addWidget(self.involvement)
            column.addWidget(view)
            self.tables[key] = (model, view, caption)
        self.sessions_note = text_label(
            self.tr(
                "Change is shown two ways: from where people put themselves at the first session, "
                "and from where they now think they really were. People often rate their start "
                "lower once they know more, so the second is usually the larger."
            )
        )
        column.addWidget(self.sessions_note)
        column.addStretch(1)
        splitter.addWidget(scrolling(body))
        splitter.setSizes([320, 780])
        layout.addWidget(splitter, 1)

        save = QHBoxLayout()
        self.save_buttons = []
        for text, slot in (
            (self.tr("Save &report…"), self._save_report),
            (self.tr("Save C&SV…"), self._save_csv),
            (self.tr("Save SQ&Lite…"), self._save_sqlite),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            save.addWidget(button)
            self.save_buttons.append(button)
        save.addStretch(1)
        layout.addLayout(save)
        self.set_paths([])

    def _fit_screen(self) -> None:
        """Well inside the screen (a 1366x768 laptop included), title bar and all."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(1100, int(room.width() * 0.92))
        height = min(760, room.height() - 80)
        self.resize(width, height)
        self.move(
            room.x() + (room.width() - width) // 2,
            room.y() + max((room.height() - height) // 2 - 20, 0),
        )

    # -- files ------------------------------------------------------------------------

    def _add_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add share files"), "", self.tr("Share files (*.share.json)")
        )
        self.set_paths(self.paths + [Path(p) for p in chosen])

    def _add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of share files"))
        if chosen:
            self.set_paths(self.paths + [Path(chosen)])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        dropped = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.set_paths(self.paths + dropped)

    def set_paths(self, paths: list[Path]) -> None:
        from contextlib import nullcontext

        from competence_app.group.loading import load_shares
        from competence_app.gui.shell.busy import busy

        self.paths = list(dict.fromkeys(paths))
        # A folder may hold a thousand files; an empty list is instant.
        reading = busy(self, self.tr("Reading the share files…")) if self.paths else nullcontext()
        with reading:
            self.result = load_shares(self.paths, self.framework)
        self.files_model.set_rows(
            [self.tr("File"), self.tr("Counted?")],
            [[status.path.name, self._status_text(status)] for status in self.result.files],
        )
        self.files.resizeRowsToContents()
        from competence_app.group.summary import summarise

        # The summary merges spellings of one session ("Spring", "spring ").
        everyone = summarise(self.result, self.framework)
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("Everyone"), None)
        for name, people in everyone.sessions:
            if name:
                self.session.addItem(f"{name} ({people})", name)
        self.session.blockSignals(False)
        self._summarise()

    def _status_text(self, status) -> str:
        from competence_app.group.loading import COUNTED

        if status.status == COUNTED:
            return self.tr("Counted")
        return status.reason

    # -- the picture ------------------------------------------------------------------

    def _summarise(self, *_args) -> None:
        from competence_app import charts
        from competence_app.group.summary import summarise

        self.summary = summarise(self.result, self.framework, self.session.currentData())
        summary = self.summary
        self.people.setText(self.tr("%n people counted", None, summary.people))
        # Why only counts are shown (a small group), or else what happened to the files.
        self.notice.setText(summary.notice or self.result.summary_line())
        show = not summary.suppressed
        self.chart.setVisible(show)
        self.sessions_note.setVisible(False)
        self.involvement.setVisible(False)
        for _model, view, caption in self.tables.values():
            view.setVisible(show)
            caption.setVisible(show)
        for button in self.save_buttons[1:]:
            button.setEnabled(show)  # rows per person only for groups big enough
        self.save_buttons[0].setEnabled(bool(self.result.shares))
        if not show:
            return
        levels = [self.tr("Level {n}").format(n=n) for n in range(1, 6)]
        competences = summary.competences
        self.chart.draw(
            charts.draw_level_stacks,
            [c.name for c in competences],
            [list(c.levels) + [c.not_yet, c.no_answer] for c in competences],
            levels + [self.tr("Not had the chance yet"), self.tr("No answer")],
            self.tr("People"),
        )
        self._fill(
            "competences",
            [
                self.tr("Competence"),
                *levels,
                self.tr("Not yet"),
                self.tr("Median"),
                self.tr("Want to develop"),
            ],
            [
                [c.name, *map(str, c.levels), str(c.not_yet), _median(c.median), str(c.develop)]
                for c in competences
            ],
        )
        self._fill(
            "supports",
            [self.tr("Support"), self.tr("People")],
            [[s.name, str(s.people)] for s in summary.supports],
        )
        self._fill(
            "roles",
            [self.tr("Role"), self.tr("Now"), self.tr("Would like")],
            [[r.name, _median(r.now.median), _median(r.wish.median)] for r in summary.roles],
        )
        self._fill_sessions()
        self._fill_involvement()
        self._fill(
            "look_back",
            [
                self.tr("Competence"),
                self.tr("People"),
                self.tr("Start, looking back"),
                self.tr("Now"),
            ],
            [
                [b.name, str(b.people), _median(b.median_start), _median(b.median_now)]
                for b in summary.look_back
            ],
        )

    def _fill_sessions(self) -> None:
        from competence_app.group.change import change_between, sessions_in_order

        order = sessions_in_order(self.result)
        change = None
        if self.session.currentData() is None and len(order) > 1:
            change = change_between(self.result, self.framework, order[0], order[-1])
        rows = []
        if change is not None:
            for c in change.competences:
                grown = (
                    "" if None in (c.original_start, c.now) else f"{c.now - c.original_start:+g}"
                )
                grown_back = (
                    ""
                    if None in (c.looked_back_start, c.now)
                    else f"{c.now - c.looked_back_start:+g}"
                )
                rows.append(
                    [
                        c.name,
                        _median(c.original_start),
                        _median(c.looked_back_start),
                        _median(c.now),
                        grown,
                        grown_back,
                    ]
                )
        headers = [
            self.tr("Competence"),
            self.tr("At {first}").format(first=order[0]) if change else "",
            self.tr("Start, looking back"),
            self.tr("At {later}").format(later=order[-1]) if change else "",
            self.tr("From the original start"),
            self.tr("From the looked-back start"),
        ]
        self._fill("sessions", headers, rows)
        self.sessions_note.setVisible(bool(rows))

    def _fill_involvement(self) -> None:
        """The cohort's unpaid time and expenses owed, when enough people shared them."""
        from competence_app.wording import duration_text

        summary = self.summary
        rows = []
        if summary.time is not None:
            time = summary.time
            rows += [
                [self.tr("People who shared their time"), str(time.people)],
                [self.tr("Activities in the last 12 months"), str(time.activities)],
                [self.tr("Time given"), duration_text(time.minutes)],
                [self.tr("Of which unpaid"), duration_text(time.unpaid_minutes)],
            ]
        if summary.expenses is not None:
            owed = summary.expenses
            rows += [
                [self.tr("People who shared their expenses owed"), str(owed.people)],
                [self.tr("People waiting for expenses"), str(owed.owed_people)],
                [
                    self.tr("People with an expense owed for more than {days} days").format(
                        days=owed.overdue_days
                    ),
                    str(owed.overdue_people),
                ],
                [self.tr("Expenses still owed"), str(owed.expenses)],
                [self.tr("Longest wait, in days"), str(owed.longest_days)],
            ]
        self._fill("involvement", [self.tr("Figure"), self.tr("Value")], rows)
        self.involvement.setText("\n".join(summary.involvement_points()))
        self.involvement.setVisible(bool(rows))

    def _fill(self, key: str, headers: list[str], rows: list[list[str]]) -> None:
        model, view, caption = self.tables[key]
        model.set_rows(headers, rows)
        view.setVisible(bool(rows))
        caption.setVisible(bool(rows))
        view.resizeColumnsToContents()

    # -- saving -----------------------------------------------------------------------

    def _save(self, title: str, filters: str, write, kind: str, file_name: str) -> Path | None:
        from competence_app.group.fileformat import GroupError

        chosen, chosen_filter = save_dialog.ask_save_path(
            self, kind, title, file_name, filters, self.data_dir
        )
        if chosen is None:
            return None
        from competence_app.gui.shell.busy import busy

        try:
            with busy(self, self.tr("Saving…")):
                written = write(chosen, chosen_filter)
        except GroupError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return None
        QMessageBox.information(self, self.tr("Saved"), str(written))
        return written

    def _save_report(self) -> Path | None:
        from competence_app.group.report import export_group_report
        from competence_app.gui.dialogs.export_dialog import locale_paper

        def write(path: Path, _filter: str) -> Path:
            kind = path.suffix.lower().lstrip(".") or "pdf"
            if kind not in ("pdf", "odt", "html"):
                path, kind = path.with_name(path.name + ".pdf"), "pdf"
            return export_group_report(self.summary, self.framework, kind, path, locale_paper())

        return self._save(
            self.tr("Save the group report"),
            self.tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)"),
            write,
            save_dialog.REPORT,
            save_dialog.dated_name("group-report", ".pdf"),
        )

    def _save_csv(self) -> Path | None:
        from competence_app.group.tables import export_csv

        return self._save(
            self.tr("Save as CSV"),
            self.tr("CSV (*.csv)"),
            lambda path, _f: export_csv(
                self.result, self.framework, path, self.session.currentData()
            ),
            save_dialog.TABLE,
            save_dialog.dated_name("group-answers", ".csv"),
        )

    def _save_sqlite(self) -> Path | None:
        from competence_app.group.tables import export_sqlite

        return self._save(
            self.tr("Save as SQLite"),
            self.tr("SQLite database (*.db *.sqlite)"),
            lambda path, _f: export_sqlite(
                self.result, self.framework, path, self.session.currentData()
            ),
            save_dialog.TABLE,
            save_dialog.dated_name("group-answers", ".sqlite"),
        )
