"""Spacing and type sizes in one place, so pages line up with each other."""

MARGIN = 18  # around a page
SPACING = 10  # between related controls
SECTION_GAP = 22  # between sections of a page
TITLE_SCALE = 1.6  # page titles, relative to the body font
HEADING_SCALE = 1.15  # section headings
