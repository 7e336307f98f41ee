"""The juror's soutenance (issue: truthful saving, a clock per soutenance,
36 keys for 36 criteria, large grids, deliberate signing), driven with the
keyboard on the real window; storage failures are real (file-size limit)."""

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import CTRL_SHIFT, press_in_next_modal, shortcut, type_text

from grader.grading import keys as juror_keys
from grader.grading import marks, session_ops
from grader.models.store import GraderFile, open_file
from grader.ui import settings
from grader.ui.grading_window import GradingWindow
from grader.ui.grid_model import COL_OBSERVATION, CriterionIdRole

pytestmark = pytest.mark.gui

Opener = Callable[[Path], GradingWindow]
Refusing = Callable[[GraderFile], AbstractContextManager[None]]
ROOT = Path(__file__).resolve().parents[2]
NIVEAU_6 = ROOT / "referentials" / "community-manager-niveau-6.yaml"
LARGEST = "bc02-projet-entretien"  # 36 criteria


def niveau6_juror_file(tmp_path: Path) -> Path:
    g = session_ops.create_session(NIVEAU_6, tmp_path / "n6.jury", title="Session niveau 6",
                                   assessment_ids=(LARGEST,))
    try:
        session_ops.add_juror(g, "Karim Benali", "professionnel")
        session_ops.add_candidate(g, "Dupont", "Élodie")
        session_ops.add_candidate(g, "Nguyen", "Thi")
        files = session_ops.export_juror_files(g, tmp_path / "jures")
    finally:
        g.close()
    with open_file(files[0]) as jf:  # the juror's first opening made their key
        juror_keys.create_juror_key(jf)
    return files[0]


def stored_sheet(path: Path, sheet_id: str) -> marks.SheetView:
    with open_file(path, readonly=True) as g:
        return marks.sheet_view(g, sheet_id)


# -- item 4: 36 keys for 36 criteria ----------------------------------------
class KeyCounter:
    def __init__(self) -> None:
        self.n = 0

    def click(self, widget: QWidget, key: Qt.Key,
              mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.n += 1
        QTest.keyClick(widget, key, mods)


def test_the_36_criterion_epreuve_takes_at_most_40_keys_including_the_sign(
    qtbot: QtBot, tmp_path: Path, open_grading: Opener
) -> None:
    path = niveau6_juror_file(tmp_path)
    w = open_grading(path)
    assert w.current_assessment().id == LARGEST
    assert len(w.grid_model.criterion_indexes()) == 36
    keys = KeyCounter()
    for _ in range(36):
        keys.click(w.grid, Qt.Key.Key_A)  # a mark moves on to the next unmarked criterion
    assert all(v == "A" for v in w.grid_model.values().values())
    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)  # « Signer » is the default
    keys.n += 1
    keys.n += 1
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    assert seen == ["signDialog"]
    assert w.sheet is not None
    assert w.sheet.status == "signed"
    assert keys.n <= 40, keys.n
    stored = stored_sheet(path, w.sheet.id)
    assert stored.status == "signed"
    assert sum(1 for m in stored.marks.values() if m.level == "A") == 36


