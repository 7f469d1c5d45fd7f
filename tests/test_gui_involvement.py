"""My involvement, driven by keyboard as a person would: enter, copy, change and delete
activities, and see what is owed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from competence_app.domain.involvement import Expense, Involvement
from competence_app.paths import database_path
from competence_app.store import involvement as store
from competence_app.store import profiles
from competence_app.store.database import open_database

TODAY = date.today().isoformat()


def stored(data_dir):
    db = open_database(database_path(data_dir))
    try:
        return store.load_involvements(db, profiles.current_profile(db).id)
    finally:
        db.close()


def keep(data_dir, person_id, *entries):
    db = open_database(database_path(data_dir))
    for entry in entries:
        store.save_involvement(db, entry)
    db.close()


class Keys:
    """Presses keys and counts them, to measure how long an entry takes by keyboard."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        widget = QApplication.focusWidget()
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type(self, text):
        for char in text:
            self.qtbot.keyClicks(QApplication.focusWidget(), char)
            self.count += 1


def in_dialog(qtbot, action):
    """Run action on the dialog once it is open and has the focus (exec() blocks until it
    closes); a dialog left open by a failure is closed, so no test waits for ever."""

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, step)
            return
        try:
            qtbot.waitUntil(
                lambda: (
                    QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget())
                )
            )
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)


@pytest.fixture
def page(open_window, data_dir, person):
    window = open_window(data_dir)
    keys_target = QApplication.focusWidget() or window
    window.show_tab("involvement")
    return window, window.workspace.involvement, keys_target


def test_a_typical_entry_by_keyboard_alone(page, data_dir, qtbot):
    window, involvement, _ = page
    assert involvement.empty_help.isVisible()
    keys = Keys(qtbot)

    def fill(dialog):
        assert QApplication.focusWidget() is dialog.organisation
        assert dialog.date.date().toString("yyyy-MM-dd") == TODAY
        keys.type("City Council")
        keys.press(Qt.Key.Key_Tab)  # to "what it was"
        keys.type("c")  # Committee
        keys.press(Qt.Key.Key_Tab)  # about
        keys.press(Qt.Key.Key_Tab)  # role
        keys.type("c")  # Community Builder
        keys.press(Qt.Key.Key_Tab)  # hours
        keys.type("2")
        keys.press(Qt.Key.Key_Tab)  # minutes
        keys.type("30")
        keys.press(Qt.Key.Key_Return)  # saves

    in_dialog(qtbot, fill)
    involvement.new_button.setFocus()
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks a moment later
    qtbot.waitUntil(lambda: len(stored(data_dir)) == 1)
    (entry,) = stored(data_dir)
    assert (entry.date, entry.organisation, entry.kind, entry.role_id, entry.minutes) == (
        TODAY,
        "City Council",
        "committee",
        "community_builder",
        150,
    )
    assert entry.currency == "GBP" and entry.payment == "not_offered"
    assert involvement.list.count() == 1
    assert "City Council · Committee · 2 h 30 min" in involvement.list.item(0).text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is involvement.list)
    # Measured for the closing note: a whole entry, from the page to saved.
    print(f"\nkeystrokes for a typical entry: {keys.count}")
    assert keys.count <= 30


def test_copy_last_repeats_a_regular_meeting_on_today(page, data_dir, person, qtbot):
    window, involvement, _ = page
    profile, _reflection = person
    last_week = (date.today() - timedelta(days=7)).isoformat()
    keep(
        data_dir,
        profile.id,
        Involvement(
            "old",
            profile.id,
            last_week,
            "Carers Forum",
            kind="peer_group",
            minutes=90,
            payment="offered_accepted",
            payment_amount=2500,
            expenses=[Expense("old-1", "travel", 480, claimed_on=last_week, paid_on=last_week)],
            impact="New leaflet",
            how_am_i=4,
        ),
    )
    involvement.reload()
    in_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return))
    involvement.copy_button.setFocus()
    qtbot.keyClick(involvement.copy_button, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(stored(data_dir)) == 2)
    new, old = stored(data_dir)
    assert (new.date, new.organisation, new.kind, new.minutes, new.payment_amount) == (
        TODAY,
        "Carers Forum",
        "peer_group",
        90,
        2500,
    )
    assert [(e.kind, e.amount, e.claimed_on, e.paid_on) for e in new.expenses] == [
        ("travel", 480, "", "")
    ]
    assert new.impact == "" and new.how_am_i is None and new.id != old.id


