"""The plain sentences people read on the results page."""

from __future__ import annotations

from competence_app.domain import analysis
from competence_app.domain.model import CompetenceAnswer, Reflection
from competence_app.wording import (
    change_summary,
    comparison_sentences,
    join_names,
    role_fit_sentence,
)


def make(levels, rid="r"):
    r = Reflection(id=rid, profile_id="p", created_at="2026-01-01")
    for cid, level in levels.items():
        r.competences[cid] = CompetenceAnswer(cid, level=level, not_yet=level is None)
    return r


def test_join_names():
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B", "C"]) == "A, B and C"


def test_role_fit_sentence_names_carrying_competences_and_levels(framework):
    role = framework.role("disruptor_advocate")
    levels = {c.id: 3 for c in framework.competences}
    levels["lobbying"] = 1
    sentence = role_fit_sentence(framework, analysis.role_fit(framework, role, make(levels)))
    for cid in role.carrying_competences():
        assert framework.competence(cid).name in sentence
    # Changed with issue 19: levels in brackets, and only the role's own leading
    # competences are named as the way to strengthen it.
    assert "Lobbying (1)" in sentence
    assert "growing Lobbying would strengthen it most" in sentence


def test_comparison_in_words(framework):
    earlier = make({"active_listening": 2, "lobbying": 4, "research": 3}, "a")
    later = make({"active_listening": 4, "lobbying": 3, "research": None}, "b")
    lines = comparison_sentences(framework, analysis.compare(framework, earlier, later))
    text = "\n".join(lines)
    assert "Active listening: up from 2 to 4." in text
    assert "Lobbying: 4 then, 3 now." in text
    assert "Research: marked 'not had the chance yet' this time." in text


def test_look_back_is_shown_both_ways(framework):
    earlier = make({"mediating": 3}, "a")
    later = make({"mediating": 4}, "b")
    later.competences["mediating"].look_back = 2
    change = analysis.compare(framework, earlier, later).competences[6]
    assert (change.delta, change.growth_from_look_back) == (1, 2)
    text = "\n".join(comparison_sentences(framework, analysis.compare(framework, earlier, later)))
    assert "Mediating: up from 3 to 4." in text
    assert "looking back, you put your start at 2 (at the time you said 3)" in text
    assert "rate their start lower" in text


def test_the_results_table_and_the_plan_word_confidence_alike(qapp, framework):
    from competence_app.gui.pages.results_models import CompetenceTableModel
    from competence_app.reports.content import _competences

    reflection = make({c.id: 3 for c in framework.competences})
    for value, competence in zip((1, 2, 3), framework.competences, strict=False):
        reflection.competences[competence.id].confidence = value
    model = CompetenceTableModel(framework)
    model.set_reflection(reflection)
    rows = _competences(framework, reflection)
    on_screen = [model.cell(row, 2) for row in range(3)]
    assert on_screen == [row.confidence for row in rows[:3]]
    assert on_screen == ["Not very confident", "Fairly confident", "Very confident"]
    assert model.cell(3, 2) == rows[3].confidence == ""


def test_the_summary_line_and_the_results_page_tell_the_same_change(framework):
    earlier = make({"active_listening": 2, "lobbying": 4, "research": 3, "mediating": 3}, "a")
    later = make(
        {"active_listening": 4, "lobbying": 3, "research": 3, "mediating": 3, "resilience": 2},
        "b",
    )
    comparison = analysis.compare(framework, earlier, later)
    line = change_summary(comparison)
    assert line.startswith(
        "Higher in Active listening; lower in Lobbying; rated for the first time in "
        "Resilience; the same in Mediating and Research."
    )
    # The note on a lower rating is the same sentence in both places.
    note = "A lower rating often means you see more of the skill than before"
    assert note in line
    assert any(note in sentence for sentence in comparison_sentences(framework, comparison))
    assert change_summary(analysis.compare(framework, make({}, "a"), make({}, "b"))) == ""
