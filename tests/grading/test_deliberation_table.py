"""The deliberation table: one state per candidate × bloc, one outcome per
candidate, built in bulk and equal to the one-candidate recomputation."""

from datetime import date
from pathlib import Path

import pytest
from helpers import build_session, failing, passing

from grader.grading.capitalisation import record_acquired_bloc
from grader.grading.deliberation import record_decision
from grader.grading.deliberation_table import (
    Acquisition,
    CandidateRow,
    Decision,
    build_row,
    candidate_row,
    deliberation_table,
)
from grader.grading.merge import merge_juror_files
from grader.grading.rules import session_proposals
from grader.grading.session_ops import add_candidate, list_candidates
from grader.grading.views import CandidateView
from grader.grading.vocabulary import BlocState, Outcome
from grader.models.store import GraderFile, open_file
from grader.referential.loader import load_referential, load_referential_text
from grader.referential.model import Referential


@pytest.fixture
def session(tmp_path: Path) -> GraderFile:
    path, paths = build_session(tmp_path, pick=[passing, failing, failing])
    gfile = open_file(path)
    assert merge_juror_files(gfile, paths).ok
    yield gfile
    gfile.close()


def test_fresh_session_is_not_deliberated(session: GraderFile) -> None:
    table = deliberation_table(session)
    assert [b.code for b in table.blocs] == ["BC01", "BC02", "BC03", "BC04"]
    assert len(table.rows) == 3
    for row in table.rows:
        assert row.outcome is Outcome.NON_DELIBERE
        assert {c.state for c in row.cells} == {BlocState.NON_DELIBERE}
        # The proposals are the rule's, as the one-candidate path computes them.
        proposals = session_proposals(session, row.candidate.id)
        assert {c.bloc_code: c.proposal.outcome for c in row.cells if c.proposal} == {
            code: p.outcome for code, p in proposals.items()
        }
    assert table.totals()[Outcome.NON_DELIBERE] == 3
    assert len(table.undecided()) == 12


def test_states_and_outcomes(session: GraderFile) -> None:
    a, b, c = (x.id for x in list_candidates(session))
    motive = "Compétence démontrée à l'oral."
    for code in ("BC01", "BC02", "BC03", "BC04"):
        record_decision(session, a, code, "valide", motive, "Alice Martin")
        record_decision(session, b, code, "non_valide", "Critères non acquis.", "Alice Martin")
    record_acquired_bloc(session, c, "BC02", date(2025, 6, 13), "Session de juin 2025")
    record_decision(session, c, "BC01", "valide", motive, "Alice Martin")
    table = deliberation_table(session)
    assert table.row(a).outcome is Outcome.CERTIFIE
    assert table.row(b).outcome is Outcome.NON_CERTIFIE
    row_c = table.row(c)
    assert row_c.cell("BC02").state is BlocState.DEJA_ACQUIS
    assert row_c.cell("BC02").label == "Déjà acquis (13/06/2025)"
    assert row_c.outcome is Outcome.NON_DELIBERE  # BC03, BC04 still to decide
    for code in ("BC03", "BC04"):
        record_decision(session, c, code, "non_valide", "Critères non acquis.", "Alice Martin")
    assert candidate_row(session, c).outcome is Outcome.VALIDATION_PARTIELLE
    # The one-row path and the bulk path agree on every row.
    table = deliberation_table(session)
    for row in table.rows:
        assert candidate_row(session, row.candidate.id) == row


def test_absent_candidate_and_unevaluated_blocs(tmp_path: Path) -> None:
    path, paths = build_session(tmp_path, pick=passing, assessment_ids=("veille",))
    with open_file(path) as g:
        assert merge_juror_files(g, paths).ok
        extra = add_candidate(g, "Zola", "Émile")
        with g.transaction() as s:
            from grader.models.tables import Candidate

            row = s.get(Candidate, extra.id)
            assert row is not None
            row.present = False
        table = deliberation_table(g)
        row = table.row(extra.id)
        assert row.outcome is Outcome.ABSENT
        evaluated = table.evaluated
        for cell in row.cells:
            expected = BlocState.ABSENT if cell.bloc_code in evaluated else BlocState.NON_EVALUE
            assert cell.state is expected
        assert table.totals()[Outcome.ABSENT] == 1


