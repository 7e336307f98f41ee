"""Merge the jurors' files (``.grille``) into the session file (``.jury``).

Each juror file is attached read-only to the session database and checked
entirely (integrity, session, référentiel version, juror, key, every signed
sheet's digest and signature) before one row is written; then its sheets and
marks are copied with ``INSERT … SELECT`` in one transaction, so a refused
file leaves nothing behind and a big session merges in seconds.

Idempotent and order-free: a sheet is identified by juror × candidate ×
assessment and, of two versions, the newer always wins (higher ``version``,
then signed over draft, then later ``signed_at``, then later ``updated_at``)
whatever order the files arrive in.
"""

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import SQLModel

from grader.grading.audit import RESPONSABLE, to_json
from grader.grading.jury_checks import (  # noqa: F401  (reception belongs with the merge API)
    ExpectedSheet,
    JurorReception,
    reception_status,
    reception_summary,
)
from grader.grading.signing import fingerprint, verify_sheet
from grader.grading.views import MarkView, SheetView
from grader.grading.vocabulary import SIGNED
from grader.models.migrate import migrate
from grader.models.store import GraderFile
from grader.models.tables import SCHEMA_VERSION, AuditEvent, Mark, Sheet, new_id

Progress = Callable[[int, int, str], None]

IMPORTED = "imported"
ALREADY_PRESENT = "already_present"
REFUSED = "refused"
UPDATED = "updated"

_SQLITE_HEADER = b"SQLite format 3\x00"


def _cols(table: type[SQLModel]) -> str:
    return ", ".join(table.__table__.columns.keys())  # type: ignore[attr-defined]


# Same schema version on both sides (older juror files are migrated first).
_SHEET_COLS, _MARK_COLS, _AUDIT_COLS = _cols(Sheet), _cols(Mark), _cols(AuditEvent)


@dataclass(frozen=True, slots=True)
class FileResult:
    path: Path
    status: str  # imported | already_present | refused | updated
    reason: str  # French, shown after the status
    sheets: int = 0  # sheets written (new or replacing an older version)
    marks: int = 0
    drafts: int = 0  # of the sheets written, those not signed
    juror_id: str | None = None


@dataclass(frozen=True, slots=True)
class MergeReport:
    files: tuple[FileResult, ...]

    @property
    def ok(self) -> bool:
        return all(f.status != REFUSED for f in self.files)

    @property
    def refused(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.status == REFUSED)


class _Refused(Exception):
    """A juror file fails a check; ``str(exc)`` is the French reason."""


@dataclass(slots=True)
class _Context:
    """What the checks need from the session, read once per merge."""

    session_id: str
    referential_hash: str
    titles: dict[str, str]  # assessment id → title, evaluated assessments only
    criteria: dict[str, set[str]]  # assessment id → criterion ids
    jurors: dict[str, tuple[str, str | None]]  # id → (name, public key)
    candidates: dict[str, str]  # id → display name
    pool: ThreadPoolExecutor


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _sql_now() -> str:
    # The text form SQLAlchemy stores, so that these rows sort with the others.
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _connect(path: Path) -> sqlite3.Connection:
    # A connection of our own, in autocommit: ATTACH is impossible inside a
    # transaction, and the checks and the writes must share one transaction.
    conn = sqlite3.connect(path.resolve().as_uri(), uri=True, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _context(gfile: GraderFile, conn: sqlite3.Connection, pool: ThreadPoolExecutor) -> _Context:
    ref = gfile.referential
    row = conn.execute(
        "SELECT referential_hash, assessment_ids FROM jurysession WHERE id = ?",
        (gfile.session_id,),
    ).fetchone()
    chosen = set(json.loads(row[1] or "[]"))
    evaluated = [a for a in ref.assessments if not chosen or a.id in chosen]
    return _Context(
        session_id=gfile.session_id,
        referential_hash=row[0],
        titles={a.id: a.title for a in evaluated},
        criteria={a.id: {c.id for c in a.criteria} for a in evaluated},
        jurors={
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT id, name, public_key FROM juror WHERE session_id = ?", (gfile.session_id,)
            )
        },
        pool=pool,
        candidates={
            r[0]: f"{r[1].upper()} {r[2]}".strip()
            for r in conn.execute(
                "SELECT id, last_name, first_name FROM candidate WHERE session_id = ?",
                (gfile.session_id,),
            )
        },
    )


