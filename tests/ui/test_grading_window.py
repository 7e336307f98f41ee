"""The juror's window driven with the keyboard only, as a juror would."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import CTRL_SHIFT, press_in_next_modal, shortcut, type_text

from grader.grading import marks
from grader.models.store import open_file
from grader.ui import i18n
from grader.ui.grading_window import GradingWindow
from grader.ui.grid_model import COL_LEVEL, COL_OBSERVATION

pytestmark = pytest.mark.gui

Opener = Callable[[Path], GradingWindow]


def current_text(window: GradingWindow, column: int) -> str:
    return window.grid.current_criterion_index().siblingAtColumn(column).data()


def test_grade_and_sign_a_whole_assessment_with_the_keyboard(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    assert w.current_assessment().id == "veille"
    first = w.candidate_id
    grid = w.grid
    qtbot.keyClick(grid, Qt.Key.Key_A)  # CE.1 Acquis, and on to the next unmarked
    first_id = w.grid_model.criterion_indexes()[0].data(Qt.ItemDataRole.UserRole + 1)
    assert w.grid_model.values()[first_id] == "A"
    qtbot.keyClick(grid, Qt.Key.Key_1)  # CE.2 Non acquis (first level of the scale)
    qtbot.keyClick(grid, Qt.Key.Key_K)  # back up to CE.2
    assert current_text(w, COL_LEVEL) == "Non acquis"
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # observation of CE.2
    editor = w.grid.findChild(QWidget, "observationEditor")
    assert editor is not None
    assert editor.isVisible()
    type_text(editor, "Thèmes trop vagues")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # leaves, keeps the text
    assert current_text(w, COL_OBSERVATION) == "Thèmes trop vagues"
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the heading is skipped: CE.1 of group 2
    assert w.grid_model.criterion_at(grid.current_criterion_index()).id.endswith("g2/CE.1")
    qtbot.keyClick(grid, Qt.Key.Key_A)
    assert w.side.progress_label.text() == "3 / 3 critères notés"
    assert w.save_label.text().startswith("Enregistré à ")

    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    assert seen == ["signDialog"]
    assert w.sheet is not None
    assert w.sheet.status == "signed"
    assert w.lock_banner.isVisible()
    sheet_id = w.sheet.id
    w.close()

    again = open_grading(juror_file)
    again.candidates.select(first)
    assert again.sheet is not None
    assert again.sheet.id == sheet_id
    assert again.sheet.status == "signed"
    assert again.grid_model.locked
    values = again.grid_model.values()
    assert sorted(v for v in values.values() if v) == ["A", "A", "NA"]
    obs = [m.observation for m in again.sheet.marks.values() if m.observation]
    assert obs == ["Thèmes trop vagues"]
    row = again.candidates.model.row_of(first)
    assert again.candidates.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) == "signed"


def test_a_signed_sheet_refuses_edits_until_reopened(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    for _ in range(3):
        qtbot.keyClick(w.grid, Qt.Key.Key_A)
    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    assert w.sheet is not None
    assert w.sheet.status == "signed"
    before = w.grid_model.values()
    qtbot.keyClick(w.grid, Qt.Key.Key_N)
    qtbot.keyClick(w.grid, Qt.Key.Key_Return)
    assert w.grid_model.values() == before
    assert "signée" in w.statusBar().currentMessage()
    assert not w.grid_model.setData(w.grid.current_criterion_index().siblingAtColumn(COL_LEVEL),
                                    "NA")
    # The core refuses too: the lock is not only on screen.
    with open_file(juror_file) as g, pytest.raises(marks.SheetLocked):
        marks.set_mark(g, w.sheet.id, w.grid_model.criterion_indexes()[0].data(
            Qt.ItemDataRole.UserRole + 1), level="NA")

    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_R)
    assert seen == ["signDialog", "reopenDialog"]
    assert w.sheet.status == "draft"
    assert w.sheet.version == 2
    assert not w.lock_banner.isVisible()
    qtbot.keyClick(w.grid, Qt.Key.Key_N)
    assert current_text(w, COL_LEVEL) == "Non acquis"


def test_cancelling_the_sign_dialog_leaves_the_sheet_a_draft(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Escape, seen)
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    assert seen == ["signDialog"]
    assert w.sheet is not None
    assert w.sheet.status == "draft"


def test_next_candidate_and_live_proposal(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    names = [w.candidates.model.candidate(i).display_name
             for i in range(w.candidates.model.rowCount())]
    assert names == ["BERNARD Lucas", "DUPONT Élodie", "NGUYEN Thi"]
    for key in (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_A):
        qtbot.keyClick(w.grid, key)
    assert w.side.outcome.text() == "Validé"
    qtbot.keyClick(w.grid, Qt.Key.Key_N)
    assert w.side.outcome.text() == "Non validé"
    assert "CE.1" in w.side.reason.text()
    shortcut(w, Qt.Key.Key_Right)
    assert w.candidate().display_name == "DUPONT Élodie"
    assert w.side.outcome.text() == "Incomplet"
    assert w.grid_model.values() == dict.fromkeys(w.grid_model.values())
    shortcut(w, Qt.Key.Key_Left)
    assert w.candidate().display_name == "BERNARD Lucas"
    assert w.side.outcome.text() == "Non validé"


def test_tiers_temps_extends_the_clock(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    assert w.candidate().display_name == "BERNARD Lucas"  # tiers-temps
    assert w.side.timer.duration_minutes() == 40
    assert w.side.timer.clock.text() == "40:00"
    assert "40 min" in w.side.timer.caption.text()
    shortcut(w, Qt.Key.Key_Right)
    assert w.side.timer.duration_minutes() == 30
    assert w.side.timer.clock.text() == "30:00"


def test_timer_elapsed_is_saved_with_the_sheet(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    timer = w.side.timer
    timer.configure(40, 36 * 60)  # as if 36 minutes had passed
    assert timer.is_warning()
    assert "color" in timer.clock.styleSheet()
    shortcut(w, Qt.Key.Key_T)
    assert timer.is_running()
    shortcut(w, Qt.Key.Key_T)
    assert not timer.is_running()
    assert w.sheet is not None
    assert w.sheet.timer_elapsed_seconds >= 36 * 60
    with open_file(juror_file) as g:
        assert marks.sheet_view(g, w.sheet.id).timer_elapsed_seconds >= 36 * 60


def test_switching_language_retranslates_the_window(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    assert w.side.sign_button.text().startswith("Signer la grille")
    w.settings_menu.language_actions["en"].trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to each window
    assert i18n.current_language() == "en"
    assert w.side.sign_button.text().startswith("Sign the sheet")
    assert w.grid_model.headerData(0, Qt.Orientation.Horizontal) == "Criterion"
    assert w.side.progress_label.text() == "0 / 3 criteria marked"
    w.settings_menu.language_actions["fr"].trigger()
    QApplication.processEvents()
    assert w.side.sign_button.text().startswith("Signer la grille")


def test_flagging_a_criterion_for_discussion(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    seen: list[str] = []

    def type_note() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, type_note)
            return
        seen.append(dialog.objectName())
        type_text(dialog.note, "Avis partagés")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_note)
    shortcut(w, Qt.Key.Key_D)
    assert seen == ["flagDialog"]
    mark = w.grid_model.mark(w.grid_model.criterion_indexes()[0].data(Qt.ItemDataRole.UserRole + 1))
    assert mark is not None
    assert mark.flag_discuss
    assert mark.flag_note == "Avis partagés"
    shortcut(w, Qt.Key.Key_D)  # a second time removes the flag
    mark = w.grid_model.mark(mark.criterion_id)
    assert mark is not None
    assert not mark.flag_discuss


def test_closing_the_window_keeps_an_observation_being_typed(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    qtbot.keyClick(w.grid, Qt.Key.Key_Return)
    editor = w.grid.findChild(QWidget, "observationEditor")
    assert editor is not None
    type_text(editor, "À revoir")
    sheet_id = w.sheet.id if w.sheet else ""
    w.close()
    with open_file(juror_file) as g:
        observations = [m.observation for m in marks.sheet_view(g, sheet_id).marks.values()]
    assert observations == ["À revoir"]


def test_an_observation_is_saved_during_a_pause_in_the_typing(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    """A laptop that dies mid-soutenance keeps what was typed before the pause."""
    w = open_grading(juror_file)
    qtbot.keyClick(w.grid, Qt.Key.Key_Return)
    editor = w.grid.findChild(QWidget, "observationEditor")
    assert editor is not None
    type_text(editor, "Très bonne maîtrise")
    sheet_id = w.sheet.id if w.sheet else ""

    def stored() -> list[str]:
        with open_file(juror_file, readonly=True) as g:
            return [m.observation for m in marks.sheet_view(g, sheet_id).marks.values()]

    def stored_general() -> str:
        with open_file(juror_file, readonly=True) as g:
            return marks.sheet_view(g, sheet_id).observation

    assert stored() == []  # nothing written on every key
    qtbot.waitUntil(lambda: stored() == ["Très bonne maîtrise"], timeout=3000)
    assert editor.isVisible()  # still typing: the field stays open
    assert editor.hasFocus()
    w.side.observation.setFocus()
    type_text(w.side.observation, "Soutenance claire")
    qtbot.waitUntil(lambda: stored_general() == "Soutenance claire", timeout=3000)
