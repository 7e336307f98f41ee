"""Grading a sheet: each call is one committed transaction with its audit event.

A mark is written on every keystroke in the exam room, so the write path
uses SQLAlchemy Core statements (compiled once and cached by SQLAlchemy)
rather than the ORM, and the criterion → scale index is memoised per file.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlmodel import Session
from sqlmodel import select as sm_select

from grader.errors import Refusal
from grader.grading.audit import AUDIT_INSERT_SQL, audit_row, log_event
from grader.grading.views import MarkView, SheetView, sheet_view_of
from grader.grading.vocabulary import SIGNED
from grader.models import tables
from grader.models.store import GraderFile
from grader.models.tables import db_timestamp, new_id, utc_now
from grader.referential import Scale, ScaleKind
from grader.referential.model import Criterion

# SQLModel sets __table__ on table=True classes at runtime; its types do not declare it.
_SHEET = tables.Sheet.__table__  # type: ignore[attr-defined]
_MARK = tables.Mark.__table__  # type: ignore[attr-defined]
MARK_FIELDS = ("level", "points", "observation", "flag_discuss", "flag_note")

_SHEET_STATE = select(_SHEET.c.status, _SHEET.c.assessment_id, _SHEET.c.candidate_id).where(
    _SHEET.c.id == bindparam("sid")
)
_UPSERT_MARK = sqlite_insert(_MARK)
_UPSERT_MARK = _UPSERT_MARK.on_conflict_do_update(
    index_elements=[_MARK.c.sheet_id, _MARK.c.criterion_id],
    set_={f: _UPSERT_MARK.excluded[f] for f in (*MARK_FIELDS, "updated_at")},
)
_EMPTY_MARK: dict[str, Any] = {f: getattr(MarkView("", None, None), f) for f in MARK_FIELDS}
_TOUCH_SHEET = update(_SHEET).where(_SHEET.c.id == bindparam("sid"))


class SheetLocked(Refusal):
    """A signed sheet cannot change; ``str(exc)`` says so in French."""


class SheetNotFound(Refusal):
    """No sheet with that id in this file."""


@dataclass(frozen=True, slots=True)
class CriterionInfo:
    assessment_id: str
    scale: Scale
    criterion: Criterion

    @property
    def label(self) -> str:
        return self.criterion.code or self.criterion.text[:40]


def criteria_index(gfile: GraderFile) -> dict[str, CriterionInfo]:
    index: dict[str, CriterionInfo] | None = gfile.cache.get("criteria")
    if index is None:
        index = {
            c.id: CriterionInfo(a.id, a.scale, c)
            for a in gfile.referential.assessments
            for c in a.criteria
        }
        gfile.cache["criteria"] = index
    return index


def validate_value(info: CriterionInfo, level: str | None, points: float | None) -> None:
    """French ``ValueError`` when the value does not fit the criterion's scale."""
    scale, label = info.scale, info.label
    if scale.kind is ScaleKind.POINTS:
        if level is not None:
            raise Refusal(f"{label} se note en points, pas avec un niveau (« {level} »).")
        if points is not None:
            top = info.criterion.max_points or scale.max_points or 0
            if not 0 <= points <= top:
                raise Refusal(f"{label} : {points:g} points est hors barème (de 0 à {top:g}).")
        return
    if points is not None:
        raise Refusal(f"{label} se note avec un niveau ({scale.label}), pas en points.")
    if level is not None and scale.level(level) is None:
        allowed = ", ".join(f"{lv.code} ({lv.label})" for lv in scale.levels)
        raise Refusal(f"{label} : niveau « {level} » inconnu. Niveaux possibles : {allowed}.")


def _locked_message(gfile: GraderFile, candidate_id: str, assessment_id: str) -> str:
    # A separate read: the refusal path may come from a bare DBAPI transaction.
    with gfile.new_session() as s:
        cand = s.get(tables.Candidate, candidate_id)
        row = (cand.last_name, cand.first_name) if cand else None
    who = f"{row[0].upper()} {row[1]}" if row else "ce candidat"
    try:
        what = gfile.referential.assessment(assessment_id).title
    except KeyError:
        what = assessment_id
    return (
        f"La grille de {who} ({what}) est signée : elle ne peut plus être modifiée. "
        "Rouvrez-la (en indiquant le motif) pour la corriger."
    )