def test_change_an_entry_with_enter_and_add_an_expense_owed(page, data_dir, person, qtbot):
    window, involvement, _ = page
    profile, _reflection = person
    keep(data_dir, profile.id, Involvement("e", profile.id, "2026-01-10", "Trust", minutes=60))
    involvement.reload()

    def change(dialog):
        dialog.payment.setFocus()
        dialog.payment.setCurrentIndex(dialog.payment.findData("offered_accepted"))
        dialog.amount.setFocus()
        qtbot.keyClicks(dialog.amount, "75.50")
        row = dialog.add_expense()
        assert QApplication.focusWidget() is row.kind
        qtbot.keyClicks(row.amount, "12.60")
        row.claimed.enabled.setChecked(True)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    in_dialog(qtbot, change)
    involvement.list.setFocus()
    qtbot.keyClick(involvement.list, Qt.Key.Key_Return)
    (entry,) = stored(data_dir)
    assert (entry.payment, entry.payment_amount) == ("offered_accepted", 7550)
    assert [(e.kind, e.amount, e.claimed_on, e.paid_on) for e in entry.expenses] == [
        ("travel", 1260, TODAY, "")
    ]
    owed = involvement.overview.models["owed"]
    assert (owed.cell(0, 0), owed.cell(0, 2), owed.cell(0, 4)) == ("Trust", "£12.60", "0")


def test_an_amount_that_is_not_one_is_refused_in_plain_words(page, data_dir, person, qtbot):
    window, involvement, _ = page
    said = []

    def wrong(dialog):
        dialog.organisation.setText("Trust")
        dialog.payment.setCurrentIndex(dialog.payment.findData("offered_accepted"))
        dialog.amount.setText("12.505")
        qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
        said.append(dialog.error.text())
        assert dialog.isVisible() and QApplication.focusWidget() is dialog.amount
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)

    in_dialog(qtbot, wrong)
    involvement.new_entry()
    assert stored(data_dir) == []
    assert "more decimals than GBP uses" in said[0]


