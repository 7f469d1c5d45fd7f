"""Small dialogs: About, editing my details, naming a new reflection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QWidget

from competence_app import APP_NAME, __version__
from competence_app.domain.framework import Framework
from competence_app.domain.model import Profile
from competence_app.gui.welcome import ProfileForm
from competence_app.gui.widgets import page_layout


def about(parent: QWidget, framework: Framework) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("About {app}").format(app=APP_NAME))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{APP_NAME} {__version__}")
    box.setInformativeText(
        parent.tr(
            "A private space for citizen leaders to reflect on their competences and roles, "
            "see how they grow, and plan what comes next. Everything stays on this computer.\n\n"
            "Framework: {title}, version {version}.\n\n{credit}\n\n"
            "The descriptions and level sentences are written for this app; any mistakes in "
            "them are ours, not the report's authors'."
        ).format(title=framework.title, version=framework.version, credit=framework.credit)
    )
    box.setIcon(QMessageBox.Icon.Information)
    box.exec()


class ProfileDialog(QDialog):
    def __init__(self, framework: Framework, profile: Profile, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About me"))
        layout = page_layout(self)
        self.form = ProfileForm(framework)
        self.form.set_values(profile.name, profile.self_words)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_label(parent: QWidget) -> str | None:
    """Ask for the optional label of a new reflection; None means cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        parent.tr("Start a new reflection"),
        parent.tr(
            "A new reflection starts today, and your earlier ones stay as they are so you can "
            "compare them.\n\nLabel (optional), for example 'After the course':"
        ),
    )
    return text.strip() if ok else None
