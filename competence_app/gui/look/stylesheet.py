"""The app's look, in one style sheet built from the palette (competence_app/palette.py).

A tinted window with the page on a near-white sheet, fields and cards with a visible
edge in every theme, buttons sized to their words, one accent for the primary action,
selection and focus (yellow focus in high contrast), quiet tables with no vertical lines.

Fonts are left to the widgets (see widgets.py: titles, headings, help text): a font set
by a style sheet would stop following View > Text size. Lengths are in pixels at normal
text size; theme.scaled() grows them with the text.
"""

from __future__ import annotations

from functools import lru_cache

from competence_app import palette

THEMES = {
    "light": palette.LIGHT_UI,
    "dark": palette.DARK_UI,
    "high contrast": palette.HIGH_CONTRAST_UI,
}

# Dynamic properties the helpers in widgets.py set, and the sheet below styles.
ROLE = "role"  # on labels: "help"; on widgets: "sheet"
PRIMARY = "primary"  # on push buttons: the one action that finishes a page

_SHEET = """
QWidget[role="sheet"] {
    background: %(surface)s; border: 1px solid %(line)s; border-radius: 12px;
}
QLabel[role="help"] { color: %(quiet)s; }

QPushButton {
    background: %(button)s; color: %(text)s; border: %(edge)s solid %(button_line)s;
    border-radius: 6px; padding: %(button_pad_y)s %(button_pad_x)s;
}
QPushButton:hover { background: %(button_hover)s; }
QPushButton:pressed { background: %(button_line)s; }
QPushButton:focus {
    border: %(ring)s solid %(focus)s; padding: %(button_focus_pad_y)s %(button_focus_pad_x)s;
}
QPushButton:disabled { color: %(disabled)s; border-color: %(line)s; background: %(window)s; }
QPushButton:default, QPushButton[primary="true"] {
    background: %(accent)s; color: %(on_accent)s; border-color: %(accent)s;
}
QPushButton:default:hover, QPushButton[primary="true"]:hover { background: %(accent_hover)s; }
QPushButton:default:focus, QPushButton[primary="true"]:focus { border-color: %(primary_focus)s; }
QPushButton:default:disabled, QPushButton[primary="true"]:disabled {
    color: %(disabled)s; border-color: %(line)s; background: %(window)s;
}

QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox {
    background: %(surface)s; color: %(text)s; border: %(edge)s solid %(field)s;
    border-radius: 6px; padding: %(field_pad_y)s %(field_pad_x)s;
    selection-background-color: %(accent)s; selection-color: %(on_accent)s;
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {
    border: %(ring)s solid %(focus)s; padding: %(field_focus_pad_y)s %(field_focus_pad_x)s;
}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QAbstractSpinBox:disabled,
QComboBox:disabled {
    color: %(disabled)s; border-color: %(line)s; background: %(window)s;
}
QComboBox::drop-down, QAbstractSpinBox::drop-down {
    border: none; width: 24px; subcontrol-position: center right;
}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {
    image: url("%(arrow)s"); width: 14px; height: 14px;
}
QComboBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:disabled { image: none; }
QComboBox QAbstractItemView {
    background: %(surface)s; color: %(text)s; border: %(edge)s solid %(field)s;
    selection-background-color: %(accent)s; selection-color: %(on_accent)s;
}

QGroupBox {
    border: 1px solid %(line)s; border-radius: 8px; margin-top: 1.5em;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 4px; padding: 0 4px;
}

QListView {
    background: %(sidebar)s; color: %(text)s; border: %(ring)s solid %(sidebar)s;
    padding: 4px; qproperty-spacing: 3;
}
QListView:focus { border-color: %(focus)s; }
QListView::item:hover { background: %(button_hover)s; }
QListView::item:selected { background: %(selection)s; color: %(on_selection)s; }

QTableView {
    background: %(surface)s; color: %(text)s; border: 1px solid %(line)s;
    border-radius: 6px; padding: 1px; gridline-color: %(surface)s;
    selection-background-color: %(tint)s; selection-color: %(text)s;
}
QTableView:focus { border: %(ring)s solid %(focus)s; padding: 0px; }
QTableView::item { padding: 4px 8px; border-bottom: 1px solid %(line)s; }
/* A date picker's calendar sizes itself for its days and nothing more: with the tables'
   padding, rules and focus border its day names were cut to "l…" and its last week hidden.
   Inside it the chosen day shows where the keys are. */
QCalendarWidget QTableView, QCalendarWidget QTableView:focus {
    border: none; padding: 0px; border-radius: 0px;
    selection-background-color: %(selection)s; selection-color: %(on_selection)s;
}
QCalendarWidget QTableView::item { padding: 0px; border: none; }
QCalendarWidget QHeaderView::section { padding: 0px; border: none; }
QHeaderView::section {
    background: %(surface)s; color: %(quiet)s; border: none;
    border-bottom: %(ring)s solid %(line)s; padding: 6px 8px;
}
QTableCornerButton::section { background: %(surface)s; border: none; }

QProgressBar {
    background: %(track)s; border: %(track_edge)s; border-radius: 4px;
}
QProgressBar::chunk { background: %(accent)s; border-radius: 4px; }

QTabWidget::pane { border: none; border-top: 1px solid %(line)s; }
QTabBar::tab {
    background: transparent; color: %(text)s; border: none;
    border-bottom: 3px solid transparent; padding: 7px 16px; margin: 0px 2px;
}
QTabBar::tab:hover { background: %(button_hover)s; }
QTabBar::tab:selected { border-bottom: 3px solid %(accent)s; }
QTabBar:focus { border: none; }
QTabBar::tab:selected:focus { background: %(tint)s; border-bottom-color: %(focus)s; }

/* A page reached by Tab (arrow keys then scroll it) shows a ring like any other stop. */
QScrollArea[role="page"] { border: %(ring)s solid transparent; border-radius: 4px; }
QScrollArea[role="page"]:focus { border-color: %(focus)s; }

/* Sized here so that they grow with View > Text size like their words (theme.scaled);
   the style draws them. Dark and high contrast draw their own on top of this. */
QRadioButton::indicator, QCheckBox::indicator { width: 14px; height: 14px; }

QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QToolTip {
    background: %(surface)s; color: %(text)s; border: 1px solid %(field)s; padding: 4px;
}
"""


