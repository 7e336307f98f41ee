"""The append-only audit trail: who changed what, when, old → new.

Every grading operation writes one event inside its own transaction, so the
trail and the data can never disagree.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from grader.grading.views import as_utc
from grader.models import tables
from grader.models.store import GraderFile
from grader.models.tables import AuditEvent, db_timestamp, new_id, utc_now

RESPONSABLE = "responsable"  # the actor in a session file: the pedagogical lead
# SQLModel sets __table__ on table=True classes at runtime; its types do not declare it.
_AUDIT = AuditEvent.__table__  # type: ignore[attr-defined]
_INSERT = insert(_AUDIT)


@dataclass(frozen=True, slots=True)
class AuditView:
    id: str
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    old: str
    new: str


def to_json(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def actor(gfile: GraderFile) -> str:
    """The juror's name in a juror file, « responsable » in a session file."""
    cached = gfile.cache.get("actor")
    if cached is None:
        cached = RESPONSABLE
        if gfile.kind == "juror" and gfile.juror_id:
            with gfile.new_session() as s:
                juror = s.get(tables.Juror, gfile.juror_id)
                if juror is not None:
                    cached = juror.name
        gfile.cache["actor"] = cached
    return str(cached)


AUDIT_INSERT_SQL = (
    f"INSERT INTO {_AUDIT.name} (id, at, actor, action, entity, entity_id, old, new) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def audit_row(
    gfile: GraderFile,
    action: str,
    entity: str,
    entity_id: str,
    old: Any,
    new: Any,
    at: datetime,
) -> tuple[str, ...]:
    """Parameters of :data:`AUDIT_INSERT_SQL`, for the DBAPI fast path."""
    return (
        new_id(),
        db_timestamp(at),
        actor(gfile),
        action,
        entity,
        entity_id,
        to_json(old),
        to_json(new),
    )


def log_event(
    s: Session,
    gfile: GraderFile,
    action: str,
    entity: str = "",
    entity_id: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    """Append one event in the caller's transaction."""
    s.execute(
        _INSERT,
        {
            "id": new_id(),
            "at": utc_now(),
            "actor": actor(gfile),
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "old": to_json(old),
            "new": to_json(new),
        },
    )


def list_events(
    gfile: GraderFile, *, entity_id: str | None = None, action: str | None = None
) -> list[AuditView]:
    """The events, oldest first, optionally of one entity or one action."""
    stmt = select(_AUDIT).order_by(_AUDIT.c.at, _AUDIT.c.id)
    if entity_id is not None:
        stmt = stmt.where(_AUDIT.c.entity_id == entity_id)
    if action is not None:
        stmt = stmt.where(_AUDIT.c.action == action)
    with gfile.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [
        AuditView(
            id=r.id,
            at=as_utc(r.at) or r.at,
            actor=r.actor,
            action=r.action,
            entity=r.entity,
            entity_id=r.entity_id,
            old=r.old,
            new=r.new,
        )
        for r in rows
    ]
