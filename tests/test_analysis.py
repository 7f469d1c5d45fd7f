"""Role fit, strengths, priorities and comparisons: pure logic, no Qt, no database."""

from __future__ import annotations

import pytest

from competence_app.domain import analysis
from competence_app.domain.framework import Role
from competence_app.domain.model import CompetenceAnswer, Reflection, RoleAnswer


def reflection(levels: dict[str, int | None], **extra) -> Reflection:
    r = Reflection(
        id=extra.pop("id", "r1"), profile_id="p", created_at=extra.pop("at", "2026-01-01")
    )
    for cid, level in levels.items():
        r.competences[cid] = CompetenceAnswer(cid, level=level, not_yet=level is None, **extra)
    return r


def test_fit_is_the_weighted_average_of_chosen_levels(framework):
    role = framework.roles[0]
    levels = {c.id: 5 for c in framework.competences}
    assert analysis.role_fit(framework, role, reflection(levels)).percent == 100
    levels = {c.id: 1 for c in framework.competences}
    assert analysis.role_fit(framework, role, reflection(levels)).percent == 20


def test_fit_worked_example_with_two_competences(framework):
    role = Role("r", "R", "", "", "", {"active_listening": 3, "lobbying": 1}, "")
    fit = analysis.role_fit(framework, role, reflection({"active_listening": 4, "lobbying": 2}))
    # (3*4 + 1*2) / ((3+1) * 5) = 14/20
    assert fit.percent == 70
    assert [s.competence_id for s in fit.carrying] == ["active_listening"]
    assert fit.to_strengthen[0].competence_id == "active_listening"


def test_not_had_the_chance_is_left_out_not_counted_as_low(framework):
    role = Role("r", "R", "", "", "", {"active_listening": 3, "lobbying": 3}, "")
    with_gap = reflection({"active_listening": 4, "lobbying": None})
    fit = analysis.role_fit(framework, role, with_gap)
    assert fit.percent == 80
    assert [s.competence_id for s in fit.untried] == ["lobbying"]
    assert fit.rated_weight_share == pytest.approx(0.5)


def test_fit_unknown_until_a_carrying_competence_has_a_level(framework):
    fit = analysis.role_fit(framework, framework.roles[0], reflection({}))
    assert fit.percent is None


def test_strengths_priorities_and_wished_roles(framework):
    ids = [c.id for c in framework.competences]
    r = reflection({ids[0]: 4, ids[1]: 5, ids[2]: 3})
    r.competences[ids[2]].develop = True
    assert analysis.strengths(framework, r) == [ids[1], ids[0]]
    assert analysis.priorities(framework, r) == [ids[2]]
    roles = [x.id for x in framework.roles]
    r.roles[roles[0]] = RoleAnswer(roles[0], now=1, wish=4)
    r.roles[roles[1]] = RoleAnswer(roles[1], now=3, wish=3)
    r.roles[roles[2]] = RoleAnswer(roles[2], now=0, wish=1)
    assert analysis.wished_roles(framework, r) == [roles[0], roles[2]]


def test_compare_two_reflections(framework):
    ids = [c.id for c in framework.competences]
    earlier = reflection({ids[0]: 2, ids[1]: 4, ids[2]: 3}, id="a")
    later = reflection({ids[0]: 4, ids[1]: 3, ids[2]: 3, ids[3]: 2}, id="b")
    result = analysis.compare(framework, earlier, later)
    assert [c.competence_id for c in result.grown()] == [ids[0]]
    assert [c.competence_id for c in result.lower()] == [ids[1]]
    assert [c.competence_id for c in result.steady()] == [ids[2]]
    assert [c.competence_id for c in result.newly_rated()] == [ids[3]]
    assert result.competences[0].delta == 2


def test_answered_count(framework):
    r = reflection({framework.competences[0].id: 3})
    r.roles["community_builder"] = RoleAnswer("community_builder", now=2)
    assert analysis.answered_count(framework, r) == (2, 13)


# Four people who lean on different competences (levels 1 to 5, in the framework's order:
# active listening, story telling, service literacy, emotional intelligence, assertiveness,
# lobbying, mediating, resilience, research).
CONTRASTING_PROFILES = {
    # Runs a peer group: listens, looks after people, links them with services.
    "community_builder": (5, 3, 2, 5, 3, 2, 5, 3, 2),
    # Sits on an improvement project: tells the story, knows the system, questions.
    "improvement_expert": (3, 5, 5, 3, 5, 2, 2, 2, 4),
    # Campaigns: challenges, lobbies, keeps going, speaks for others.
    "disruptor_advocate": (4, 4, 3, 2, 5, 5, 2, 5, 3),
    # Tells stories and listens; the profile that used to fit three roles alike.
    "citizen_leader": (5, 5, 2, 2, 2, 2, 2, 2, 2),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_four_contrasting_profiles_each_come_out_closest_to_a_different_role(language):
    from competence_app.domain.framework import default_framework_path, load_framework

    framework = load_framework(default_framework_path(language))
    ids = [c.id for c in framework.competences]
    closest = {}
    for expected, levels in CONTRASTING_PROFILES.items():
        fits = analysis.role_fits(framework, reflection(dict(zip(ids, levels, strict=True))))
        ranked = sorted(fits, key=lambda fit: -fit.percent)
        closest[expected] = ranked[0].role_id
        # Clearly ahead, not a tie that a rounding could turn round.
        assert ranked[0].percent - ranked[1].percent >= 2, (
            expected,
            [(fit.role_id, fit.percent) for fit in ranked],
        )
        # Judged on each role's leading competences alone, the same role comes first,
        # with no other level with it.
        given = dict(zip(ids, levels, strict=True))
        leading = {
            role.id: sum(given[c] for c in role.carrying_competences())
            / len(role.carrying_competences())
            for role in framework.roles
        }
        first, second = sorted(leading.values(), reverse=True)[:2]
        assert leading[expected] == first > second, (expected, leading)
    assert closest == {role: role for role in CONTRASTING_PROFILES}
