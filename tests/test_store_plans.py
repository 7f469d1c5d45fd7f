"""The development plan in storage: goals, actions, supports, wellbeing, mentor."""

from __future__ import annotations

from competence_app.domain.plan import Mentor, Wellbeing
from competence_app.store import plans, profiles
from competence_app.store.database import open_database


def test_a_whole_plan_survives_reopening(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = open_database(path)
    person = profiles.create_profile(db, "Ana")
    goal = plans.create_goal(
        db, person.id, "Speak at the board", ["story_telling"], ["citizen_leader"]
    )
    goal.why, goal.evidence, goal.status = "Decisions about us", "I have spoken twice", "under_way"
    goal.target_date, goal.who_can_help = "2027-03-31", "Chair of the panel"
    plans.save_goal(db, goal)
    first = plans.add_action(db, goal.id, "Draft a three-minute story", "2026-12-01")
    plans.add_action(db, goal.id, "Practise with my peer group")
    first.done = True
    plans.save_action(db, first)
    plans.add_support(db, goal.id, "expenses", "Travel paid within two weeks")
    second = plans.create_goal(db, person.id, "Learn the budget cycle")
    plans.save_wellbeing(db, person.id, Wellbeing("Last-minute changes", "Walking", "My sister"))
    plans.save_mentor(db, person.id, Mentor("Jo", "Video call every two months", "2027-01-10"))
    db.close()

    db = open_database(path)
    plan = plans.load_plan(db, person.id)
    assert [g.title for g in plan.goals] == ["Speak at the board", "Learn the budget cycle"]
    stored = plan.goals[0]
    assert (stored.why, stored.evidence, stored.status) == (
        "Decisions about us",
        "I have spoken twice",
        "under_way",
    )
    assert stored.competence_ids == ["story_telling"] and stored.role_ids == ["citizen_leader"]
    assert [(a.text, a.due, a.done) for a in stored.actions] == [
        ("Draft a three-minute story", "2026-12-01", True),
        ("Practise with my peer group", "", False),
    ]
    assert [(s.support_id, s.detail) for s in stored.supports] == [
        ("expenses", "Travel paid within two weeks")
    ]
    assert plan.wellbeing == Wellbeing("Last-minute changes", "Walking", "My sister")
    assert plan.mentor == Mentor("Jo", "Video call every two months", "2027-01-10")
    assert plan.support_needs()[0][0].id == stored.id

    plans.delete_goal(db, second.id)
    plans.delete_action(db, stored.actions[1].id)
    plan = plans.load_plan(db, person.id)
    assert len(plan.goals) == 1 and len(plan.goals[0].actions) == 1
    db.close()


def test_plans_are_kept_per_profile(db):
    one = profiles.create_profile(db, "One")
    two = profiles.create_profile(db, "Two")
    plans.create_goal(db, one.id, "Mine")
    assert plans.load_plan(db, two.id).goals == []


def test_changing_an_action_or_support_touches_its_goal(db):
    person = profiles.create_profile(db, "Ana")
    goal = plans.create_goal(db, person.id, "A goal")
    db.execute("UPDATE goals SET updated_at = '2000-01-01T00:00:00+00:00'")
    action = plans.add_action(db, goal.id, "Step")
    stamp = db["goals"].get(goal.id)["updated_at"]
    assert stamp > "2000-01-01"
    db.execute("UPDATE goals SET updated_at = '2000-01-01T00:00:00+00:00'")
    action.done = True
    plans.save_action(db, action)
    assert db["goals"].get(goal.id)["updated_at"] > "2000-01-01"
    db.execute("UPDATE goals SET updated_at = '2000-01-01T00:00:00+00:00'")
    plans.delete_action(db, action.id)
    assert db["goals"].get(goal.id)["updated_at"] > "2000-01-01"
