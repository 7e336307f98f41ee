"""Where the jurors disagree, and what they flagged « À discuter ».

For each candidate × épreuve, the criteria on which the jurors taking part
(recused jurors left out) gave different values — on a points scale, values
further apart than the session's tolerance — and every criterion or whole
sheet a juror flagged for discussion, with the jurors' notes.

Signed sheets only by default: a draft is not yet the juror's word.
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from grader.grading.session_ops import list_candidates
from grader.grading.views import MarkView
from grader.grading.vocabulary import SIGNED
from grader.models.store import GraderFile
from grader.referential.model import Assessment, ScaleKind

Value = str | float | None

DIFFER = "differ"
FLAG = "flag"


@dataclass(frozen=True, slots=True)
class JurorGrid:
    """One juror's sheet as the deliberation reads it."""

    sheet_id: str
    juror_id: str
    candidate_id: str
    assessment_id: str
    status: str
    flag_discuss: bool
    flag_note: str
    observation: str
    marks: dict[str, MarkView]

    def values(self) -> dict[str, str | float]:
        """The marked criteria only: an unmarked criterion is absent, never ``None``."""
        return {c: m.value for c, m in self.marks.items() if m.value is not None}


@dataclass(frozen=True, slots=True)
class Disagreement:
    candidate_id: str
    assessment_id: str
    criterion_id: str  # "" for a whole sheet flagged « À discuter »
    kind: str  # differ | flag
    values: dict[str, Value]  # juror id → value (jurors who marked it)
    notes: list[str]  # « Nom du juré : texte »


def juror_grids(
    gfile: GraderFile, candidate_id: str | None = None, *, signed_only: bool = True
) -> list[JurorGrid]:
    """The sheets of the jurors taking part for each candidate (a recused
    juror's sheet is left out), by candidate, épreuve and juror."""
    where = "WHERE NOT EXISTS (SELECT 1 FROM recusal r WHERE r.candidate_id = s.candidate_id"
    where += " AND r.juror_id = s.juror_id)"
    params: list[str] = []
    if signed_only:
        where += " AND s.status = ?"
        params.append(SIGNED)
    if candidate_id is not None:
        where += " AND s.candidate_id = ?"
        params.append(candidate_id)
    with gfile.engine.connect() as conn:
        # The driver's own cursor: a whole session's marks are tens of
        # thousands of rows, and SQLAlchemy's row objects triple the reading.
        raw = conn.connection.driver_connection
        assert raw is not None
        sheets = raw.execute(
            "SELECT s.id, s.juror_id, s.candidate_id, s.assessment_id, s.status, s.flag_discuss,"
            f" s.flag_note, s.observation FROM sheet s {where}"
            " ORDER BY s.candidate_id, s.assessment_id, s.juror_id",
            tuple(params),
        ).fetchall()
        marks: dict[str, dict[str, MarkView]] = {r[0]: {} for r in sheets}
        query = ("SELECT m.sheet_id, m.criterion_id, m.level, m.points, m.observation,"
                 " m.flag_discuss, m.flag_note FROM mark m")
        if candidate_id is not None:
            query += " JOIN sheet s ON s.id = m.sheet_id WHERE s.candidate_id = ?"
        # For a whole session a plain scan of the marks, kept when their sheet
        # is, beats a join testing the recusals mark by mark.
        for sid, cid, level, points, obs, flag, note in raw.execute(
            query, (candidate_id,) if candidate_id is not None else ()
        ):
            kept = marks.get(sid)
            if kept is not None:
                kept[cid] = MarkView(cid, level, points, obs, bool(flag), note)
    return [
        JurorGrid(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], marks.get(r[0], {}))
        for r in sheets
    ]


def _juror_names(gfile: GraderFile) -> dict[str, str]:
    with gfile.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT id, name FROM juror").all())


def _points_tolerance(gfile: GraderFile) -> float:
    with gfile.engine.connect() as conn:
        value = conn.exec_driver_sql(
            "SELECT points_tolerance FROM jurysession WHERE id = ?", (gfile.session_id,)
        ).scalar()
    return float(value if value is not None else 1.0)


