"""« Fichier verrouillé »: opening a file whose lock is hours old offers to
take it over, naming who held it; Annuler (the default) leaves it alone."""

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from grader.models import lock
from grader.ui import messages, navigation
from grader.ui.grading_window import GradingWindow
from grader.ui.lock_dialog import TakeOverLockDialog

HOLDER = "zoé sur l'ordinateur «\u00a0poste-salle-b12\u00a0» (programme n° 4242)"


def _old_lock(path: Path, hours: float = 5) -> dict[str, object]:
    data: dict[str, object] = {
        "user": "zoé", "host": "poste-salle-b12", "pid": 4242,
        "since": (datetime.now(UTC) - timedelta(hours=hours)).isoformat(),
    }
    lock.lock_path(path.resolve()).write_text(json.dumps(data), encoding="utf-8")
    return data


def _answer_next_dialog(act: Callable[[QDialog], None]) -> list[str]:
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.objectName())
        if isinstance(dialog, TakeOverLockDialog):
            seen.append(dialog.text.text())
        act(dialog)

    QTimer.singleShot(0, answer)
    return seen


def test_the_dialog_says_who_held_the_file_and_cancel_is_the_default(qtbot: QtBot) -> None:
    dialog = TakeOverLockDialog("Élodie Martin.grille", HOLDER, 4)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Fichier verrouillé"
    expected = f"Élodie Martin.grille est encore verrouillé par {HOLDER}."
    assert dialog.text.text().startswith(expected)
    assert "Ce verrou a plus de 4 heures" in dialog.text.text()
    assert dialog.take_button.text() == "Reprendre le fichier"
    assert dialog.cancel_button.isDefault()


def test_accept_by_mouse(qtbot: QtBot) -> None:
    seen = _answer_next_dialog(
        lambda d: qtbot.mouseClick(d.findChild(object, "takeOverButton"), Qt.MouseButton.LeftButton)
    )
    assert TakeOverLockDialog.ask(None, "x.grille", HOLDER, 4) is True
    assert seen[0] == "takeOverLockDialog"


def test_cancel_by_keyboard(qtbot: QtBot) -> None:
    seen = _answer_next_dialog(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert TakeOverLockDialog.ask(None, "x.grille", HOLDER, 4) is False
    assert seen[0] == "takeOverLockDialog"


def test_enter_does_not_take_over(qtbot: QtBot) -> None:
    _answer_next_dialog(lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    assert TakeOverLockDialog.ask(None, "x.grille", HOLDER, 4) is False


def test_opening_a_file_with_an_old_lock_and_taking_it_over(
    qtbot: QtBot, juror_file: Path
) -> None:
    _old_lock(juror_file)
    seen = _answer_next_dialog(
        lambda d: qtbot.mouseClick(d.findChild(object, "takeOverButton"), Qt.MouseButton.LeftButton)
    )
    window = navigation.open_path(juror_file)
    assert isinstance(window, GradingWindow)
    assert seen[0] == "takeOverLockDialog"
    assert f"{juror_file.name} est encore verrouillé par {HOLDER}" in seen[1]
    owner = lock.holder(juror_file)
    assert owner is not None
    assert owner.host != "poste-salle-b12"
    window.close()


def test_opening_a_file_with_an_old_lock_and_cancelling(qtbot: QtBot, juror_file: Path) -> None:
    data = _old_lock(juror_file)
    seen = _answer_next_dialog(
        lambda d: qtbot.mouseClick(
            d.findChild(object, "cancelTakeOverButton"), Qt.MouseButton.LeftButton
        )
    )
    assert navigation.open_path(juror_file) is None
    assert seen[0] == "takeOverLockDialog"
    boxes = messages.open_boxes()
    assert boxes
    assert "est déjà ouvert en écriture par zoé" in boxes[-1].text()
    for box in boxes:
        box.close()
    assert json.loads(lock.lock_path(juror_file.resolve()).read_text(encoding="utf-8")) == data


def test_a_recent_lock_is_not_offered(qtbot: QtBot, juror_file: Path) -> None:
    _old_lock(juror_file, hours=1)
    assert navigation.open_path(juror_file) is None
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), TakeOverLockDialog
    )
    boxes = messages.open_boxes()
    assert boxes
    assert "Ce verrou a plus de" not in boxes[-1].text()
    for box in boxes:
        box.close()
