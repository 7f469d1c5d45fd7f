"""View > Text size: 100 % to 200 %, applied to the whole application font."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from competence_app import settings

_BASE_POINT_SIZE = "competence_app_base_point_size"
# Told after the font changes: the theme adds itself once its style sheet is on, so the
# sheet's lengths grow with the text. This module needs to know nothing of the theme.
_followers: list[Callable[[], None]] = []


def follow(callback: Callable[[], None]) -> None:
    """Call `callback` after every change of the text size (once, however often asked)."""
    if callback not in _followers:
        _followers.append(callback)


def apply(percent: int) -> None:
    """Scale the application font; widgets that follow it (all of ours) resize at once."""
    app = QApplication.instance()
    base = app.property(_BASE_POINT_SIZE)
    if base is None and percent == settings.TEXT_SCALE.default:
        return  # untouched: leave the system font alone (and the start-up quick)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = app.font()
    font.setPointSizeF(base * settings.TEXT_SCALE.clamp(percent) / 100)
    app.setFont(font)
    for follower in _followers:
        follower()


def scale() -> float:
    """How much larger than normal the text is now (1.0 at 100 %)."""
    app = QApplication.instance()
    base = app.property(_BASE_POINT_SIZE)
    return round(app.font().pointSizeF() / base, 2) if base else 1.0


def current(data_dir) -> int:
    return settings.load(data_dir)[settings.TEXT_SCALE.key]


def change(data_dir, step: int | None) -> int:
    """step +1 / -1 moves by one notch; None goes back to normal size. Returns the new size."""
    now = current(data_dir)
    wanted = settings.TEXT_SCALE.default if step is None else now + step * settings.TEXT_SCALE_STEP
    values = settings.save(data_dir, settings.TEXT_SCALE.key, wanted)
    apply(values[settings.TEXT_SCALE.key])
    return values[settings.TEXT_SCALE.key]