def _note(names: Mapping[str, str], juror_id: str, text: str) -> str:
    name = names.get(juror_id, juror_id)
    return f"{name} : {text}" if text else name


def _differ(values: list[Value], points: bool, tolerance: float) -> bool:
    if len(values) < 2:
        return False
    if points:
        numbers = [float(v) for v in values if v is not None]
        return max(numbers) - min(numbers) > tolerance + 1e-9
    return len(set(values)) > 1


def disagreements(
    gfile: GraderFile,
    candidate_id: str | None = None,
    *,
    signed_only: bool = True,
    grids: Sequence[JurorGrid] | None = None,
) -> list[Disagreement]:
    """Every disagreement and « À discuter » flag, in the référentiel's order
    of épreuves and criteria, candidate by candidate. ``grids``: the
    ``juror_grids`` of the same arguments, when the caller has read them."""
    ref = gfile.referential
    names = _juror_names(gfile)
    tolerance = _points_tolerance(gfile)
    by_item: dict[tuple[str, str], list[JurorGrid]] = defaultdict(list)
    if grids is None:
        grids = juror_grids(gfile, candidate_id, signed_only=signed_only)
    for grid in grids:
        by_item[(grid.candidate_id, grid.assessment_id)].append(grid)
    order = {a.id: i for i, a in enumerate(ref.assessments)}
    rank = {c.id: i for i, c in enumerate(list_candidates(gfile))}

    def item_order(item: tuple[str, str]) -> tuple[int, int]:
        return rank.get(item[0], len(rank)), order.get(item[1], len(order))

    found: list[Disagreement] = []
    for (cand, aid), grids in sorted(by_item.items(), key=lambda kv: item_order(kv[0])):
        try:
            assessment = ref.assessment(aid)
        except KeyError:
            continue
        found += item_disagreements(cand, assessment, grids, names, tolerance)
    return found


# Read-only members (properties): the classes that match are frozen dataclasses.
class _GradedMark(Protocol):
    @property
    def value(self) -> Value: ...
    @property
    def observation(self) -> str: ...
    @property
    def flag_discuss(self) -> bool: ...
    @property
    def flag_note(self) -> str: ...


class GradedSheet(Protocol):
    """What the comparison needs of one juror's sheet (a JurorGrid or a SheetView)."""

    @property
    def juror_id(self) -> str: ...
    @property
    def flag_discuss(self) -> bool: ...
    @property
    def flag_note(self) -> str: ...
    @property
    def marks(self) -> Mapping[str, _GradedMark]: ...


def item_disagreements(
    candidate_id: str,
    assessment: Assessment,
    grids: Sequence[GradedSheet],
    names: Mapping[str, str],
    tolerance: float,
) -> list[Disagreement]:
    """The disagreements and flags of one candidate × épreuve, in criteria
    order: the single definition the lead's screen and the exports share."""
    aid = assessment.id
    found: list[Disagreement] = []
    flagged = {g.juror_id: g.flag_note for g in grids if g.flag_discuss}
    if flagged:
        notes = [_note(names, j, n) for j, n in flagged.items()]
        found.append(Disagreement(candidate_id, aid, "", FLAG, {}, notes))
    points = assessment.scale.kind is ScaleKind.POINTS
    for criterion in assessment.criteria:
        marks = {g.juror_id: g.marks[criterion.id] for g in grids if criterion.id in g.marks}
        values: dict[str, Value] = {j: m.value for j, m in marks.items() if m.value is not None}
        if _differ(list(values.values()), points, tolerance):
            observations = [
                _note(names, j, m.observation) for j, m in marks.items() if m.observation
            ]
            found.append(
                Disagreement(candidate_id, aid, criterion.id, DIFFER, values, observations)
            )
        flags = {j: m.flag_note for j, m in marks.items() if m.flag_discuss}
        if flags:
            notes = [_note(names, j, n) for j, n in flags.items()]
            found.append(Disagreement(candidate_id, aid, criterion.id, FLAG, values, notes))
    return found
