"""The deliberation table: every candidate × bloc state and every candidate's
outcome, computed once for a whole session.

The lead's window, the CLI, the PV, the attestations, the evaluation sheets,
the workbook and the RGPD export are views of this table; none of them
recomputes an outcome. It is built in bulk: a handful of queries for the
whole session, whatever the number of candidates (``deliberation_table``),
or for one candidate after a change (``candidate_row``), then pure code
(``build_rows``).

A cell is in exactly one state (``BlocState``):

- ``deja_acquis``: the bloc was capitalised in an earlier session (with its
  date and session); no decision is taken on it here;
- ``non_evalue``: no épreuve of the bloc in this session (« restant à valider »);
- ``absent``: the candidate was absent for the session, or the jury recorded
  them absent for this bloc;
- ``valide`` / ``non_valide``: the jury's decision;
- ``non_delibere``: evaluated here, and no decision recorded — or two facts
  contradict each other (a decision over an acquired bloc in an older file),
  which closure refuses until resolved.

The outcome (``Outcome``): ``absent`` for a candidate absent for the session;
``non_delibere`` as soon as one bloc is ``non_delibere`` (never counted as
certified nor failed, even after a forced closure); otherwise ``certifie``
when every bloc of the référentiel is ``valide`` or ``deja_acquis``,
``validation_partielle`` when some are, ``non_certifie`` when none is.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from grader.grading.bloc_rules import Proposal, Value
from grader.grading.consolidate import propose_blocs
from grader.grading.session_ops import list_candidates, session_view
from grader.grading.views import CandidateView, SessionView, as_utc, candidate_view, local_time
from grader.grading.vocabulary import (
    ABSENT,
    BLOC_OUTCOME_LABELS,
    BLOC_STATE_LABELS,
    DEJA_ACQUIS,
    NON_VALIDE,
    OUTCOME_LABELS,
    SIGNED,
    VALIDE,
    BlocState,
    Outcome,
)
from grader.models.store import GraderFile
from grader.models.tables import Candidate
from grader.referential.model import Bloc, Referential


@dataclass(frozen=True, slots=True)
class Acquisition:
    """A bloc validated in an earlier session."""

    bloc_code: str
    acquired_on: date | None  # None only for a « déjà acquis » decision of an older file
    source_session: str


@dataclass(frozen=True, slots=True)
class Decision:
    """The jury's recorded decision on one candidate × bloc."""

    bloc_code: str
    decided: str  # valide | non_valide | absent (deja_acquis in older files)
    proposed: str  # what the rule proposed when it was recorded
    motivation: str
    decided_by: str
    decided_at: datetime | None


@dataclass(frozen=True, slots=True)
class TableCell:
    """One candidate × bloc of the table."""

    bloc_code: str
    state: BlocState
    evaluated: bool  # an épreuve of the bloc is evaluated in this session
    proposal: Proposal | None  # the rule's proposal (None when not evaluated here)
    decision: Decision | None
    acquired: Acquisition | None
    contradiction: str = ""  # French sentence; the state is then non_delibere

    @property
    def label(self) -> str:
        """The printed word: « Validé », « Déjà acquis (13/06/2025) », « Non délibéré »…"""
        text = BLOC_STATE_LABELS[self.state]
        if self.state is BlocState.DEJA_ACQUIS and self.acquired and self.acquired.acquired_on:
            text += f" ({self.acquired.acquired_on:%d/%m/%Y})"
        return text

    @property
    def proposal_label(self) -> str:
        """« Validé », « Non validé », « Incomplet », or "" when not evaluated here."""
        if self.proposal is None:
            return ""
        return BLOC_OUTCOME_LABELS.get(self.proposal.outcome, self.proposal.outcome)

    @property
    def motivation(self) -> str:
        return self.decision.motivation if self.decision else ""

    @property
    def decided_by(self) -> str:
        return self.decision.decided_by if self.decision else ""

    @property
    def holds(self) -> bool:
        """The bloc counts towards the certification."""
        return self.state in (BlocState.VALIDE, BlocState.DEJA_ACQUIS)


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """One candidate: a cell per bloc of the référentiel, in its order, and the outcome."""

    candidate: CandidateView
    cells: tuple[TableCell, ...]
    outcome: Outcome
    reason: str  # French sentence: which blocs are held, failed, still to decide

    def cell(self, bloc_code: str) -> TableCell:
        for c in self.cells:
            if c.bloc_code == bloc_code:
                return c
        raise KeyError(bloc_code)

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    @property
    def held(self) -> tuple[TableCell, ...]:
        """The blocs the candidate holds (validated here or acquired earlier)."""
        return tuple(c for c in self.cells if c.holds)

    @property
    def contradictions(self) -> tuple[str, ...]:
        return tuple(c.contradiction for c in self.cells if c.contradiction)


