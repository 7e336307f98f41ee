"""Every model of the lead's window through pytest-qt's model tester, filled
with the real data of a merged demo session."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader.grading import merge
from grader.grading.statistics import session_statistics
from grader.ui.lead.candidates_blocs_model import CandidatesBlocsModel, CellRole, short_bloc
from grader.ui.lead.comparison_model import ComparisonModel, JurorColumn
from grader.ui.lead.controller import LeadController
from grader.ui.lead.merge_worker import MergeReportModel
from grader.ui.lead.notes_panel import RecusalModel
from grader.ui.lead.reception_panel import ReceptionModel
from grader.ui.lead.stats_panel import AgreementModel, LeniencyModel

pytestmark = pytest.mark.gui


@pytest.fixture
def ctrl(merged_demo):
    controller = LeadController.open(merged_demo[0])
    yield controller
    controller.close()


def test_candidates_blocs_model(qtmodeltester, ctrl: LeadController) -> None:
    model = CandidatesBlocsModel()
    lines = ctrl.lines()
    model.set_data(ctrl.blocs, lines)
    qtmodeltester.check(model)
    assert model.rowCount() == len(ctrl.candidates())
    assert model.columnCount() == len(ctrl.blocs) + 2
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0].startswith(lines[0].candidate.display_name)
    cell = model.index(0, 1).data(CellRole)
    assert cell.bloc_code == ctrl.blocs[0].code
    assert model.headerData(1, Qt.Orientation.Horizontal) == short_bloc(ctrl.blocs[0].code)
    model.update_lines(lines)
    qtmodeltester.check(model)


def test_comparison_model(qtmodeltester, ctrl: LeadController) -> None:
    cand = ctrl.candidates()[0]
    assessment = ctrl.assessments[0]
    grids = [g for g in ctrl.grids(cand.id) if g.assessment_id == assessment.id]
    columns = [JurorColumn(g.juror_id, g.juror_id[:6], dict(g.marks), g.observation,
                           g.flag_note, g.flag_discuss) for g in grids]
    model = ComparisonModel()
    model.set_comparison(assessment, columns, ctrl.consolidated(assessment, grids),
                         {assessment.criteria[0].id}, set())
    qtmodeltester.check(model)
    assert model.rowCount() == len(assessment.groups) + len(assessment.criteria)
    assert model.disagreement_rows() == [1]


def test_small_models(qtmodeltester, ctrl: LeadController, tmp_path: Path) -> None:
    reception = ReceptionModel()
    reception.set_rows(ctrl.reception())
    qtmodeltester.check(reception)
    stats = session_statistics(ctrl.gfile)
    agreement = AgreementModel()
    agreement.set_rows(list(stats.agreements))
    qtmodeltester.check(agreement)
    leniency = LeniencyModel()
    leniency.set_rows(list(stats.leniency), stats.juror_names)
    qtmodeltester.check(leniency)
    recusals = RecusalModel()
    recusals.set_data(ctrl.jurors(), {ctrl.jurors()[0].id: "Conflit d'intérêts"})
    qtmodeltester.check(recusals)
    report = MergeReportModel([
        merge.FileResult(tmp_path / "a.grille", merge.IMPORTED, "3 grilles."),
        merge.FileResult(tmp_path / "b.grille", merge.REFUSED, "fichier endommagé."),
    ])
    qtmodeltester.check(report)
    assert report.index(1, 1).data() == "Refusé"
