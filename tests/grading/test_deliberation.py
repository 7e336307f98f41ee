"""Deliberation rules: motivation, recusal, certification, lock after closing."""

from datetime import date
from pathlib import Path

import pytest
from helpers import build_session, failing, passing

from grader.grading.capitalisation import CapitalisationError, record_acquired_bloc
from grader.grading.deliberation import (
    DecisionRefused,
    DecisionsMissing,
    SessionClosed,
    close_deliberation,
    decisions,
    is_closed,
    lift_recusal,
    private_note,
    record_decision,
    recusals,
    recuse_juror,
    set_candidate_presence,
    set_private_note,
    withdraw_decision,
)
from grader.grading.deliberation_table import candidate_row, deliberation_table
from grader.grading.jury_checks import composition_sentence
from grader.grading.merge import merge_juror_files
from grader.grading.rules import session_proposals
from grader.grading.session_ops import list_candidates, list_jurors, set_juror_presence
from grader.grading.vocabulary import BlocState, Outcome
from grader.models.store import GraderFile, open_file
from grader.models.tables import AcquiredBloc

BLOCS = ("BC01", "BC02", "BC03", "BC04")
BY = "Alice MARTIN"  # a present member of the jury


@pytest.fixture
def session(tmp_path: Path) -> GraderFile:
    """Alice passes everything; Bruno and Chloé fail everything: the majority
    (and the lower median, and the mean of points) propose « non validé »."""
    path, paths = build_session(tmp_path, pick=[passing, failing, failing])
    gfile = open_file(path)
    assert merge_juror_files(gfile, paths).ok
    yield gfile
    gfile.close()


def _first(gfile: GraderFile) -> str:
    return list_candidates(gfile)[0].id


def test_motivation_required_for_non_valide_and_departures(session: GraderFile) -> None:
    cand = _first(session)
    assert session_proposals(session, cand)["BC01"].outcome == "non_valide"
    with pytest.raises(DecisionRefused, match="doit être motivée"):
        record_decision(session, cand, "BC01", "non_valide", "", BY)
    with pytest.raises(DecisionRefused, match="doit être motivée"):
        record_decision(session, cand, "BC02", "valide", "", BY)  # departs from the proposal
    with pytest.raises(DecisionRefused, match="au moins 15 caractères"):
        record_decision(session, cand, "BC02", "valide", "Bien.", BY)
    view = record_decision(session, cand, "BC01", "non_valide", "Veille absente du dossier.", BY)
    assert (view.proposed, view.decided, view.motivation, view.decided_by) == (
        "non_valide",
        "non_valide",
        "Veille absente du dossier.",
        "Alice MARTIN",
    )
    view = record_decision(session, cand, "BC01", "valide", "Rattrapé à l'oral, démontré.", BY)
    assert view.decided == "valide"
    assert decisions(session)[cand]["BC01"].motivation == "Rattrapé à l'oral, démontré."
    with pytest.raises(DecisionRefused, match="inconnue"):
        record_decision(session, cand, "BC01", "peut-etre", "x", BY)
    with pytest.raises(DecisionRefused, match="pas évalué"):
        record_decision(session, cand, "BC99", "valide", "x", BY)


def test_a_decision_is_recorded_by_a_present_member(session: GraderFile) -> None:
    cand = _first(session)
    motive = "Veille absente du dossier."
    with pytest.raises(DecisionRefused, match="Indiquez quel membre"):
        record_decision(session, cand, "BC01", "non_valide", motive)
    with pytest.raises(DecisionRefused, match="n'est pas membre du jury"):
        record_decision(session, cand, "BC01", "non_valide", motive, "M. Inconnu")
    bruno = next(j for j in list_jurors(session) if j.name == "Bruno PETIT")
    set_juror_presence(session, bruno.id, False)
    with pytest.raises(DecisionRefused, match="absent"):
        record_decision(session, cand, "BC01", "non_valide", motive, "bruno petit")
    assert decisions(session) == {}
    # Case and accents ignored; the member's own spelling is stored.
    view = record_decision(session, cand, "BC01", "non_valide", motive, "alice martin")
    assert view.decided_by == "Alice MARTIN"


