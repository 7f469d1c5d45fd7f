"""View > Text size: 100 % to 200 %, remembered in the data folder between runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from competence_app import settings
from competence_app.gui.look import text_size


@pytest.fixture
def base_size(qapp):
    text_size.apply(100)
    base = QApplication.font().pointSizeF()
    yield base
    text_size.apply(100)  # other tests expect the normal size


def test_preferences_have_defaults_and_limits(tmp_path):
    assert settings.load(tmp_path) == {
        "text_scale_percent": 100,
        "high_contrast": 0,
        "framework_file": "",
        "language": "",
        "easy_read": 0,
        "last_folders": settings.LAST_FOLDERS.default,
    }
    assert settings.save(tmp_path, "text_scale_percent", 500)["text_scale_percent"] == 200
    assert settings.load(tmp_path)["text_scale_percent"] == 200
    (tmp_path / settings.PREFERENCES_NAME).write_text("{broken", "utf-8")
    assert settings.load(tmp_path) == {
        "text_scale_percent": 100,
        "high_contrast": 0,
        "framework_file": "",
        "language": "",
        "easy_read": 0,
        "last_folders": settings.LAST_FOLDERS.default,
    }
    (tmp_path / settings.PREFERENCES_NAME).write_text('{"text_scale_percent": "big"}', "utf-8")
    assert settings.load(tmp_path) == {
        "text_scale_percent": 100,
        "high_contrast": 0,
        "framework_file": "",
        "language": "",
        "easy_read": 0,
        "last_folders": settings.LAST_FOLDERS.default,
    }


def test_keys_change_the_text_size_and_it_is_remembered(
    open_window, data_dir, person, qtbot, base_size
):
    from competence_app.gui.widgets.basics import Heading

    window = open_window(data_dir)
    title = window.workspace.flow.pages[0].findChild(Heading)
    title_before = title.font().pointSizeF()
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focus, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base_size * 1.2)
    # Headings keep pace (Qt delivers the font change through the event loop).
    qtbot.waitUntil(lambda: title.font().pointSizeF() == pytest.approx(title_before * 1.2))
    assert settings.load(data_dir)["text_scale_percent"] == 120
    for _ in range(15):
        qtbot.keyClick(focus, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.load(data_dir)["text_scale_percent"] == 200
    qtbot.keyClick(focus, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.load(data_dir)["text_scale_percent"] == 190
    qtbot.keyClick(focus, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.load(data_dir)["text_scale_percent"] == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base_size)
    assert window.workspace.flow.pages[0].levels.value() is None, "Ctrl+0 is not the digit 0"


def test_the_size_is_applied_before_the_window_appears(person, data_dir):
    from test_startup import run_python

    settings.save(data_dir, "text_scale_percent", 150)
    probe = (
        "import sys\n"
        "from competence_app.gui.shell import main_window\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def paint(self, event):\n"
        "    print('point size', QApplication.font().pointSizeF(), flush=True)\n"
        "    QApplication.exit(0)\n"
        "main_window.MainWindow.paintEvent = paint\n"
        "from competence_app.cli import main\n"
        "main(['--data-dir', sys.argv[1]])\n"
    )
    out = run_python(probe, str(data_dir)).stdout
    size = float(out.split("point size")[1].split()[0])
    normal = run_python(
        "from PySide6.QtWidgets import QApplication; a = QApplication([]); "
        "print(a.font().pointSizeF())"
    ).stdout
    assert size == pytest.approx(float(normal) * 1.5)


def test_high_contrast_is_switched_on_remembered_and_off_again(open_window, data_dir, person):
    from PySide6.QtGui import QPalette

    from competence_app.gui.look import theme

    window = open_window(data_dir)
    action = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.text() == "&High contrast"
    )
    normal = QApplication.palette().color(QPalette.ColorRole.Window)
    try:
        action.trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert QApplication.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
        assert settings.load(data_dir)["high_contrast"] == 1
        action.trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Window) == normal
        assert settings.load(data_dir)["high_contrast"] == 0
    finally:
        theme.set_high_contrast(False)


def test_at_200_percent_charts_grow_and_go_above_their_tables(
    base_size, open_window, data_dir, person, qtbot
):
    from PySide6.QtWidgets import QBoxLayout

    from competence_app.gui.pages.results_page import TwinRow

    window = open_window(data_dir)
    window.resize(1200, 800)
    window.show_tab("results")
    qtbot.wait(20)
    row = window.workspace.results.findChild(TwinRow)
    assert row.row.direction() == QBoxLayout.Direction.LeftToRight
    normal_dpi = row.chart.figure.dpi

    text_size.apply(200)
    qtbot.wait(20)
    window.show_tab("results")
    qtbot.wait(20)
    row = window.workspace.results.findChild(TwinRow)
    assert row.row.direction() == QBoxLayout.Direction.TopToBottom
    assert row.chart.figure.dpi >= normal_dpi * 1.9  # the chart's words are twice as large


def test_rings_and_tick_boxes_grow_with_the_text(base_size, qapp, qtbot):
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    from competence_app.gui.look import theme

    theme.install()

    def ring_size(kind, element):
        button = kind("Carer")
        qtbot.addWidget(button)
        button.ensurePolished()
        option = QStyleOptionButton()
        option.initFrom(button)
        return button.style().subElementRect(element, option, button).width()

    radio = (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator)
    tick = (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator)
    normal = [ring_size(*radio), ring_size(*tick)]
    text_size.apply(200)
    assert [ring_size(*radio), ring_size(*tick)] == [size * 2 for size in normal]
    theme.set_high_contrast(True)  # a style sheet draws them in high contrast: its sizes grow too
    try:
        assert "width: 28px" in qapp.styleSheet()
    finally:
        theme.set_high_contrast(False)
    assert "QRadioButton::indicator:checked" not in qapp.styleSheet(), "light: the style's rings"


def test_text_boxes_are_sized_in_lines_and_grow_with_the_text(base_size, qapp, qtbot):
    """A plan's boxes hold four lines and a story box at least five, at any text size: in
    pixels, four short lines needed a scroll bar at 200 %."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from competence_app.gui.look import theme
    from competence_app.gui.widgets.long_text import LongText

    theme.install()
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    capped, roomy = LongText(), LongText()
    capped.set_lines(most=4)
    roomy.set_lines(fewest=5)
    column.addWidget(capped)
    column.addWidget(roomy)
    column.addStretch(1)
    capped.setPlainText("one\ntwo\nthree\nfour")
    holder.resize(500, 900)
    holder.show()
    for percent in (100, 200):
        text_size.apply(percent)
        qtbot.waitUntil(lambda: capped.verticalScrollBar().maximum() == 0, timeout=2000)
        line = capped.fontMetrics().lineSpacing()
        assert capped.viewport().height() < 5 * line + 10  # four lines, not more
        assert roomy.viewport().height() >= 5 * line  # room for five, empty or not
        capped.setPlainText("one\ntwo\nthree\nfour\nfive\nsix")
        qtbot.waitUntil(lambda: capped.verticalScrollBar().maximum() > 0, timeout=2000)
        capped.setPlainText("one\ntwo\nthree\nfour")


def test_an_activitys_own_words_fit_at_200_percent(base_size, qapp, qtbot, framework):
    """What changed, and the debrief, hold three lines without a scroll bar at 200 %."""
    from competence_app.domain.involvement import Debrief, Involvement
    from competence_app.gui.dialogs.involvement_form import InvolvementDialog
    from competence_app.gui.look import theme

    theme.install()
    text_size.apply(200)
    three = "The leaflet changed.\nSo did the website.\nAnd the letter."
    entry = Involvement(
        id="a", profile_id="p", date="2026-11-12", impact=three, debrief=Debrief(what=three)
    )
    dialog = InvolvementDialog(framework, entry)
    qtbot.addWidget(dialog)
    dialog.show()
    for box in (dialog.impact, dialog.what):
        qtbot.waitUntil(lambda box=box: box.verticalScrollBar().maximum() == 0, timeout=2000)
        assert box.viewport().height() < 4 * box.fontMetrics().lineSpacing() + 10
