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
from datetime import date, datetime
from typing import Any

from sqlmodel import select

from grader.grading.bloc_rules import Proposal
from grader.grading.consolidate import (
    CertificationProposal,
    propose_blocs,
    propose_certification,
)
from grader.grading.session_ops import list_candidates, list_jurors, session_view
from grader.grading.views import CandidateView, JurorView, MarkView, SessionView, SheetView, as_utc
from grader.grading.vocabulary import (
    BLOC_OUTCOME_LABELS,
    CERTIFICATION_LABELS,
    DEJA_ACQUIS,
    SIGNED,
)
from grader.models import tables
from grader.models.store import GraderFile
from grader.referential.model import Assessment, Bloc, Referential

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Acquired:
    bloc_code: str
    acquired_on: date
    source_session: str


@dataclass(frozen=True, slots=True)
class BlocLine:
    """One candidate × bloc: the jury's decision (``None`` until decided) and
    what the rule proposes from the signed sheets."""

    bloc_code: str
    decided: str | None
    proposal: Proposal
    motivation: str = ""
    decided_at: datetime | None = None
    acquired: Acquired | None = None

    @property
    def outcome(self) -> str:
        """The decision, or the proposal while the jury has not decided."""
        return self.decided or self.proposal.outcome

    @property
    def label(self) -> str:
        """« Validé », « Déjà acquis (12/06/2025) », « À délibérer (proposé : Validé) »."""
        if self.decided is None:
            proposed = BLOC_OUTCOME_LABELS.get(self.proposal.outcome, self.proposal.outcome)
            return f"À délibérer (proposé : {proposed})"
        text = BLOC_OUTCOME_LABELS.get(self.decided, self.decided)
        if self.decided == DEJA_ACQUIS and self.acquired is not None:
            text += f" ({self.acquired.acquired_on:%d/%m/%Y})"
        return text


@dataclass(frozen=True, slots=True)
class CandidateResult:
    candidate: CandidateView
    blocs: dict[str, BlocLine]  # the session's blocs, in the référentiel's order
    acquired: dict[str, Acquired]  # every bloc acquired in an earlier session
    certification: CertificationProposal
    sheets: dict[str, tuple[SheetView, ...]]  # assessment id → sheets of jurors taking part
    recused: frozenset[str] = frozenset()

    @property
    def outcome_label(self) -> str:
        return CERTIFICATION_LABELS.get(self.certification.outcome, self.certification.outcome)


@dataclass(frozen=True, slots=True)
class ExportData:
    session: SessionView
    referential: Referential
    assessments: tuple[Assessment, ...]  # evaluated in this session
    blocs: tuple[Bloc, ...]  # with at least one evaluated assessment
    jurors: tuple[JurorView, ...]
    candidates: tuple[CandidateResult, ...]  # alphabetical, accents ignored
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
        decisions = {
            (d.candidate_id, d.bloc_code): d for d in s.exec(select(tables.BlocDecision)).all()
        }
        acquired_rows = s.exec(select(tables.AcquiredBloc)).all()
        recusals = s.exec(select(tables.Recusal)).all()
    acquired: dict[str, dict[str, Acquired]] = defaultdict(dict)
    for a in acquired_rows:
        acquired[a.candidate_id][a.bloc_code] = Acquired(
            a.bloc_code, a.acquired_on, a.source_session
        )
    recused: dict[str, set[str]] = defaultdict(set)
    for r in recusals:
        recused[r.candidate_id].add(r.juror_id)
    sheets_by: dict[str, dict[str, list[SheetView]]] = defaultdict(lambda: defaultdict(list))
    juror_rank = {j.id: i for i, j in enumerate(jurors)}
    for sheet in _load_sheets(gfile, candidate_id):
        if sheet.juror_id not in recused[sheet.candidate_id] and sheet.assessment_id in evaluated:
            sheets_by[sheet.candidate_id][sheet.assessment_id].append(sheet)
    capitalisable = referential.certification.capitalisable
    results = []
    for n, cand in enumerate(candidates, start=1):
        sheets = {
            aid: tuple(sorted(lst, key=lambda sh: juror_rank.get(sh.juror_id, len(juror_rank))))
            for aid, lst in sheets_by[cand.id].items()
        }
        earlier = acquired[cand.id] if capitalisable else {}
        signed = {
            aid: [sh.values() for sh in lst if sh.status == SIGNED] for aid, lst in sheets.items()
        }
        proposals = propose_blocs(referential, evaluated, signed, earlier)
        lines = {}
        for bloc in blocs:
            d = decisions.get((cand.id, bloc.code))
            lines[bloc.code] = BlocLine(
                bloc_code=bloc.code,
                decided=d.decided if d is not None else None,
                proposal=proposals[bloc.code],
                motivation=d.motivation if d is not None else "",
                decided_at=as_utc(d.decided_at) if d is not None else None,
                acquired=earlier.get(bloc.code),
            )
        certification = propose_certification(
            referential,
            {code: line.outcome for code, line in lines.items()},
            {code: acq.acquired_on for code, acq in earlier.items()},
        )
        results.append(
            CandidateResult(
                candidate=cand,
                blocs=lines,
                acquired=dict(earlier),
                certification=certification,
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
    )
