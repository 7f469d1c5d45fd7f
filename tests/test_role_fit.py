"""Role fit in words that tell roles apart, explained only by each role's leading competences."""

from __future__ import annotations

from competence_app.domain import analysis
from competence_app.domain.model import CompetenceAnswer, Reflection
from competence_app.wording import fit_band_text, role_fit_sentence, role_fit_summary


def make(levels: dict[str, int | None]) -> Reflection:
    r = Reflection(id="r", profile_id="p", created_at="2026-01-01")
    for cid, level in levels.items():
        r.competences[cid] = CompetenceAnswer(cid, level=level, not_yet=level is None)
    return r


def leaning_on(framework, role_id: str, high: int, low: int) -> Reflection:
    leads = set(framework.role(role_id).carrying_competences())
    return make({c.id: high if c.id in leads else low for c in framework.competences})


def test_a_profile_strong_where_a_role_leans_is_a_strong_match_for_it_and_not_for_all(framework):
    for role in framework.roles:
        fits = {
            f.role_id: f
            for f in analysis.role_fits(framework, leaning_on(framework, role.id, 5, 2))
        }
        assert fits[role.id].band == analysis.FIT_STRONG
        # The bands tell roles apart: not everything comes out a strong match.
        assert {f.band for f in fits.values()} != {analysis.FIT_STRONG}


def test_low_leading_competences_read_not_yet(framework):
    role = framework.role("improvement_expert")
    fit = analysis.role_fit(framework, role, leaning_on(framework, role.id, 1, 5))
    assert fit.band == analysis.FIT_NOT_YET
    assert fit_band_text(fit.band) == "Not yet"


def test_the_sentence_names_only_the_roles_own_leading_competences(framework):
    levels = {c.id: 3 for c in framework.competences}
    levels["lobbying"] = 1  # low, so an average over everything would name it
    for role in framework.roles:
        fit = analysis.role_fit(framework, role, make(levels))
        sentence = role_fit_sentence(framework, fit)
        leads = set(role.carrying_competences())
        for competence in framework.competences:
            if competence.id not in leads:
                assert competence.name not in sentence, (role.id, sentence)
            else:
                assert competence.name in sentence
        assert sentence.count(".") == 1  # one short sentence


def test_growing_names_the_lowest_leading_competence(framework):
    role = framework.role("community_builder")
    leads = role.carrying_competences()
    levels = {cid: 4 for cid in leads}
    levels[leads[-1]] = 2
    fit = analysis.role_fit(framework, role, make(levels))
    assert fit.band == analysis.FIT_GROWING
    name = framework.competence(leads[-1]).name
    assert f"growing {name} would strengthen it most" in role_fit_sentence(framework, fit)


def test_untried_leading_competence_is_named_as_a_chance_not_a_gap(framework):
    role = framework.role("community_builder")
    leads = role.carrying_competences()
    levels = {cid: 4 for cid in leads}
    levels[leads[0]] = None
    fit = analysis.role_fit(framework, role, make(levels))
    name = framework.competence(leads[0]).name
    assert f"{name} (not tried yet)" in role_fit_sentence(framework, fit)
    assert f"a chance to try {name}" in role_fit_sentence(framework, fit)


def test_ties_are_grouped_never_ranked(framework):
    same = make({c.id: 3 for c in framework.competences})
    fits = analysis.role_fits(framework, same)
    assert {f.band for f in fits} == {analysis.FIT_GROWING}
    names = [r.name for r in framework.roles]
    assert role_fit_summary(fits) == (
        "Growing: " + ", ".join(names[:-1]) + " and " + names[-1] + "."
    )
    assert sorted(analysis.closest_roles(framework, same)) == sorted(r.id for r in framework.roles)


def test_nothing_rated_is_not_yet_known(framework):
    fit = analysis.role_fit(framework, framework.roles[0], make({}))
    assert fit.band == analysis.FIT_UNKNOWN
    assert fit_band_text(fit.band) == "Not yet known"
    assert "choose levels" in role_fit_sentence(framework, fit)
