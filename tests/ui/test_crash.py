"""A bug in a window: logged in the user's data folder, a box says it is
grader's fault, the window stays usable; grader's own errors are not bugs."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from grader.errors import Refusal, StorageFailure, storage_cause
from grader.ui import crash
from grader.ui.controller import GradingError
from grader.ui.core_calls import call_core


def test_a_bug_is_logged_and_shown_and_the_window_stays_usable(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        box = crash.report_bug(type(exc), exc, exc.__traceback__)
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "crashBox"
    log = tmp_path / "grader" / "grader-erreurs.log"
    assert str(log) in box.text()
    assert "ce n'est pas de votre fait" in box.text()
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
    box.close()
    qtbot.keyClicks(edit, "encore")
    assert edit.text() == "encore"
    assert QApplication.instance() is not None


def test_call_core_keeps_the_kind_and_lets_bugs_through() -> None:
    def refuse() -> None:
        raise Refusal("Cette grille est signée.", code="sheet_signed")

    def disk() -> None:
        raise StorageFailure()

    def bug() -> None:
        raise ZeroDivisionError

    with pytest.raises(GradingError) as caught:
        call_core(GradingError, "La note", refuse)
    assert (str(caught.value), caught.value.code) == ("Cette grille est signée.",
                                                      "sheet_signed")
    assert storage_cause(caught.value) is None
    with pytest.raises(GradingError) as caught2:
        call_core(GradingError, "La note", disk)
    assert isinstance(storage_cause(caught2.value), StorageFailure)
    with pytest.raises(ZeroDivisionError):
        call_core(GradingError, "La note", bug)