def _editable_sheet(gfile: GraderFile, conn: Connection, sheet_id: str) -> tuple[str, str]:
    """(assessment_id, candidate_id) of a draft sheet, or the French refusal."""
    row = conn.execute(_SHEET_STATE, {"sid": sheet_id}).first()
    if row is None:
        raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
    status, assessment_id, candidate_id = row
    if status == SIGNED:
        raise SheetLocked(_locked_message(gfile, candidate_id, assessment_id))
    return assessment_id, candidate_id


# The hot path in plain SQL on the DBAPI cursor (GraderFile.cursor_transaction):
# SQLAlchemy's per-statement and session bookkeeping was most of a mark's cost.
_STATE_SQL = (
    f"SELECT s.status, s.assessment_id, s.candidate_id, "
    f"{', '.join('m.' + f for f in MARK_FIELDS)} FROM {_SHEET.name} s "
    f"LEFT JOIN {_MARK.name} m ON m.sheet_id = s.id AND m.criterion_id = ? WHERE s.id = ?"
)
_UPSERT_SQL = (
    f"INSERT INTO {_MARK.name} (id, sheet_id, criterion_id, {', '.join(MARK_FIELDS)}, updated_at) "
    f"VALUES ({', '.join('?' * (len(MARK_FIELDS) + 4))}) "
    "ON CONFLICT (sheet_id, criterion_id) DO UPDATE SET "
    + ", ".join(f"{f} = excluded.{f}" for f in (*MARK_FIELDS, "updated_at"))
)
_TOUCH_SQL = f"UPDATE {_SHEET.name} SET updated_at = ? WHERE id = ?"


