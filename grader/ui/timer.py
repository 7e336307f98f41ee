"""The soutenance clock: counts down the assessment's duration, extended for
a candidate with extra time (tiers-temps), and reports elapsed seconds so the
window can save them with the sheet."""

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from grader.ui.theme import tone

WARNING_SECONDS = 5 * 60
AUTOSAVE_SECONDS = 30


def format_seconds(seconds: int) -> str:
    seconds = abs(int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TimerWidget(QWidget):
    """Start / pause / reset. ``elapsedChanged`` fires on pause, reset and
    every 30 s while running (the caller saves it)."""

    elapsedChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration_s: int | None = None
        self._base = 0
        self._started: float | None = None
        self._last_saved = 0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._refresh)
        self.clock = QLabel(self)
        self.clock.setObjectName("timerClock")
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("timerCaption")
        self.caption.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("timerStart")
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("timerReset")
        self.reset_button.clicked.connect(self.reset)
        for b in (self.start_button, self.reset_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid keeps the keyboard
        top = QHBoxLayout()
        top.addWidget(self.clock)
        top.addWidget(self.caption, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.reset_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(buttons)
        self.retranslateUi()

    # -- state -----------------------------------------------------------
    def configure(self, duration_minutes: int | None, elapsed_seconds: int) -> None:
        """A new sheet: stop, show its saved time and its (extended) duration."""
        self._stop_without_signal()
        self._duration_s = None if duration_minutes is None else duration_minutes * 60
        self._base = max(0, int(elapsed_seconds))
        self._last_saved = self._base
        self._refresh()
        self.retranslateUi()

    def duration_minutes(self) -> int | None:
        return None if self._duration_s is None else self._duration_s // 60

    def is_running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> int:
        extra = 0.0 if self._started is None else time.monotonic() - self._started
        return int(self._base + extra)

    def remaining(self) -> int | None:
        return None if self._duration_s is None else self._duration_s - self.elapsed()

    def is_warning(self) -> bool:
        rem = self.remaining()
        return rem is not None and rem <= WARNING_SECONDS

    # -- actions ---------------------------------------------------------
    def toggle(self) -> None:
        if self._started is None:
            self._started = time.monotonic()
            self._tick.start()
        else:
            self._base = self.elapsed()
            self._started = None
            self._tick.stop()
            self._emit()
        self._refresh()
        self.retranslateUi()

    def reset(self) -> None:
        self._stop_without_signal()
        self._base = 0
        self._emit()
        self._refresh()
        self.retranslateUi()

    def stop(self) -> None:
        """Pause if running (changing candidate, closing the window)."""
        if self._started is not None:
            self.toggle()

    def _stop_without_signal(self) -> None:
        self._started = None
        self._tick.stop()

    def _emit(self) -> None:
        self._last_saved = self.elapsed()
        self.elapsedChanged.emit(self._last_saved)

    def _refresh(self) -> None:
        rem = self.remaining()
        if rem is None:
            self.clock.setText(format_seconds(self.elapsed()))
        elif rem >= 0:
            self.clock.setText(format_seconds(rem))
        else:
            self.clock.setText("+" + format_seconds(rem))
        warn = self.is_warning()
        over = rem is not None and rem < 0
        colour = tone("error") if over else (tone("warning") if warn else "")
        self.clock.setStyleSheet(f"color: {colour};" if colour else "")
        self.clock.setProperty("warning", warn)
        if self.is_running() and self.elapsed() - self._last_saved >= AUTOSAVE_SECONDS:
            self._emit()
        self._refresh_caption()

    def _refresh_caption(self) -> None:
        total = self.duration_minutes()
        rem = self.remaining()
        if total is None:
            text = self.tr("écoulées (pas de durée prévue)")
        elif rem is not None and rem < 0:
            text = self.tr("de dépassement sur %n min", "", total)
        else:
            text = self.tr("restantes sur %n min", "", total)
        self.caption.setText(text)

    def retranslateUi(self) -> None:
        self.start_button.setText(
            self.tr("Pause (Ctrl+T)") if self.is_running() else self.tr("Démarrer (Ctrl+T)")
        )
        self.reset_button.setText(self.tr("Remettre à zéro"))
        self.start_button.setAccessibleName(self.tr("Démarrer ou mettre en pause le chronomètre"))
        self.reset_button.setAccessibleName(self.tr("Remettre le chronomètre à zéro"))
        self.clock.setAccessibleName(self.tr("Temps restant"))
        self._refresh_caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
