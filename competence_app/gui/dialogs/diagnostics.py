"""Help > About > Diagnostics…: the `competence-app doctor` report, to copy into a message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
)

from competence_app.gui.widgets import tab_order
from competence_app.gui.widgets.basics import page_layout, text_label


class DiagnosticsDialog(QDialog):
    def __init__(self, data_dir: Path, framework_file: Path | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Diagnostics"))
        self.setAccessibleName(self.tr("Diagnostics"))
        layout = page_layout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "If something is not working, this report helps whoever supports you find "
                    "out why. It holds no names, answers, stories or goals: only versions, "
                    "folders and counts. Copy it and paste it into your email or message."
                )
            )
        )
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        # A cursor even though it cannot be changed: keyboard users can select a part
        # to copy, and can see where focus is.
        self.report.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.report.setTabChangesFocus(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(self.tr("Diagnostics report"))
        # Fixed width keeps the report's columns lined up, as on the command line.
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF())
        self.report.setFont(font)
        layout.addWidget(self.report, 1)
        self.copied = text_label()
        layout.addWidget(self.copied)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        tab_order.button_box(buttons)
        self.copy_button.setDefault(True)

        self.refresh(data_dir, framework_file)
        metrics = self.report.fontMetrics()
        self.resize(
            min(metrics.horizontalAdvance("x") * 100, 1000),
            min(metrics.lineSpacing() * 34, 720),
        )

    def refresh(self, data_dir: Path, framework_file: Path | None) -> None:
        from competence_app.doctor import format_report, gather

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.text = format_report(gather(data_dir, framework_file, self.tr("in use now")))
        finally:
            QApplication.restoreOverrideCursor()
        self.report.setPlainText(self.text)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copied.setText(self.tr("The report is copied. You can paste it into a message now."))


def show_diagnostics(parent, data_dir: Path, framework_file: Path | None) -> None:
    DiagnosticsDialog(data_dir, framework_file, parent).exec()