def test_auto_advance_is_a_setting_and_ctrl_j_finds_the_next_unmarked(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    settings.put(settings.AUTO_ADVANCE, False)
    w = open_grading(juror_file)
    ids = [i.data(CriterionIdRole) for i in w.grid_model.criterion_indexes()]
    qtbot.keyClick(w.grid, Qt.Key.Key_A)
    assert w.grid.current_criterion_index().data(CriterionIdRole) == ids[0]  # stays
    qtbot.keyClick(w.grid, Qt.Key.Key_J)
    qtbot.keyClick(w.grid, Qt.Key.Key_J)
    qtbot.keyClick(w.grid, Qt.Key.Key_A)  # the third one
    qtbot.keyClick(w.grid, Qt.Key.Key_K)
    qtbot.keyClick(w.grid, Qt.Key.Key_K)
    shortcut(w, Qt.Key.Key_J)  # Ctrl+J: the next criterion without a mark
    assert w.grid.current_criterion_index().data(CriterionIdRole) == ids[1]
    w.act_auto_advance.trigger()
    assert settings.get(settings.AUTO_ADVANCE) is True


def test_general_observation_by_shortcut_and_escape_back_to_the_grid(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    shortcut(w, Qt.Key.Key_G)
    assert w.side.observation.hasFocus()
    type_text(w.side.observation, "Soutenance claire")
    qtbot.keyClick(w.side.observation, Qt.Key.Key_Escape)
    assert w.grid.hasFocus()
    assert w.sheet is not None
    assert w.sheet.observation == "Soutenance claire"  # saved on leaving


def test_enter_after_a_search_puts_the_keyboard_on_the_grid(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    shortcut(w, Qt.Key.Key_F)
    assert w.candidates.search.hasFocus()
    type_text(w.candidates.search, "nguy")
    qtbot.keyClick(w.candidates.search, Qt.Key.Key_Return)
    assert w.candidate().display_name == "NGUYEN Thi"
    assert w.grid.hasFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_N)  # not swallowed by the list
    assert "NA" in w.grid_model.values().values()


# -- item 6: signing is deliberate --------------------------------------------
def test_ctrl_s_says_saved_and_does_not_sign(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    qtbot.keyClick(w.grid, Qt.Key.Key_A)
    shortcut(w, Qt.Key.Key_S)
    assert QApplication.activeModalWidget() is None
    assert w.statusBar().currentMessage().startswith("Tout est enregistré")
    assert w.sheet is not None
    assert w.sheet.status == "draft"


def test_the_proposal_can_stay_hidden_until_every_criterion_is_marked(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    settings.put(settings.HIDE_PROPOSAL, True)
    w = open_grading(juror_file)
    qtbot.keyClick(w.grid, Qt.Key.Key_N)
    assert w.side.outcome.text() == "Proposition masquée"
    qtbot.keyClick(w.grid, Qt.Key.Key_A)
    qtbot.keyClick(w.grid, Qt.Key.Key_A)
    assert w.side.outcome.text() == "Non validé"


# -- item 2: truthful saving, with a disk that refuses for real ---------------
def test_every_write_path_says_not_saved_keeps_the_text_and_retries(
    qtbot: QtBot, juror_file: Path, open_grading: Opener, refusing_disk: Refusing
) -> None:
    w = open_grading(juror_file)
    width = w.width()
    assert w.sheet is not None
    sheet_id = w.sheet.id
    gfile = w.ctl.gfile
    first = w.grid.current_criterion_index().data(CriterionIdRole)
    with refusing_disk(gfile):
        # A mark: red at once, the criterion still shows « Non noté », no move.
        qtbot.keyClick(w.grid, Qt.Key.Key_A)
        assert w.save_label.text().startswith("Non enregistré : ")
        assert "rien n'a été enregistré" in w.save_label.text()
        assert w.grid_model.values()[first] is None
        assert w.grid.current_criterion_index().data(CriterionIdRole) == first
        # The message never widens the window (it is elided, whole in the tooltip).
        assert w.width() == width
        assert w.minimumSizeHint().width() <= 1366
        # A criterion observation: the text stays on screen, marked unsaved.
        qtbot.keyClick(w.grid, Qt.Key.Key_Return)
        editor = w.grid.findChild(QWidget, "observationEditor")
        assert editor is not None
        type_text(editor, "Veille bien outillée")
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        obs = w.grid.current_criterion_index().siblingAtColumn(COL_OBSERVATION)
        assert obs.data() == "Veille bien outillée"
        assert w.grid_model.unsaved() == {first: "Veille bien outillée"}
        # A criterion flag (Ctrl+D, the note dialog answered with Entrée).
        seen: list[str] = []
        press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
        shortcut(w, Qt.Key.Key_D)
        assert seen == ["flagDialog"]
        assert w.grid_model.mark(first) is None or not w.grid_model.mark(first).flag_discuss
        assert w.save_label.text().startswith("Non enregistré")
        # The general observation: stays in its editor.
        shortcut(w, Qt.Key.Key_G)
        type_text(w.side.observation, "Bonne posture")
        w.side.observation.pause_timer.timeout.emit()
        assert w.side.observation.toPlainText() == "Bonne posture"
        assert w.sheet.observation == ""
        assert w.save_label.text().startswith("Non enregistré")
        qtbot.keyClick(w.side.observation, Qt.Key.Key_Escape)
        # Signing fails as well, and the sheet stays a draft.
        press_in_next_modal(qtbot, Qt.Key.Key_Tab, seen)  # (answered below)
        QTimer.singleShot(60, lambda: _click_sign(qtbot))
        shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
        assert w.sheet.status == "draft"
        assert w.save_label.text().startswith("Non enregistré")
    stored = stored_sheet(juror_file, sheet_id)
    assert stored.status == "draft"
    assert stored.observation == ""
    assert all(m.is_empty for m in stored.marks.values())
    # The disk is back: the next write also writes what waited.
    qtbot.keyClick(w.grid, Qt.Key.Key_A)
    assert w.save_label.text().startswith("Enregistré à ")
    assert w.grid_model.unsaved() == {}
    stored = stored_sheet(juror_file, sheet_id)
    assert stored.marks[first].level == "A"
    assert stored.marks[first].observation == "Veille bien outillée"


def _click_sign(qtbot: QtBot) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "signDialog":
        QTimer.singleShot(30, lambda: _click_sign(qtbot))
        return
    qtbot.mouseClick(dialog.findChild(QWidget, "signButton"), Qt.MouseButton.LeftButton)


def test_reopen_fails_truthfully_on_a_refusing_disk(
    qtbot: QtBot, juror_file: Path, open_grading: Opener, refusing_disk: Refusing
) -> None:
    w = open_grading(juror_file)
    for _ in range(3):
        qtbot.keyClick(w.grid, Qt.Key.Key_A)
    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    assert w.sheet is not None
    assert w.sheet.status == "signed"
    with refusing_disk(w.ctl.gfile):
        press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
        shortcut(w, Qt.Key.Key_R)
        assert seen == ["signDialog", "reopenDialog"]
        assert w.sheet.status == "signed"
        assert w.save_label.text().startswith("Non enregistré")
        assert w.lock_banner.isVisible()
    assert stored_sheet(juror_file, w.sheet.id).status == "signed"


# -- item 3: a clock per soutenance ---------------------------------------------
def test_a_clock_keeps_running_while_the_juror_looks_elsewhere(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    timer = w.side.timer
    first = w.candidate_id
    shortcut(w, Qt.Key.Key_T)
    assert timer.is_running()
    clock = timer.current()
    assert clock.started is not None
    clock.started -= 90  # as if 90 s had passed
    shortcut(w, Qt.Key.Key_Right)  # another candidate
    assert w.candidate_id != first
    assert not timer.is_running()  # this soutenance's own clock
    shortcut(w, Qt.Key.Key_E)  # another épreuve
    shortcut(w, Qt.Key.Key_Left)
    for _ in range(w.assessment_box.count() - 1):  # round to the first épreuve again
        shortcut(w, Qt.Key.Key_E)
    assert w.candidate_id == first
    assert timer.is_running()
    assert timer.elapsed() >= 90
    # Closing saves every running clock into its own sheet.
    assert w.sheet is not None
    sheet_id = w.sheet.id
    w.close()
    assert stored_sheet(juror_file, sheet_id).timer_elapsed_seconds >= 90


def test_reset_asks_first_and_a_signed_sheet_clock_cannot_start(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    timer = w.side.timer
    timer.configure(40, 600)
    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)  # the default is « Annuler »
    timer.reset_button.click()
    assert seen == ["resetTimerBox"]
    assert timer.elapsed() == 600

    def yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, yes)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, yes)
    timer.reset_button.click()
    assert timer.elapsed() == 0
    for _ in range(3):
        qtbot.keyClick(w.grid, Qt.Key.Key_A)
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    assert w.sheet is not None
    assert w.sheet.status == "signed"
    shortcut(w, Qt.Key.Key_T)
    assert not timer.is_running()
    assert not timer.start_button.isEnabled()
    assert "signée" in w.statusBar().currentMessage()


def test_the_large_clock_changes_colour_at_five_minutes_and_at_zero(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    timer = w.side.timer
    small = timer.clock.font().pointSizeF()
    shortcut(w, Qt.Key.Key_T, CTRL_SHIFT)
    assert timer.is_large()
    assert timer.clock.font().pointSizeF() >= 2 * small
    assert settings.get(settings.LARGE_CLOCK) is True
    duration = timer.duration_minutes()
    assert duration is not None
    timer.configure(duration, 0)
    calm = timer.clock.styleSheet()
    timer.configure(duration, duration * 60 - 5 * 60)
    warning = timer.clock.styleSheet()
    timer.configure(duration, duration * 60)
    over = timer.clock.styleSheet()
    assert len({calm, warning, over}) == 3
    assert w.width() <= 1366


# -- item 5: large grids at 1366 x 768 --------------------------------------------
def visible_criteria(w: GradingWindow) -> int:
    view = w.grid
    height = view.viewport().height()
    n = 0
    for idx in w.grid_model.criterion_indexes():
        r = view.visualRect(idx)
        if r.isValid() and r.top() >= 0 and r.bottom() <= height:
            n += 1
    return n


def test_at_1366_by_768_at_least_18_of_the_36_criteria_are_visible(
    qtbot: QtBot, tmp_path: Path, open_grading: Opener
) -> None:
    w = open_grading(niveau6_juror_file(tmp_path))
    w.resize(1366, 768 - 30)  # the screen less the window's title bar
    QApplication.processEvents()
    assert w.grid.is_compact()
    assert visible_criteria(w) >= 18
    # Moving down, the current row keeps the next one in sight.
    for _ in range(20):
        qtbot.keyClick(w.grid, Qt.Key.Key_Down)
    cur = w.grid.current_criterion_index()
    below = w.grid.indexBelow(cur)
    assert w.grid.visualRect(below).bottom() <= w.grid.viewport().height()
    assert w.grid.visualRect(cur).top() > 0


# -- item 7: nothing stale, nothing said twice -------------------------------------
def test_an_untouched_sheet_shows_no_saved_time_and_progress_is_said_once(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    assert w.save_label.text() == ""
    qtbot.keyClick(w.grid, Qt.Key.Key_A)
    assert w.save_label.text().startswith("Enregistré à ")
    assert w.side.progress_label.text() == "1 / 3 critères notés"
    assert "critères notés" not in w.side.reason.text()


def test_after_reopening_no_message_says_the_sheet_is_signed(
    qtbot: QtBot, juror_file: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file)
    for _ in range(3):
        qtbot.keyClick(w.grid, Qt.Key.Key_A)
    seen: list[str] = []
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.keyClick(w.grid, Qt.Key.Key_N)
    assert "signée" in w.statusBar().currentMessage()
    press_in_next_modal(qtbot, Qt.Key.Key_Return, seen)
    shortcut(w, Qt.Key.Key_R)
    assert w.sheet is not None
    assert w.sheet.status == "draft"
    assert "signée" not in w.statusBar().currentMessage()


def test_ctrl_k_shows_the_competencies_the_rule_and_its_notes_and_scrolls(
    qtbot: QtBot, tmp_path: Path, open_grading: Opener
) -> None:
    w = open_grading(niveau6_juror_file(tmp_path))
    shortcut(w, Qt.Key.Key_K)
    area = w.side.competencies_area
    assert area.isVisible()
    text = w.side.competencies.text()
    bloc = w.ctl.bloc_of(w.current_assessment())
    assert "Règle du bloc" in text
    if bloc.rule.note:
        assert bloc.rule.note[:30] in text
    if w.ctl.referential.notes:
        assert "Notes du référentiel" in text
    # The list never runs off the panel: what does not fit scrolls.
    assert area.geometry().bottom() <= w.side.height()
    assert w.width() <= 1366