@dataclass(frozen=True, slots=True)
class DeliberationTable:
    session: SessionView
    referential: Referential
    blocs: tuple[Bloc, ...]  # every bloc of the référentiel, in its order
    evaluated: frozenset[str]  # codes of the blocs with an épreuve in this session
    rows: tuple[CandidateRow, ...]  # alphabetical, accents ignored
    _by_id: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({r.candidate.id: i for i, r in enumerate(self.rows)})

    @property
    def closed(self) -> bool:
        return self.session.closed_at is not None

    @property
    def evaluated_blocs(self) -> tuple[Bloc, ...]:
        return tuple(b for b in self.blocs if b.code in self.evaluated)

    def row(self, candidate_id: str) -> CandidateRow:
        return self.rows[self._by_id[candidate_id]]

    def with_row(self, row: CandidateRow) -> "DeliberationTable":
        """The same table with one candidate's row replaced (after a decision)."""
        rows = list(self.rows)
        rows[self._by_id[row.candidate.id]] = row
        return DeliberationTable(self.session, self.referential, self.blocs, self.evaluated,
                                 tuple(rows))  # fmt: skip

    def totals(self) -> dict[str, int]:
        """How many candidates per outcome code (every outcome, zeros included)."""
        counts = Counter(r.outcome for r in self.rows)
        return {str(o): counts.get(o, 0) for o in Outcome}

    def undecided(self) -> list[tuple[str, str]]:
        """(candidate id, bloc code) still ``non_delibere``."""
        return [
            (r.candidate.id, c.bloc_code)
            for r in self.rows
            for c in r.cells
            if c.state is BlocState.NON_DELIBERE
        ]

    def contradictions(self) -> list[str]:
        return [text for r in self.rows for text in r.contradictions]


# -- pure construction ---------------------------------------------------------


def _cell(
    candidate: CandidateView,
    bloc: Bloc,
    evaluated: bool,
    proposal: Proposal | None,
    decision: Decision | None,
    acquired: Acquisition | None,
) -> TableCell:
    def make(state: BlocState, contradiction: str = "") -> TableCell:
        return TableCell(bloc.code, state, evaluated, proposal, decision, acquired, contradiction)

    if acquired is not None:
        if decision is not None:
            # Only an older file can hold both: the refusals prevent it today.
            words = BLOC_OUTCOME_LABELS.get(decision.decided, decision.decided)
            when = f" le {acquired.acquired_on:%d/%m/%Y}" if acquired.acquired_on else ""
            return make(
                BlocState.NON_DELIBERE,
                f"{candidate.display_name}, bloc {bloc.code} : enregistré comme déjà acquis"
                f"{when} et décidé « {words} » dans cette session. Retirez la décision "
                "ou le bloc acquis.",
            )
        return make(BlocState.DEJA_ACQUIS)
    if not evaluated:
        return make(BlocState.NON_EVALUE)
    if not candidate.present:
        if decision is not None:
            return make(
                BlocState.NON_DELIBERE,
                f"{candidate.display_name} est noté(e) absent(e) et une décision est "
                f"enregistrée pour le bloc {bloc.code}. Retirez la décision ou notez "
                "le candidat présent.",
            )
        return make(BlocState.ABSENT)
    if decision is None:
        return make(BlocState.NON_DELIBERE)
    if decision.decided == VALIDE:
        return make(BlocState.VALIDE)
    if decision.decided == NON_VALIDE:
        return make(BlocState.NON_VALIDE)
    if decision.decided == ABSENT:
        return make(BlocState.ABSENT)
    if decision.decided == DEJA_ACQUIS:  # older files: a decision instead of a record
        return make(BlocState.DEJA_ACQUIS)
    return make(
        BlocState.NON_DELIBERE,
        f"{candidate.display_name}, bloc {bloc.code} : décision inconnue « {decision.decided} ».",
    )


def _codes(cells: Iterable[TableCell]) -> str:
    return ", ".join(c.bloc_code for c in cells)


