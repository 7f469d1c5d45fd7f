"""The window's size, position and maximised state, kept between runs, never off screen.

Kept in `window-state.json` in the data folder, apart from the preferences
(settings.py): it changes whenever the window moves, means little on another
computer's screens, and a broken one must never cost a preference. It is read
before the first frame with Qt's own JSON reader (no Python import on the start-up
path) and written whole or not at all when the window closes. Anything odd in it
(unreadable, too large, a position on a screen that has gone, a size larger than
the screen) is ignored or corrected without a word: the window simply opens where
it fits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QJsonDocument, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

STATE_NAME = "window-state.json"
MAX_STATE_BYTES = 64 * 1024  # a few windows' numbers take a few hundred bytes
# Wide enough for the reading column beside the results table; smaller screens get less.
PREFERRED = QSize(1180, 800)
# Room for a title bar and borders, which Qt learns only once the window is shown.
FRAME = QMargins(4, 36, 4, 4)
# Less of a window than this on a screen counts as lost: it is brought back to the middle.
MIN_SEEN = QSize(160, 80)
LARGEST = 100_000  # no real screen is wider or taller (in logical pixels)


def restore(window: QWidget, data_dir: Path, name: str = "main") -> None:
    """Give `window` its size and place from last time, or one that fits. Call before show()."""
    saved = _read(Path(data_dir)).get(name)
    saved = saved if isinstance(saved, dict) else {}
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    if primary is None:  # no screen at all: nothing to fit, nothing to lose
        window.resize(PREFERRED)
        return
    window.setGeometry(place(_rect(saved), screens, primary.availableGeometry()))
    if saved.get("maximised") is True:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save(window: QWidget, data_dir: Path, name: str = "main") -> None:
    """Remember `window`'s size and place; a folder that cannot be written is no reason to fuss."""
    from competence_app import files

    maximised = window.isMaximized()
    normal = window.normalGeometry() if maximised else window.geometry()
    if not normal.isValid():
        normal = window.geometry()
    state = _read(Path(data_dir))
    state[name] = {
        "x": normal.x(),
        "y": normal.y(),
        "width": normal.width(),
        "height": normal.height(),
        "maximised": maximised,
    }
    payload = QJsonDocument(state).toJson(QJsonDocument.JsonFormat.Indented).data()
    try:
        files.write_atomically(Path(data_dir) / STATE_NAME, payload)
    except files.WriteFailedError:
        pass  # the window opens where it fits next time: nothing the person needs to hear


def place(saved: QRect | None, screens: list[QRect], primary: QRect) -> QRect:
    """Where the window goes (its inside, without the frame): wholly on one screen.

    `screens` and `primary` are available geometries (the screen less its panels and
    docks). A saved place is kept when enough of it is on a screen, moved and shrunk
    just enough to fit that screen; otherwise, and the first time, the window is
    centred on the primary screen at the preferred size or as much of it as fits.
    """
    if saved is not None:
        screen = max(screens, key=lambda s: _area(s.intersected(saved)), default=None)
        seen = screen.intersected(saved) if screen is not None else QRect()
        if seen.width() >= MIN_SEEN.width() and seen.height() >= MIN_SEEN.height():
            return _inside(saved, screen)
    room = primary.marginsRemoved(FRAME)
    size = (saved.size() if saved is not None else PREFERRED).boundedTo(room.size())
    centred = QRect(QPoint(0, 0), size)
    centred.moveCenter(room.center())
    return _inside(centred, primary)


def _inside(rect: QRect, screen: QRect) -> QRect:
    """`rect` shrunk and moved just enough for it and its frame to be on `screen`."""
    room = screen.marginsRemoved(FRAME)
    size = rect.size().boundedTo(room.size())
    x = min(max(rect.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(rect.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(QPoint(x, y), size)


def _area(rect: QRect) -> int:
    return rect.width() * rect.height() if rect.isValid() else 0


def _rect(saved: dict) -> QRect | None:
    numbers = [saved.get(key) for key in ("x", "y", "width", "height")]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        return None
    x, y, width, height = numbers
    if not (0 < width <= LARGEST and 0 < height <= LARGEST and abs(x) + abs(y) <= 2 * LARGEST):
        return None
    return QRect(x, y, width, height)


def _read(data_dir: Path) -> dict:
    path = data_dir / STATE_NAME
    try:
        if not path.is_file() or path.stat().st_size > MAX_STATE_BYTES:
            return {}
        document = QJsonDocument.fromJson(QByteArray(path.read_bytes()))
    except OSError:
        return {}
    return document.object() if document.isObject() else {}
