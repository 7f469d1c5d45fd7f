"""Colours of the whole app: light or dark as the system says, or high contrast when chosen.

High contrast (View > High contrast) always wins; otherwise the app follows the system's
light or dark setting, also when it changes while the app is open. Each theme is a palette
and the app's style sheet (gui/look/stylesheet.py), both drawn from competence_app/palette.py.
The style sheet also draws every focus ring and sizes the radio rings and tick boxes: a
style written in Python would put every drawing and measuring call of every control
through Python (benchmarks/README.md, start-up).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from competence_app import palette as colours

# For tests and screenshots: "dark" or "light" stands in for what the system says.
SCHEME_ENVIRONMENT = "COMPETENCE_APP_COLOR_SCHEME"

_HIGH_CONTRAST = "competence_app_high_contrast"
_OUR_SHEET = "competence_app_style_sheet"
_APPLIED = "competence_app_theme_applied"
_follower: QObject | None = None

DARK = {
    "Window": colours.DARK_UI["window"],
    "WindowText": "#ececec",
    "Base": colours.DARK_UI["surface"],
    "AlternateBase": "#323338",
    "Text": "#f2f2f2",
    "Button": "#35373c",
    "ButtonText": "#f2f2f2",
    "BrightText": "#ffffff",
    "Highlight": colours.DARK_UI["accent"],
    "HighlightedText": "#000000",
    "ToolTipBase": "#2a2b2f",
    "ToolTipText": "#f2f2f2",
    "Link": "#8ec8ff",
    "LinkVisited": "#d7a6ff",
    "PlaceholderText": "#a9a9a9",
    # Styles draw radio rings, tick boxes and frames from these: light enough to see on the
    # dark window, or the rings vanish.
    "Light": "#6a6d75",
    "Midlight": "#50535a",
    "Mid": "#8a8d94",
    "Dark": "#9a9da4",
    "Shadow": "#000000",
}
DARK_DISABLED = {"WindowText": "#8e8e8e", "Text": "#8e8e8e", "ButtonText": "#8e8e8e"}


# Styles draw radio rings and tick boxes from darker shades of the window colour, nearly
# black on a dark window: draw them light, with a dot or a fill when chosen.
DARK_INDICATORS = """
QRadioButton::indicator, QCheckBox::indicator {
    width: 13px; height: 13px; border: 2px solid #b4b4b4; background: #2a2b2f;
}
QRadioButton::indicator { border-radius: 8px; }
QRadioButton::indicator:checked {
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 #56B4E9, stop: 0.55 #56B4E9, stop: 0.6 #2a2b2f, stop: 1 #2a2b2f);
}
QCheckBox::indicator:checked { background: #56B4E9; border-color: #56B4E9; }
QRadioButton::indicator:focus, QCheckBox::indicator:focus { border-color: #56B4E9; }
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: #6a6d75; }
"""


def system_scheme() -> str:
    """'dark', 'light' or 'unknown': what the system asks for (or the test override)."""
    forced = os.environ.get(SCHEME_ENVIRONMENT, "").strip().lower()
    if forced in ("dark", "light"):
        return forced
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    return "light" if scheme == Qt.ColorScheme.Light else "unknown"


LIGHT = {
    "Window": colours.LIGHT_UI["window"],
    "WindowText": colours.LIGHT_UI["text"],
    "Base": colours.LIGHT_UI["surface"],
    "AlternateBase": colours.LIGHT_UI["window"],
    "Text": colours.LIGHT_UI["text"],
    "Button": colours.LIGHT_UI["button"],
    "ButtonText": colours.LIGHT_UI["text"],
    "Highlight": colours.LIGHT_UI["accent"],
    "HighlightedText": colours.LIGHT_UI["on_accent"],
    "ToolTipBase": colours.LIGHT_UI["surface"],
    "ToolTipText": colours.LIGHT_UI["text"],
    "Link": "#005a8c",
    "LinkVisited": "#6b3d8c",
    "PlaceholderText": "#6b6b72",
}
LIGHT_DISABLED = {"WindowText": "#767676", "Text": "#767676", "ButtonText": "#767676"}


def light_palette() -> QPalette:
    # Shades for frames and bevels derived from the button and window colours.
    palette = QPalette(QColor(LIGHT["Button"]), QColor(LIGHT["Window"]))
    for role, colour in LIGHT.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role, colour in LIGHT_DISABLED.items():
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour)
        )
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role, colour in DARK_DISABLED.items():
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour)
        )
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette puts light text on a dark window (dark mode and high contrast)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""

    def luminance(colour: QColor) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_size_changed() -> None:
    """After the application font changed: our style sheet again, its lengths grown with
    the text (rings, tick boxes, padding)."""
    if QApplication.instance().property(_OUR_SHEET) is not None:
        refresh()


def scaled(sheet: str, scale: float) -> str:
    """`sheet` with every length in pixels grown by `scale`, so rings and tick boxes
    drawn by a style sheet grow with View > Text size like the text beside them."""
    import re

    if scale == 1.0:
        return sheet

    def grown(length: int) -> int:
        # Nothing stays nothing; a hairline never rounds away to nothing.
        return 0 if length == 0 else max(1, round(length * scale))

    return re.sub(r"(\d+)px", lambda m: f"{grown(int(m.group(1)))}px", sheet)


def current_theme() -> str:
    """'high contrast', 'dark' or 'light': what the app shows now (or is about to)."""
    if QApplication.instance().property(_HIGH_CONTRAST):
        return "high contrast"
    return "dark" if system_scheme() == "dark" else "light"


def colours() -> dict[str, str]:
    """The colours of the theme on screen now (palette.LIGHT_UI and its kin), for widgets
    that draw themselves (level cards)."""
    from competence_app.gui.look import stylesheet

    applied = QApplication.instance().property(_APPLIED)
    return stylesheet.THEMES[applied[0] if applied else "light"]


def refresh(name: str | None = None) -> None:
    """Put the right colours and the app's style sheet on: high contrast, dark or light.

    Also after the text size changes: widgets under a style sheet take a new application
    font only when the sheet is set again, and the sheet's lengths grow with the text."""
    from PySide6.QtCore import Qt

    from competence_app.gui.look import contrast, stylesheet, text_size

    app = QApplication.instance()
    if app.styleSheet() and app.styleSheet() != app.property(_OUR_SHEET):
        return  # someone else's style sheet: leave the colours to it
    name = name or current_theme()
    if name == "high contrast":
        palette, extra = contrast.high_contrast_palette(), contrast.INDICATORS
    elif name == "dark":
        palette, extra = dark_palette(), DARK_INDICATORS
    else:
        palette, extra = light_palette(), ""
    sheet = scaled(stylesheet.sheet(name) + extra, text_size.scale())
    applied = (name, sheet, app.font().pointSizeF())
    if app.property(_APPLIED) == applied and app.styleSheet() == sheet:
        return  # nothing changed: setting the sheet again would restyle every widget
    if app.styleSheet():
        app.setStyleSheet("")  # a palette set under a style sheet does not reach widgets
    app.setPalette(palette)
    # Without this, a style sheet pins each widget's font when it is first styled, and
    # View > Text size (and our headings) could no longer change it.
    app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    app.setStyleSheet(sheet)
    app.setProperty(_OUR_SHEET, sheet)
    app.setProperty(_APPLIED, applied)
    text_size.follow(text_size_changed)


def set_high_contrast(on: bool) -> None:
    QApplication.instance().setProperty(_HIGH_CONTRAST, bool(on))
    refresh()


class _Follower(QObject):
    settled = False

    def scheme_changed(self, _scheme=None) -> None:
        refresh()

    def focus_changed(self, _old, _new) -> None:
        QApplication.instance().focusChanged.disconnect(self.focus_changed)
        after_first_frame()


def after_first_frame() -> None:
    """Once, when focus first lands just after the first frame: the rest of the set-up."""
    if _follower is None or _follower.settled:
        return
    _follower.settled = True
    QGuiApplication.styleHints().colorSchemeChanged.connect(_follower.scheme_changed)
    if system_scheme() == "dark" and not is_dark(QApplication.palette()):
        refresh()


def install(high_contrast: bool = False) -> None:
    """At start, before the first window: the app's style, palette and style sheet, in
    high contrast, or dark when the system's own palette is already dark. Asking Qt for
    the system's scheme and following later changes wait until focus first lands, just
    after the first frame."""
    global _follower
    app = QApplication.instance()
    app.setProperty(_HIGH_CONTRAST, bool(high_contrast))
    forced = os.environ.get(SCHEME_ENVIRONMENT, "").strip().lower()
    if high_contrast:
        refresh("high contrast")
    elif forced == "dark" or (forced != "light" and is_dark(app.palette())):
        refresh("dark")
    else:
        refresh("light")
    if _follower is None:
        _follower = _Follower(app)
        app.focusChanged.connect(_follower.focus_changed)