@contextmanager
def _readable_copy(path: Path) -> Iterator[Path]:
    """The file to attach: itself, or a migrated temporary copy when an older
    grader wrote it (the juror's file is never modified)."""
    probe = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        row = probe.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        probe.close()
    version = int(row[0]) if row and str(row[0]).isdigit() else SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise _Refused("créé par une version plus récente de grader : mettez l'application à jour.")
    if version == SCHEMA_VERSION:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="grader-merge-") as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        migrate(copy, version)
        yield copy


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise _Refused("fichier introuvable.")
    with path.open("rb") as f:
        header = f.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise _Refused("ce n'est pas une grille de grader (fichier d'un autre type ou vide).")


def _check_identity(conn: sqlite3.Connection, ctx: _Context) -> str:
    """Integrity, kind, session, référentiel, juror and key; returns the juror id."""
    problems = [r[0] for r in conn.execute("PRAGMA jf.integrity_check")]
    if problems != ["ok"]:
        raise _Refused("fichier endommagé (tronqué ou modifié hors de grader).")
    names = {r[0] for r in conn.execute("SELECT name FROM jf.sqlite_master WHERE type='table'")}
    if not {"meta", "jurysession", "juror", "sheet", "mark"} <= names:
        raise _Refused("ce n'est pas une grille de grader.")
    meta = dict(conn.execute("SELECT key, value FROM jf.meta").fetchall())
    if meta.get("file_kind") == "session":
        raise _Refused("c'est un fichier de session (.jury), pas la grille d'un juré.")
    if meta.get("file_kind") != "juror" or not meta.get("juror_id"):
        raise _Refused("ce n'est pas une grille de grader.")
    if meta.get("session_id") != ctx.session_id:
        other = conn.execute("SELECT title, session_date FROM jf.jurysession").fetchone()
        label = f" (« {other[0]} »{', ' + other[1] if other[1] else ''})" if other else ""
        raise _Refused(f"ce fichier appartient à une autre session de jury{label}.")
    js = conn.execute(
        "SELECT referential_hash FROM jf.jurysession WHERE id = ?", (ctx.session_id,)
    ).fetchone()
    if js is None or js[0] != ctx.referential_hash:
        raise _Refused(
            "ce fichier a été noté avec une autre version du référentiel que celle de la session."
        )
    juror_id = meta["juror_id"]
    if juror_id not in ctx.jurors:
        row = conn.execute("SELECT name FROM jf.juror WHERE id = ?", (juror_id,)).fetchone()
        name = f"« {row[0]} » " if row else ""
        raise _Refused(f"le juré {name}de ce fichier ne fait pas partie de cette session.")
    name, recorded = ctx.jurors[juror_id]
    row = conn.execute("SELECT public_key FROM jf.juror WHERE id = ?", (juror_id,)).fetchone()
    carried = row[0] if row else None
    if carried != recorded:
        expected = fingerprint(recorded) if recorded else "aucune"
        found = fingerprint(carried) if carried else "aucune"
        raise _Refused(
            f"la clé de signature de « {name} » ne correspond pas à celle enregistrée dans la "
            f"session (empreinte attendue {expected}, trouvée {found})."
        )
    return juror_id


