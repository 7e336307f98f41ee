"""Deliberating in the lead's window: comparison with the disagreements
highlighted, decisions through the dialog, notes and recusals, closing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from grader.grading import deliberation
from grader.grading import vocabulary as v
from grader.grading.disagreements import DIFFER, disagreements
from grader.grading.marks import list_sheets
from grader.grading.merge import merge_juror_files
from grader.grading.session_ops import list_jurors
from grader.grading.signing import reopen_sheet
from grader.models.store import open_file
from grader.ui.lead.close_dialog import CloseDialog
from grader.ui.lead.decision_dialog import DecisionDialog
from grader.ui.lead.session_window import LeadSessionWindow
from grader.ui.messages import open_boxes

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
    assert dialog.isVisible()
    return dialog


def test_comparison_highlights_the_disagreements(merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    gfile = window.ctrl.gfile
    found = [d for d in disagreements(gfile) if d.kind == DIFFER]
    target = found[0]
    bloc = gfile.referential.bloc_of(target.assessment_id).code
    window.select(target.candidate_id, bloc)
    view = window.comparison
    view.assessment_box.setCurrentIndex(view.assessment_box.findData(target.assessment_id))
    model = view.model
    assert model.columnCount() == 2 + 3  # criterion, three jurors, retained
    expected = {d.criterion_id for d in found
                if (d.candidate_id, d.assessment_id) == (target.candidate_id,
                                                         target.assessment_id)}
    shown = {model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
             for r in model.disagreement_rows()}
    assert shown == expected
    row = model.disagreement_rows()[0]
    calm = next(r for r in range(model.rowCount())
                if r not in model.disagreement_rows() and r not in model.group_rows()
                and not model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2))
    hot = model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(hot, QBrush)
    assert model.index(calm, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(row, 0).data().startswith("≠")
    # The jurors' values differ on that row, as the core says.
    values = {model.index(row, c).data() for c in range(1, 4)}
    assert len(values) > 1
    # Selecting the row shows each juror's word on it.
    view.table.selectRow(row)
    names = [j.name for j in model.jurors()]
    assert all(n in view.details.toPlainText() for n in names)
    assert "⚠" in window.model.index(window.model.row_of(target.candidate_id), 1).data()


def test_decision_dialog_refuses_a_missing_motivation_then_records(
    qtbot: QtBot, merged_demo, open_lead
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    cid, bloc = first_cell(window, v.NON_VALIDE)
    dialog = open_dialog_with_enter(window, cid, bloc)
    assert dialog.decided() == v.NON_VALIDE  # starts from the proposal
    assert dialog.motivation_required()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "obligatoire" in dialog.error.text()
    assert cid not in deliberation.decisions(window.ctrl.gfile)

    # Departing from the proposal (validé instead of non validé) also needs one.
    dialog.set_decided(v.VALIDE)
    assert dialog.motivation_required()
    dialog.motivation.setFocus()
    qtbot.keyClicks(dialog.motivation, "Soutenance rattrapee a l'oral, jury unanime.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    recorded = deliberation.decisions(window.ctrl.gfile)[cid][bloc]
    assert recorded.decided == v.VALIDE
    assert recorded.proposed == v.NON_VALIDE
    assert recorded.motivation.startswith("Soutenance rattrapee")
    index = window.model.index(window.model.row_of(cid), window.model.bloc_column(bloc))
    assert index.data().startswith("Validé")  # then the ⚠ marker, if any
    assert "Proposé" not in index.data()


def test_decision_following_the_rule_needs_no_motivation(
    qtbot: QtBot, merged_demo, open_lead
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    cid, bloc = first_cell(window, v.VALIDE)
    dialog = open_dialog_with_enter(window, cid, bloc)
    assert dialog.decided() == v.VALIDE
    assert not dialog.motivation_required()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert deliberation.decisions(window.ctrl.gfile)[cid][bloc].decided == v.VALIDE


def test_decision_dialog_cancel_records_nothing(qtbot: QtBot, merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    cid, bloc = first_cell(window, v.NON_VALIDE)
    dialog = open_dialog_with_enter(window, cid, bloc)
    dialog.set_decided(v.ABSENT)
    qtbot.keyClicks(dialog.motivation, "Absent")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert deliberation.decisions(window.ctrl.gfile) == {}
    index = window.model.index(window.model.row_of(cid), window.model.bloc_column(bloc))
    assert "Proposé" in index.data()


def test_private_note_and_recusal(qtbot: QtBot, merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    gfile = window.ctrl.gfile
    line = window.model.line(0)
    cid = line.candidate.id
    window.select(cid, line.cells[0].bloc_code)
    notes = window.notes
    assert "aucun export" in notes.privacy.text()
    notes.note.setFocus()
    qtbot.keyClicks(notes.note, "Hesitation sur la partie analyse")
    qtbot.waitUntil(lambda: "Note enregistrée" in notes.saved.text(), timeout=5000)
    assert deliberation.private_note(gfile, cid) == "Hesitation sur la partie analyse"

    juror = notes.jurors.juror(0)
    assert window.comparison.model.columnCount() == 5
    assert notes.recuse(juror.id, "Ancien tuteur du candidat")
    assert notes.jurors.is_recused(juror.id)
    assert "récusé" in notes.jurors.index(0).data()
    # The recused juror's sheet leaves the comparison.
    assert window.comparison.model.columnCount() == 4
    assert juror.name not in [j.name for j in window.comparison.model.jurors()]
    assert notes.lift(juror.id)
    assert window.comparison.model.columnCount() == 5


def test_closing_locks_every_decision(qtbot: QtBot, merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    gfile = window.ctrl.gfile
    cid, bloc = first_cell(window, v.VALIDE)
    deliberation.record_decision(gfile, cid, bloc, v.VALIDE, "", "Claire Dubois")
    window.refresh()

    dialog = window.open_close()
    assert isinstance(dialog, CloseDialog)
    assert dialog.isVisible()
    assert dialog.force.isVisible()  # other blocs are still without decision
    dialog.name.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Indiquez qui" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Claire Dubois")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Clôturer quand même" in dialog.error.text()
    assert not window.is_locked()
    dialog.force.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert window.is_locked()
    assert deliberation.is_closed(gfile)
    assert "clôturée" in window.status.text()
    assert not window.comparison.decide_button.isEnabled()
    assert window.notes.note.isReadOnly()
    assert not window.notes.recuse_button.isEnabled()
    assert window.open_close() is None
    # Enter on a bloc still answers: it says why nothing can be decided.
    boxes = len(open_boxes())
    window.select(cid, bloc)
    window.activateWindow()
    window.table.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    assert len(open_boxes()) == boxes + 1
    assert "verrouillées" in open_boxes()[-1].text()
    assert "clôturée" in open_boxes()[-1].text()
    assert not isinstance(window.active_dialog, DecisionDialog) or not (
        window.active_dialog.isVisible())
    open_boxes()[-1].close()
    with pytest.raises(deliberation.SessionClosed):
        deliberation.record_decision(
            gfile, cid, bloc, v.NON_VALIDE, "trop tard pour décider", "Claire Dubois"
        )
    assert deliberation.decisions(gfile)[cid][bloc].decided == v.VALIDE


def test_closing_warns_about_grids_received_unsigned(qtbot: QtBot, demo, open_lead) -> None:
    """A juror reopened a grid and sent the file back without signing it again:
    the close dialog says that grid is not taken into account, as the CLI does."""
    session, grilles = demo
    with open_file(grilles[0]) as jf:
        sheet = next(s for s in list_sheets(jf) if s.status == v.SIGNED)
        reopen_sheet(jf, sheet.id, "Observation à compléter")
        juror = next(j.name for j in list_jurors(jf) if j.id == sheet.juror_id)
    with open_file(session) as gfile:
        assert merge_juror_files(gfile, grilles).ok
    window = open_lead(session)
    dialog = window.open_close()
    assert isinstance(dialog, CloseDialog)
    assert dialog.unsigned.isVisible()
    assert f"{juror} : 1 grille non signée — non prise en compte." in dialog.unsigned.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not deliberation.is_closed(window.ctrl.gfile)


def test_close_dialog_without_unsigned_grids_says_nothing_of_them(
    merged_demo, open_lead
) -> None:
    window = open_lead(merged_demo[0])
    dialog = window.open_close()
    assert isinstance(dialog, CloseDialog)
    assert not dialog.unsigned.isVisible()
    dialog.reject()
