"""A matplotlib canvas that is only created (and matplotlib only imported) when first drawn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy, QVBoxLayout, QWidget

from competence_app.gui.look import text_size

BASE_DPI = 100


class _PassWheelUp(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        from competence_app.gui.pages.page_top import enclosing_scroll_area

        area = enclosing_scroll_area(watched.parentWidget())
        if area is None:
            return False
        # Straight to the page's scroll area: Qt does not pass a wheel event on to the
        # parent once a child (the chart canvas, a table) has had it.
        QApplication.sendEvent(area.viewport(), event)
        return True


def pass_wheel_up(widget: QWidget) -> None:
    """The mouse wheel over `widget` scrolls the page it sits on (charts and tables that
    show all of their content have nothing of their own to scroll)."""
    widget.installEventFilter(_PassWheelUp(widget))


class ChartView(QWidget):
    def __init__(
        self,
        accessible_name: str,
        description: str,
        size=(5.0, 4.0),
        minimum=(320, 280),
        parent=None,
    ):
        super().__init__(parent)
        self._canvas = None
        self._minimum = minimum
        self._scale = 1.0
        self._last_paint = None
        self._size = size
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        scale = text_size.scale()
        self.setMinimumSize(int(self._minimum[0] * scale), int(self._minimum[1] * scale))

    def draw(self, paint: Callable[..., None], *args, **kwargs) -> None:
        """Call paint(figure, *args, **kwargs) and show the result."""
        scale = text_size.scale()
        if self._canvas is not None and scale != self._scale:
            self._drop_canvas()  # text size changed: labels grow with the rest of the text
        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            # A higher resolution for the same space draws the chart's words larger,
            # in step with View > Text size.
            self._scale = scale
            figure = Figure(figsize=self._size, dpi=BASE_DPI * scale)
            self._canvas = FigureCanvasQTAgg(figure)
            self._canvas.setAccessibleName(self.accessibleName())
            self._canvas.setAccessibleDescription(self.accessibleDescription())
            pass_wheel_up(self._canvas)
            self._layout.addWidget(self._canvas)
        self._last_paint = (paint, args, kwargs)
        paint(self._canvas.figure, *args, look=self._look(), **kwargs)
        self._canvas.draw_idle()

    def _look(self):
        """The window's own colours, so the chart sits on the page in light, dark or high
        contrast alike, never as a white box on a dark window."""
        from competence_app.charts import screen_look
        from competence_app.gui.look.theme import is_dark

        colours = self.palette()
        return screen_look(
            colours.color(QPalette.ColorRole.Window).name(),
            colours.color(QPalette.ColorRole.WindowText).name(),
            is_dark(colours),
        )

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        recolour = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in recolour and self._last_paint is not None:
            paint, args, kwargs = self._last_paint
            self.draw(paint, *args, **kwargs)
            return
        if event.type() != QEvent.Type.FontChange:
            return
        self._fit_minimum()
        if self._last_paint is not None:
            if text_size.scale() != self._scale:
                paint, args, kwargs = self._last_paint
                self.draw(paint, *args, **kwargs)

    def _drop_canvas(self) -> None:
        self._layout.removeWidget(self._canvas)
        self._canvas.deleteLater()
        self._canvas = None

    @property
    def figure(self):
        return None if self._canvas is None else self._canvas.figure
