"""Opens the app on a data folder and shows the screen asked for (run with the venv's python).

Requests come one JSON line at a time on stdin: {"show": "welcome" | "competence" | "role" |
"results" | "plan" | "export" | "shortcuts"}; the reply, once the screen is shown and the
event loop has settled (so Qt has told the accessibility bus about it), lists the text of
every label a sighted person sees there. {"export_key_from": "label" | "story"} presses
Ctrl+E in that text field and replies with the title of the window that opened, if any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import Qt as GuiQt  # where mightBeRichText lives
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel


def visible_labels(root) -> list[str]:
    """What the labels of a window say on screen, as plain text."""
    texts = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.window() is not root:
            continue
        text = label.text()
        if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        ):
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        texts.append(text)
    return texts


def press_export_in(window, field: str) -> str:
    """Ctrl+E with the focus in a text field, as a person presses it; the title of the
    dialog that opens (closed again at once), or "" when nothing opens."""
    from PySide6.QtTest import QTest

    flow = window.workspace.flow
    window.show_tab("reflect")
    box = flow.label_edit if field == "label" else flow.pages[flow.current_index()].example
    # No window manager runs under Xvfb: after a dialog closes nothing gives the window
    # back its activation, and shortcuts need an active window.
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 3000)
    box.setFocus()
    QApplication.processEvents()
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(300, close_it)
    QTest.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(600)
    return seen[0] if seen else ""


def main() -> None:
    import faulthandler
    import os
    import signal

    if os.environ.get("A11Y_TRACE"):  # where the app is stuck: kill -USR1 its pid
        faulthandler.register(signal.SIGUSR1, file=open(os.environ["A11Y_TRACE"], "w"))
    data_dir = Path(sys.argv[1])
    from competence_app.gui.look import theme
    from competence_app.gui.shell.app import make_application
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    app = make_application()
    theme.install(high_contrast=False)
    window = MainWindow(prepare_data_dir(data_dir))
    window.resize(1366, 768)
    window.show()
    window.load()
    dialogs: list = []

    def show(screen: str) -> None:
        for dialog in dialogs:
            dialog.close()
        dialogs.clear()
        workspace = window.workspace
        if screen == "welcome":
            pass  # what a new person sees first
        elif screen == "competence":
            window.show_tab("reflect")
            workspace.flow.go_to(0)
            workspace.flow.open_current_page()
        elif screen == "role":
            window.show_tab("reflect")
            workspace.flow.go_to(len(workspace.flow.pages) - 1)
            workspace.flow.open_current_page()
        elif screen in ("results", "plan"):
            window.show_tab(screen)
        elif screen == "export":
            from competence_app.gui.dialogs.export_dialog import ExportDialog, remembered_options

            dialogs.append(ExportDialog(remembered_options(window.context), window))
        elif screen == "shortcuts":
            from competence_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog

            dialogs.append(ShortcutsDialog(window))
        else:
            raise ValueError(screen)
        for dialog in dialogs:
            dialog.open()  # window-modal, as exec() shows it, without a nested loop
        # No window manager runs under Xvfb to activate the window; a screen reader
        # follows the active window only.
        (dialogs[-1] if dialogs else window).activateWindow()

    def reply(text: str) -> None:
        sys.stdout.write(json.dumps(text) + "\n")
        sys.stdout.flush()

    def request() -> None:
        line = sys.stdin.readline()
        if not line:
            window.close()
            app.quit()
            return
        asked = json.loads(line)
        try:
            if "show" in asked:
                show(asked["show"])
            elif "export_key_from" in asked:
                show("competence")  # no dialog open, and a page with a story box
                reply(press_export_in(window, asked["export_key_from"]))
                return
        except Exception as error:  # said to the test, which fails with it
            reply(f"error: {error!r}")
            return

        def shown() -> None:
            root = dialogs[-1] if dialogs else window
            try:
                reply({"labels": visible_labels(root)})
            except Exception as error:
                reply(f"error: {error!r}")

        # Let layout, focus and Qt's accessibility updates reach the bus first.
        QTimer.singleShot(600, shown)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(request)
    reply("ready")
    app.exec()


if __name__ == "__main__":
    main()
