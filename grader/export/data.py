"""Everything an export needs, read once from the session file into plain
frozen objects.

The one place the exports read the database. Private deliberation notes
(``DeliberationNote``) are never read here, so no export can print them.
Marks are read without their update time (no export prints it), which lets
identical marks share one view.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import select

from grader.grading.deliberation_table import (
    Acquisition,
    CandidateRow,
    DeliberationTable,
    TableCell,
    candidate_row,
    deliberation_table,
    deliberation_table_of,
)
from grader.grading.integrity import require_intact
from grader.grading.session_ops import list_candidates, list_jurors, session_view
from grader.grading.views import CandidateView, JurorView, MarkView, SessionView, SheetView, as_utc
from grader.grading.vocabulary import BlocState, Outcome
from grader.models import tables
from grader.models.store import GraderFile
from grader.referential.model import Assessment, Bloc, Referential

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CandidateResult:
    """One candidate as the documents print them: their row of the
    deliberation table (states and outcome, never recomputed here) and the
    sheets of the jurors taking part."""

    candidate: CandidateView
    row: CandidateRow
    sheets: dict[str, tuple[SheetView, ...]]  # assessment id → sheets of jurors taking part
    recused: frozenset[str] = frozenset()

    @property
    def blocs(self) -> dict[str, TableCell]:
        """The cells of the blocs evaluated in this session, in the référentiel's order."""
        return {c.bloc_code: c for c in self.row.cells if c.evaluated}

    @property
    def acquired(self) -> dict[str, Acquisition]:
        """Every bloc acquired in an earlier session (evaluated here or not)."""
        return {
            c.bloc_code: c.acquired
            for c in self.row.cells
            if c.state is BlocState.DEJA_ACQUIS and c.acquired is not None
        }

    @property
    def outcome(self) -> Outcome:
        return self.row.outcome

    @property
    def outcome_label(self) -> str:
        return self.row.outcome_label


@dataclass(frozen=True, slots=True)
class ExportData:
    session: SessionView
    referential: Referential
    assessments: tuple[Assessment, ...]  # evaluated in this session
    blocs: tuple[Bloc, ...]  # with at least one evaluated assessment
    jurors: tuple[JurorView, ...]
    candidates: tuple[CandidateResult, ...]  # alphabetical, accents ignored
    table: DeliberationTable
    _jurors_by_id: dict[str, JurorView] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self._jurors_by_id.update({j.id: j for j in self.jurors})

    @property
    def closed(self) -> bool:
        return self.session.closed_at is not None

    def juror(self, juror_id: str) -> JurorView | None:
        return self._jurors_by_id.get(juror_id)

    def candidate(self, candidate_id: str) -> CandidateResult:
        for c in self.candidates:
            if c.candidate.id == candidate_id:
                return c
        raise KeyError(candidate_id)


