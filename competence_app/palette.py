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
