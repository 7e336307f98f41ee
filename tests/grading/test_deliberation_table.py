"""The deliberation table: one state per candidate × bloc, one outcome per
candidate, built in bulk and equal to the one-candidate recomputation."""

from datetime import date
from pathlib import Path

import pytest
from helpers import build_session, failing, passing

from grader.grading.capitalisation import record_acquired_bloc
from grader.grading.deliberation import record_decision
from grader.grading.deliberation_table import candidate_row, deliberation_table
from grader.grading.merge import merge_juror_files
from grader.grading.rules import session_proposals
from grader.grading.session_ops import add_candidate, list_candidates
from grader.grading.vocabulary import BlocState, Outcome
from grader.models.store import GraderFile, open_file


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