def _sheet_views(conn: sqlite3.Connection, ctx: _Context, juror_id: str) -> list[SheetView]:
    """Every sheet of the file, each checked against the session and, when
    signed, against its digest and the juror's signature."""
    marks: dict[str, dict[str, MarkView]] = {}
    # The marks' timestamps are not part of what is signed: not parsed here.
    for sid, cid, level, points, obs, flag, note in conn.execute(
        "SELECT sheet_id, criterion_id, level, points, observation, flag_discuss, flag_note"
        " FROM jf.mark"
    ):
        marks.setdefault(sid, {})[cid] = MarkView(cid, level, points, obs, bool(flag), note)
    public_key = ctx.jurors[juror_id][1]
    views = []
    for row in conn.execute(
        "SELECT id, session_id, juror_id, candidate_id, assessment_id, status, version,"
        " observation, flag_discuss, flag_note, timer_elapsed_seconds, signed_at, digest,"
        " updated_at, signature, created_at FROM jf.sheet"
    ):
        flags = bool(row[8]), row[9], row[10]
        stamps = _dt(row[11]), row[12], marks.pop(row[0], {}), _dt(row[13])
        view = SheetView(*row[:8], *flags, *stamps, row[14], _dt(row[15]))  # type: ignore[arg-type]
        who = ctx.candidates.get(view.candidate_id)
        title = ctx.titles.get(view.assessment_id)
        if view.juror_id != juror_id or view.session_id != ctx.session_id:
            raise _Refused(
                "le fichier contient des grilles d'un autre juré ou d'une autre session."
            )
        if who is None:
            raise _Refused("une grille concerne un candidat qui n'est pas dans la session.")
        if title is None:
            raise _Refused(
                f"la grille de {who} porte sur l'épreuve « {view.assessment_id} », "
                "qui n'est pas évaluée dans cette session."
            )
        unknown = set(view.marks) - ctx.criteria[view.assessment_id]
        if unknown:
            raise _Refused(
                f"la grille de {who} (« {title} ») note des critères inconnus du référentiel : "
                f"{', '.join(sorted(unknown))}."
            )
        views.append(view)
    if marks:
        raise _Refused(
            "le fichier contient des notes sans grille (fichier modifié hors de grader)."
        )
    signed = [v for v in views if v.status == SIGNED]
    # Ed25519 verification releases the GIL: the pool shortens a big merge.
    for view, problem in zip(
        signed, ctx.pool.map(lambda v: verify_sheet(v, public_key), signed), strict=True
    ):
        if problem:
            who, title = ctx.candidates[view.candidate_id], ctx.titles[view.assessment_id]
            raise _Refused(f"grille de {who}, épreuve « {title} » : {problem}")
    return views


def _order_key(status: str, version: int, *rest: str | None) -> tuple[object, ...]:
    """Which of two versions of a sheet is the newer; ``rest`` is signed_at,
    updated_at, digest and id (the last two only break exact ties)."""
    return (version, status == SIGNED, *(r or "" for r in rest))


