"""One activity of my involvement, entered or changed by keyboard in under a minute.

The first things (date, organisation, what it was, role, time) are all a quick entry
needs: the date is today, the rest starts from the person's last entry, and Enter
saves from any one-line field. Money, impact and the private debrief follow, each
optional. Amounts are typed in the language's way ('12,50') and kept exactly, in
whole minor units.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competence_app import formats, wording
from competence_app.domain.framework import Framework
from competence_app.domain.involvement import Expense, Involvement
from competence_app.gui.look import style
from competence_app.gui.widgets.basics import (
    heading,
    help_label,
    scrolling,
    secondary_button,
    text_label,
)
from competence_app.gui.widgets.choices import NumberScale
from competence_app.gui.widgets.date_field import DateField, date_edit
from competence_app.gui.widgets.flow_layout import FlowLayout
from competence_app.gui.widgets.groups import option_group
from competence_app.gui.widgets.long_text import text_box, with_note


def _combo(name: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, text in items.items():
        combo.addItem(text, value)
    return combo


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


class ExpenseRow(QWidget):
    """One expense: its kind, amount, and the days it was claimed and paid."""

    remove = Signal(object)

    def __init__(self, expense: Expense, currency: str, number: int, parent=None):
        super().__init__(parent)
        self.expense_id = expense.id
        row = FlowLayout(self, spacing=style.px(style.LABEL_GAP))
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = _combo(
            self.tr("Expense {number}: kind").format(number=number), wording.expense_kind_names()
        )
        _choose(self.kind, expense.kind)
        self.amount = QLineEdit(
            formats.amount_field_text(expense.amount, currency) if expense.amount else ""
        )
        self.amount.setAccessibleName(self.tr("Expense {number}: amount").format(number=number))
        self.amount.setPlaceholderText(formats.amount_field_text(0, currency))
        self.amount.setMaximumWidth(style.px(110))
        self.claimed = DateField(self.tr("Claimed on"), days_ahead=0)
        self.claimed.enabled.setAccessibleName(
            self.tr("Expense {number}: claimed").format(number=number)
        )
        self.claimed.set_iso(expense.claimed_on)
        self.paid = DateField(self.tr("Paid on"), days_ahead=0)
        self.paid.enabled.setAccessibleName(self.tr("Expense {number}: paid").format(number=number))
        self.paid.set_iso(expense.paid_on)
        self.remove_button = secondary_button(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove expense {number}").format(number=number)
        )
        self.remove_button.setAutoDefault(False)  # Enter saves the activity
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))
        for widget in (self.kind, self.amount, self.claimed, self.paid, self.remove_button):
            row.addWidget(widget)

    def value(self, currency: str) -> Expense:
        """The expense as typed; ValueError (in plain words) when the amount is not one."""
        text = self.amount.text().strip()
        amount = formats.parse_amount(text, currency) if text else None
        units = formats.to_minor_units(amount, currency) if amount is not None else 0
        return Expense(
            self.expense_id, self.kind.currentData(), units, self.claimed.iso(), self.paid.iso()
        )


class InvolvementDialog(QDialog):
    """Enter or change one activity; accepted() means it is ready to be kept (self.entry)."""

    def __init__(
        self,
        framework: Framework,
        entry: Involvement,
        organisations: list[str] = (),
        new: bool = True,
        parent=None,
    ):
        super().__init__(parent)
        self.framework = framework
        self.entry = dataclasses.replace(entry)
        self.wants_wellbeing = False
        self._expense_rows: list[ExpenseRow] = []
        self.setWindowTitle(self.tr("A new activity") if new else self.tr("Change this activity"))
        self.setAccessibleName(self.windowTitle())

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(style.px(style.SPACING))
        column.addWidget(
            help_label(
                self.tr(
                    "Only the first part is needed. Press Enter to save, Escape to leave "
                    "without saving."
                )
            )
        )
        self._basics(column)
        self._money(column)
        self._competences(column)
        self._impact(column)
        self._debrief(column)
        column.addStretch(1)

        self.error = text_label()
        self.error.setVisible(False)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter in a several-line box adds a line; Ctrl+Enter saves from anywhere.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.accept)

        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        # Enter always saves: the other buttons take Space, and never become the default
        # when they get the focus (which QDialog would otherwise allow).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(True)
        self.save_button.setDefault(True)  # now that it is in the dialog
        self._show(self.entry, organisations)
        # Roomy, yet never taller or wider than the screen (at 200 % text on a 1366x768
        # laptop the form scrolls inside the window instead).
        room = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        self.resize(min(style.px(720), room.width() - 40), min(style.px(620), room.height() - 60))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # After QDialog's own choice (its default button): the first thing to type, in a
        # window that has the keyboard (some platforms leave it with the main window).
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)
        self.activateWindow()

    # -- building ------------------------------------------------------------------

    def _basics(self, column: QVBoxLayout) -> None:
        form = _form()
        self.date = date_edit(self.tr("Date"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("For example: Northside Hospital Trust"))
        self.kind = _combo(self.tr("What it was"), wording.involvement_kind_names())
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("What it was about (optional)"))
        self.title.setPlaceholderText(self.tr("For example: discharge letters"))
        roles = {"": self.tr("Not said")} | {r.id: r.name for r in self.framework.roles}
        self.role = _combo(self.tr("The role it drew on"), roles)
        self.hours = QSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Time spent: hours"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time spent: minutes"))
        time = QWidget()
        time_row = QHBoxLayout(time)
        time_row.setContentsMargins(0, 0, 0, 0)
        time_row.addWidget(self.hours)
        time_row.addWidget(self.minutes)
        time_row.addWidget(help_label(self.tr("travel and preparation included")), 1)
        form.addRow(_caption(self.tr("&Date"), self.date), self.date)
        form.addRow(_caption(self.tr("&Organisation"), self.organisation), self.organisation)
        form.addRow(_caption(self.tr("&What it was"), self.kind), self.kind)
        form.addRow(_caption(self.tr("What it was a&bout"), self.title), self.title)
        form.addRow(_caption(self.tr("The &role it drew on"), self.role), self.role)
        form.addRow(_caption(self.tr("&Time spent"), self.hours), time)
        column.addLayout(form)

    def _money(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Payment and expenses")))
        form = _form()
        self.payment = _combo(self.tr("Payment for my time"), wording.payment_names())
        self.payment.currentIndexChanged.connect(self._payment_changed)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Payment amount"))
        self.amount.setMaximumWidth(style.px(120))
        self.currency = QLineEdit()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setMaximumWidth(style.px(70))
        self.currency.setToolTip(self.tr("The three-letter code, such as GBP or EUR"))
        form.addRow(_caption(self.tr("&Payment for my time"), self.payment), self.payment)
        form.addRow(_caption(self.tr("&Amount"), self.amount), self.amount)
        form.addRow(_caption(self.tr("C&urrency"), self.currency), self.currency)
        column.addLayout(form)
        column.addWidget(
            help_label(
                self.tr(
                    "Travel, carer cover, technology or internet: note each expense, and the "
                    "days you claimed it and were paid, so you can see how long you wait."
                )
            )
        )
        self.expenses = QVBoxLayout()
        column.addLayout(self.expenses)
        self.add_expense_button = secondary_button(self.tr("Add an e&xpense"))
        self.add_expense_button.clicked.connect(lambda: self.add_expense())
        column.addWidget(self.add_expense_button)

    def _competences(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Competences it used")))
        holder = QWidget()
        flow = FlowLayout(holder, spacing=style.px(style.SPACING))
        self.competence_boxes: dict[str, QCheckBox] = {}
        for competence in self.framework.competences:
            box = QCheckBox(competence.name)
            box.setAccessibleName(competence.name)
            self.competence_boxes[competence.id] = box
            flow.addWidget(box)
        column.addWidget(option_group(self.tr("Competences it used"), holder))

    def _impact(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("What changed because of it")))
        form = _form()
        self.impact = text_box(self.tr("What changed because of it"), most=3)
        impacts = {"": self.tr("Not said")} | {i.id: i.name for i in self.framework.impacts}
        self.impact_kind = _combo(self.tr("The kind of impact"), impacts)
        self.impact_help = help_label()
        self.impact_kind.currentIndexChanged.connect(self._impact_changed)
        self.heard_back = _combo(
            self.tr("Did I hear back about what happened to my input?"),
            wording.heard_back_names(),
        )
        self.heard_back.currentIndexChanged.connect(self._heard_changed)
        self.chase = DateField(self.tr("Ask again on"))
        form.addRow(_caption(self.tr("What &changed"), self.impact), with_note(self.impact))
        form.addRow(_caption(self.tr("The &kind of impact"), self.impact_kind), self.impact_kind)
        form.addRow("", self.impact_help)
        form.addRow(
            _caption(self.tr("Did I &hear back about my input?"), self.heard_back),
            self.heard_back,
        )
        form.addRow("", self.chase)
        column.addLayout(form)

    def _debrief(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Debrief: private, and only if you want one")))
        toll = next((b for b in self.framework.barriers if b.id == "emotional_toll"), None)
        column.addWidget(
            help_label(
                self.tr(
                    "After a hard meeting it can help to write a few lines. This stays on this "
                    "computer and is never shared or exported unless you tick it at that moment."
                )
                + (f" {toll.name}: {toll.description}" if toll else "")
            )
        )
        self.write_debrief = QCheckBox(self.tr("Write a &debrief"))
        self.write_debrief.toggled.connect(self._debrief_toggled)
        column.addWidget(self.write_debrief)
        self.debrief_part = QWidget()
        part = QVBoxLayout(self.debrief_part)
        part.setContentsMargins(0, 0, 0, 0)
        form = _form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.what = text_box(self.tr("1. What happened?"), most=3)
        self.so_what = text_box(self.tr("2. So what: how did it feel, what did I learn?"), most=3)
        self.now_what = text_box(self.tr("3. Now what?"), most=3)
        form.addRow(_caption(self.tr("1. What happened?"), self.what), with_note(self.what))
        form.addRow(
            _caption(self.tr("2. So what: how did it feel, what did I learn?"), self.so_what),
            with_note(self.so_what),
        )
        form.addRow(_caption(self.tr("3. Now what?"), self.now_what), with_note(self.now_what))
        part.addLayout(form)
        column.addWidget(self.debrief_part)
        column.addWidget(QLabel(self.tr("How am I after this?")))
        self.how_am_i = NumberScale(list(wording.how_am_i_labels()), start=1)
        column.addWidget(option_group(self.tr("How am I after this?"), self.how_am_i))
        self.wellbeing_button = secondary_button(self.tr("Save, then open Looking after myself"))
        self.wellbeing_button.setToolTip(self.tr("In my plan: what drains me, what restores me"))
        self.wellbeing_button.clicked.connect(self._to_wellbeing)
        column.addWidget(self.wellbeing_button)

    # -- showing and reading ---------------------------------------------------------

    def _show(self, entry: Involvement, organisations) -> None:
        day = QDate.fromString(entry.date, "yyyy-MM-dd")
        self.date.setDate(day if day.isValid() else QDate.currentDate())
        self.organisation.setText(entry.organisation)
        names = sorted({o for o in organisations if o.strip()}, key=str.casefold)
        if names:
            completer = QCompleter(names, self.organisation)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            self.organisation.setCompleter(completer)
        _choose(self.kind, entry.kind)
        self.title.setText(entry.title)
        _choose(self.role, entry.role_id)
        self.hours.setValue(entry.minutes // 60)
        self.minutes.setValue(entry.minutes % 60)
        _choose(self.payment, entry.payment)
        self.currency.setText(entry.currency)
        self.amount.setText(
            formats.amount_field_text(entry.payment_amount, entry.currency)
            if entry.payment_amount
            else ""
        )
        self._payment_changed()
        for expense in entry.expenses:
            self.add_expense(expense, focus=False)
        for cid, box in self.competence_boxes.items():
            box.setChecked(cid in entry.competence_ids)
        self.impact.setPlainText(entry.impact)
        _choose(self.impact_kind, entry.impact_kind)
        self._impact_changed()
        _choose(self.heard_back, entry.heard_back)
        self.chase.set_iso(entry.chase_on)
        self._heard_changed()
        self.what.setPlainText(entry.debrief.what)
        self.so_what.setPlainText(entry.debrief.so_what)
        self.now_what.setPlainText(entry.debrief.now_what)
        self.write_debrief.setChecked(not entry.debrief.empty)
        self._debrief_toggled(not entry.debrief.empty)
        self.how_am_i.set_value(entry.how_am_i)

    def add_expense(self, expense: Expense | None = None, focus: bool = True) -> ExpenseRow:
        if expense is None:
            from competence_app.store.clock import new_id

            # A fresh id: never one a removed expense of this activity had.
            expense = Expense(new_id())
        row = ExpenseRow(expense, self._currency(), len(self._expense_rows) + 1)
        row.remove.connect(self._remove_expense)
        self._expense_rows.append(row)
        self.expenses.addWidget(row)
        if focus:
            row.kind.setFocus()
        return row

    def _remove_expense(self, row: ExpenseRow) -> None:
        self._expense_rows.remove(row)
        self.expenses.removeWidget(row)
        row.deleteLater()
        self.add_expense_button.setFocus()

    def _currency(self) -> str:
        text = self.currency.text().strip().upper() if hasattr(self, "currency") else ""
        return text if len(text) == 3 else self.entry.currency

    def _payment_changed(self, *_args) -> None:
        offered = self.payment.currentData() != "not_offered"
        self.amount.setEnabled(offered)

    def _impact_changed(self, *_args) -> None:
        kind = self.impact_kind.currentData()
        item = next((i for i in self.framework.impacts if i.id == kind), None)
        self.impact_help.setText(item.description if item else "")
        self.impact_help.setVisible(item is not None)

    def _heard_changed(self, *_args) -> None:
        self.chase.setVisible(self.heard_back.currentData() == "not_yet")

    def _debrief_toggled(self, on: bool) -> None:
        self.debrief_part.setVisible(on)
        if on and self.isVisible():
            self.what.setFocus()

    def _to_wellbeing(self) -> None:
        self.wants_wellbeing = True
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.wants_wellbeing = False

    def read(self) -> Involvement:
        """The entry as typed; ValueError with a plain message (and focus moved to the
        field) when something cannot be kept."""
        currency = self.currency.text().strip().upper()
        if len(currency) != 3:
            self.currency.setFocus()
            raise ValueError(self.tr("Please give the currency as three letters, such as GBP."))
        try:
            formats.currency_digits(currency)
        except Exception as error:  # Babel's UnknownCurrencyError and friends
            self.currency.setFocus()
            raise ValueError(
                self.tr("{code} is not a currency this app knows.").format(code=currency)
            ) from error
        entry = dataclasses.replace(self.entry)
        entry.date = self.date.date().toString("yyyy-MM-dd")
        entry.organisation = self.organisation.text().strip()
        entry.kind = self.kind.currentData()
        entry.title = self.title.text().strip()
        entry.role_id = self.role.currentData()
        entry.minutes = self.hours.value() * 60 + self.minutes.value()
        entry.payment = self.payment.currentData()
        entry.currency = currency
        amount = self.amount.text().strip()
        entry.payment_amount = 0
        if entry.payment != "not_offered" and amount:
            try:
                entry.payment_amount = formats.to_minor_units(
                    formats.parse_amount(amount, currency), currency
                )
            except ValueError:
                self.amount.setFocus()
                raise
        entry.expenses = []
        for row in self._expense_rows:
            try:
                entry.expenses.append(row.value(currency))
            except ValueError:
                row.amount.setFocus()
                raise
        entry.competence_ids = [c for c, box in self.competence_boxes.items() if box.isChecked()]
        entry.impact = self.impact.toPlainText().strip()
        entry.impact_kind = self.impact_kind.currentData()
        entry.heard_back = self.heard_back.currentData()
        entry.chase_on = self.chase.iso() if entry.heard_back == "not_yet" else ""
        if self.write_debrief.isChecked():
            entry.debrief = dataclasses.replace(
                entry.debrief,
                what=self.what.toPlainText().strip(),
                so_what=self.so_what.toPlainText().strip(),
                now_what=self.now_what.toPlainText().strip(),
            )
        else:
            entry.debrief = type(entry.debrief)()
        entry.how_am_i = self.how_am_i.value()
        return entry

    def accept(self) -> None:
        try:
            self.entry = self.read()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.setVisible(True)
            self.error.setAccessibleName(str(error))
            return
        super().accept()
