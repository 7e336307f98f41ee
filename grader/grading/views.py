"""Plain, frozen snapshots of stored rows.

These cross module boundaries instead of live ORM objects: the UI keeps ids
and views, and a view stays valid after its database session is closed.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from grader.models import tables
from grader.referential.spec import MAX_DURATION_MINUTES, MIN_DURATION_MINUTES


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; they were stored in UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def local_time(value: datetime) -> datetime:
    """A stored (UTC) time in the user's own zone: every time a user reads
    (CLI, PDF, XLSX) is local, never UTC."""
    return (as_utc(value) or value).astimezone()


def fr_datetime(value: datetime) -> str:
    """« 24/11/2026 à 17:30 », local time."""
    return f"{local_time(value):%d/%m/%Y à %H:%M}"


@dataclass(frozen=True, slots=True)
class MarkView:
    criterion_id: str
    level: str | None
    points: float | None
    observation: str = ""
    flag_discuss: bool = False
    flag_note: str = ""
    updated_at: datetime | None = None

    @property
    def value(self) -> str | float | None:
        return self.level if self.level is not None else self.points

    @property
    def is_empty(self) -> bool:
        """Nothing graded, written nor flagged: the same as no mark at all."""
        return (
            self.level is None
            and self.points is None
            and not self.observation
            and not self.flag_discuss
            and not self.flag_note
        )


@dataclass(frozen=True, slots=True)
class SheetView:
    id: str
    session_id: str
    juror_id: str
    candidate_id: str
    assessment_id: str
    status: str
    version: int
    observation: str
    flag_discuss: bool
    flag_note: str
    timer_elapsed_seconds: int
    signed_at: datetime | None
    digest: str | None
    marks: Mapping[str, MarkView]
    updated_at: datetime
    signature: str | None = None  # Ed25519 signature of the digest, hex
    created_at: datetime | None = None

    def values(self) -> dict[str, str | float]:
        """The marked criteria only: an unmarked criterion is absent, never ``None``."""
        return {cid: m.value for cid, m in self.marks.items() if m.value is not None}

    @property
    def progress(self) -> str:
        """What a reader is told of the grid (``SHEET_STATUS_LABELS``): « todo »
        until something is written in it, « draft » after, « signed » — the
        juror's window and the command line say the same of an untouched grid."""
        if self.status == "signed":
            return "signed"
        touched = self.observation or self.flag_discuss or self.timer_elapsed_seconds or any(
            not m.is_empty for m in self.marks.values()
        )
        return "draft" if touched else "todo"


@dataclass(frozen=True, slots=True)
class CandidateView:
    id: str
    external_id: str
    last_name: str
    first_name: str
    email: str
    accommodation_type: str
    accommodation_detail: str
    accommodation_authorised_by: str
    extra_time_ratio: float
    birth_date: date | None = None
    present: bool = True  # for the session

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()


@dataclass(frozen=True, slots=True)
class JurorView:
    id: str
    name: str
    role: str
    email: str
    present: bool
    fingerprint: str | None
    public_key: str | None
    function: str = "membre"  # president | membre; ``role`` is the status

    @property
    def is_president(self) -> bool:
        return self.function == "president" or self.role == "president"


@dataclass(frozen=True, slots=True)
class SessionView:
    id: str
    title: str
    session_date: date | None
    place: str
    kind: str
    assessment_ids: tuple[str, ...]
    referential_id: str
    referential_hash: str
    closed_at: datetime | None
    points_tolerance: float
    referential_source: str = ""
    closed_by: str | None = None
    closure_note: str = ""  # why a closure was forced
    # assessment id → soutenance minutes set by this session (see grading.durations)
    durations: Mapping[str, int] = field(default_factory=dict)


def parse_durations(text: str | None) -> dict[str, int]:
    """The stored JSON of ``JurySession.durations``; anything malformed in it
    (a file edited by hand) counts as no duration rather than a crash."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        str(k): v
        for k, v in raw.items()
        if isinstance(v, int)
        and not isinstance(v, bool)
        and MIN_DURATION_MINUTES <= v <= MAX_DURATION_MINUTES
    }


def session_view_of(js: tables.JurySession) -> SessionView:
    return SessionView(
        id=js.id,
        title=js.title,
        session_date=js.session_date,
        place=js.place,
        kind=js.kind,
        assessment_ids=tuple(json.loads(js.assessment_ids or "[]")),
        referential_id=js.referential_id,
        referential_hash=js.referential_hash,
        closed_at=as_utc(js.closed_at),
        points_tolerance=js.points_tolerance,
        referential_source=js.referential_source,
        closed_by=js.closed_by,
        closure_note=js.closure_note,
        durations=parse_durations(js.durations),
    )


def mark_view(m: tables.Mark) -> MarkView:
    return MarkView(
        criterion_id=m.criterion_id,
        level=m.level,
        points=m.points,
        observation=m.observation,
        flag_discuss=m.flag_discuss,
        flag_note=m.flag_note,
        updated_at=as_utc(m.updated_at),
    )


def sheet_view_of(sheet: tables.Sheet, marks: list[tables.Mark]) -> SheetView:
    return SheetView(
        id=sheet.id,
        session_id=sheet.session_id,
        juror_id=sheet.juror_id,
        candidate_id=sheet.candidate_id,
        assessment_id=sheet.assessment_id,
        status=sheet.status,
        version=sheet.version,
        observation=sheet.observation,
        flag_discuss=sheet.flag_discuss,
        flag_note=sheet.flag_note,
        timer_elapsed_seconds=sheet.timer_elapsed_seconds,
        signed_at=as_utc(sheet.signed_at),
        digest=sheet.digest,
        marks={m.criterion_id: mark_view(m) for m in sorted(marks, key=lambda m: m.criterion_id)},
        updated_at=as_utc(sheet.updated_at) or sheet.updated_at,
        signature=sheet.signature,
        created_at=as_utc(sheet.created_at),
    )


def candidate_view(c: tables.Candidate) -> CandidateView:
    return CandidateView(
        id=c.id,
        external_id=c.external_id,
        last_name=c.last_name,
        first_name=c.first_name,
        email=c.email,
        accommodation_type=c.accommodation_type,
        accommodation_detail=c.accommodation_detail,
        accommodation_authorised_by=c.accommodation_authorised_by,
        extra_time_ratio=c.extra_time_ratio,
        birth_date=c.birth_date,
        present=c.present,
    )


def juror_view(j: tables.Juror) -> JurorView:
    return JurorView(
        id=j.id,
        name=j.name,
        role=j.role,
        email=j.email,
        present=j.present,
        fingerprint=j.fingerprint,
        public_key=j.public_key,
        function=j.function,
    )
