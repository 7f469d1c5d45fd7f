"""View > High contrast: white text on black, yellow focus and selection, for low vision.

Colour is never the only signal in the app (ticks, labels and line styles carry meaning
too), so a palette swap is safe everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

BLACK, WHITE, YELLOW, CYAN, GREY = "#000000", "#ffffff", "#ffff00", "#00ffff", "#c0c0c0"


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, BLACK),
        (role.WindowText, WHITE),
        (role.Base, BLACK),
        (role.AlternateBase, "#1a1a1a"),
        (role.Text, WHITE),
        (role.Button, BLACK),
        (role.ButtonText, WHITE),
        (role.BrightText, YELLOW),
        (role.Highlight, YELLOW),
        (role.HighlightedText, BLACK),
        (role.ToolTipBase, BLACK),
        (role.ToolTipText, WHITE),
        (role.Link, CYAN),
        # Outlines of boxes, radio rings and frames: light on black, or they vanish.
        (role.Light, WHITE),
        (role.Midlight, GREY),
        (role.Mid, GREY),
        (role.Dark, WHITE),
        (role.Shadow, WHITE),
        (role.PlaceholderText, GREY),
    ):
        palette.setColor(name, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(GREY))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(GREY))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(GREY))
    return palette


# Styles draw tick boxes and radio rings from darker shades of the window colour, which on
# black is black: draw them explicitly, white rings and boxes, yellow when chosen.
INDICATORS = """
QRadioButton::indicator, QCheckBox::indicator {
    width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000;
}
QRadioButton::indicator { border-radius: 9px; }
QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: #ffff00; }
QRadioButton::indicator:focus, QCheckBox::indicator:focus { border-color: #ffff00; }
QScrollBar:vertical { background: #000000; width: 12px; border: 1px solid #ffffff; }
QScrollBar:horizontal { background: #000000; height: 12px; border: 1px solid #ffffff; }
QScrollBar::handle { background: #ffffff; border: 1px solid #000000; }
QScrollBar::handle:vertical { min-height: 32px; }
QScrollBar::handle:horizontal { min-width: 32px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: #ffff00; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""