@lru_cache(maxsize=8)
def sheet(theme: str) -> str:
    """The style sheet for one theme ('light', 'dark', 'high contrast'), at normal text size.

    Built once per theme; formatting the string costs well under a millisecond."""
    from competence_app.paths import resource_path

    colours = dict(THEMES[theme])
    arrow = resource_path(
        "resources", "icons", f"pan-down-{'dark' if theme == 'light' else 'light'}.svg"
    )
    high_contrast = theme == "high contrast"
    edge, ring = (2, 3) if high_contrast else (1, 2)
    field_pad, button_pad = (5, 8), (6, 14)
    colours.update(
        edge=f"{edge}px",
        ring=f"{ring}px",
        field_pad_y=f"{field_pad[0]}px",
        field_pad_x=f"{field_pad[1]}px",
        field_focus_pad_y=f"{field_pad[0] - (ring - edge)}px",
        field_focus_pad_x=f"{field_pad[1] - (ring - edge)}px",
        button_pad_y=f"{button_pad[0]}px",
        button_pad_x=f"{button_pad[1]}px",
        button_focus_pad_y=f"{button_pad[0] - (ring - edge)}px",
        button_focus_pad_x=f"{button_pad[1] - (ring - edge)}px",
        # The primary button is already the accent colour: its focus ring is the text's.
        primary_focus=colours["focus"] if high_contrast else colours["text"],
        arrow=arrow.as_posix(),
        # In high contrast the empty part of a bar is black inside a white edge.
        track=colours["window"] if high_contrast else colours["line"],
        track_edge=f"1px solid {colours['field']}" if high_contrast else "none",
    )
    return _SHEET % colours
