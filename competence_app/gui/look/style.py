"""Spacing and type sizes in one place, so pages line up with each other.

One spacing scale (4, 8, 12, 16, 24, 32 px at normal text size); `px()` grows a length
with View > Text size, so pages built at 200 % text keep the same proportions.
"""

LABEL_GAP = 8  # between a label and its control
SPACING = 12  # between related controls
MARGIN = 24  # around a page
SECTION_GAP = 24  # between sections of a page
TITLE_SCALE = 1.6  # page titles, relative to the body font
HEADING_SCALE = 1.25  # section headings
HELP_SCALE = 0.9  # help text under a heading, in a quieter colour
READING_CHARS = 80  # the content column: about this many characters of body text
WIDE_CHARS = 150  # a column of charts beside their tables (results)


def px(length: int) -> int:
    """A length from the scale, grown with the text size chosen in View > Text size, at
    half its pace: at 200 % text, space grows by half, so words keep the room they need."""
    from competence_app.gui.look import text_size

    return round(length * (1 + (text_size.scale() - 1) / 2))
