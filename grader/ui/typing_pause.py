"""Saving what a juror types without waiting for them to leave the field."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# Long enough not to write on every key, short enough that little is at risk.
TYPING_PAUSE_MS = 800


def typing_pause_timer(owner: QObject, on_pause: Callable[[], None]) -> QTimer:
    """A single-shot timer that calls ``on_pause`` once the typing stops;
    restart it (``start()``) on every change."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(on_pause)
    return timer
