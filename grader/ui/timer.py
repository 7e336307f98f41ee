"""The soutenance clocks: one per soutenance (candidate × épreuve), counting
down the épreuve's duration, extended for a candidate with extra time
(tiers-temps). A clock keeps running while the juror looks at another
candidate or épreuve; the widget shows the clock of the sheet on screen.

Elapsed seconds are reported with their soutenance (``elapsedChanged``) on
pause, on reset and every 30 s while running, so the window saves them with
the right sheet."""

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from grader.ui.theme import tone

WARNING_SECONDS = 5 * 60
AUTOSAVE_SECONDS = 30
LARGE_FACTOR = 4.0  # the large clock: readable from a metre away
SMALL_FACTOR = 1.6

SoutenanceKey = tuple[str, str]  # (candidate id, assessment id)


def format_seconds(seconds: int) -> str:
    seconds = abs(int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


@dataclass
class Clock:
    """One soutenance's clock: saved seconds plus the running stretch."""

    base: int = 0
    started: float | None = None
    last_saved: int = 0

    def elapsed(self) -> int:
        extra = 0.0 if self.started is None else time.monotonic() - self.started
        return int(self.base + extra)

    @property
    def running(self) -> bool:
        return self.started is not None

    def start(self) -> None:
        if self.started is None:
            self.started = time.monotonic()

    def pause(self) -> None:
        self.base = self.elapsed()
        self.started = None


translate = QCoreApplication.translate


def confirm_reset(parent: QWidget, label: str, elapsed: int) -> bool:
    """Ask before putting a clock back to zero; « Non » is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("TimerWidget", "Remettre le chronomètre à zéro"),
        translate("TimerWidget", "Remettre à zéro le chronomètre de %1 ? Le temps écoulé "
                                 "(%2) sera effacé.")
        .replace("%1", label).replace("%2", format_seconds(elapsed)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("resetTimerBox")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("TimerWidget", "Remettre à zéro"))
    box.button(QMessageBox.StandardButton.No).setText(translate("TimerWidget", "Annuler"))
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class TimerWidget(QWidget):
    """Start / pause / reset of the soutenance on screen, and the clock."""

    elapsedChanged = Signal(object, int)  # (SoutenanceKey, seconds)
    startRefused = Signal()  # the sheet is signed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clocks: dict[SoutenanceKey, Clock] = {}
        self._key: SoutenanceKey = ("", "")
        self._clocks[self._key] = Clock()
        self._duration_s: int | None = None
        self._locked = False
        self._large = False
        self.label = ""  # whose soutenance, for the reset question
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._refresh)
        self.clock = QLabel(self)
        self.clock.setObjectName("timerClock")
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._base_point_size = self.clock.font().pointSizeF()
        self.caption = QLabel(self)
        self.caption.setObjectName("timerCaption")
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("timerStart")
        self.start_button.clicked.connect(self.toggle)
        self.large_button = QPushButton(self)
        self.large_button.setObjectName("timerLarge")
        self.large_button.setCheckable(True)
        self.large_button.toggled.connect(self.set_large)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("timerReset")
        self.reset_button.clicked.connect(self.ask_reset)
        for b in (self.start_button, self.reset_button, self.large_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid keeps the keyboard
        self.top = QHBoxLayout()
        self.top.addWidget(self.clock)
        self.top.addWidget(self.caption, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.large_button)
        # Reset sits apart, at the end: never hit instead of « Démarrer ».
        buttons.addSpacing(16)
        buttons.addWidget(self.reset_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.top)
        lay.addLayout(buttons)
        self._apply_size()
        self.retranslateUi()

    # -- state -----------------------------------------------------------
    def show_soutenance(self, key: SoutenanceKey, duration_minutes: int | None,
                        saved_seconds: int, *, locked: bool, label: str = "") -> None:
        """Show the clock of ``key``; a clock met for the first time starts
        from the sheet's saved seconds, one already known keeps running."""
        clock = self._clocks.get(key)
        if clock is None:
            base = max(0, int(saved_seconds))
            clock = self._clocks[key] = Clock(base=base, last_saved=base)
        self._key = key
        self._duration_s = None if duration_minutes is None else duration_minutes * 60
        self._locked = locked
        self.label = label
        self._refresh()
        self.retranslateUi()

    def configure(self, duration_minutes: int | None, elapsed_seconds: int) -> None:
        """The clock on screen, stopped, set to ``elapsed_seconds``."""
        clock = self.current()
        clock.started = None
        clock.base = clock.last_saved = max(0, int(elapsed_seconds))
        self._duration_s = None if duration_minutes is None else duration_minutes * 60
        self._sync_tick()
        self._refresh()
        self.retranslateUi()

    def current(self) -> Clock:
        return self._clocks[self._key]

    def current_key(self) -> SoutenanceKey:
        return self._key

    def running_keys(self) -> list[SoutenanceKey]:
        return [k for k, c in self._clocks.items() if c.running]

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.retranslateUi()

    def duration_minutes(self) -> int | None:
        return None if self._duration_s is None else self._duration_s // 60

    def is_running(self) -> bool:
        return self.current().running

    def elapsed(self) -> int:
        return self.current().elapsed()

    def remaining(self) -> int | None:
        return None if self._duration_s is None else self._duration_s - self.elapsed()

    def is_warning(self) -> bool:
        rem = self.remaining()
        return rem is not None and rem <= WARNING_SECONDS

    def is_over(self) -> bool:
        rem = self.remaining()
        return rem is not None and rem <= 0

    # -- actions ---------------------------------------------------------
    def toggle(self) -> None:
        clock = self.current()
        if clock.running:
            clock.pause()
            self._emit(self._key, clock)
        elif self._locked:
            self.startRefused.emit()  # a signed sheet's soutenance is over
            return
        else:
            clock.start()
        self._sync_tick()
        self._refresh()
        self.retranslateUi()

    def ask_reset(self) -> None:
        if self._locked or self.elapsed() == 0:
            return
        question = self.label or self.tr("cette soutenance")
        if confirm_reset(self, question, self.elapsed()):
            self.reset()

    def reset(self) -> None:
        clock = self.current()
        clock.started = None
        clock.base = 0
        self._emit(self._key, clock)
        self._sync_tick()
        self._refresh()
        self.retranslateUi()

    def stop(self) -> None:
        """Pause the clock on screen if it runs (signing the sheet)."""
        if self.current().running:
            self.toggle()

    def stop_all(self) -> None:
        """Pause every clock and report each (closing the window)."""
        for key, clock in self._clocks.items():
            if clock.running:
                clock.pause()
                self._emit(key, clock)
        self._sync_tick()
        self._refresh()
        self.retranslateUi()

    def set_large(self, large: bool) -> None:
        self._large = large
        if self.large_button.isChecked() != large:
            self.large_button.setChecked(large)
        self._apply_size()

    def is_large(self) -> bool:
        return self._large

    def _apply_size(self) -> None:
        font = self.clock.font()
        font.setBold(True)
        font.setPointSizeF(self._base_point_size * (LARGE_FACTOR if self._large
                                                    else SMALL_FACTOR))
        self.clock.setFont(font)
        # Large: the clock on a line of its own, the caption below it.
        self.top.setDirection(QVBoxLayout.Direction.TopToBottom if self._large
                              else QVBoxLayout.Direction.LeftToRight)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter if self._large
                                  else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _sync_tick(self) -> None:
        if any(c.running for c in self._clocks.values()):
            self._tick.start()
        else:
            self._tick.stop()

    def _emit(self, key: SoutenanceKey, clock: Clock) -> None:
        clock.last_saved = clock.elapsed()
        if key != ("", ""):
            self.elapsedChanged.emit(key, clock.last_saved)

    def _refresh(self) -> None:
        rem = self.remaining()
        if rem is None:
            self.clock.setText(format_seconds(self.elapsed()))
        elif rem >= 0:
            self.clock.setText(format_seconds(rem))
        else:
            self.clock.setText("+" + format_seconds(rem))
        warn = self.is_warning()
        colour = tone("error") if self.is_over() else (tone("warning") if warn else "")
        self.clock.setStyleSheet(f"color: {colour};" if colour else "")
        self.clock.setProperty("warning", warn)
        for key, clock in self._clocks.items():
            if clock.running and clock.elapsed() - clock.last_saved >= AUTOSAVE_SECONDS:
                self._emit(key, clock)
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
        self.start_button.setEnabled(self.is_running() or not self._locked)
        self.reset_button.setText(self.tr("Remettre à zéro…"))
        self.reset_button.setEnabled(not self._locked)
        self.large_button.setText(self.tr("Grand"))
        self.large_button.setToolTip(self.tr("Chronomètre en grand (Ctrl+Maj+T)"))
        self.start_button.setAccessibleName(self.tr("Démarrer ou mettre en pause le chronomètre"))
        self.reset_button.setAccessibleName(self.tr("Remettre le chronomètre à zéro"))
        self.large_button.setAccessibleName(self.tr("Chronomètre en grand"))
        self.clock.setAccessibleName(self.tr("Temps restant"))
        self._refresh_caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def known(self) -> dict[SoutenanceKey, Any]:
        """Every soutenance met since the window opened, with its clock."""
        return {k: c for k, c in self._clocks.items() if k != ("", "")}
