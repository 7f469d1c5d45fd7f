"""Driving the reflection the way a person does: keys and clicks, then reading the database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QRadioButton

from competence_app.gui.pages.competence_page import CompetencePage
from competence_app.gui.pages.role_page import RolePage
from competence_app.paths import database_path
from competence_app.store import profiles, reflections
from competence_app.store.database import open_database


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(focused(), text)


def tab_until(qtbot, predicate, limit=60):
    for _ in range(limit):
        if predicate(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the control; focus is on {focused()!r}")


def stored(data_dir):
    db = open_database(database_path(data_dir))
    try:
        profile = profiles.current_profile(db)
        return profile, reflections.list_reflections(db, profile.id)
    finally:
        db.close()


def test_first_run_welcome_by_keyboard(open_window, data_dir, qtbot):
    window = open_window(data_dir)
    assert window.windowTitle() == "Citizen Leadership Companion"
    from PySide6.QtWidgets import QLabel

    # The note is under a heading of that name; its own words are what a screen reader reads.
    headings = [w.text() for w in window.findChildren(QLabel)]
    assert "Where your answers are kept" in headings
    privacy = [w for w in window.findChildren(QLabel) if "stays on this computer" in w.text()]
    assert privacy[0].accessibleName() == ""
    assert "stays on this computer" in privacy[0].text()
    assert str(data_dir.resolve()) in privacy[0].text()
    assert focused().accessibleName() == "Name or pseudonym, optional"
    type_text(qtbot, "Kofi")
    tab_until(qtbot, lambda w: isinstance(w, QCheckBox) and w.text() == "advisor")
    press(qtbot, Qt.Key.Key_Space)
    tab_until(qtbot, lambda w: w is not None and w.accessibleName() == "My own word for myself")
    type_text(qtbot, "expert by experience")
    press(qtbot, Qt.Key.Key_Return)
    tab_until(qtbot, lambda w: w is not None and w.accessibleName().startswith("Label for this"))
    type_text(qtbot, "Start of programme")
    tab_until(qtbot, lambda w: isinstance(w, QPushButton) and "Start my reflection" in w.text())
    press(qtbot, Qt.Key.Key_Space)

    assert window.workspace.flow is not None and window.workspace.flow.isVisible()
    profile, saved = stored(data_dir)
    assert profile.name == "Kofi"
    assert profile.self_words == ["advisor", "expert by experience"]
    assert [r.label for r in saved] == ["Start of programme"]
    assert window.workspace.flow.progress_label.text() == "Page 1 of 13"


def test_whole_reflection_by_keyboard_then_reopen(open_window, data_dir, person, qtbot, framework):
    window = open_window(data_dir)
    flow = window.workspace.flow
    competences = framework.competences
    for index, competence in enumerate(competences):
        page = flow.pages[index]
        assert isinstance(page, CompetencePage) and page.isVisible()
        assert isinstance(focused(), QRadioButton), "a level choice has focus on each new page"
        digit = 0 if competence.id == "research" else index % 5 + 1
        press(qtbot, Qt.Key(Qt.Key.Key_0 + digit))
        tab_until(qtbot, lambda w, p=page: w in p.confidence.buttons())
        press(qtbot, Qt.Key.Key_Space)  # Space chooses; then arrows move the choice
        press(qtbot, Qt.Key.Key_Right)
        tab_until(qtbot, lambda w, p=page: w is p.example)
        type_text(qtbot, f"Story {index}: we met & talked <b>")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.develop
        if index % 2 == 0:
            press(qtbot, Qt.Key.Key_Space)
        press(
            qtbot,
            Qt.Key.Key_PageDown if index % 2 else Qt.Key.Key_Right,
            Qt.KeyboardModifier.NoModifier if index % 2 else Qt.KeyboardModifier.AltModifier,
        )
    for offset, role in enumerate(framework.roles):
        page = flow.pages[len(competences) + offset]
        assert isinstance(page, RolePage) and page.isVisible()
        assert flow.progress_label.text() == f"Page {len(competences) + offset + 1} of 13"
        press(qtbot, Qt.Key(Qt.Key.Key_0 + offset))
        tab_until(qtbot, lambda w, p=page: w in p.wish.buttons())
        press(qtbot, Qt.Key(Qt.Key.Key_0 + 4 - offset))
        tab_until(qtbot, lambda w, p=page: w is p.notes)
        type_text(qtbot, f"Notes on {role.name}")
        press(qtbot, Qt.Key.Key_PageDown)
    # PageDown on the last page means "see my results".
    assert window.workspace.currentWidget().isAncestorOf(window.workspace.results)
    window.close()

    _, saved = stored(data_dir)
    reflection = saved[-1]
    for index, competence in enumerate(competences):
        answer = reflection.competence(competence.id)
        if competence.id == "research":
            assert answer.not_yet and answer.level is None
        else:
            assert answer.level == index % 5 + 1
        assert answer.confidence == 2
        assert answer.example == f"Story {index}: we met & talked <b>"
        assert answer.develop == (index % 2 == 0)
    for offset, role in enumerate(framework.roles):
        answer = reflection.role(role.id)
        assert (answer.now, answer.wish, answer.notes) == (
            offset,
            4 - offset,
            f"Notes on {role.name}",
        )

    again = open_window(data_dir)
    page = again.workspace.flow.pages[2]
    assert page.levels.value() == 3
    assert page.example.toPlainText() == "Story 2: we met & talked <b>"
    assert page.develop.isChecked()
    assert again.workspace.flow.pages[-1].notes.toPlainText() == "Notes on Citizen Leader"
    assert "✓" in again.workspace.flow.page_list.item(12).text()


def test_closing_half_way_resumes_on_the_same_page(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    flow = window.workspace.flow
    for level in (2, 3, 4, 5):
        press(qtbot, Qt.Key(Qt.Key.Key_0 + level))
        press(qtbot, Qt.Key.Key_PageDown)
    flow.pages[4].example.setFocus()
    type_text(qtbot, "half-typed thought")
    window.close()  # closing saves text still waiting for a pause

    again = open_window(data_dir)
    assert again.workspace.flow.current_index() == 4
    assert again.workspace.flow.progress_label.text() == "Page 5 of 13"
    assert again.workspace.flow.pages[4].example.toPlainText() == "half-typed thought"
    assert [again.workspace.flow.pages[i].levels.value() for i in range(4)] == [2, 3, 4, 5]


def test_jumping_to_any_page_from_the_list(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    window.workspace.flow.page_list.setCurrentRow(10)
    assert window.workspace.flow.current_index() == 10
    assert window.workspace.flow.progress_label.text() == "Page 11 of 13"
    assert window.workspace.flow.previous_button.isEnabled()
    _, saved = stored(data_dir)
    assert saved[-1].current_page == 10


def test_each_answer_is_in_the_database_as_soon_as_it_is_given(
    open_window, data_dir, person, qtbot
):
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    button = page.levels.buttons()[3]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    _, saved = stored(data_dir)
    assert saved[-1].competence(page.competence.id).level == 4
    assert window.saved_label.text().startswith("Saved at")
    qtbot.mouseClick(
        page.develop, Qt.MouseButton.LeftButton, pos=QPoint(8, page.develop.height() // 2)
    )
    _, saved = stored(data_dir)
    assert saved[-1].competence(page.competence.id).develop
    page.example.setFocus()
    type_text(qtbot, "typed")
    qtbot.waitUntil(
        lambda: stored(data_dir)[1][-1].competence(page.competence.id).example == "typed",
        timeout=1000,
    )


def test_digits_in_a_text_box_are_text_not_levels(open_window, data_dir, person, qtbot):
    window = open_window(data_dir)
    page = window.workspace.flow.pages[0]
    page.example.setFocus()
    type_text(qtbot, "3 meetings")
    assert page.levels.value() is None
    assert page.example.toPlainText() == "3 meetings"


def test_label_and_new_reflection(open_window, data_dir, person, qtbot, monkeypatch):
    window = open_window(data_dir)
    window.workspace.flow.label_edit.setFocus()
    window.workspace.flow.label_edit.selectAll()
    type_text(qtbot, "Week one")
    press(qtbot, Qt.Key.Key_Return)
    _, saved = stored(data_dir)
    assert saved[-1].label == "Week one"

    from PySide6.QtWidgets import QInputDialog

    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("After the course", True))
    do(window.context, window, commands.new_reflection)
    _, saved = stored(data_dir)
    assert [r.label for r in saved] == ["Week one", "After the course"]
    assert window.reflection.id == saved[-1].id
    assert window.workspace.flow.current_index() == 0
    assert window.workspace.flow.pages[0].levels.value() is None


def test_about_box_credits_the_report(open_window, data_dir, person, qtbot):
    from PySide6.QtWidgets import QLabel

    from competence_app.gui.dialogs.small import about_dialog

    window = open_window(data_dir)
    dialog = about_dialog(window, window.context.framework, data_dir)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Citizen Leadership: Co-creating Integrated Care" in text
    assert "Miller, Jackson" in text
    assert str(data_dir) in text
    assert "nothing is sent over the internet" in text
