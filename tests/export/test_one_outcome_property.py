"""One outcome everywhere: random session states (decisions, withdrawals,
acquired blocs, absences, forced closure), then every candidate's and bloc's
outcome read back from the PV text, the attestations, the Synthèse sheet,
the RGPD export, ``deliberation show --json`` and the lead's table model
(built whole, then row by row as after a decision) must be the table's."""

import contextlib
import io
import json
import shutil
import tempfile
from datetime import date
from functools import cache
from pathlib import Path

from helpers import build_session, failing, passing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from grader.cli import main
from grader.errors import Refusal
from grader.export import export_attestations, export_candidate_data, export_pv, export_workbook
from grader.export.pv import cell_text
from grader.grading import capitalisation, deliberation
from grader.grading.deliberation_table import DeliberationTable, deliberation_table
from grader.grading.merge import merge_juror_files
from grader.grading.session_ops import list_candidates
from grader.grading.typography import french
from grader.grading.vocabulary import OUTCOME_TOTAL_LABELS, BlocState, Outcome
from grader.models.store import GraderFile, open_file
from grader.ui.lead.candidates_blocs_model import CandidatesBlocsModel, certification_label
from grader.ui.lead.controller import LeadController

from .pdf_reading import page_texts

BY = "Alice MARTIN"
BLOCS = ("BC01", "BC02", "BC03", "BC04")
MOTIVE = "Motivation du jury, assez longue."


@cache
def base_session() -> Path:
    """Three candidates graded by three jurors (pass, fail, fail), merged."""
    root = Path(tempfile.mkdtemp(prefix="one-outcome-"))
    path, paths = build_session(root, pick=[passing, failing, failing])
    with open_file(path) as g:
        assert merge_juror_files(g, paths).ok
    return path


candidate = st.integers(0, 2)
bloc = st.sampled_from(BLOCS)
operation = st.one_of(
    st.tuples(st.just("decide"), candidate, bloc, st.sampled_from(deliberation.DECISIONS)),
    st.tuples(st.just("withdraw"), candidate, bloc),
    st.tuples(st.just("acquire"), candidate, bloc),
    st.tuples(st.just("unacquire"), candidate, bloc),
    st.tuples(st.just("presence"), candidate, st.booleans()),
)


def flat(text: str) -> str:
    for space in ("\u00a0", "\u202f"):
        text = text.replace(space, " ")
    return " ".join(text.split())


def in_order(text: str, words: list[str]) -> bool:
    at = 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


def check_pv(table: DeliberationTable, path: Path) -> None:
    text = flat(" ".join(page_texts(path)))
    results = text[text.index("Résultats") : text.index("Totaux")]
    rows = table.rows
    for n, row in enumerate(rows):
        start = results.index(row.candidate.display_name)
        end = results.find(rows[n + 1].candidate.display_name) if n + 1 < len(rows) else None
        segment = results[start:end]
        expected = [cell_text(c, table.closed) for c in row.cells if c.evaluated]
        assert in_order(segment, [*expected, row.outcome_label]), (segment, expected)
    totals = table.totals()
    for code, label in OUTCOME_TOTAL_LABELS.items():
        assert f"{label} {totals[code]}" in text


def check_attestations(table: DeliberationTable, paths: list[Path]) -> None:
    partial = [r for r in table.rows if r.outcome is Outcome.VALIDATION_PARTIELLE]
    texts = [flat(t) for p in paths for t in page_texts(p)] if paths else []
    assert len(texts) == len(partial)
    for row, page in zip(partial, texts, strict=True):
        assert row.candidate.last_name.upper() in page
        for cell in row.held:
            assert cell.bloc_code in page


def check_synthesis(table: DeliberationTable, path: Path) -> None:
    ws = load_workbook(path)["Synthèse"]
    header = [c.value for c in ws[2]]
    rows = {r[1]: r for r in ws.iter_rows(min_row=3, values_only=True)}
    for row in table.rows:
        got = rows[row.candidate.last_name.upper()]
        for cell in row.cells:
            if cell.evaluated:
                # Cells are written in French typography (« proposé : … »).
                assert got[header.index(cell.bloc_code)] == french(cell_text(cell, table.closed))
        assert got[header.index("Résultat")] == french(row.outcome_label)


