"""SQLModel tables of a session file (``.jury``) and a juror file (``.grille``).

Both kinds of file hold the same tables: a juror file is a session file cut
down to one juror. No file holds a private key: the juror's stays on the
juror's machine (``grader.grading.keys``). Every row has a UUID
primary key and timestamps so that files can be merged in any order.

No ``from __future__ import annotations`` here: it breaks SQLModel.
"""

import uuid
from datetime import UTC, date, datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

SCHEMA_VERSION = 3


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


def db_timestamp(value: datetime) -> str:
    """A UTC datetime as SQLAlchemy stores it in SQLite, for plain-SQL writes."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class Meta(SQLModel, table=True):
    """Key/value facts about the file itself: ``schema_version``, ``file_kind``
    (``session`` or ``juror``), ``session_id``, ``juror_id`` (juror files),
    ``app_version``."""

    key: str = Field(primary_key=True)
    value: str


class JurySession(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    title: str = ""
    session_date: date | None = None
    place: str = ""
    kind: str = "Session de certification"
    # JSON list of the assessment ids evaluated in this session (all when empty)
    assessment_ids: str = "[]"
    # JSON object assessment id → soutenance minutes set for this session; it
    # overrides the référentiel, which often says only « durée calibrée » (v2)
    durations: str = "{}"
    referential_id: str
    referential_hash: str
    referential_yaml: str  # the whole YAML text: the file is self-contained
    referential_source: str = ""
    points_tolerance: float = 1.0  # points scales: differences above this are disagreements
    closed_at: datetime | None = None  # « Clôturer la délibération »
    closed_by: str | None = None
    # Why a closure was forced (decisions missing, composition not met), in
    # the words printed on the PV; "" for an ordinary closure (v3)
    closure_note: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Juror(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    session_id: str = Field(foreign_key="jurysession.id", index=True)
    name: str
    # The member's status towards the organisation (key of
    # grader.referential.model.JUROR_STATUSES); before v3 it also held
    # « president », now the function below.
    role: str
    function: str = "membre"  # president | membre (v3)
    email: str = ""
    present: bool = True
    public_key: str | None = None  # Ed25519, raw bytes hex
    fingerprint: str | None = None  # short form printed on the PV
    # The key's own signature over (session, juror, public key), made on the
    # juror's machine when the key was created: the merge's proof that the
    # file was claimed by the holder of that key (v3).
    key_proof: str | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Candidate(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    session_id: str = Field(foreign_key="jurysession.id", index=True)
    external_id: str = ""  # the school's or certifier's number
    last_name: str
    first_name: str
    email: str = ""
    birth_date: date | None = None
    # Accommodation: a type of grader.grading.vocabulary.ACCOMMODATION_TYPES
    # and the extra time, never health data (v3: no free text).
    accommodation_type: str = ""  # e.g. « tiers-temps »
    accommodation_detail: str = ""  # the decision's reference only: « Décision du 03/05/2026 »
    accommodation_authorised_by: str = ""
    extra_time_ratio: float = 0.0  # tiers-temps: 1/3
    present: bool = True  # absent for the session: no sheet, outcome « absent » (v3)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Sheet(SQLModel, table=True):
    """One juror × candidate × assessment grid: ``draft`` → ``signed``."""

    __table_args__ = (UniqueConstraint("juror_id", "candidate_id", "assessment_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    session_id: str = Field(foreign_key="jurysession.id", index=True)
    juror_id: str = Field(foreign_key="juror.id", index=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    assessment_id: str
    status: str = "draft"  # draft | signed
    version: int = 1  # +1 each time a signed sheet is reopened
    observation: str = ""  # general observation on the soutenance
    flag_discuss: bool = False  # « À discuter » on the whole sheet
    flag_note: str = ""
    timer_elapsed_seconds: int = 0
    timer_started_at: datetime | None = None
    timer_ended_at: datetime | None = None
    signed_at: datetime | None = None
    digest: str | None = None  # SHA-256 hex of the canonical content
    signature: str | None = None  # Ed25519 signature of the digest, hex
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Mark(SQLModel, table=True):
    """One criterion's mark on a sheet."""

    __table_args__ = (UniqueConstraint("sheet_id", "criterion_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    sheet_id: str = Field(foreign_key="sheet.id", index=True)
    criterion_id: str
    level: str | None = None  # level code on binary / levels scales
    points: float | None = None  # points scales
    observation: str = ""
    flag_discuss: bool = False
    flag_note: str = ""
    updated_at: datetime = Field(default_factory=utc_now)


class AcquiredBloc(SQLModel, table=True):
    """A bloc validated in an earlier session (capitalisation)."""

    __table_args__ = (UniqueConstraint("candidate_id", "bloc_code"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    bloc_code: str
    acquired_on: date
    source_session: str = ""  # e.g. « Session du 12/06/2025, Lyon »
    created_at: datetime = Field(default_factory=utc_now)


class BlocDecision(SQLModel, table=True):
    """The jury's decision for one candidate and bloc."""

    __table_args__ = (UniqueConstraint("candidate_id", "bloc_code"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    session_id: str = Field(foreign_key="jurysession.id", index=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    bloc_code: str
    proposed: str  # valide | non_valide | incomplet (what the rule said when deciding)
    decided: str  # valide | non_valide | absent | deja_acquis
    motivation: str = ""
    decided_by: str = ""
    decided_at: datetime = Field(default_factory=utc_now)


class Recusal(SQLModel, table=True):
    """A juror who does not take part for one candidate (their sheet is excluded)."""

    __table_args__ = (UniqueConstraint("candidate_id", "juror_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    juror_id: str = Field(foreign_key="juror.id", index=True)
    reason: str = ""
    created_at: datetime = Field(default_factory=utc_now)


class DeliberationNote(SQLModel, table=True):
    """Private notes of the deliberation: never in any exported document."""

    candidate_id: str = Field(foreign_key="candidate.id", primary_key=True)
    text: str = ""
    updated_at: datetime = Field(default_factory=utc_now)


class AuditEvent(SQLModel, table=True):
    """Append-only log: who did what, when, old → new (JSON texts)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    at: datetime = Field(default_factory=utc_now, index=True)
    actor: str = ""
    action: str  # e.g. mark.set, sheet.sign, sheet.reopen, decision.record, merge.import
    entity: str = ""  # table name
    entity_id: str = ""
    old: str = ""
    new: str = ""
