"""Deliberation rules: motivation, recusal, certification, lock after closing."""

from datetime import date
from pathlib import Path

import pytest
from helpers import build_session, failing, passing

from grader.grading.capitalisation import record_acquired_bloc
from grader.grading.deliberation import (
    DecisionRefused,
    DecisionsMissing,
    SessionClosed,
    candidate_summary,
    certification_outcome,
    close_deliberation,
    decisions,
    is_closed,
    lift_recusal,
    private_note,
    record_decision,
    recusals,
    recuse_juror,
    set_private_note,
)
from grader.grading.merge import merge_juror_files
from grader.grading.rules import session_proposals
from grader.grading.session_ops import list_candidates, list_jurors
from grader.models.store import GraderFile, open_file

BLOCS = ("BC01", "BC02", "BC03", "BC04")


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
        record_decision(session, cand, "BC01", "non_valide")
    with pytest.raises(DecisionRefused, match="doit être motivée"):
        record_decision(session, cand, "BC02", "valide")  # departs from the proposal
    view = record_decision(session, cand, "BC01", "non_valide", "Veille absente.", "Mme Jury")
    assert (view.proposed, view.decided, view.motivation) == (
        "non_valide",
        "non_valide",
        "Veille absente.",
    )
    view = record_decision(session, cand, "BC01", "valide", "Rattrapé à l'oral.")
    assert view.decided == "valide"
    assert decisions(session)[cand]["BC01"].motivation == "Rattrapé à l'oral."
    with pytest.raises(DecisionRefused, match="inconnue"):
        record_decision(session, cand, "BC01", "peut-etre", "x")
    with pytest.raises(DecisionRefused, match="pas évalué"):
        record_decision(session, cand, "BC99", "valide", "x")


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
    assert record_decision(session, cand, "BC02", "valide").proposed == "valide"
    other = list_candidates(session)[1].id
    assert session_proposals(session, other)["BC01"].outcome == "non_valide"
    lift_recusal(session, cand, chloe)
    assert session_proposals(session, cand)["BC01"].outcome == "non_valide"  # 1 pass / 1 fail
    with pytest.raises(DecisionRefused, match="pas récusé"):
        lift_recusal(session, cand, chloe)
    assert alice


def test_certification_outcomes(session: GraderFile) -> None:
    a, b, c = (x.id for x in list_candidates(session))
    for code in BLOCS:
        record_decision(session, a, code, "valide", "Le jury valide.")
        record_decision(session, b, code, "non_valide", "Critères non acquis.")
    record_decision(session, c, "BC01", "valide", "Le jury valide.")
    assert certification_outcome(session, a).outcome == "certifie"
    assert certification_outcome(session, b).outcome == "non_certifie"
    assert certification_outcome(session, c).outcome == "incomplet"
    for code in BLOCS[1:]:
        record_decision(session, c, code, "non_valide", "Critères non acquis.")
    outcome = certification_outcome(session, c)
    assert (outcome.outcome, outcome.validated) == ("partielle", ("BC01",))


def test_earlier_acquisition_needs_no_decision_nor_motivation(session: GraderFile) -> None:
    cand = _first(session)
    record_acquired_bloc(session, cand, "BC03", date(2024, 6, 12), "Session de juin 2024")
    assert record_decision(session, cand, "BC03", "deja_acquis").decided == "deja_acquis"
    other = list_candidates(session)[1].id
    with pytest.raises(DecisionRefused, match="motivée"):
        record_decision(session, other, "BC03", "deja_acquis")


def test_close_refused_while_decisions_are_missing_then_locked(session: GraderFile) -> None:
    cands = list_candidates(session)
    for code in BLOCS:
        record_decision(session, cands[0].id, code, "non_valide", "Insuffisant.")
    with pytest.raises(DecisionsMissing) as refused:
        close_deliberation(session, "Mme la Présidente")
    assert len(refused.value.missing) == 8
    assert cands[1].display_name in str(refused.value)
    assert not is_closed(session)
    set_private_note(session, cands[0].id, "Très stressé, à revoir en 2025.")
    close_deliberation(session, "Mme la Présidente", force=True)
    assert is_closed(session)
    with pytest.raises(SessionClosed, match="clôturée"):
        record_decision(session, cands[1].id, "BC01", "non_valide", "Trop tard.")
    with pytest.raises(SessionClosed):
        recuse_juror(session, cands[0].id, list_jurors(session)[0].id, "Trop tard")
    with pytest.raises(SessionClosed):
        set_private_note(session, cands[0].id, "changement")
    with pytest.raises(SessionClosed):
        close_deliberation(session, "Quelqu'un")
    assert private_note(session, cands[0].id) == "Très stressé, à revoir en 2025."


def test_candidate_summary_never_contains_private_notes(session: GraderFile) -> None:
    cand = list_candidates(session)[0]
    set_private_note(session, cand.id, "NOTE-SECRETE")
    record_decision(session, cand.id, "BC01", "valide", "Bon oral.", "M. Président")
    summary = candidate_summary(session)
    assert "NOTE-SECRETE" not in repr(summary)
    first = summary[0]
    assert first["name"] == cand.display_name
    bc01 = next(b for b in first["blocs"] if b["bloc"] == "BC01")
    assert (bc01["proposed"], bc01["decided"], bc01["motivation"]) == (
        "non_valide",
        "valide",
        "Bon oral.",
    )
    assert first["certification"]["outcome"] == "incomplet"
