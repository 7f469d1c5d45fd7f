"""Long free text: a story box holds up to 100,000 characters, says so kindly at the limit,
and never loses what was typed or pasted without a word (issue 15, point 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from competence_app.gui.widgets.long_text import MOST_CHARACTERS, LongText, with_note
from competence_app.paths import database_path
from competence_app.store import reflections
from competence_app.store.database import open_database


def stored_example(data_dir, competence_id: str) -> str:
    db = open_database(database_path(data_dir))
    try:
        person = next(iter(db["profiles"].rows))["id"]
        return reflections.latest_reflection(db, person).competence(competence_id).example
    finally:
        db.close()


def test_a_story_pasted_past_the_limit_keeps_what_fits_and_says_how_much_was_left_out(
    open_window, data_dir, person, qtbot
):
    window = open_window(data_dir)
    flow = window.workspace.flow
    page = flow.pages[0]
    box = page.example
    assert isinstance(box, LongText) and box.most == MOST_CHARACTERS == 100_000
    box.setFocus()
    box.setPlainText("My story. ")
    box.moveCursor(box.textCursor().MoveOperation.End)
    QApplication.clipboard().setText("x" * 100_500)
    box.paste()
    text = box.toPlainText()
    assert len(text) == 100_000 and text.startswith("My story. x")
    assert box.note.isVisible()
    assert "510 characters of what you pasted did not fit" in box.note.text()
    assert "100,000" in box.note.text()
    assert box.accessibleDescription() == box.note.text()  # heard with the box
    # What fitted is saved: nothing is cut behind the person's back.
    window.close()
    assert stored_example(data_dir, page.competence.id) == text


def test_typing_stops_at_the_limit_with_a_note_and_starts_again_when_there_is_room(qtbot):
    box = LongText()
    holder = with_note(box)
    qtbot.addWidget(holder)
    holder.show()
    box.setPlainText("a" * (MOST_CHARACTERS - 1))
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.setFocus()
    qtbot.keyClicks(box, "bc")
    assert box.toPlainText().endswith("ab") and len(box.toPlainText()) == MOST_CHARACTERS
    assert box.note.isVisible() and "This box is full" in box.note.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a new line is something added too
    assert len(box.toPlainText()) == MOST_CHARACTERS
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert not box.note.isVisible()
    qtbot.keyClicks(box, "z")
    assert box.toPlainText().endswith("az")


def test_a_longer_text_from_elsewhere_is_kept_whole(qtbot):
    """A story longer than the limit (from an older data file) is shown whole and kept."""
    box = LongText()
    qtbot.addWidget(box)
    story = "An old, very long story. " * 8_000  # 200,000 characters
    box.setPlainText(story)
    assert box.toPlainText() == story
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, "!")
    assert box.toPlainText() == story
    assert "This box is full" in box.note.text()


def test_a_paste_that_replaces_a_selection_counts_the_room_the_selection_leaves(qtbot):
    box = LongText(most=20)
    qtbot.addWidget(box)
    box.setPlainText("0123456789" * 2)
    box.selectAll()
    QApplication.clipboard().setText("new words")
    box.paste()
    assert box.toPlainText() == "new words"
    assert not box.note.isVisible()


def test_every_free_text_box_of_the_plan_has_the_limit(open_window, data_dir, person, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    window = open_window(data_dir)
    window.workspace.show_plan()
    plan = window.workspace.plan
    boxes = plan.findChildren(QPlainTextEdit)
    assert boxes
    assert all(isinstance(box, LongText) for box in boxes), [
        box.accessibleName() for box in boxes if not isinstance(box, LongText)
    ]