def _diff(
    old: dict[str, Any], new: dict[str, Any], keys: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the audit keeps: only the fields that really changed, old → new."""
    changed = [k for k in keys if old[k] != new[k]]
    return {k: old[k] for k in changed}, {k: new[k] for k in changed}


def _write_mark(
    gfile: GraderFile, sheet_id: str, criterion_id: str, action: str, changes: dict[str, Any]
) -> MarkView:
    info = criteria_index(gfile).get(criterion_id)
    if info is None:
        raise Refusal(f"Critère inconnu dans le référentiel de la session : {criterion_id}.")
    if "level" in changes or "points" in changes:
        validate_value(info, changes.get("level"), changes.get("points"))
    now = utc_now()
    stamp = db_timestamp(now)
    with gfile.cursor_transaction() as cur:
        row = cur.execute(_STATE_SQL, (criterion_id, sheet_id)).fetchone()
        if row is None:
            raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
        status, assessment_id, candidate_id, *mark = row
        if status == SIGNED:
            raise SheetLocked(_locked_message(gfile, candidate_id, assessment_id))
        if info.assessment_id != assessment_id:
            raise Refusal(
                f"Le critère {info.label} n'appartient pas à l'épreuve de cette grille "
                f"({assessment_id})."
            )
        old = dict(_EMPTY_MARK)
        if mark[2] is not None:  # observation is NOT NULL: the mark row exists
            old = dict(zip(MARK_FIELDS, mark, strict=True))
            old["flag_discuss"] = bool(old["flag_discuss"])
        new = {**old, **changes}
        cur.execute(
            _UPSERT_SQL,
            (new_id(), sheet_id, criterion_id, *(new[f] for f in MARK_FIELDS), stamp),
        )
        cur.execute(_TOUCH_SQL, (stamp, sheet_id))
        before, after = _diff(old, new, changes)
        entity_id = f"{sheet_id}/{criterion_id}"
        cur.execute(
            AUDIT_INSERT_SQL, audit_row(gfile, action, "mark", entity_id, before, after, now)
        )
    return MarkView(criterion_id=criterion_id, updated_at=now, **new)


def set_mark(
    gfile: GraderFile,
    sheet_id: str,
    criterion_id: str,
    *,
    level: str | None = None,
    points: float | None = None,
) -> MarkView:
    """Record a criterion's level (or points); both ``None`` clears it."""
    if points is not None:
        points = float(points)
    return _write_mark(
        gfile, sheet_id, criterion_id, "mark.set", {"level": level, "points": points}
    )


def clear_mark(gfile: GraderFile, sheet_id: str, criterion_id: str) -> MarkView:
    return _write_mark(gfile, sheet_id, criterion_id, "mark.clear", {"level": None, "points": None})


def set_mark_observation(
    gfile: GraderFile, sheet_id: str, criterion_id: str, text: str
) -> MarkView:
    return _write_mark(gfile, sheet_id, criterion_id, "mark.observation", {"observation": text})


def set_mark_flag(
    gfile: GraderFile, sheet_id: str, criterion_id: str, flag: bool, note: str = ""
) -> MarkView:
    return _write_mark(
        gfile, sheet_id, criterion_id, "mark.flag", {"flag_discuss": bool(flag), "flag_note": note}
    )


def load_sheet(s: Session, gfile: GraderFile, sheet_id: str) -> SheetView:
    """The sheet as stored, read in the caller's session."""
    sheet = s.get(tables.Sheet, sheet_id)
    if sheet is None:
        raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
    marks = s.exec(sm_select(tables.Mark).where(tables.Mark.sheet_id == sheet_id)).all()
    return sheet_view_of(sheet, list(marks))


def sheet_view(gfile: GraderFile, sheet_id: str) -> SheetView:
    with gfile.new_session() as s:
        return load_sheet(s, gfile, sheet_id)


def list_sheets(gfile: GraderFile, juror_id: str | None = None) -> list[SheetView]:
    """Every sheet (of one juror when given), by juror, candidate and épreuve."""
    with gfile.new_session() as s:
        stmt = sm_select(tables.Sheet)
        if juror_id is not None:
            stmt = stmt.where(tables.Sheet.juror_id == juror_id)
        sheets = s.exec(stmt).all()
        marks_stmt = sm_select(tables.Mark)
        if juror_id is not None:
            marks_stmt = marks_stmt.join(tables.Sheet).where(tables.Sheet.juror_id == juror_id)
        by_sheet: dict[str, list[tables.Mark]] = {}
        for m in s.exec(marks_stmt).all():
            by_sheet.setdefault(m.sheet_id, []).append(m)
        views = [sheet_view_of(sh, by_sheet.get(sh.id, [])) for sh in sheets]
    return sorted(views, key=lambda v: (v.juror_id, v.candidate_id, v.assessment_id))


def open_sheet(
    gfile: GraderFile, juror_id: str, candidate_id: str, assessment_id: str
) -> SheetView:
    """The juror's sheet for this candidate and épreuve, created as a draft if needed."""
    if gfile.kind == "juror" and juror_id != gfile.juror_id:
        raise Refusal(f"{gfile.path.name} est la grille d'un autre membre du jury.")
    try:
        gfile.referential.assessment(assessment_id)
    except KeyError:
        raise Refusal(f"Épreuve inconnue dans le référentiel : {assessment_id}.") from None
    key = (
        tables.Sheet.juror_id == juror_id,
        tables.Sheet.candidate_id == candidate_id,
        tables.Sheet.assessment_id == assessment_id,
    )
    with gfile.new_session() as s:
        found = s.exec(sm_select(tables.Sheet).where(*key)).first()
        if found is not None:
            return load_sheet(s, gfile, found.id)
    with gfile.transaction() as s:
        for model, ident, what in (
            (tables.Juror, juror_id, "Membre du jury"),
            (tables.Candidate, candidate_id, "Candidat"),
        ):
            if s.get(model, ident) is None:
                raise Refusal(f"{what} introuvable dans {gfile.path.name} ({ident}).")
        sheet = tables.Sheet(
            session_id=gfile.session_id,
            juror_id=juror_id,
            candidate_id=candidate_id,
            assessment_id=assessment_id,
        )
        s.add(sheet)
        s.flush()
        log_event(
            s,
            gfile,
            "sheet.create",
            "sheet",
            sheet.id,
            None,
            {"juror": juror_id, "candidate": candidate_id, "assessment": assessment_id},
        )
        return load_sheet(s, gfile, sheet.id)


def _write_sheet(
    gfile: GraderFile, sheet_id: str, action: str, changes: dict[str, Any]
) -> SheetView:
    now = utc_now()
    with gfile.transaction() as s:
        conn = s.connection()
        _editable_sheet(gfile, conn, sheet_id)
        sheet = s.get(tables.Sheet, sheet_id)
        assert sheet is not None
        old = {k: getattr(sheet, k) for k in changes}
        for k, v in changes.items():
            setattr(sheet, k, v)
        sheet.updated_at = now
        log_event(s, gfile, action, "sheet", sheet_id, *_diff(old, changes, changes))
        s.flush()
        return load_sheet(s, gfile, sheet_id)


def set_sheet_observation(gfile: GraderFile, sheet_id: str, text: str) -> SheetView:
    return _write_sheet(gfile, sheet_id, "sheet.observation", {"observation": text})


def set_sheet_flag(gfile: GraderFile, sheet_id: str, flag: bool, note: str = "") -> SheetView:
    return _write_sheet(
        gfile, sheet_id, "sheet.flag", {"flag_discuss": bool(flag), "flag_note": note}
    )


def save_timer(gfile: GraderFile, sheet_id: str, elapsed_seconds: int) -> SheetView:
    if elapsed_seconds < 0:
        raise Refusal(
            f"Durée négative ({elapsed_seconds} s) : le chronomètre n'a pas été enregistré."
        )
    return _write_sheet(
        gfile, sheet_id, "sheet.timer", {"timer_elapsed_seconds": int(elapsed_seconds)}
    )


def set_marks(
    gfile: GraderFile,
    sheet_id: str,
    values: Mapping[str, str | float | None],
    observations: Mapping[str, str] | None = None,
) -> SheetView:
    """Several criteria at once, in ONE transaction (« tout acquis », the demo,
    an import): all are validated first, so either every mark lands or none."""
    observations = observations or {}
    index = criteria_index(gfile)
    wanted: dict[str, dict[str, Any]] = {}
    for cid in dict.fromkeys([*values, *observations]):
        info = index.get(cid)
        if info is None:
            raise Refusal(f"Critère inconnu dans le référentiel de la session : {cid}.")
        change: dict[str, Any] = {}
        if cid in values:
            value = values[cid]
            is_points = info.scale.kind is ScaleKind.POINTS
            level = None if is_points or value is None else str(value)
            points = float(value) if is_points and value is not None else None
            validate_value(info, level, points)
            change.update(level=level, points=points)
        if cid in observations:
            change["observation"] = observations[cid]
        wanted[cid] = change
    now = utc_now()
    with gfile.transaction() as s:
        conn = s.connection()
        assessment_id, _candidate = _editable_sheet(gfile, conn, sheet_id)
        foreign = [index[c].label for c in wanted if index[c].assessment_id != assessment_id]
        if foreign:
            raise Refusal(
                f"Critères hors de l'épreuve de cette grille ({assessment_id}) : "
                + ", ".join(foreign)
            )
        current = {
            r.criterion_id: dict(zip(MARK_FIELDS, r[1:], strict=True))
            for r in conn.execute(
                select(_MARK.c.criterion_id, *(_MARK.c[f] for f in MARK_FIELDS)).where(
                    _MARK.c.sheet_id == sheet_id
                )
            )
        }
        rows = []
        for cid, change in wanted.items():
            old = current.get(cid, dict(_EMPTY_MARK))
            new = {**old, **change}
            ident = {"id": new_id(), "sheet_id": sheet_id, "criterion_id": cid}
            rows.append({**ident, "updated_at": now, **new})
            before, after = _diff(old, new, change)
            if after:
                log_event(s, gfile, "mark.set", "mark", f"{sheet_id}/{cid}", before, after)
        if rows:
            conn.execute(_UPSERT_MARK, rows)
            conn.execute(_TOUCH_SHEET, {"sid": sheet_id, "updated_at": now})
        return load_sheet(s, gfile, sheet_id)
