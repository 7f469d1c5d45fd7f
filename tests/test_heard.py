"""What a screen reader hears, checked on the widgets (the AT-SPI suite, test_atspi.py,
checks the same through the real Linux stack): saving on any change of state, tables whose
empty cells say something. (Shortcuts from text fields need X11 key bindings: test_atspi.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from competence_app.paths import database_path
from competence_app.store import reflections
from competence_app.store.database import open_database


def stored(data_dir, profile_id):
    db = open_database(database_path(data_dir))
    try:
        return reflections.latest_reflection(db, profile_id)
    finally:
        db.close()


def test_a_level_checked_without_a_click_is_saved(open_window, data_dir, person, qtbot):
    """An assistive 'toggle' action checks the button without clicking it."""
    profile, _ = person
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.levels.buttons()[2].toggle()
    page.confidence.buttons()[0].setChecked(True)
    answer = stored(data_dir, profile.id).competence(page.competence.id)
    assert (answer.level, answer.confidence) == (3, 1)
    assert "answered" in window.workspace.flow.page_list.item(0).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert "not answered" not in window.workspace.flow.page_list.item(0).data(
        Qt.ItemDataRole.AccessibleTextRole
    )


def test_showing_a_stored_answer_saves_nothing(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    heard = []
    page.answer_changed.connect(heard.append)
    page.levels.set_value(4)
    page.confidence.set_value(2)
    page.levels.set_value(None)
    assert heard == []


def test_empty_table_cells_say_not_given_and_no(framework, qapp):
    from competence_app.domain.model import CompetenceAnswer, Reflection, RoleAnswer
    from competence_app.gui.pages.results_models import CompetenceTableModel, RoleTableModel

    reflection = Reflection(
        id="r",
        profile_id="p",
        label="",
        created_at="2026-01-01T10:00:00",
        framework_id=framework.id,
        framework_version=framework.version,
    )
    first = framework.competences[0].id
    reflection.competences[first] = CompetenceAnswer(first, level=2)
    competences = CompetenceTableModel(framework)
    competences.set_reflection(reflection)
    spoken = Qt.ItemDataRole.AccessibleTextRole
    row = [competences.index(0, c).data(spoken) for c in range(competences.columnCount())]
    shown = [competences.index(0, c).data() for c in range(competences.columnCount())]
    assert shown[2:] == ["", ""]
    assert row[2:] == ["not given", "no"]
    roles = RoleTableModel(framework)
    reflection.roles[framework.roles[0].id] = RoleAnswer(framework.roles[0].id, now=3)
    roles.set_reflection(reflection)
    assert [roles.index(0, c).data(spoken) for c in (1, 2)] == ["3", "not given"]
