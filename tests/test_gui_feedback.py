"""Feedback in the window: File > Import feedback… (or a file dropped on the window), the
giver's levels beside the person's on Results, comments and suggested steps on the Plan."""

from __future__ import annotations

import pytest
from feedback_samples import answer, person_with_pack, write
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competence_app.paths import database_path, prepare_data_dir
from competence_app.store import feedback
from competence_app.store.database import open_database


@pytest.fixture
def ines(data_dir, framework):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    person = person_with_pack(db, framework)
    db.close()
    return person


@pytest.fixture
def told(monkeypatch):
    """What the window said in message boxes, and a Yes to every question."""
    said = {"question": [], "information": [], "warning": []}

    def question(parent, title, text, *args, **kwargs):
        said["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "information", lambda p, t, text, *a: said["information"].append(text)
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: said["warning"].append(text))
    return said


def menu_action(window, text):
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text}")


def test_import_feedback_from_the_file_menu(
    open_window, data_dir, ines, told, monkeypatch, tmp_path
):
    saved = write(tmp_path, answer(ines.pack))
    window = open_window(data_dir)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(saved)], ""))
    menu_action(window, "Import feedback…").trigger()
    (shown,) = told["question"]
    assert "Sam (mentor), given on 20 November 2026" in shown
    assert "8 comments and 2 levels seen" in shown
    assert "your own answers do not change" in shown
    assert told["information"][-1].startswith("Kept 1 new round of feedback.")
    (kept,) = feedback.load_rounds(window.context.db, ines.profile.id)
    assert kept.giver_name == "Sam"
    assert window.workspace.currentIndex() == 1  # Results, where it sits beside their own

    # The same file again: kept once, and said so before and after.
    menu_action(window, "Import feedback…").trigger()
    assert "already here: it will be kept once, not twice" in told["question"][-1]
    assert "Already here, exactly the same, so kept once" in told["information"][-1]
    assert len(feedback.load_rounds(window.context.db, ines.profile.id)) == 1


def test_feedback_for_someone_else_is_refused_with_its_place(
    open_window, data_dir, ines, framework, told, monkeypatch, tmp_path
):
    window = open_window(data_dir)
    other = person_with_pack(window.context.db, framework, name="Robin")
    saved = write(tmp_path, answer(other.pack))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(saved)], ""))
    menu_action(window, "Import feedback…").trigger()
    assert told["question"] == []
    assert "pack_id: this feedback answers a plan from someone else" in told["warning"][0]
    assert feedback.load_rounds(window.context.db, other.profile.id) == []


def test_a_feedback_file_dropped_on_the_window_is_brought_in(
    open_window, data_dir, ines, told, tmp_path
):
    saved = write(tmp_path, answer(ines.pack))
    window = open_window(data_dir)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert len(told["question"]) == 1
    assert len(feedback.load_rounds(window.context.db, ines.profile.id)) == 1


def keep(data_dir, *documents):
    from feedback_samples import encoded

    from competence_app.exchange.feedback_file import import_feedback

    db = open_database(database_path(data_dir))
    import_feedback(db, *(encoded(d) for d in documents))
    db.close()


def test_results_show_each_giver_beside_the_persons_own_level(
    open_window, data_dir, ines, framework
):
    ids = ines.pack.competence_ids
    # Ines says 2, 4, 3 for the first three; Sam saw 4 and 4; Priya saw 2 and not the third.
    keep(
        data_dir,
        answer(ines.pack, levels={ids[0]: 4, ids[1]: 4}),
        answer(ines.pack, name="Priya", relation="peer", levels={ids[1]: 2}, given_on="2026-11-22"),
    )
    window = open_window(data_dir)
    window.show_tab("results")
    page = window.workspace.results
    model = page.competence_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:4] == ["Competence", "Level", "Sam, 20 Nov 2026", "Priya, 22 Nov 2026"]
    first, second = framework.competences[0], framework.competences[1]
    assert model.cell(0, 1) == f"2 · {framework.level_names[1]}"
    assert model.cell(0, 2) == f"4 · {framework.level_names[3]}"  # Sam's, not an average
    assert model.cell(0, 3) == ""  # Priya gave no level here
    assert model.cell(1, 3) == f"2 · {framework.level_names[1]}"
    assert model.cell(3, 2) == "Not seen"
    notes = page.feedback_notes.text()
    # 2 against Sam's 4, and 4 against Priya's 2: two gentle lines, one each.
    assert f"You and Sam see {first.name} differently: something to talk about." in notes
    assert f"You and Priya see {second.name} differently: something to talk about." in notes
    assert "overrate" not in notes
    assert page.feedback_box.isVisibleTo(page)

    # On request only: a second outline on the radar, with a legend naming the giver.
    sam, priya = page.feedback_checks
    assert sam.text() == "Show what Sam saw on the chart (20 Nov 2026)"
    assert page.radar.figure.axes[0].get_legend() is None
    sam.setChecked(True)
    legend = page.radar.figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()][1] == "Sam, 20 Nov 2026"
    lines = page.radar.figure.axes[0].get_lines()
    sams = next(line for line in lines if line.get_label() == "Sam, 20 Nov 2026")
    assert list(sams.get_ydata()[:2]) == [4, 4]
    sam.setChecked(False)
    assert page.radar.figure.axes[0].get_legend() is None


