"""Every dialog a person can open from the main window, built the way the app builds them;
shared by the tests that walk them (names for screen readers, languages)."""

from __future__ import annotations

from pathlib import Path


def every_dialog(window, data_dir: Path) -> list:
    from competence_app.domain.feedback import FeedbackPack
    from competence_app.gui.dialogs.backups_dialog import BackupsDialog
    from competence_app.gui.dialogs.diagnostics import DiagnosticsDialog
    from competence_app.gui.dialogs.export_dialog import ExportDialog, remembered_options
    from competence_app.gui.dialogs.feedback_dialog import FeedbackDialog
    from competence_app.gui.dialogs.feedback_paper import FeedbackPaperDialog
    from competence_app.gui.dialogs.group_window import GroupWindow
    from competence_app.gui.dialogs.paper_entry import PaperEntryDialog
    from competence_app.gui.dialogs.profile_lock import OpenDialog, PassphraseDialog
    from competence_app.gui.dialogs.sessions import SessionDialog
    from competence_app.gui.dialogs.share_dialog import ShareDialog
    from competence_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog
    from competence_app.gui.dialogs.small import ProfileDialog, about_dialog
    from competence_app.gui.shell.privacy import DeleteDialog

    context = window.context
    pack = FeedbackPack(
        "a" * 32,
        context.profile.id,
        window.reflection.id,
        made_at="2026-12-01T10:00:00+00:00",
        competence_ids=[c.id for c in context.framework.competences],
        allow_anonymous=True,
    )
    return [
        BackupsDialog(data_dir, window),
        ProfileDialog(context.framework, context.profile, window),
        about_dialog(window, context.framework, data_dir),
        DiagnosticsDialog(data_dir, context.framework.source, window),
        ExportDialog(remembered_options(context), window),
        ExportDialog(remembered_options(context), window, printing=True),
        GroupWindow(context.framework, window),
        PaperEntryDialog(context.framework, "Robin", window),
        DeleteDialog("Robin", window, data_dir),
        PassphraseDialog(False, window),
        PassphraseDialog(True, window),
        OpenDialog(context, context.profile.id, "Robin", window),
        SessionDialog(window),
        ShareDialog(context, window.reflection, window),
        FeedbackDialog(context, window),
        FeedbackPaperDialog(context, [pack], window),
        ShortcutsDialog(window),
    ]
