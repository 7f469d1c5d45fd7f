"""One colour-blind-safe palette (Okabe and Ito) for screens and documents.

Colour never carries meaning alone: every series also has its own line
style and marker, and every chart has a table twin.
"""

BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
GREY = "#6B6B6B"

# Series in order: the reflection shown, the one compared with, ...
SERIES = (BLUE, VERMILLION, GREEN, PURPLE)
# On a dark window the dark blue is too dim: the same family, its lighter sky blue first.
SERIES_ON_DARK = (SKY, VERMILLION, GREEN, PURPLE)
LINE_STYLES = ("-", "--", ":", "-.")
MARKERS = ("o", "s", "^", "D")

# The screen's surfaces, one accent each (see gui/look/stylesheet.py). A tinted window with a
# near-white reading sheet; the dark theme mirrors it; high contrast is white on black.
# Text colours keep at least 4.5:1 on the sheet and the window; the lines that show
# where a field or a card is, at least 3:1 (tests/test_look.py checks both).
LIGHT_UI = {
    "window": "#f4f4f2",
    "sidebar": "#eaeae7",
    "surface": "#ffffff",
    "text": "#1c1c1c",
    "quiet": "#58585f",
    "line": "#dcdcd7",
    "field": "#85857f",
    "accent": BLUE,
    "accent_hover": "#005f94",
    "on_accent": "#ffffff",
    "tint": "#e3eff7",
    "selection": "#e3eff7",
    "on_selection": "#1c1c1c",
    "button": "#e7e7e4",
    "button_hover": "#dcdcd8",
    "button_line": "#c2c2bc",
    "focus": BLUE,
    "disabled": "#8c8c8c",
}
DARK_UI = {
    "window": "#1f2023",
    "sidebar": "#26272b",
    "surface": "#2a2b2f",
    "text": "#f2f2f2",
    "quiet": "#b9b9c0",
    "line": "#404147",
    "field": "#8a8d94",
    "accent": SKY,
    "accent_hover": "#7cc4ee",
    "on_accent": "#000000",
    "tint": "#213a4b",
    "selection": "#213a4b",
    "on_selection": "#f2f2f2",
    "button": "#3a3c42",
    "button_hover": "#45474e",
    "button_line": "#5c5e66",
    "focus": SKY,
    "disabled": "#8e8e8e",
}
HIGH_CONTRAST_UI = {
    "window": "#000000",
    "sidebar": "#000000",
    "surface": "#000000",
    "text": "#ffffff",
    "quiet": "#ffffff",
    "line": "#ffffff",
    "field": "#ffffff",
    # The primary button is white with black words; yellow stays the focus colour alone.
    "accent": "#ffffff",
    "accent_hover": "#e0e0e0",
    "on_accent": "#000000",
    "tint": "#000000",
    # The chosen item of a list: white with black words, as strong as it gets.
    "selection": "#ffffff",
    "on_selection": "#000000",
    "button": "#000000",
    "button_hover": "#1a1a1a",
    "button_line": "#ffffff",
    "focus": "#ffff00",
    "disabled": "#c0c0c0",
}
