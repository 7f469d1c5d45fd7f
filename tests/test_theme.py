"""Light or dark as the system says, high contrast above both; readable text in each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from competence_app import palette as colours
from competence_app.gui.look import contrast, stylesheet, theme

ROLE = QPalette.ColorRole
TEXT_ON = [
    (ROLE.WindowText, ROLE.Window),
    (ROLE.Text, ROLE.Base),
    (ROLE.Text, ROLE.AlternateBase),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.HighlightedText, ROLE.Highlight),
    (ROLE.ToolTipText, ROLE.ToolTipBase),
    (ROLE.PlaceholderText, ROLE.Base),
    (ROLE.Link, ROLE.Base),
    (ROLE.Link, ROLE.Window),
]


@pytest.fixture
def scheme(qapp, monkeypatch):
    """Say what the system asks for; afterwards the app goes back to its usual colours."""

    def force(name: str) -> None:
        monkeypatch.setenv(theme.SCHEME_ENVIRONMENT, name)
        theme.refresh()

    yield force
    monkeypatch.setenv(theme.SCHEME_ENVIRONMENT, "light")
    theme.set_high_contrast(False)


def window_colour() -> str:
    return QApplication.palette().color(ROLE.Window).name()


def test_dark_when_the_system_says_dark_and_back(scheme):
    light = theme.LIGHT["Window"]  # the app's own light look, not the system's grey
    scheme("dark")
    assert theme.is_dark(QApplication.palette())
    assert window_colour() == theme.DARK["Window"]
    sheet = QApplication.instance().styleSheet()
    assert theme.DARK_INDICATORS in sheet, "rings drawn light"
    assert sheet.startswith(stylesheet.sheet("dark")), "the app's look, in its dark colours"
    scheme("light")
    assert window_colour() == light
    assert QApplication.instance().styleSheet() == stylesheet.sheet("light")


@pytest.mark.parametrize("name", ["light", "dark", "high contrast"])
def test_text_contrast_is_at_least_4_5_to_1(name):
    chosen = {
        "light": theme.light_palette,
        "dark": theme.dark_palette,
        "high contrast": contrast.high_contrast_palette,
    }[name]()
    ratios = {
        f"{fg.name} on {bg.name}": round(
            theme.contrast_ratio(chosen.color(fg), chosen.color(bg)), 1
        )
        for fg, bg in TEXT_ON
    }
    assert {pair: ratio for pair, ratio in ratios.items() if ratio < 4.5} == {}
    disabled = chosen.color(QPalette.ColorGroup.Disabled, ROLE.WindowText)
    assert theme.contrast_ratio(disabled, chosen.color(ROLE.Window)) >= 3


def test_the_contrast_formula_matches_known_pairs():
    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert theme.contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, 0.01)


def test_high_contrast_wins_over_dark(scheme):
    scheme("dark")
    theme.set_high_contrast(True)
    assert window_colour() == "#000000"
    assert QApplication.palette().color(ROLE.Highlight).name() == "#ffff00"
    assert contrast.INDICATORS in QApplication.instance().styleSheet()
    scheme("dark")  # the system changing again does not undo the person's choice
    assert window_colour() == "#000000"
    theme.set_high_contrast(False)
    assert window_colour() == theme.DARK["Window"], "off again: back to the system's dark"


def test_a_change_of_the_system_scheme_while_running_is_followed(scheme, monkeypatch):
    theme.install()
    theme.after_first_frame()  # what the first focus change does at start
    light = window_colour()
    monkeypatch.setenv(theme.SCHEME_ENVIRONMENT, "dark")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == theme.DARK["Window"]
    monkeypatch.setenv(theme.SCHEME_ENVIRONMENT, "light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == light


def test_chart_colours_stand_out_on_a_dark_window():
    from competence_app import charts

    look = charts.screen_look(theme.DARK["Window"], theme.DARK["WindowText"], dark=True)
    background = QColor(look.background)
    for colour in (*look.series, look.now, look.wish):
        # Lines and bars: 3:1 is the bar for graphics; words are the window's own text colour.
        assert theme.contrast_ratio(QColor(colour), background) >= 3, colour
    assert theme.contrast_ratio(QColor(look.muted), background) >= 4.5
    assert theme.contrast_ratio(QColor(look.ink), background) >= 4.5
    assert colours.SKY in look.series and colours.BLUE not in look.series


def test_charts_follow_the_window_colours(open_window, data_dir, person, qtbot, scheme):
    window = open_window(data_dir)
    window.workspace.flow.pages[0].levels.buttons()[2].click()
    window.show_tab("results")
    qtbot.waitUntil(lambda: window.workspace.results.radar.figure is not None)
    figure = window.workspace.results.radar.figure
    assert QColor.fromRgbF(*figure.get_facecolor()).name() == window_colour()
    scheme("dark")
    qtbot.waitUntil(
        lambda: (
            QColor.fromRgbF(*window.workspace.results.radar.figure.get_facecolor()).name()
            == theme.DARK["Window"]
        )
    )


def test_dark_is_on_before_the_first_frame(person, data_dir):
    from test_startup import run_python

    probe = (
        "import sys\n"
        "from competence_app.gui.shell import main_window\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def paint(self, event):\n"
        "    print('window', QApplication.palette().color(QApplication.palette().ColorRole.Window).name(), flush=True)\n"
        "    QApplication.exit(0)\n"
        "main_window.MainWindow.paintEvent = paint\n"
        "from competence_app.cli import main\n"
        "main(['--data-dir', sys.argv[1]])\n"
    )
    out = run_python(probe, str(data_dir), **{theme.SCHEME_ENVIRONMENT: "dark"}).stdout
    assert f"window {theme.DARK['Window']}" in out


def test_scroll_bars_are_plain_to_see_in_high_contrast(scheme):
    """Seen in the 200 % screenshots: the thin grey handle vanished on black, so a page or
    dialog that scrolls did not look as if it did."""
    theme.set_high_contrast(True)
    sheet = QApplication.instance().styleSheet()
    assert "QScrollBar::handle { background: #ffffff;" in sheet
    assert "QScrollBar:vertical { background: #000000;" in sheet
    theme.set_high_contrast(False)
    assert "QScrollBar::handle" not in QApplication.instance().styleSheet()