def test_recusal_excludes_the_sheets_from_the_proposals(session: GraderFile) -> None:
    cand = _first(session)
    alice, bruno, chloe = (j.id for j in list_jurors(session))
    with pytest.raises(DecisionRefused, match="motif"):
        recuse_juror(session, cand, bruno, "  ")
    recuse_juror(session, cand, bruno, "Ancien tuteur du candidat")
    recuse_juror(session, cand, chloe, "Conflit d'intérêts")
    assert recusals(session, cand) == {
        bruno: "Ancien tuteur du candidat", chloe: "Conflit d'intérêts"
    }
    assert recusals(session, list_candidates(session)[1].id) == {}
    assert {p.outcome for p in session_proposals(session, cand).values()} == {"valide"}
    # A decision that follows the proposal needs no motivation.
    assert record_decision(session, cand, "BC02", "valide", "", BY).proposed == "valide"
    other = list_candidates(session)[1].id
    assert session_proposals(session, other)["BC01"].outcome == "non_valide"
    lift_recusal(session, cand, chloe)
    assert session_proposals(session, cand)["BC01"].outcome == "non_valide"  # 1 pass / 1 fail
    with pytest.raises(DecisionRefused, match="pas récusé"):
        lift_recusal(session, cand, chloe)
    assert alice


def test_outcomes_read_from_the_table(session: GraderFile) -> None:
    a, b, c = (x.id for x in list_candidates(session))
    for code in BLOCS:
        record_decision(session, a, code, "valide", "Le jury valide ce bloc.", BY)
        record_decision(session, b, code, "non_valide", "Critères non acquis.", BY)
    record_decision(session, c, "BC01", "valide", "Le jury valide ce bloc.", BY)
    table = deliberation_table(session)
    assert table.row(a).outcome is Outcome.CERTIFIE
    assert table.row(b).outcome is Outcome.NON_CERTIFIE
    assert table.row(c).outcome is Outcome.NON_DELIBERE
    for code in BLOCS[1:]:
        record_decision(session, c, code, "non_valide", "Critères non acquis.", BY)
    row = candidate_row(session, c)
    assert row.outcome is Outcome.VALIDATION_PARTIELLE
    assert [cell.bloc_code for cell in row.held] == ["BC01"]


def test_an_acquired_bloc_is_not_decided_again(session: GraderFile) -> None:
    cand = _first(session)
    record_acquired_bloc(session, cand, "BC03", date(2024, 6, 12), "Session de juin 2024")
    for decided in ("valide", "non_valide"):
        with pytest.raises(DecisionRefused, match="déjà acquis depuis le 12/06/2024"):
            record_decision(session, cand, "BC03", decided, "Une motivation assez longue.", BY)
    with pytest.raises(DecisionRefused, match="n'est pas une décision"):
        record_decision(session, cand, "BC03", "deja_acquis", "", BY)
    assert decisions(session) == {}
    assert candidate_row(session, cand).cell("BC03").state is BlocState.DEJA_ACQUIS


def test_acquired_over_a_decision_is_refused_until_withdrawn(session: GraderFile) -> None:
    cand = _first(session)
    record_decision(session, cand, "BC02", "non_valide", "Critères non acquis.", BY)
    with pytest.raises(CapitalisationError, match="décision"):
        record_acquired_bloc(session, cand, "BC02", date(2024, 6, 12), "Juin 2024")
    assert candidate_row(session, cand).cell("BC02").state is BlocState.NON_VALIDE
    withdraw_decision(session, cand, "BC02", BY)
    assert candidate_row(session, cand).cell("BC02").state is BlocState.NON_DELIBERE
    with pytest.raises(DecisionRefused, match="rien à retirer"):
        withdraw_decision(session, cand, "BC02", BY)
    record_acquired_bloc(session, cand, "BC02", date(2024, 6, 12), "Juin 2024")
    assert candidate_row(session, cand).cell("BC02").label == "Déjà acquis (12/06/2024)"


