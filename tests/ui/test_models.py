"""The Qt models of the grading window: structure checked by qtmodeltester,
content and edits checked against the référentiel."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from grader.grading.views import CandidateView
from grader.referential import load_referential
from grader.ui import candidates_model as cm
from grader.ui import grid_model as gm

pytestmark = pytest.mark.gui


@pytest.fixture
def referential(mini_referential_path: Path):
    return load_referential(mini_referential_path)


def candidate(last: str, first: str, ratio: float = 0.0) -> CandidateView:
    return CandidateView(
        id=f"id-{last}", external_id="", last_name=last, first_name=first, email="",
        accommodation_type="tiers-temps" if ratio else "", accommodation_detail="",
        accommodation_authorised_by="", extra_time_ratio=ratio,
    )


@pytest.mark.parametrize("assessment_id", ["veille", "contenus", "oral", "mesure"])
def test_grid_model_passes_the_model_tester(qtmodeltester, referential, assessment_id) -> None:
    model = gm.GridModel()
    model.set_assessment(referential.assessment(assessment_id))
    qtmodeltester.check(model, force_py=True)
    first = model.criterion_indexes()[0]
    kind = "points" if model.is_points else "level"
    value = 3.0 if model.is_points else model.choices()[-1].code
    assert model.write(first.data(gm.CriterionIdRole), kind, value)
    qtmodeltester.check(model, force_py=True)


def test_grid_model_shows_groups_as_headings_and_criteria_below(referential) -> None:
    veille = referential.assessment("veille")
    model = gm.GridModel()
    model.set_assessment(veille)
    assert model.rowCount() == len(veille.groups)
    heading = model.index(0, 0)
    assert heading.data() == "Pertinence du système de veille"
    assert heading.data(gm.IsGroupRole) is True
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert [model.index(r, 0, heading).data(gm.CodeRole) for r in range(2)] == ["CE.1", "CE.2"]
    assert model.index(0, 0, heading).data() == "CE.1  Les besoins sont définis."
    assert [i.data(gm.CriterionIdRole) for i in model.criterion_indexes()] == [
        c.id for c in veille.criteria
    ]


def test_level_keys_come_from_the_scale(referential) -> None:
    model = gm.GridModel()
    model.set_assessment(referential.assessment("veille"))
    assert [(c.digit, c.letter, c.code) for c in model.choices()] == [
        ("1", "N", "NA"), ("2", "A", "A")]
    model.set_assessment(referential.assessment("contenus"))
    assert [(c.digit, c.letter, c.label) for c in model.choices()] == [
        ("1", "N", "Non acquis"), ("2", "E", "En cours d'acquisition"),
        ("3", "A", "Acquis"), ("4", "M", "Maîtrisé"),
    ]


def test_edits_go_through_the_writer_and_show_what_it_returned(referential) -> None:
    model = gm.GridModel()
    model.set_assessment(referential.assessment("veille"))
    calls: list[tuple[str, str, object]] = []

    def writer(cid: str, field: str, value: object) -> gm.LocalMark | None:
        calls.append((cid, field, value))
        return None if value == "refused" else gm.LocalMark(level="A")

    model.writer = writer
    idx = model.criterion_indexes()[0].siblingAtColumn(gm.COL_LEVEL)
    assert model.setData(idx, "NA")
    assert idx.data() == "Acquis"  # the writer's answer, not the request
    assert not model.setData(idx.siblingAtColumn(gm.COL_OBSERVATION), "refused")
    assert calls == [(idx.data(gm.CriterionIdRole), "level", "NA"),
                     (idx.data(gm.CriterionIdRole), "observation", "refused")]
    model.set_locked(True)
    assert not model.setData(idx, "NA")
    assert not model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    assert len(calls) == 2


def test_points_are_shown_out_of_the_maximum(referential) -> None:
    model = gm.GridModel()
    model.set_assessment(referential.assessment("oral"))
    idx = model.criterion_indexes()[0].siblingAtColumn(gm.COL_LEVEL)
    assert idx.data() == "Non noté"
    assert model.setData(idx, 2.5)
    assert idx.data() == "2,5 / 4"
    assert model.values()[idx.data(gm.CriterionIdRole)] == 2.5


def test_candidates_model_and_search(qtmodeltester) -> None:
    model = cm.CandidatesModel()
    model.set_rows([
        cm.CandidateRow(candidate("BERNARD", "Lucas", 1 / 3), "todo"),
        cm.CandidateRow(candidate("DUPONT", "Élodie"), "signed"),
    ])
    qtmodeltester.check(model, force_py=True)
    proxy = cm.CandidatesFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    assert model.index(0, 0).data(cm.BadgeRole) == "tiers-temps"
    assert model.index(1, 0).data(cm.BadgeRole) == ""
    assert "signée" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    proxy.set_search("elo")  # accents and case ignored
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "DUPONT Élodie"
    proxy.set_search("zzz")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 2
    model.set_status("id-BERNARD", "draft")
    assert model.index(0, 0).data(cm.StatusRole) == "draft"
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.index(5, 0, QModelIndex()).isValid()