def test_anonymous_answers_wait_for_three_and_then_show_a_spread(open_window, data_dir, framework):
    from feedback_samples import anonymous

    db = open_database(database_path(prepare_data_dir(data_dir)))
    person = person_with_pack(db, framework, allow_anonymous=True)
    db.close()
    ids = person.pack.competence_ids
    keep(data_dir, anonymous(person.pack, {ids[0]: 3}), anonymous(person.pack, {ids[0]: 4}))
    window = open_window(data_dir)
    window.show_tab("results")
    page = window.workspace.results
    assert page.competence_model.columnCount() == 4  # nothing of the two shown
    assert page.feedback_notes.text() == (
        "•  2 anonymous answers came back; they are shown once 3 or more have, so no one can "
        "be picked out."
    )
    assert page.feedback_checks == []
    window.close()

    keep(data_dir, anonymous(person.pack, {ids[0]: 4}))
    window = open_window(data_dir)
    window.show_tab("results")
    page = window.workspace.results
    model = page.competence_model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Anonymous (3 people)"
    assert model.cell(0, 2) == "1 at level 3, 2 at level 4"  # a spread, never an average
    assert page.feedback_checks == []  # no single outline to draw
    assert "anonymous answers came back" not in page.feedback_notes.text()


def test_the_plan_shows_what_givers_said_and_a_step_becomes_an_action(
    open_window, data_dir, ines, qtbot
):
    keep(data_dir, answer(ines.pack))
    window = open_window(data_dir)
    window.show_tab("plan")
    editor = window.workspace.plan.editor
    assert editor.goal.id == ines.goal.id
    shown = editor.feedback
    assert shown.isVisibleTo(editor)
    assert shown.texts == [
        "A good goal for spring",
        "Suggested next step: Ask the chair for ten minutes",
        "Support offered: I can introduce you",
    ]
    (button,) = shown.buttons
    assert button.accessibleName() == "Add as an action: Ask the chair for ten minutes"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    from competence_app.store import plans

    saved = plans.load_plan(window.context.db, ines.profile.id).goals[0]
    assert [a.text for a in saved.actions] == [
        "Ask for the agenda",
        "Ask the chair for ten minutes",
    ]
    (button,) = editor.feedback.buttons
    assert not button.isEnabled(), "one click, once: the step is an action now"


def test_the_history_lists_views_and_deletes_rounds_after_asking(
    open_window, data_dir, ines, told, monkeypatch
):
    from competence_app.gui.dialogs.feedback_history import FeedbackHistory

    hostile = '<b>Sam</b> & "co"'
    keep(
        data_dir,
        answer(ines.pack, name=hostile),
        answer(ines.pack, name="Priya", given_on="2026-11-25"),
    )
    window = open_window(data_dir)
    window.show_tab("plan")
    plan = window.workspace.plan
    assert plan.history_button.isVisibleTo(plan)
    dialog = FeedbackHistory(window.context, window)
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items == [
        "Priya (mentor), given on 25 Nov 2026, on " + items[0].split(", on ", 1)[1],
        f"{hostile} (mentor), given on 20 Nov 2026, on " + items[1].split(", on ", 1)[1],
    ]
    dialog.list.setCurrentRow(1)
    dialog.view_current()
    full = dialog.full.toPlainText()
    assert full.startswith(f"{hostile} (mentor)\nGiven on 20 November 2026")
    assert "Suggested next step: Ask the chair for ten minutes" in full
    assert "Strengths seen: Listens first" in full
    dialog.delete_current()
    assert "Delete the feedback from" in told["question"][-1]
    rounds = feedback.load_rounds(window.context.db, ines.profile.id)
    assert [r.giver_name for r in rounds] == ["Priya"]
    assert dialog.list.count() == 1
    # The plan page heard about it: Sam's words are gone from the goal.
    assert all(hostile not in t for t in plan.editor.feedback.texts)
