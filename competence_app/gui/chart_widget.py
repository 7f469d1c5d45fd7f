"""A matplotlib canvas that is only created (and matplotlib only imported) when first drawn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    def __init__(self, accessible_name: str, description: str, size=(5.0, 4.0), parent=None):
        super().__init__(parent)
        self._canvas = None
        self._size = size
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def draw(self, paint: Callable[..., None], *args, **kwargs) -> None:
        """Call paint(figure, *args, **kwargs) and show the result."""
        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=self._size, dpi=100)
            self._canvas = FigureCanvasQTAgg(figure)
            self._canvas.setAccessibleName(self.accessibleName())
            self._canvas.setAccessibleDescription(self.accessibleDescription())
            self._canvas.setMinimumSize(320, 280)
            self._layout.addWidget(self._canvas)
        paint(self._canvas.figure, *args, **kwargs)
        self._canvas.draw_idle()

    @property
    def figure(self):
        return None if self._canvas is None else self._canvas.figure
