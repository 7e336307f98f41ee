"""The start screen: opening files (buttons, recent list, drag and drop),
the example, a new session — and refusals shown as French messages."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from grader.ui import messages, navigation, settings
from grader.ui.grading_window import GradingWindow
from grader.ui.new_session_dialog import NewSessionRequest
from grader.ui.start_screen import StartWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[StartWindow]:
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    for w in navigation.open_windows():
        if shiboken6.isValid(w):
            w.close()
    for box in messages.open_boxes():
        box.close()


def test_opening_a_grille_shows_the_grading_window_and_remembers_it(
    start: StartWindow, juror_file: Path
) -> None:
    window = start.open(juror_file)
    assert isinstance(window, GradingWindow)
    assert window.isVisible()
    assert settings.recent_files()[0] == juror_file.resolve()
    assert juror_file.name in start.recent.item(0).text()


def test_a_damaged_file_gives_a_french_message_not_a_traceback(
    start: StartWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "abimée.grille"
    bad.write_text("pas une base de données", encoding="utf-8")
    assert start.open(bad) is None
    boxes = messages.open_boxes()
    assert len(boxes) == 1
    assert "abimée.grille" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    assert settings.recent_files() == []


def test_a_session_file_opened_as_a_grille_is_explained(
    start: StartWindow, tmp_path: Path, juror_file: Path
) -> None:
    session = juror_file.parent.parent / "session.jury"
    renamed = tmp_path / "mauvais.grille"
    renamed.write_bytes(session.read_bytes())
    assert start.open(renamed) is None
    assert "Ouvrir une session" in messages.open_boxes()[-1].text()
    unknown = tmp_path / "notes.txt"
    unknown.write_text("x", encoding="utf-8")
    assert start.open(unknown) is None
    assert "ni une grille" in messages.open_boxes()[-1].text()


def test_dropping_a_file_opens_it(start: StartWindow, juror_file: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(juror_file))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPointF(10, 10), *args)
    start.dragEnterEvent(enter)
    assert enter.isAccepted()
    start.dropEvent(QDropEvent(QPointF(10, 10), *args))
    assert any(isinstance(w, GradingWindow) for w in navigation.open_windows())


def test_recent_file_opens_with_enter(qtbot: QtBot, start: StartWindow, juror_file: Path) -> None:
    settings.add_recent_file(juror_file)
    start.refresh_recent()
    start.recent.setCurrentRow(0)
    qtbot.keyClick(start.recent, Qt.Key.Key_Return)
    assert any(isinstance(w, GradingWindow) for w in navigation.open_windows())


def test_try_the_example(start: StartWindow) -> None:
    window = start.try_demo()
    assert isinstance(window, GradingWindow)
    assert window.ctl.candidates
    assert window.sheet is not None


def test_new_session_is_created_and_opened(
    start: StartWindow, tmp_path: Path, mini_referential_path: Path
) -> None:
    out = tmp_path / "juin.jury"
    window = start.create_from(NewSessionRequest(mini_referential_path, "", date(2025, 6, 12),
                                                 "Lyon", out))
    assert isinstance(window, QMainWindow)
    assert out.exists()
    assert start.create_from(NewSessionRequest(mini_referential_path, "", date(2025, 6, 12),
                                               "Lyon", out)) is None
    assert "existe déjà" in messages.open_boxes()[-1].text()


def test_language_switch_retranslates_the_start_screen(start: StartWindow) -> None:
    assert start.open_grid.text() == "Ouvrir une grille (juré)"
    start.settings_menu.language_actions["en"].trigger()
    QApplication.processEvents()
    assert start.open_grid.text() == "Open a sheet (juror)"
    assert settings.get(settings.LANGUAGE) == "en"
    start.settings_menu.language_actions["fr"].trigger()
    QApplication.processEvents()
    assert start.open_grid.text() == "Ouvrir une grille (juré)"


def test_a_file_handed_over_by_the_desktop_opens_in_the_right_window(
    start: StartWindow, juror_file: Path
) -> None:
    """macOS sends a double-clicked document as a « file open » event."""
    from PySide6.QtGui import QFileOpenEvent

    from grader.ui.app import FileOpenFilter

    app = QApplication.instance()
    assert app is not None
    handler = FileOpenFilter(start)
    app.installEventFilter(handler)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(juror_file)))
        opened = [w for w in navigation.open_windows() if isinstance(w, GradingWindow)]
        assert len(opened) == 1
        assert opened[0].isVisible()
        QApplication.sendEvent(app, QFileOpenEvent(str(juror_file.with_suffix(".txt"))))
        assert len([w for w in navigation.open_windows() if isinstance(w, GradingWindow)]) == 1
    finally:
        app.removeEventFilter(handler)
