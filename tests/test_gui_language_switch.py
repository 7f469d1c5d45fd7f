"""After switching to Spanish while the app is open, nothing on screen stays in English."""

from __future__ import annotations

from competence_app import i18n
from competence_app.gui.shell.main_window import MainWindow
from competence_app.paths import prepare_data_dir


def open_window(qtbot, folder):
    window = MainWindow(prepare_data_dir(folder))
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    return window


def test_status_bar_date_fields_and_words_follow_the_new_language(qtbot, data_dir, person):
    from competence_app.gui.shell import commands
    from competence_app.store import sessions

    window = open_window(qtbot, data_dir)
    try:
        sessions.start_session(window.context.db, "Cohort 4", "2026-12-01")
        window.show_session()
        window.workspace.flow.pages[0].levels.choose(3)  # saved: "Saved at …" in the status bar
        assert window.saved_label.text().startswith("Saved")
        commands.change_language(window.context, window, "es")
        assert window.session_label.text() == "Sesión: Cohort 4"
        assert not window.saved_label.text().startswith("Saved")
        window.workspace.show_plan()
        goal = window.workspace.plan.create_goal("Hablar en la junta")
        assert goal is not None
        target = window.workspace.plan.editor.target
        target.set_iso("2026-12-15")
        assert target.edit.text() == "15 dic 2026"
        # The words a person chose in English show ticked as the Spanish words.
        from competence_app.gui.dialogs.small import ProfileDialog

        dialog = ProfileDialog(window.context.framework, window.context.profile, window)
        qtbot.addWidget(dialog)
        ticked = [box.text() for box in dialog.form.word_boxes if box.isChecked()]
        assert ticked == ["cuidador/a"]
    finally:
        window.close()
        i18n.install("en")