def check_json(table: DeliberationTable, session: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["deliberation", "show", "--json", str(session)]) == 0
    data = json.loads(out.getvalue())
    assert data["session"]["closed"] == table.closed
    for got, row in zip(data["candidates"], table.rows, strict=True):
        assert got["id"] == row.candidate.id
        assert got["outcome"] == row.outcome
        assert got["present"] == row.candidate.present
        assert [(b["code"], b["state"]) for b in got["blocs"]] == [
            (c.bloc_code, c.state) for c in row.cells
        ]


def check_rgpd(table: DeliberationTable, gfile: GraderFile, out: Path) -> None:
    for row in table.rows:
        paths = export_candidate_data(gfile, row.candidate.id, out)
        payload = json.loads(next(p for p in paths if p.suffix == ".json").read_text("utf-8"))
        assert payload["Résultat"] == row.outcome_label
        assert {b["Bloc"]: b["Résultat"] for b in payload["Blocs"]} == {
            c.bloc_code: c.label for c in row.cells
        }


# What the lead's cell shows first, for each state of the table.
LEAD_CELL_START = {
    BlocState.VALIDE: "Validé",
    BlocState.NON_VALIDE: "Non validé",
    BlocState.DEJA_ACQUIS: "Déjà acquis",
    BlocState.ABSENT: "Absent",
    BlocState.NON_DELIBERE: "Proposé : ",
}


def check_lead_model(table: DeliberationTable, gfile: GraderFile) -> None:
    ctrl = LeadController(gfile)
    model = CandidatesBlocsModel()
    model.set_data(ctrl.blocs, ctrl.lines())

    def compare() -> None:
        last = model.columnCount() - 1
        for row in table.rows:
            r = model.row_of(row.candidate.id)
            assert model.index(r, last).data() == certification_label(row.outcome)
            assert model.line(r).certification == row.outcome
            for bloc in ctrl.blocs:
                index = model.index(r, model.bloc_column(bloc.code))
                cell = model.cell(index)
                assert cell is not None
                assert cell.state == row.cell(bloc.code).state
                assert str(index.data()).startswith(LEAD_CELL_START[cell.state])
                if cell.state in (BlocState.ABSENT, BlocState.DEJA_ACQUIS):
                    # Nothing to settle where no decision is awaited.
                    assert index.data(Qt.ItemDataRole.BackgroundRole) is None

    compare()
    for row in table.rows:  # the refresh after a decision: one row read again
        model.update_line(ctrl.line(row.candidate.id))
    compare()


@settings(max_examples=12, suppress_health_check=[HealthCheck.too_slow])
@given(operations=st.lists(operation, max_size=10), close=st.booleans())
def test_every_document_reads_the_same_outcome(
    qapp: object, operations: list[tuple], close: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session = Path(tmp) / "session.jury"
        shutil.copyfile(base_session(), session)
        with open_file(session) as g:
            ids = [c.id for c in list_candidates(g)]
            for op in operations:
                kind, who = op[0], ids[op[1]]
                # Refused operations change nothing: that is part of the test.
                with contextlib.suppress(Refusal):
                    if kind == "decide":
                        deliberation.record_decision(g, who, op[2], op[3], MOTIVE, BY)
                    elif kind == "withdraw":
                        deliberation.withdraw_decision(g, who, op[2], BY)
                    elif kind == "acquire":
                        capitalisation.record_acquired_bloc(
                            g, who, op[2], date(2025, 6, 13), "Juin 2025"
                        )
                    elif kind == "unacquire":
                        capitalisation.remove_acquired_bloc(g, who, op[2])
                    else:
                        deliberation.set_candidate_presence(g, who, op[2])
            if close:
                deliberation.close_deliberation(g, BY, force=True)
            table = deliberation_table(g)
            assert not table.contradictions()
            out = Path(tmp) / "out"
            check_pv(table, export_pv(g, out))
            check_attestations(table, export_attestations(g, out))
            check_synthesis(table, export_workbook(g, out))
            check_rgpd(table, g, out)
            check_lead_model(table, g)
        check_json(table, session)
