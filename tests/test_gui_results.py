"""The results page shows exactly what was stored, as a chart and as tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from competence_app.domain.model import CompetenceAnswer, RoleAnswer
from competence_app.gui.pages.results_models import CompetenceTableModel, RoleTableModel
from competence_app.paths import database_path
from competence_app.store import reflections
from competence_app.store.database import open_database

LEVELS_THEN = [1, 2, 3, 2, 1, 2, 3, 2, 1]
LEVELS_NOW = [3, 4, 3, 5, 2, 1, 4, 2, None]


@pytest.fixture
def two_reflections(data_dir, person, framework):
    profile, first = person
    db = open_database(database_path(data_dir))
    for competence, level in zip(framework.competences, LEVELS_THEN, strict=True):
        reflections.save_competence_answer(
            db, first.id, CompetenceAnswer(competence.id, level=level)
        )
    second = reflections.create_reflection(
        db, profile.id, "After the course", created_at="2099-01-01T09:00:00+00:00"
    )
    for i, (competence, level) in enumerate(zip(framework.competences, LEVELS_NOW, strict=True)):
        reflections.save_competence_answer(
            db,
            second.id,
            CompetenceAnswer(
                competence.id, level=level, not_yet=level is None, confidence=3, develop=i in (0, 5)
            ),
        )
    for i, role in enumerate(framework.roles):
        reflections.save_role_answer(db, second.id, RoleAnswer(role.id, now=i, wish=4))
    db.close()
    return first, second


def test_results_table_equals_what_was_stored(open_window, data_dir, two_reflections, framework):
    window = open_window(data_dir)
    window.show_tab("results")
    page = window.workspace.results
    assert page.shown.currentText().endswith("After the course")
    model = page.competence_model
    assert model.rowCount() == 9
    for row, (competence, level) in enumerate(zip(framework.competences, LEVELS_NOW, strict=True)):
        assert model.cell(row, 0) == competence.name
        expected = (
            "not had the chance yet"
            if level is None
            else (f"{level} · {framework.level_names[level - 1]}")
        )
        assert model.cell(row, 1) == expected
    assert model.cell(0, 3) == "Yes" and model.cell(1, 3) == ""
    assert page.strengths.text() == "Emotional intelligence, Story telling and Mediating."
    assert page.priorities.text() == "Active listening and Lobbying."
    roles = page.role_model
    assert [roles.cell(i, 1) for i in range(4)] == ["0", "1", "2", "3"]
    # Changed with issue 19: the fit is shown in words, the same as in the sentences below.
    from competence_app.domain import analysis

    shown = page._selected(page.shown)
    for i, role in enumerate(framework.roles):
        band = analysis.role_fit(framework, role, shown).band
        assert roles.cell(i, 3) in ("A strong match", "Growing", "Not yet", "Not yet known")
        assert roles.cell(i, 3) == {
            "strong": "A strong match",
            "growing": "Growing",
            "not_yet": "Not yet",
        }.get(band, "Not yet known")
    for role in framework.roles:
        assert role.name in page.fit_text.text()
    assert page.radar.figure is not None, "the radar chart was drawn"
    assert not page.changes.isVisibleTo(page)
    history = page.history.text().splitlines()
    assert history[1].endswith("After the course: 13 of 13 pages answered")
    assert history[2].endswith("Start of programme: 9 of 13 pages answered")


def test_comparing_two_reflections_overlays_and_explains(open_window, data_dir, two_reflections):
    first, second = two_reflections
    window = open_window(data_dir)
    window.show_tab("results")
    page = window.workspace.results
    page.compare.setCurrentIndex(page.compare.findData(first.id))
    assert page.competence_model.headerData(2, Qt.Orientation.Horizontal) == "Compared with"
    assert page.competence_model.cell(0, 2) == "1 · Starting out"
    assert page.changes.isVisibleTo(page)
    assert "Active listening: up from 1 to 3." in page.changes.text()
    assert "Lobbying: 2 then, 1 now." in page.changes.text()
    legend = page.radar.figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()][1].endswith("Start of programme")


def test_results_follow_new_answers(open_window, data_dir, two_reflections, qtbot):
    window = open_window(data_dir)
    page = window.workspace.flow.pages[8]  # Research was "not had the chance yet"
    window.workspace.flow.go_to(8)
    card = page.levels.buttons()[4]
    qtbot.waitUntil(card.isVisible)
    # The whole card is clickable, its sentence too (bottom right, away from the tick).
    qtbot.mouseClick(
        card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() - 12, card.height() - 12)
    )
    window.show_tab("results")
    assert window.workspace.results.competence_model.cell(8, 1) == "5 · Guiding others"


def test_models_without_widgets(framework, two_reflections, data_dir):
    db = open_database(database_path(data_dir))
    _, second = two_reflections
    reflection = reflections.get_reflection(db, second.id)
    db.close()
    competences = CompetenceTableModel(framework)
    competences.set_reflection(reflection)
    assert (competences.rowCount(), competences.columnCount()) == (9, 4)
    roles = RoleTableModel(framework)
    roles.set_reflection(reflection)
    assert roles.rowCount() == 4
    assert roles.headerData(3, Qt.Orientation.Horizontal) == "Fit with my competences"
    competences.set_reflection(None)
    assert competences.rowCount() == 0


def test_look_back_is_asked_on_a_later_reflection_and_shown_in_results(
    open_window, data_dir, two_reflections, qtbot
):
    first, second = two_reflections
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    assert page.look_back_box.isVisibleTo(page), "a later reflection asks the look-back question"
    assert "Start of programme" in page.look_back_question.text()
    page.look_back.choose(1)
    window.show_tab("results")
    results = window.workspace.results
    results.compare.setCurrentIndex(results.compare.findData(first.id))
    assert (
        "looking back, you put your start at 1 (at the time you said 1)" in results.changes.text()
    )


def test_a_first_reflection_does_not_ask_to_look_back(open_window, data_dir, person):
    window = open_window(data_dir)
    assert not window.workspace.flow.pages[0].look_back_box.isVisibleTo(
        window.workspace.flow.pages[0]
    )


def test_compare_never_offers_the_reflection_shown_and_the_hint_goes(
    open_window, data_dir, two_reflections
):
    first, second = two_reflections
    window = open_window(data_dir)
    window.show_tab("results")
    page = window.workspace.results
    offered = [page.compare.itemData(i) for i in range(page.compare.count())]
    assert offered == [None, first.id]
    assert "Choose one under 'Compare with'" in page.history.text()
    page.compare.setCurrentIndex(page.compare.findData(first.id))
    assert "Choose one under 'Compare with'" not in page.history.text()
    # Showing the earlier one offers only the later one to compare with.
    page.shown.setCurrentIndex(page.shown.findData(first.id))
    offered = [page.compare.itemData(i) for i in range(page.compare.count())]
    assert offered == [None, second.id]


def test_the_radar_draws_both_reflections_the_same_way(framework):
    from matplotlib.figure import Figure

    from competence_app import charts

    full = {c.id: 3 for c in framework.competences}
    fig = Figure()
    charts.draw_radar(fig, framework, [charts.Series("a", full), charts.Series("b", full)])
    assert len(fig.axes[0].patches) == 2  # both filled
    gap = dict(full)
    del gap["research"]
    fig = Figure()
    charts.draw_radar(fig, framework, [charts.Series("a", full), charts.Series("b", gap)])
    assert len(fig.axes[0].patches) == 0  # neither filled