def _outcome(candidate: CandidateView, cells: Sequence[TableCell]) -> tuple[Outcome, str]:
    held = [c for c in cells if c.holds]
    undecided = [c for c in cells if c.state is BlocState.NON_DELIBERE]
    failed = [c for c in cells if c.state in (BlocState.NON_VALIDE, BlocState.ABSENT)]
    later = [c for c in cells if c.state is BlocState.NON_EVALUE]
    parts = []
    if held:
        parts.append(f"Blocs validés : {', '.join(_held_text(c) for c in held)}.")
    if undecided:
        parts.append(f"Blocs non délibérés : {_codes(undecided)}.")
    if failed and candidate.present:
        parts.append(f"Blocs non validés : {_codes(failed)}.")
    if later:
        parts.append(f"Blocs restant à valider (non évalués dans cette session) : {_codes(later)}.")
    if not candidate.present:
        outcome = Outcome.ABSENT
        parts.insert(0, "Absent(e) à la session.")
    elif undecided:
        outcome = Outcome.NON_DELIBERE
    elif len(held) == len(cells):
        outcome = Outcome.CERTIFIE
        parts.insert(0, f"Tous les blocs sont validés ({len(held)}/{len(cells)}).")
    elif held:
        outcome = Outcome.VALIDATION_PARTIELLE
    else:
        outcome = Outcome.NON_CERTIFIE
        parts.insert(0, "Aucun bloc validé.")
    return outcome, " ".join(parts)


def _held_text(cell: TableCell) -> str:
    if cell.state is BlocState.DEJA_ACQUIS and cell.acquired and cell.acquired.acquired_on:
        return f"{cell.bloc_code} (acquis le {cell.acquired.acquired_on:%d/%m/%Y})"
    return cell.bloc_code


SignedValues = Mapping[str, Sequence[Mapping[str, Value]]]


def build_row(
    referential: Referential,
    evaluated_assessments: frozenset[str],
    candidate: CandidateView,
    signed: SignedValues,
    decisions: Mapping[str, Decision],
    acquired: Mapping[str, Acquisition],
) -> CandidateRow:
    """One candidate's row from what was read about them: ``signed`` is, per
    épreuve, one ``{criterion id: value}`` per signed sheet of a juror taking
    part; ``decisions`` and ``acquired`` are by bloc code. Pure."""
    if not referential.certification.capitalisable:
        acquired = {}
    proposals = propose_blocs(referential, evaluated_assessments, signed, {})
    cells = []
    for bloc in referential.blocs:
        evaluated = any(a.id in evaluated_assessments for a in bloc.assessments)
        cells.append(
            _cell(
                candidate,
                bloc,
                evaluated,
                proposals.get(bloc.code),
                decisions.get(bloc.code),
                acquired.get(bloc.code),
            )
        )
    outcome, reason = _outcome(candidate, cells)
    return CandidateRow(candidate, tuple(cells), outcome, reason)


# -- reading, in bulk ----------------------------------------------------------


