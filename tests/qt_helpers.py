"""Keyboard helpers the widget tests share: keys typed and dialogs answered
the way a juror or a lead would, without the mouse."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def answer_next_dialog(qtbot: QtBot, act: Callable[[QDialog], None]) -> list[str]:
    """Answer the next modal dialog with ``act`` once it shows; the returned
    list receives its object name, so a test can say which dialog it was."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.objectName())
        act(dialog)

    QTimer.singleShot(0, answer)
    return seen


def key(qtbot: QtBot, k: Qt.Key) -> Callable[[QDialog], None]:
    """An answer for ``answer_next_dialog``: one key on the dialog."""
    return lambda d: qtbot.keyClick(d, k)


def press_in_next_modal(qtbot: QtBot, k: Qt.Key, seen: list[str]) -> None:
    """Answer the next modal widget (a dialog or a message box) with one key."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.objectName())
        qtbot.keyClick(dialog, k)

    QTimer.singleShot(0, answer)


def shortcut(window: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = CTRL) -> None:
    """A window shortcut, delivered the way the platform delivers keys: to the
    window (offscreen, the shortcut map is only consulted from there), made
    active again as the juror's click or the window manager would after a dialog."""
    window.activateWindow()
    QApplication.processEvents()
    handle = window.windowHandle()
    assert handle is not None, "the window must be shown"
    QTest.keyClick(handle, k, mods)


def type_text(widget: QWidget, text: str) -> None:
    """Type text with its accents (QTest's keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