def _load_sheets(gfile: GraderFile, candidate_id: str | None) -> list[SheetView]:
    """All sheets with their marks, in two queries on the driver's own
    cursor: a session holds tens of thousands of marks, and SQLAlchemy's row
    objects and datetime conversion cost more than the reading itself."""
    join, where = "", ""
    params: tuple[str, ...] = ()
    if candidate_id is not None:
        join = "JOIN sheet s ON s.id = m.sheet_id"
        where, params = "WHERE s.candidate_id = ?", (candidate_id,)
    with gfile.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        mark_rows = raw.execute(
            "SELECT m.sheet_id, m.criterion_id, m.level, m.points, m.observation, m.flag_discuss,"
            f" m.flag_note FROM mark m {join} {where}"
            " ORDER BY m.sheet_id, m.criterion_id",
            params,
        ).fetchall()
        rows = raw.execute(
            "SELECT s.id, s.session_id, s.juror_id, s.candidate_id, s.assessment_id, s.status,"
            " s.version, s.observation, s.flag_discuss, s.flag_note, s.timer_elapsed_seconds,"
            f" s.signed_at, s.digest, s.updated_at, s.signature, s.created_at FROM sheet s {where}",
            params,
        ).fetchall()
    marks: dict[str, dict[str, MarkView]] = defaultdict(dict)
    # No export prints when a mark was last changed, so marks are read
    # without their time: then the same level on the same criterion is one
    # shared (immutable) view instead of tens of thousands of objects.
    shared: dict[tuple[Any, ...], MarkView] = {}
    for row in mark_rows:
        key = row[1:]
        view = shared.get(key)
        if view is None:
            cid, level, points, obs, flag, note = key
            view = shared[key] = MarkView(cid, level, points, obs, bool(flag), note)
        marks[row[0]][row[1]] = view
    return [
        SheetView(
            id=r[0],
            session_id=r[1],
            juror_id=r[2],
            candidate_id=r[3],
            assessment_id=r[4],
            status=r[5],
            version=r[6],
            observation=r[7],
            flag_discuss=bool(r[8]),
            flag_note=r[9],
            timer_elapsed_seconds=r[10] or 0,
            signed_at=_dt(r[11]),
            digest=r[12],
            marks=marks.get(r[0], {}),  # already in criterion order
            updated_at=_dt(r[13]) or datetime.min,
            signature=r[14],
            created_at=_dt(r[15]),
        )
        for r in rows
    ]


def _dt(value: object) -> datetime | None:
    """A stored time, which SQLite keeps as naive UTC text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    try:
        # Parsing with the zone in the text is several times faster than
        # replacing it afterwards, and there are tens of thousands of marks.
        return datetime.fromisoformat(f"{value}+00:00")
    except ValueError:  # the text already carries a zone
        return as_utc(datetime.fromisoformat(str(value)))


def gather(
    gfile: GraderFile, candidate_id: str | None = None, progress: Progress | None = None
) -> ExportData:
    """Read the session (or only one candidate) for the exports."""
    # A signed sheet altered outside grader: no document until it is repaired.
    require_intact(gfile)
    referential = gfile.referential
    session = session_view(gfile)
    chosen = set(session.assessment_ids)
    assessments = tuple(a for a in referential.assessments if not chosen or a.id in chosen)
    evaluated = {a.id for a in assessments}
    blocs = tuple(b for b in referential.blocs if any(a.id in evaluated for a in b.assessments))
    jurors = tuple(list_jurors(gfile))
    candidates = list_candidates(gfile)
    if candidate_id is not None:
        candidates = [c for c in candidates if c.id == candidate_id]
    with gfile.new_session() as s:
        recusals = s.exec(select(tables.Recusal)).all()
    recused: dict[str, set[str]] = defaultdict(set)
    for r in recusals:
        recused[r.candidate_id].add(r.juror_id)
    sheets_by: dict[str, dict[str, list[SheetView]]] = defaultdict(lambda: defaultdict(list))
    juror_rank = {j.id: i for i, j in enumerate(jurors)}
    for sheet in _load_sheets(gfile, candidate_id):
        if sheet.juror_id not in recused[sheet.candidate_id] and sheet.assessment_id in evaluated:
            sheets_by[sheet.candidate_id][sheet.assessment_id].append(sheet)
    if candidate_id is None:
        table = deliberation_table(gfile)
    else:
        table = deliberation_table_of(gfile, [candidate_row(gfile, c.id) for c in candidates])
    results = []
    for n, cand in enumerate(candidates, start=1):
        sheets = {
            aid: tuple(sorted(lst, key=lambda sh: juror_rank.get(sh.juror_id, len(juror_rank))))
            for aid, lst in sheets_by[cand.id].items()
        }
        results.append(
            CandidateResult(
                candidate=cand,
                row=table.row(cand.id),
                sheets=sheets,
                recused=frozenset(recused[cand.id]),
            )
        )
        if progress is not None:
            progress(n, len(candidates))
    return ExportData(
        session=session,
        referential=referential,
        assessments=assessments,
        blocs=blocs,
        jurors=jurors,
        candidates=tuple(results),
        table=table,
    )