@dataclass(slots=True)
class _Reads:
    decisions: dict[str, dict[str, Decision]]
    acquired: dict[str, dict[str, Acquisition]]
    signed: dict[str, dict[str, list[dict[str, Value]]]]


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _datetime(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    return as_utc(datetime.fromisoformat(str(value)))


def _read(gfile: GraderFile, candidate_id: str | None) -> _Reads:
    """Decisions, acquisitions and signed marks of the session (or of one
    candidate): four queries on the driver's cursor, whatever the size."""
    where, params = ("WHERE candidate_id = ?", (candidate_id,)) if candidate_id else ("", ())
    sheet_where = "AND s.candidate_id = ?" if candidate_id else ""
    result = _Reads(defaultdict(dict), defaultdict(dict), defaultdict(lambda: defaultdict(list)))
    with gfile.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        for cand, bloc, decided, proposed, motivation, by, at in raw.execute(
            "SELECT candidate_id, bloc_code, decided, proposed, motivation, decided_by, "
            f"decided_at FROM blocdecision {where}",
            params,
        ):
            result.decisions[cand][bloc] = Decision(
                bloc, decided, proposed, motivation or "", by or "", _datetime(at)
            )
        for cand, bloc, on, source in raw.execute(
            "SELECT candidate_id, bloc_code, acquired_on, source_session FROM acquiredbloc "
            + where,
            params,
        ):
            result.acquired[cand][bloc] = Acquisition(bloc, _date(on), source or "")
        recused = set(
            raw.execute(f"SELECT candidate_id, juror_id FROM recusal {where}", params).fetchall()
        )
        # The signed sheets, then their marks: for the whole session a plain
        # scan of the marks beats a join walking the index sheet by sheet.
        per_sheet: dict[str, tuple[str, str, str, dict[str, Value]]] = {
            sheet_id: (cand, assessment, juror, {})
            for sheet_id, cand, juror, assessment in raw.execute(
                "SELECT s.id, s.candidate_id, s.juror_id, s.assessment_id FROM sheet s"
                f" WHERE s.status = ? {sheet_where}",
                (SIGNED, *params),
            )
        }
        marks = "SELECT m.sheet_id, m.criterion_id, COALESCE(m.level, m.points) FROM mark m"
        if candidate_id:
            marks += " JOIN sheet s ON s.id = m.sheet_id WHERE s.candidate_id = ?"
        for sheet_id, criterion, value in raw.execute(marks, params):
            entry = per_sheet.get(sheet_id)
            if entry is not None and value is not None:
                entry[3][criterion] = value
    # Jurors in a stable order, whatever the storage order: the bulk table
    # and one candidate's row consolidate the same values the same way.
    for cand, assessment, juror, values in sorted(
        per_sheet.values(), key=lambda e: (e[0], e[1], e[2])
    ):
        if (cand, juror) not in recused:
            result.signed[cand][assessment].append(values)
    return result


def _evaluated_assessments(referential: Referential, session: SessionView) -> frozenset[str]:
    chosen = set(session.assessment_ids)
    return frozenset(a.id for a in referential.assessments if not chosen or a.id in chosen)


def deliberation_table(gfile: GraderFile) -> DeliberationTable:
    """The whole session's table, in one pass."""
    referential = gfile.referential
    session = session_view(gfile)
    evaluated = _evaluated_assessments(referential, session)
    reads = _read(gfile, None)
    rows = tuple(
        build_row(
            referential,
            evaluated,
            cand,
            reads.signed.get(cand.id, {}),
            reads.decisions.get(cand.id, {}),
            reads.acquired.get(cand.id, {}),
        )
        for cand in list_candidates(gfile)
    )
    return _table(referential, session, evaluated, rows)


def _table(
    referential: Referential,
    session: SessionView,
    evaluated: frozenset[str],
    rows: Iterable[CandidateRow],
) -> DeliberationTable:
    codes = frozenset(
        b.code for b in referential.blocs if any(a.id in evaluated for a in b.assessments)
    )
    return DeliberationTable(session, referential, referential.blocs, codes, tuple(rows))


def deliberation_table_of(gfile: GraderFile, rows: Iterable[CandidateRow]) -> DeliberationTable:
    """A table holding only ``rows`` (one candidate's documents)."""
    session = session_view(gfile)
    evaluated = _evaluated_assessments(gfile.referential, session)
    return _table(gfile.referential, session, evaluated, rows)


def candidate_row(gfile: GraderFile, candidate_id: str) -> CandidateRow:
    """One candidate's row, read afresh (after a decision, a withdrawal, a
    presence change): the same few queries restricted to that candidate.
    Raises ``KeyError`` for an unknown candidate."""
    referential = gfile.referential
    with gfile.new_session() as s:
        row = s.get(Candidate, candidate_id)
        if row is None:
            raise KeyError(candidate_id)
        cand = candidate_view(row)
    evaluated = _evaluated_assessments(referential, session_view(gfile))
    reads = _read(gfile, candidate_id)
    return build_row(
        referential,
        evaluated,
        cand,
        reads.signed.get(candidate_id, {}),
        reads.decisions.get(candidate_id, {}),
        reads.acquired.get(candidate_id, {}),
    )


def table_json(table: DeliberationTable) -> dict[str, Any]:
    """The table as plain JSON data (``grader deliberation show --json``):
    states and outcomes as their codes, times in local time with their offset."""
    session = table.session
    return {
        "session": {
            "id": session.id,
            "closed": session.closed_at is not None,
            "closed_at": local_time(session.closed_at).isoformat() if session.closed_at else None,
            "closed_by": session.closed_by if session.closed_at else None,
        },
        "blocs": [{"code": b.code, "title": b.title} for b in table.blocs],
        "candidates": [
            {
                "id": r.candidate.id,
                "external_id": r.candidate.external_id,
                "last_name": r.candidate.last_name,
                "first_name": r.candidate.first_name,
                "birth_date": r.candidate.birth_date.isoformat()
                if r.candidate.birth_date else None,
                "present": r.candidate.present,
                "blocs": [
                    {
                        "code": c.bloc_code,
                        "state": str(c.state),
                        "proposal": c.proposal.outcome if c.proposal else None,
                        "decided_by": c.decided_by or None,
                        "motivation": c.motivation or None,
                        "acquired_on": c.acquired.acquired_on.isoformat()
                        if c.state is BlocState.DEJA_ACQUIS and c.acquired
                        and c.acquired.acquired_on else None,
                    }
                    for c in r.cells
                ],
                "outcome": str(r.outcome),
            }
            for r in table.rows
        ],
    }  # fmt: skip
