"""Share with my group…: choose what goes in, read exactly what the file holds, then agree."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from competence_app.domain.model import Reflection
from competence_app.gui.dialogs import save_dialog
from competence_app.gui.shell.context import AppContext
from competence_app.gui.widgets.basics import text_label
from competence_app.gui.widgets.consent import ContentsPreview
from competence_app.gui.widgets.dialog_body import fit_to_screen, scrolling_body
from competence_app.i18n import translate


class ShareDialog(QDialog):
    def __init__(self, context: AppContext, reflection: Reflection, parent: QWidget | None = None):
        from competence_app.group.share import ShareExtras

        super().__init__(parent)
        self.context = context
        self.reflection = reflection
        self.setWindowTitle(self.tr("Share with my group"))
        # The choices scroll at 200 % text on a laptop; the buttons stay in view.
        layout, outer = scrolling_body(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Your facilitator can put together an anonymous picture of the group from the "
                    "files people choose to share. Sharing is up to you. The file carries a random "
                    "number, nothing about you or this computer, unless you add something below."
                )
            )
        )
        extras = QGroupBox(self.tr("Add more, only if you want to"))
        column = QVBoxLayout(extras)
        self.extra_boxes = {
            "name": QCheckBox(self.tr("My name or pseudonym")),
            "self_words": QCheckBox(self.tr("The words I use for myself")),
            "stories": QCheckBox(self.tr("My examples and stories")),
            "support_details": QCheckBox(self.tr("The support I need, in my own words")),
            "involvement": QCheckBox(
                self.tr("How many activities and hours I gave in the last 12 months")
            ),
            "expenses_owed": QCheckBox(
                self.tr("How many expenses are still owed to me, and for how long")
            ),
        }
        for box in self.extra_boxes.values():
            box.toggled.connect(self._describe)
            column.addWidget(box)
        layout.addWidget(extras)
        self.contents = ContentsPreview(
            self.tr("What the file will contain"), self.tr("What the share file will contain")
        )
        layout.addWidget(self.contents)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("I agree: save the share file…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._extras_type = ShareExtras
        self._describe()
        fit_to_screen(self, chars=75)

    def extras(self):
        return self._extras_type(**{k: box.isChecked() for k, box in self.extra_boxes.items()})

    def share(self) -> dict:
        from competence_app.group.share import build_share

        context = self.context
        return build_share(
            context.db, context.framework, context.profile.id, self.reflection.id, self.extras()
        )

    def _describe(self, *_args) -> None:
        from competence_app.group.share import describe_share

        lines = describe_share(self.share(), self.context.framework)
        self.contents.show_lines(lines)
        if self.isVisible():  # grown to show every line of the preview, within the screen
            fit_to_screen(self, chars=75)


def share_with_group(context: AppContext, parent: QWidget, reflection: Reflection) -> Path | None:
    from competence_app.group.fileformat import FILE_SUFFIX, GroupError
    from competence_app.group.share import write_share

    dialog = ShareDialog(context, reflection, parent)
    if not dialog.exec():
        return None
    share = dialog.share()
    # A random name, so the file's name tells nobody whose it is; it can be typed over.
    chosen, _ = save_dialog.ask_save_path(
        parent,
        save_dialog.SHARE,
        translate("share", "Save the share file (a USB stick works)"),
        f"group-share-{secrets.token_hex(4)}{FILE_SUFFIX}",
        translate("share", "Share files (*{suffix})").format(suffix=FILE_SUFFIX),
        context.data_dir,
    )
    if chosen is None:
        return None
    try:
        written = write_share(share, chosen)
    except GroupError as error:
        QMessageBox.warning(parent, translate("share", "The share file was not saved"), str(error))
        return None
    QMessageBox.information(
        parent,
        translate("share", "Share file saved"),
        translate(
            "share", "Your share file is saved as:\n{path}\n\nGive it to your facilitator."
        ).format(path=written),
    )
    return written
