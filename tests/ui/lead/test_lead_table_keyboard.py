"""The lead's table at work: a decision repaints its candidate's row only,
the ⚠ marker says how many criteria differ and whether that changes the
proposal, Tab moves between the table, the comparison and the panels."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from grader.grading import vocabulary as v
from grader.grading.disagreements import DIFFER, disagreements
from grader.ui.lead.candidates_blocs_model import needs_attention
from grader.ui.lead.decision_dialog import DecisionDialog
from grader.ui.lead.session_window import LeadSessionWindow

pytestmark = pytest.mark.gui


def first_cell(window: LeadSessionWindow, proposed: str) -> tuple[str, str]:
    for line in window.model.lines():
        for cell in line.cells:
            if cell.proposed == proposed and cell.decided is None:
                return line.candidate.id, cell.bloc_code
    raise AssertionError(f"no undecided cell proposed {proposed}")


def open_dialog_with_enter(window: LeadSessionWindow, cid: str, bloc: str) -> DecisionDialog:
    window.select(cid, bloc)
    window.activateWindow()
    window.table.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    dialog = window.active_dialog
    assert isinstance(dialog, DecisionDialog)
    return dialog


def test_a_decision_repaints_only_its_candidates_row(
    qtbot: QtBot, merged_demo, open_lead
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    cid, bloc = first_cell(window, v.VALIDE)
    others = {ln.candidate.id: ln for ln in window.model.lines() if ln.candidate.id != cid}
    changed: list[tuple[int, int]] = []

    def seen(top: QModelIndex, bottom: QModelIndex) -> None:
        changed.append((top.row(), bottom.row()))

    window.model.dataChanged.connect(seen)
    read_all = window.ctrl.lines
    window.ctrl.lines = lambda: pytest.fail("the whole table was read again")  # type: ignore[method-assign]
    dialog = open_dialog_with_enter(window, cid, bloc)
    assert isinstance(dialog, DecisionDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = window.model.row_of(cid)
    assert changed == [(row, row)]
    index = window.model.index(row, window.model.bloc_column(bloc))
    assert index.data().startswith("Validé")
    assert "1 décision(s)" in window.status.text()
    # The other rows are the very lines read when the window opened.
    window.ctrl.lines = read_all  # type: ignore[method-assign]
    for line in window.model.lines():
        if line.candidate.id != cid:
            assert line is others[line.candidate.id]


def test_the_marker_counts_and_weighs_the_disagreements(merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    found = {d.criterion_id for d in disagreements(window.ctrl.gfile) if d.kind == DIFFER}
    assert found
    kinds = set()
    for line in window.model.lines():
        for cell in line.cells:
            index = window.model.index(window.model.row_of(line.candidate.id),
                                       window.model.bloc_column(cell.bloc_code))
            text = index.data()
            if cell.disagreements:
                assert f"⚠{cell.disagreements}" in text
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert ("l'écart décide du bloc" in tip) == cell.decisive
                assert ("ne change pas la proposition" in tip) == (not cell.decisive)
            else:
                assert "⚠" not in text
                assert not cell.decisive
            # The pale background is kept for what the jury has to settle.
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            assert isinstance(background, QBrush) == needs_attention(cell)
            kinds.add((cell.disagreements > 0, cell.decisive))
    # The demo has disagreements that decide a bloc and others that do not.
    assert {(True, False), (True, True)} <= kinds


def test_tab_moves_between_table_comparison_and_panels(qtbot: QtBot, merged_demo, open_lead):
    session, _ = merged_demo
    window = open_lead(session)
    window.activateWindow()
    window.table.setFocus()
    QApplication.processEvents()
    start = window.table.currentIndex()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not window.table
    assert window.tabs.isAncestorOf(focus)
    assert window.table.currentIndex() == start  # not the next cell
    # Within the comparison, Tab leaves the grid for the next widget too.
    window.comparison.table.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert QApplication.focusWidget() is not window.comparison.table
    # Shift+Tab comes back; the table is reached again by the keyboard.
    for _ in range(12):
        if QApplication.focusWidget() is window.table:
            break
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Backtab)
        QApplication.processEvents()
    assert QApplication.focusWidget() is window.table


def test_certification_column_is_not_cut(merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    window.resize(1366, 768)
    QApplication.processEvents()
    header = window.table.horizontalHeader()
    last = window.model.columnCount() - 1
    font = window.table.font()
    font.setBold(True)
    needed = QFontMetrics(font).horizontalAdvance("Validation partielle")
    assert header.sectionSize(last) >= needed