# -- the outcome across blocs, from the pure row builder ------------------------
MINI = Path(__file__).resolve().parents[1] / "data" / "mini.yaml"
EVERY = ("BC01", "BC02", "BC03", "BC04")


def row_of(
    ref: Referential,
    decided: dict[str, str],
    acquired: dict[str, date] | None = None,
    evaluated: tuple[str, ...] = EVERY,
) -> CandidateRow:
    """A present candidate's row: ``decided`` by bloc, blocs acquired earlier,
    the session evaluating the épreuves of the ``evaluated`` blocs."""
    candidate = CandidateView("c1", "", "Dupont", "Élodie", "", "", "", "", 1.0)
    assessments = frozenset(a.id for b in ref.blocs if b.code in evaluated for a in b.assessments)
    decisions = {code: Decision(code, d, d, "Motivation du jury.", "Alice Martin", None)
                 for code, d in decided.items()}
    earlier = {code: Acquisition(code, on, "Session antérieure")
               for code, on in (acquired or {}).items()}
    return build_row(ref, assessments, candidate, {}, decisions, earlier)


def test_every_bloc_validated_certifies() -> None:
    row = row_of(load_referential(MINI), dict.fromkeys(EVERY, "valide"))
    assert row.outcome is Outcome.CERTIFIE
    assert row.reason.startswith("Tous les blocs sont validés (4/4).")


def test_blocs_acquired_earlier_complete_the_certification() -> None:
    row = row_of(load_referential(MINI), {"BC03": "valide", "BC04": "valide"},
                 {"BC01": date(2024, 6, 12), "BC02": date(2025, 1, 20)})
    assert row.outcome is Outcome.CERTIFIE
    assert "BC01 (acquis le 12/06/2024)" in row.reason
    assert "BC02 (acquis le 20/01/2025)" in row.reason


def test_partial_validation_names_the_blocs_not_validated() -> None:
    row = row_of(load_referential(MINI), {"BC01": "valide", "BC02": "non_valide",
                                          "BC03": "absent"}, {"BC04": date(2024, 6, 12)})
    assert row.outcome is Outcome.VALIDATION_PARTIELLE
    assert [c.bloc_code for c in row.held] == ["BC01", "BC04"]
    assert "Blocs non validés : BC02, BC03." in row.reason


def test_no_bloc_validated_is_not_certified() -> None:
    row = row_of(load_referential(MINI), dict.fromkeys(EVERY, "non_valide"))
    assert (row.outcome, row.held) == (Outcome.NON_CERTIFIE, ())


def test_one_bloc_without_decision_leaves_the_outcome_undecided() -> None:
    row = row_of(load_referential(MINI), {"BC01": "valide", "BC03": "non_valide"},
                 {"BC04": date(2024, 6, 12)})
    assert row.outcome is Outcome.NON_DELIBERE
    assert "Blocs non délibérés : BC02." in row.reason


def test_not_capitalisable_ignores_blocs_acquired_earlier() -> None:
    text = MINI.read_text(encoding="utf-8").replace(
        "jury:\n", "certification: {rule: all_blocs, capitalisable: false}\njury:\n", 1)
    ref = load_referential_text(text, source="non-capitalisable.yaml")
    others = ("BC02", "BC03", "BC04")
    row = row_of(ref, dict.fromkeys(others, "valide"), {"BC01": date(2024, 6, 12)},
                 evaluated=others)
    assert row.outcome is Outcome.VALIDATION_PARTIELLE
    assert row.cell("BC01").state is BlocState.NON_EVALUE
    assert "BC01" not in [c.bloc_code for c in row.held]


def test_a_bloc_not_assessed_in_the_session_is_still_to_validate_not_failed() -> None:
    ref = load_referential(MINI)
    row = row_of(ref, {"BC01": "non_valide"}, evaluated=("BC01",))
    assert row.outcome is Outcome.NON_CERTIFIE
    assert "Blocs non validés : BC01." in row.reason
    assert ("Blocs restant à valider (non évalués dans cette session) : BC02, BC03, BC04."
            in row.reason)
    partial = row_of(ref, {"BC01": "valide"}, evaluated=("BC01",))
    assert partial.outcome is Outcome.VALIDATION_PARTIELLE
    assert "non validés" not in partial.reason
