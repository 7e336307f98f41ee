"""Consolidation across jurors, the certification proposal, and the
proposals of a session read from the candidate's signed sheets."""

from datetime import date
from pathlib import Path

import pytest

from grader.grading.capitalisation import record_acquired_bloc
from grader.grading.marks import open_sheet, set_mark
from grader.grading.rules import (
    consolidate_values,
    evaluate_bloc,
    session_proposals,
)
from grader.grading.session_ops import add_candidate, add_juror, create_session
from grader.grading.signing import sign_sheet
from grader.grading.vocabulary import (
    INCOMPLET,
    NON_VALIDE,
    VALIDE,
)
from grader.models.store import GraderFile
from grader.models.tables import Recusal
from grader.referential import Referential, load_referential

DATA = Path(__file__).resolve().parent.parent / "data"
V1, V2, V3 = "BC01/veille/g1/CE.1", "BC01/veille/g1/CE.2", "BC01/veille/g2/CE.1"
C1, C2, C3 = "BC02/contenus/g1/CE.1", "BC02/contenus/g1/CE.2", "BC02/contenus/g1/c3"
O1, O2, O3 = "BC03/oral/g1/CE.1", "BC03/oral/g1/CE.2", "BC03/oral/g1/CE.3"


@pytest.fixture(scope="module")
def mini() -> Referential:
    return load_referential(DATA / "mini.yaml")


# ---------------------------------------------------------------- consolidate_values


def test_binary_two_jurors_tie_is_not_passing(mini: Referential) -> None:
    veille = mini.assessment("veille")
    got = consolidate_values(veille, [{V1: "A", V2: "A", V3: "A"}, {V1: "NA", V2: "A", V3: "NA"}])
    assert got == {V1: "NA", V2: "A", V3: "NA"}


def test_binary_three_jurors_majority(mini: Referential) -> None:
    veille = mini.assessment("veille")
    jurors = [{V1: "A", V2: "NA", V3: "NA"}, {V1: "A", V2: "A", V3: "NA"}, {V1: "NA", V2: "NA"}]
    assert consolidate_values(veille, jurors) == {V1: "A", V2: "NA", V3: "NA"}


def test_unmarked_by_everyone_stays_unmarked(mini: Referential) -> None:
    veille = mini.assessment("veille")
    assert consolidate_values(veille, [{V1: "A"}, {V1: None}]) == {V1: "A", V2: None, V3: None}
    assert consolidate_values(veille, []) == {V1: None, V2: None, V3: None}


def test_levels_lower_median(mini: Referential) -> None:
    contenus = mini.assessment("contenus")
    jurors = [{C1: "M", C2: "NA", C3: "A"}, {C1: "A", C2: "M", C3: "EC"}, {C1: "EC", C2: "M"}]
    # C1: EC < A < M → A; C2: NA < M < M → M; C3: EC, A (two values) → the lower, EC.
    assert consolidate_values(contenus, jurors) == {C1: "A", C2: "M", C3: "EC"}


def test_points_mean(mini: Referential) -> None:
    oral = mini.assessment("oral")
    jurors = [{O1: 2, O2: 3.5, O3: 0}, {O1: 3, O2: 4}, {O1: 2.5, O3: 1}]
    assert consolidate_values(oral, jurors) == {O1: 2.5, O2: 3.75, O3: 0.5}


def test_consolidated_points_feed_the_rule(mini: Referential) -> None:
    oral = mini.assessment("oral")
    # Juror 1 puts CE.1 at 0,5 (eliminatory alone), juror 2 at 2: the mean 1,25 passes.
    values = consolidate_values(oral, [{O1: 0.5, O2: 3, O3: 3}, {O1: 2, O2: 3, O3: 3}])
    p = evaluate_bloc(mini.bloc("BC03"), values)
    assert (p.outcome, p.points) == (VALIDE, 7.25)


# ---------------------------------------------------------------- session_proposals


@pytest.fixture
def session(tmp_path: Path) -> GraderFile:
    g = create_session(DATA / "mini.yaml", tmp_path / "s.jury", assessment_ids=["veille", "oral"])
    yield g
    g.close()


def grade(
    g: GraderFile,
    juror: str,
    cand: str,
    assessment: str,
    values: dict[str, str | float],
    sign: bool = True,
) -> None:
    sheet = open_sheet(g, juror, cand, assessment)
    for cid, v in values.items():
        if isinstance(v, str):
            set_mark(g, sheet.id, cid, level=v)
        else:
            set_mark(g, sheet.id, cid, points=v)
    if sign:
        sign_sheet(g, sheet.id)


def test_session_proposals_consolidates_signed_sheets(session: GraderFile) -> None:
    j1 = add_juror(session, "Anne Martin", "president").id
    j2 = add_juror(session, "Bruno Petit", "professionnel").id
    j3 = add_juror(session, "Chloé Roux", "professionnel").id
    cand = add_candidate(session, "Dupont", "Élodie").id
    grade(session, j1, cand, "veille", {V1: "A", V2: "A", V3: "A"})
    grade(session, j2, cand, "veille", {V1: "NA", V2: "A", V3: "A"})
    grade(session, j3, cand, "veille", {V1: "A", V2: "NA", V3: "A"})
    grade(session, j1, cand, "oral", {O1: 2, O2: 2, O3: 2})
    # A draft does not count yet: its 0 would make CE.1 eliminatory.
    grade(session, j2, cand, "oral", {O1: 0, O2: 0, O3: 0}, sign=False)
    got = session_proposals(session, cand)
    assert set(got) == {"BC01", "BC03"}  # only the blocs of the session's épreuves
    assert got["BC01"].outcome == VALIDE  # majorities: A, A, A
    assert got["BC03"].outcome == VALIDE
    assert got["BC03"].points == 6.0


def test_session_proposals_excludes_recused_jurors(session: GraderFile) -> None:
    j1 = add_juror(session, "Anne Martin", "president").id
    j2 = add_juror(session, "Bruno Petit", "professionnel").id
    cand = add_candidate(session, "Dupont", "Élodie").id
    grade(session, j1, cand, "veille", {V1: "A", V2: "A", V3: "A"})
    grade(session, j2, cand, "veille", {V1: "NA", V2: "A", V3: "A"})
    assert session_proposals(session, cand)["BC01"].outcome == NON_VALIDE  # tie on CE.1
    with session.transaction() as s:
        s.add(Recusal(candidate_id=cand, juror_id=j2, reason="Ancien collègue du candidat"))
    assert session_proposals(session, cand)["BC01"].outcome == VALIDE


def test_session_proposals_without_sheets_is_incomplete(session: GraderFile) -> None:
    cand = add_candidate(session, "Dupont", "Élodie").id
    got = session_proposals(session, cand)
    assert got["BC01"].outcome == INCOMPLET
    assert got["BC01"].reason == "0/3 critères notés."


def test_session_proposals_honour_acquired_bloc(session: GraderFile) -> None:
    cand = add_candidate(session, "Dupont", "Élodie").id
    record_acquired_bloc(session, cand, "BC01", date(2024, 6, 12), "Session du 12/06/2024, Lyon")
    got = session_proposals(session, cand)
    assert got["BC01"].outcome == VALIDE
    assert got["BC01"].reason == "Bloc déjà acquis le 12/06/2024, Session du 12/06/2024, Lyon."
    assert got["BC03"].outcome == INCOMPLET