def _write(
    conn: sqlite3.Connection, ctx: _Context, path: Path, juror_id: str, views: list[SheetView]
) -> FileResult:
    existing = {
        (r[1], r[2]): (r[0], _order_key(*r[3:]), r[3:5])
        for r in conn.execute(
            "SELECT id, candidate_id, assessment_id, status, version, signed_at, updated_at,"
            " digest, id FROM main.sheet WHERE juror_id = ?",
            (juror_id,),
        )
    }
    raw = {
        r[0]: _order_key(*r[1:], r[0])
        for r in conn.execute(
            "SELECT id, status, version, signed_at, updated_at, digest FROM jf.sheet"
        )
    }
    to_write: list[SheetView] = []
    replaced: list[tuple[str, SheetView, tuple[str, int]]] = []
    for view in views:
        old = existing.get((view.candidate_id, view.assessment_id))
        if old is not None and old[1] >= raw[view.id]:
            continue
        to_write.append(view)
        if old is not None:
            replaced.append((old[0], view, old[2]))
    conn.executemany("DELETE FROM main.mark WHERE sheet_id = ?", [(r[0],) for r in replaced])
    conn.executemany("DELETE FROM main.sheet WHERE id = ?", [(r[0],) for r in replaced])
    conn.execute("DELETE FROM temp.merge_ids")
    conn.executemany("INSERT INTO temp.merge_ids VALUES (?)", [(v.id,) for v in to_write])
    conn.execute(
        f"INSERT INTO main.sheet ({_SHEET_COLS}) SELECT {_SHEET_COLS} FROM jf.sheet"
        " WHERE id IN (SELECT id FROM temp.merge_ids)"
    )
    marks = conn.execute(
        f"INSERT INTO main.mark ({_MARK_COLS}) SELECT {_MARK_COLS} FROM jf.mark"
        " WHERE sheet_id IN (SELECT id FROM temp.merge_ids)"
    ).rowcount
    conn.execute(
        f"INSERT OR IGNORE INTO main.auditevent ({_AUDIT_COLS}) SELECT {_AUDIT_COLS}"
        " FROM jf.auditevent"
    )
    drafts = sum(v.status != SIGNED for v in to_write)
    if not to_write:
        return FileResult(
            path, ALREADY_PRESENT, "rien de nouveau dans ce fichier.", juror_id=juror_id
        )
    new = {"fichier": path.name}
    events = [
        ("merge.update", "sheet", v.id, to_json({"version": old[1], "statut": old[0]}),
         to_json({**new, "version": v.version, "statut": v.status}))
        for _old_id, v, old in replaced
    ]  # fmt: skip
    summary = {"fichier": path.name, "grilles": len(to_write), "notes": marks, "brouillons": drafts}
    events.append(("merge.import", "juror", juror_id, "", to_json(summary)))
    conn.executemany(
        "INSERT INTO main.auditevent (id, at, actor, action, entity, entity_id, old, new)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(new_id(), _sql_now(), RESPONSABLE, *e) for e in events],
    )
    parts = [f"{len(to_write)} grille{'s' if len(to_write) > 1 else ''}"]
    if replaced:
        parts.append(f"dont {len(replaced)} remplaçant une version plus ancienne")
    if drafts:
        parts.append(f"{drafts} non signée{'s' if drafts > 1 else ''}")
    status = UPDATED if replaced else IMPORTED
    return FileResult(path, status, ", ".join(parts) + ".", len(to_write), marks, drafts, juror_id)


def _merge_one(conn: sqlite3.Connection, ctx: _Context, path: Path) -> FileResult:
    try:
        _check_header(path)
        with _readable_copy(path) as source:
            conn.execute("ATTACH DATABASE ? AS jf", (source.resolve().as_uri() + "?mode=ro",))
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    juror_id = _check_identity(conn, ctx)
                    views = _sheet_views(conn, ctx, juror_id)
                    result = _write(conn, ctx, path, juror_id, views)
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
                return result
            finally:
                conn.execute("DETACH DATABASE jf")
    except _Refused as exc:
        return FileResult(path, REFUSED, str(exc))
    except sqlite3.DatabaseError as exc:
        return FileResult(path, REFUSED, f"fichier endommagé ou illisible ({exc}).")
    except OSError as exc:
        return FileResult(path, REFUSED, f"fichier illisible ({exc.strerror or exc}).")


def merge_juror_files(
    gfile: GraderFile, paths: Sequence[Path], progress: Progress | None = None
) -> MergeReport:
    """Import each juror file into the session ``gfile``, each in its own
    transaction: a refused file changes nothing, the others are imported."""
    if gfile.kind != "session":
        raise ValueError(f"{gfile.path.name} n'est pas un fichier de session : fusion impossible.")
    conn = _connect(gfile.path)
    pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
    try:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_ids (id TEXT PRIMARY KEY)")
        ctx = _context(gfile, conn, pool)
        results = []
        for i, path in enumerate(paths):
            if progress is not None:
                progress(i, len(paths), Path(path).name)
            results.append(_merge_one(conn, ctx, Path(path)))
        if progress is not None:
            progress(len(paths), len(paths), "")
    finally:
        pool.shutdown()
        conn.close()
    return MergeReport(tuple(results))
