"""A named group around a set of options, so screen readers say which question they answer.

Qt exposes a plain container as an unnamed "filler" that Orca never speaks; a group box is
a real group (a "panel" over AT-SPI) whose name is spoken when focus first enters it. Here
it draws nothing: the page's heading is what a sighted person reads.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget


def option_group(name: str, content: QWidget, description: str = "") -> QGroupBox:
    group = QGroupBox()
    group.setAccessibleName(name)
    if description:
        group.setAccessibleDescription(description)
    group.setFlat(True)
    group.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
    column = QVBoxLayout(group)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(content)
    return group
