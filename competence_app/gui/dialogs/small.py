"""Small dialogs: About, editing my details, naming a new reflection."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLabel, QWidget

from competence_app import APP_NAME, __version__
from competence_app.domain.framework import Framework
from competence_app.domain.model import Profile
from competence_app.gui.pages.welcome import ProfileForm
from competence_app.gui.widgets.basics import page_layout
from competence_app.i18n import translate


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build a Qt Designer form from ui/ at run time, so the form never drifts from code."""
    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader

    from competence_app.paths import resource_path

    path = resource_path("ui", f"{name}.ui")
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {path} is missing from this installation.")
    try:
        form = QUiLoader().load(handle, parent)
    finally:
        handle.close()
    if form is None:
        raise ValueError(f"The form {path} could not be read.")
    return form


def about_dialog(parent: QWidget, framework: Framework, data_dir) -> QDialog:
    dialog = load_form("about", parent)
    dialog.findChild(QLabel, "titleLabel").setText(f"{APP_NAME} {__version__}")
    heading = dialog.findChild(QLabel, "titleLabel")
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    heading.setFont(font)
    dialog.findChild(QLabel, "frameworkLabel").setText(
        translate("dialogs", "Framework in use: {title}, version {version}.").format(
            title=framework.title, version=framework.version
        )
    )
    dialog.findChild(QLabel, "creditLabel").setText(
        framework.credit
        + "\n\n"
        + translate(
            "dialogs",
            "The descriptions and level sentences were written for this app, based on that "
            "research. Any mistakes in them are ours, not the researchers'.",
        )
    )
    dialog.findChild(QLabel, "dataLabel").setText(
        translate("dialogs", "Your data is kept in: {folder}").format(folder=str(data_dir))
    )
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    diagnostics = buttons.addButton(
        translate("dialogs", "&Diagnostics…"), QDialogButtonBox.ButtonRole.ActionRole
    )
    diagnostics.setObjectName("diagnosticsButton")

    def show_diagnostics() -> None:
        from competence_app.gui.dialogs.diagnostics import show_diagnostics

        show_diagnostics(dialog, data_dir, framework.source)

    diagnostics.clicked.connect(show_diagnostics)
    return dialog


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
        translate("dialogs", "Start a new reflection"),
        translate(
            "dialogs",
            "A new reflection starts today, and your earlier ones stay as they are so you can "
            "compare them.\n\nLabel (optional), for example 'After the course':",
        ),
    )
    return text.strip() if ok else None