def test_absent_candidate(session: GraderFile) -> None:
    a, b, _c = (x.id for x in list_candidates(session))
    record_decision(session, a, "BC01", "non_valide", "Critères non acquis.", BY)
    with pytest.raises(DecisionRefused, match="Retirez-les"):
        set_candidate_presence(session, a, False)
    assert candidate_row(session, a).candidate.present
    set_candidate_presence(session, b, False)
    with pytest.raises(DecisionRefused, match="absent"):
        record_decision(session, b, "BC01", "non_valide", "Critères non acquis.", BY)
    row = candidate_row(session, b)
    assert row.outcome is Outcome.ABSENT
    assert {cell.state for cell in row.cells} == {BlocState.ABSENT}


def test_close_refused_while_decisions_are_missing_then_locked(session: GraderFile) -> None:
    cands = list_candidates(session)
    for code in BLOCS:
        record_decision(session, cands[0].id, code, "non_valide", "Critères non acquis.", BY)
    with pytest.raises(DecisionsMissing) as refused:
        close_deliberation(session, "Mme la Présidente")
    assert len(refused.value.missing) == 8
    assert cands[1].display_name in str(refused.value)
    assert not is_closed(session)
    set_private_note(session, cands[0].id, "Très stressé, à revoir en 2025.")
    close_deliberation(session, "Mme la Présidente", force=True, reason="Jury écourté")
    assert is_closed(session)
    table = deliberation_table(session)
    assert table.session.closure_note == (
        "Clôture forcée : 8 bloc(s) non délibéré(s), sans résultat ; motif : Jury écourté."
    )
    # A forced closure decides nothing: the undecided stay « non délibéré ».
    assert [r.outcome for r in table.rows] == [
        Outcome.NON_CERTIFIE, Outcome.NON_DELIBERE, Outcome.NON_DELIBERE
    ]
    with pytest.raises(SessionClosed, match="clôturée"):
        record_decision(session, cands[1].id, "BC01", "non_valide", "Trop tard pour ça.", BY)
    with pytest.raises(SessionClosed):
        recuse_juror(session, cands[0].id, list_jurors(session)[0].id, "Trop tard")
    with pytest.raises(SessionClosed):
        set_private_note(session, cands[0].id, "changement")
    with pytest.raises(SessionClosed):
        close_deliberation(session, "Quelqu'un")
    assert private_note(session, cands[0].id) == "Très stressé, à revoir en 2025."


def test_closure_refused_while_a_contradiction_exists(session: GraderFile) -> None:
    """An older file may hold a decision over an acquired bloc: even a forced
    closure waits until one of them is withdrawn."""
    cand = _first(session)
    record_decision(session, cand, "BC01", "non_valide", "Critères non acquis.", BY)
    with session.transaction() as s:
        s.add(AcquiredBloc(candidate_id=cand, bloc_code="BC01", acquired_on=date(2024, 6, 1),
                           source_session="Juin 2024"))  # fmt: skip
    cell = candidate_row(session, cand).cell("BC01")
    assert cell.state is BlocState.NON_DELIBERE
    assert "Retirez la décision" in cell.contradiction
    with pytest.raises(DecisionRefused, match="contradiction"):
        close_deliberation(session, "Mme la Présidente", force=True)
    assert not is_closed(session)
    withdraw_decision(session, cand, "BC01", BY)
    assert candidate_row(session, cand).cell("BC01").state is BlocState.DEJA_ACQUIS


def test_closure_refused_when_the_composition_is_not_met(session: GraderFile) -> None:
    cands = list_candidates(session)
    for cand in cands:
        for code in BLOCS:
            record_decision(session, cand.id, code, "non_valide", "Critères non acquis.", BY)
    bruno = next(j for j in list_jurors(session) if j.name == "Bruno PETIT")
    set_juror_presence(session, bruno.id, False)
    assert composition_sentence(session.referential.jury, list_jurors(session))
    with pytest.raises(DecisionRefused, match="Composition du jury non conforme"):
        close_deliberation(session, "Alice MARTIN")
    assert not is_closed(session)
    close_deliberation(session, "Alice MARTIN", force=True)
    note = deliberation_table(session).session.closure_note
    assert note == "Clôture forcée : composition du jury non conforme au référentiel."