def test_delete_by_keyboard_after_asking(page, data_dir, person, qtbot, monkeypatch):
    window, involvement, _ = page
    profile, _reflection = person
    keep(
        data_dir,
        profile.id,
        Involvement("a", profile.id, "2026-01-10", "Trust"),
        Involvement("b", profile.id, "2026-02-10", "Council"),
    )
    involvement.reload()
    asked = []

    def answer(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    involvement.list.setFocus()
    assert involvement.current().organisation == "Council"  # newest first
    qtbot.keyClick(involvement.list, Qt.Key.Key_Delete)
    assert "Council" in asked[0]
    assert [e.id for e in stored(data_dir)] == ["a"]
    assert involvement.list.count() == 1 and QApplication.focusWidget() is involvement.list


def test_the_go_menu_and_ctrl_4_open_my_involvement(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentWidget() is window.workspace._involvement_tab


def test_overdue_items_are_mentioned_once_and_a_dismissal_is_remembered(
    open_window, data_dir, person, qtbot
):
    profile, _reflection = person
    long_ago = (date.today() - timedelta(days=45)).isoformat()
    keep(
        data_dir,
        profile.id,
        Involvement(
            "late",
            profile.id,
            long_ago,
            "City Council",
            expenses=[Expense("late-1", "travel", 1260, claimed_on=long_ago)],
            heard_back="yes",
        ),
    )
    window = open_window(data_dir)
    qtbot.waitUntil(lambda: getattr(window, "overdue_notice", None) is not None)
    notice = window.overdue_notice
    assert notice.label.text() == (
        "An expense of £12.60 from City Council has waited 45 days to be paid."
    )
    notice.show_button.click()
    assert window.workspace.currentWidget() is window.workspace._involvement_tab
    # Not dismissed: mentioned again next time the app opens; dismissed: never again.
    window.close()
    window = open_window(data_dir)
    qtbot.waitUntil(lambda: getattr(window, "overdue_notice", None) is not None)
    window.overdue_notice.dismiss_button.click()
    window.close()
    window = open_window(data_dir)
    qtbot.wait(50)
    assert window.overdue_notice is None


def test_evidence_what_i_did_results_and_a_support_request_from_the_record(
    open_window, data_dir, person, qtbot
):
    from competence_app.store import plans

    profile, _reflection = person
    long_ago = (date.today() - timedelta(days=40)).isoformat()
    recent = (date.today() - timedelta(days=3)).isoformat()
    keep(
        data_dir,
        profile.id,
        Involvement(
            "p1",
            profile.id,
            long_ago,
            "City Council",
            kind="committee",
            competence_ids=["lobbying"],
            expenses=[
                Expense("p1-1", "travel", 1260, claimed_on=long_ago),
                Expense("p1-2", "carer_cover", 3000, claimed_on=long_ago),
            ],
            heard_back="yes",
        ),
        Involvement(
            "p2",
            profile.id,
            recent,
            "Carers Forum",
            kind="talk",
            competence_ids=["lobbying", "story_telling"],
            heard_back="yes",
        ),
    )
    db = open_database(database_path(data_dir))
    goal = plans.create_goal(db, profile.id, "Get paid on time")
    plans.add_support(db, goal.id, "expenses", "")
    db.close()
    window = open_window(data_dir)
    flow = window.workspace.flow
    lobbying = next(
        p for p in flow.pages if getattr(p, "competence", None) and p.competence.id == "lobbying"
    )
    qtbot.waitUntil(lambda: lobbying.did_list.text() != "")
    assert lobbying.did_list.text().splitlines() == [
        f"•  {wording_title(recent, 'Carers Forum', 'Talk')}",
        f"•  {wording_title(long_ago, 'City Council', 'Committee')}",
    ]
    window.show_tab("results")
    assert window.workspace.results.evidence.text() == (
        "Based on 2 activities you logged in the last year."
    )
    window.show_tab("plan")
    window.workspace.plan.open_goal(goal.id)
    row = window.workspace.plan.editor._support_rows[0]
    (button,) = row.record_buttons
    assert button.text() == (
        "Add from my record: 2 expenses waiting over 30 days with City Council (£42.60)."
    )
    button.click()
    window.flush()
    db = open_database(database_path(data_dir))
    saved = plans.load_plan(db, profile.id).goals[0].supports[0].detail
    db.close()
    assert saved == "2 expenses waiting over 30 days with City Council (£42.60)."


def wording_title(day, organisation, kind):
    from competence_app.formats import date_text

    return f"{date_text(day, short=True)} · {organisation} · {kind}"


def test_every_control_of_the_page_and_the_form_has_a_name(page, framework, qtbot):
    from test_accessible_names import unnamed

    from competence_app.gui.dialogs.involvement_form import InvolvementDialog

    window, involvement, _ = page
    assert unnamed(window) == []
    dialog = InvolvementDialog(
        framework,
        Involvement("n", "p", TODAY, "Trust", expenses=[Expense("n-1", "travel", 100)]),
    )
    qtbot.addWidget(dialog)
    dialog.write_debrief.setChecked(True)
    dialog.add_expense()
    assert unnamed(dialog) == []


def test_a_debrief_saves_and_leads_to_looking_after_myself(page, data_dir, qtbot):
    window, involvement, _ = page

    def debrief(dialog):
        dialog.organisation.setText("Trust")
        dialog.write_debrief.setChecked(True)
        qtbot.keyClicks(dialog.what, "They cancelled at the last minute")
        dialog.how_am_i.choose(1)
        dialog.wellbeing_button.click()

    in_dialog(qtbot, debrief)
    involvement.new_entry()
    (entry,) = stored(data_dir)
    assert (entry.debrief.what, entry.how_am_i) == ("They cancelled at the last minute", 1)
    plan = window.workspace.plan
    assert window.workspace.currentWidget() is window.workspace._plan_tab
    # The window's focus (the keyboard's, once the window is active again) is on the first
    # box of Looking after myself.
    qtbot.waitUntil(lambda: window.focusWidget() is plan.wellbeing.drains)
