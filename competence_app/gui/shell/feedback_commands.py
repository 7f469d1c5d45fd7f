"""File > Import feedback… (and a `.feedback.json` dropped on the window): show what the file
holds, ask, and keep it as a round of feedback beside the person's own view.

The reading and checking are exchange.feedback_file's, the same as the command line's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.domain.feedback import FILE_SUFFIX as FEEDBACK_SUFFIX
from competence_app.exchange.fileformat import FILE_SUFFIX as DATA_SUFFIX
from competence_app.i18n import translate

if TYPE_CHECKING:
    from competence_app.gui.shell.command import Shell
    from competence_app.gui.shell.context import AppContext


def _documents() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return folder or str(Path.home())


def import_feedback(context: AppContext, shell: Shell, chosen: list[str] | None = None) -> bool:
    """Bring feedback files in for the person whose profile is open; True when kept."""
    from competence_app import wording
    from competence_app.exchange.feedback_file import keep_feedback, read_feedback_file
    from competence_app.exchange.fileformat import ExchangeError
    from competence_app.formats import date_text
    from competence_app.store import reflections

    window = shell.window()
    if chosen is None:
        chosen, _ = QFileDialog.getOpenFileNames(
            window,
            translate("feedback_commands", "Import feedback"),
            _documents(),
            translate("feedback_commands", "Feedback files (*{suffix} *.json)").format(
                suffix=FEEDBACK_SUFFIX
            ),
        )
    if not chosen:
        return False
    try:
        files = [read_feedback_file(context.db, Path(path), context.profile.id) for path in chosen]
    except ExchangeError as error:
        QMessageBox.warning(
            window, translate("feedback_commands", "No feedback was brought in"), str(error)
        )
        return False
    lines = []
    for read in files:
        given = read.round
        reflection = reflections.get_reflection(context.db, given.reflection_id)
        line = translate(
            "feedback_commands",
            "•  {giver}, given on {date}, on your reflection {reflection}: {comments} comments "
            "and {levels} levels seen",
        ).format(
            giver=wording.giver_label(given),
            date=date_text(given.given_on),
            reflection=wording.reflection_title(reflection)
            if reflection
            else translate("feedback_commands", "(no longer here)"),
            comments=read.comment_count,
            levels=read.level_count,
        )
        if read.already_kept:
            line += " " + translate(
                "feedback_commands", "(already here: it will be kept once, not twice)"
            )
        lines.append(line)
    answer = QMessageBox.question(
        window,
        translate("feedback_commands", "Keep this feedback?"),
        translate(
            "feedback_commands",
            "{files}\n\nIt is kept beside your own view, never mixed into it: your own answers "
            "do not change.",
        ).format(files="\n".join(lines)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        report = keep_feedback(context.db, files)
    except ExchangeError as error:
        QMessageBox.warning(
            window, translate("feedback_commands", "No feedback was brought in"), str(error)
        )
        return False
    context.events.feedback_changed.emit()
    QMessageBox.information(
        window, translate("feedback_commands", "Feedback kept"), report.summary()
    )
    shown = reflections.get_reflection(context.db, files[-1].round.reflection_id)
    if shown is not None:
        shell.show_reflection(shown, tab="results")
    return True


def open_dropped(context: AppContext, shell: Shell, paths: list[str]) -> bool:
    """Files dropped on the window: feedback files are brought in as feedback, data files
    as data (each asks first, as from the File menu)."""
    feedback = [p for p in paths if p.lower().endswith(FEEDBACK_SUFFIX)]
    data = [p for p in paths if p.lower().endswith(DATA_SUFFIX)]
    done = False
    if feedback:
        if context.profile is None:
            QMessageBox.information(
                shell.window(),
                translate("feedback_commands", "Import feedback"),
                translate(
                    "feedback_commands",
                    "Open your profile first: feedback is kept beside your own reflection.",
                ),
            )
        else:
            done = import_feedback(context, shell, feedback)
    if data:
        from competence_app.gui.shell.data_transfer import import_data_files

        done = import_data_files(context, shell, data) or done
    return done


def accepted(paths: list[str]) -> bool:
    """Whether a drag holds files the window can take."""
    return any(p.lower().endswith((FEEDBACK_SUFFIX, DATA_SUFFIX)) for p in paths)


def feedback_history(context: AppContext, shell: Shell) -> None:
    """Every round of feedback received: see one in full, or delete it."""
    from competence_app.gui.dialogs.feedback_history import FeedbackHistory

    FeedbackHistory(context, shell.window()).exec()
