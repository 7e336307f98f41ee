"""Merge the jurors' files (``.grille``) into the session file (``.jury``).

Each juror file is first frozen into a private snapshot (SQLite's backup,
its WAL included) and the snapshot is checked entirely (integrity, session,
référentiel version, juror, key, every signed sheet's digest and signature);
only then are its sheets and marks copied from that same snapshot with
``INSERT … SELECT`` in one transaction: what is written is exactly what was
verified, and a refused file leaves nothing behind.

The checks of the next file run in a worker thread while the current one is
written: the writing is SQLite work that releases the GIL, the checks are
mostly Python (hashing, signatures), so on two cores they overlap.

Idempotent and order-free: a sheet is identified by juror × candidate ×
assessment and, of two versions, the newer always wins (higher ``version``,
then signed over draft, then later ``signed_at``, then later ``updated_at``)
whatever order the files arrive in.
"""

import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlmodel import SQLModel

from grader.grading.audit import RESPONSABLE, to_json
from grader.grading.jury_checks import (  # noqa: F401  (reception belongs with the merge API)
    ExpectedSheet,
    JurorReception,
    reception_status,
    reception_summary,
)
from grader.grading.signing import CANONICAL_FORMAT, fingerprint, sheet_digest, verify_sheet
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
# What the checks read of a sheet; the mark columns follow the same order as MarkView.
_SHEET_READ = (
    "id, session_id, juror_id, candidate_id, assessment_id, status, version, observation,"
    " flag_discuss, flag_note, digest, signature, signed_at, updated_at"
)
_MARK_READ = "sheet_id, criterion_id, level, points, observation, flag_discuss, flag_note"


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


@dataclass(frozen=True, slots=True)
class _Context:
    """What the checks need from the session, read once per merge (and only
    read afterwards: the worker thread shares it)."""

    session_id: str
    referential_hash: str
    titles: dict[str, str]  # assessment id → title, evaluated assessments only
    criteria: dict[str, set[str]]  # assessment id → criterion ids
    jurors: dict[str, tuple[str, str | None]]  # id → (name, public key)
    candidates: dict[str, str]  # id → display name


@dataclass(frozen=True, slots=True)
class _SheetKey:
    id: str
    candidate_id: str
    assessment_id: str
    status: str
    version: int
    order: tuple[object, ...]  # see _order_key


@dataclass(frozen=True, slots=True)
class _Checked:
    """A juror file that passed every check, and its snapshot to copy from."""

    path: Path
    snapshot: Path
    juror_id: str
    sheets: tuple[_SheetKey, ...]


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _sql_now() -> str:
    # The text form SQLAlchemy stores, so that these rows sort with the others.
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _uri(path: Path, readonly: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro" if readonly else "")


def _connect(path: Path) -> sqlite3.Connection:
    # A connection of our own, in autocommit: ATTACH is impossible inside a
    # transaction, and each file is written in one explicit transaction.
    conn = sqlite3.connect(_uri(path), uri=True, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA synchronous = FULL")
    # Each juror file's marks land all over the session's UUID indexes: keep
    # those in memory (64 MiB) and fold the WAL into the file every 40 MB
    # rather than every 4 MB, which rewrote the same index pages per file.
    # Durability is unchanged: every commit still syncs the WAL.
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA wal_autocheckpoint = 10000")
    return conn


def _context(gfile: GraderFile, conn: sqlite3.Connection) -> _Context:
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
        candidates={
            r[0]: f"{r[1].upper()} {r[2]}".strip()
            for r in conn.execute(
                "SELECT id, last_name, first_name FROM candidate WHERE session_id = ?",
                (gfile.session_id,),
            )
        },
    )


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise _Refused("fichier introuvable.")
    with path.open("rb") as f:
        header = f.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise _Refused("ce n'est pas une grille de grader (fichier d'un autre type ou vide).")


def _snapshot(path: Path, dest: Path) -> None:
    """Freeze the juror's file (never modified) into ``dest``, migrated when an
    older grader wrote it: the checks and the copy then read the same bytes,
    even if a grader still has the juror's file open."""
    src = sqlite3.connect(_uri(path, readonly=True), uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            # A throw-away copy: no journal, no flush to disk.
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            src.backup(dst)  # page for page: integrity_check sees what the file holds
            dst.execute("PRAGMA journal_mode = DELETE")  # no WAL beside the snapshot
            try:
                row = dst.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            except sqlite3.DatabaseError:
                row = None  # the integrity check says what is wrong
        finally:
            dst.close()
    finally:
        src.close()
    version = int(row[0]) if row and str(row[0]).isdigit() else SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise _Refused("créé par une version plus récente de grader : mettez l'application à jour.")
    if version < SCHEMA_VERSION:
        migrate(dest, version)


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


def _digest(row: tuple[Any, ...], marks: list[tuple[Any, ...]]) -> str:
    """``sheet_digest`` straight from the rows, without building views (half
    the hashing time); a canary per file compares it with the original."""
    # fmt: off
    content = {
        "format": CANONICAL_FORMAT, "sheet_id": row[0], "session_id": row[1],
        "juror_id": row[2], "candidate_id": row[3], "assessment_id": row[4], "version": row[6],
        "observation": row[7], "flag_discuss": bool(row[8]), "flag_note": row[9],
        "marks": {
            cid: {"level": level, "points": None if points is None else float(points),
                  "observation": obs, "flag_discuss": bool(flag), "flag_note": note}
            for _sid, cid, level, points, obs, flag, note in marks
            if level is not None or points is not None or obs or flag or note
        },
    }
    # fmt: on
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _view(row: tuple[Any, ...], marks: list[tuple[Any, ...]]) -> SheetView:
    mark_views = {m[1]: MarkView(*m[1:5], bool(m[5]), m[6]) for m in marks}
    return SheetView(
        *row[:8], bool(row[8]), row[9], 0, _dt(row[12]), row[10], mark_views,
        _dt(row[13]), row[11],  # type: ignore[arg-type]
    )  # fmt: skip


def _key(public_key: str | None) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key or ""))
    except ValueError:
        return None  # verify_sheet says why


def _signed_by(key: Ed25519PublicKey | None, row: tuple[Any, ...]) -> bool:
    if key is None or not row[10] or not row[11]:
        return False
    try:
        key.verify(bytes.fromhex(row[11]), bytes.fromhex(row[10]))
    except (InvalidSignature, ValueError):
        return False
    return True


def _verify(
    ctx: _Context, juror_id: str, signed: list[tuple[Any, ...]], marks: dict[str, list[Any]]
) -> None:
    """Every signed sheet's digest and signature. Only a sheet the fast path
    rejects goes through ``verify_sheet``, which says why (or accepts it)."""
    public_key = ctx.jurors[juror_id][1]
    key = _key(public_key)
    fast = not signed or _digest(signed[0], marks.get(signed[0][0], [])) == sheet_digest(
        _view(signed[0], marks.get(signed[0][0], []))
    )
    for row in signed:
        sheet_marks = marks.get(row[0], [])
        if fast and _digest(row, sheet_marks) == row[10] and _signed_by(key, row):
            continue
        problem = verify_sheet(_view(row, sheet_marks), public_key)
        if problem:
            who, title = ctx.candidates[row[3]], ctx.titles[row[4]]
            raise _Refused(f"grille de {who}, épreuve « {title} » : {problem}")


def _check_sheets(conn: sqlite3.Connection, ctx: _Context, juror_id: str) -> tuple[_SheetKey, ...]:
    """Every sheet of the file, each checked against the session and, when
    signed, against its digest and the juror's signature."""
    marks: dict[str, list[tuple[Any, ...]]] = {}
    for mark in conn.execute(f"SELECT {_MARK_READ} FROM jf.mark"):  # a scan beats the index
        marks.setdefault(mark[0], []).append(mark)
    keys, signed = [], []
    for row in conn.execute(f"SELECT {_SHEET_READ} FROM jf.sheet"):
        sid, session_id, sheet_juror, candidate_id, assessment_id, status, version = row[:7]
        who, title = ctx.candidates.get(candidate_id), ctx.titles.get(assessment_id)
        if sheet_juror != juror_id or session_id != ctx.session_id:
            raise _Refused(
                "le fichier contient des grilles d'un autre juré ou d'une autre session."
            )
        if who is None:
            raise _Refused("une grille concerne un candidat qui n'est pas dans la session.")
        if title is None:
            raise _Refused(
                f"la grille de {who} porte sur l'épreuve « {assessment_id} », "
                "qui n'est pas évaluée dans cette session."
            )
        unknown = {m[1] for m in marks.get(sid, ())} - ctx.criteria[assessment_id]
        if unknown:
            raise _Refused(
                f"la grille de {who} (« {title} ») note des critères inconnus du référentiel : "
                f"{', '.join(sorted(unknown))}."
            )
        order = _order_key(status, version, row[12], row[13], row[10], sid)
        keys.append(_SheetKey(sid, candidate_id, assessment_id, status, version, order))
        if status == SIGNED:
            signed.append(row)
    if set(marks) - {k.id for k in keys}:
        raise _Refused(
            "le fichier contient des notes sans grille (fichier modifié hors de grader)."
        )
    _verify(ctx, juror_id, signed, marks)
    return tuple(keys)


def _check_file(ctx: _Context, path: Path, snapshot: Path) -> _Checked | FileResult:
    """Everything about one juror file that needs no write (in the worker)."""
    try:
        _check_header(path)
        _snapshot(path, snapshot)
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("ATTACH DATABASE ? AS jf", (_uri(snapshot, readonly=True),))
            juror_id = _check_identity(conn, ctx)
            return _Checked(path, snapshot, juror_id, _check_sheets(conn, ctx, juror_id))
        finally:
            conn.close()
    except _Refused as exc:
        return FileResult(path, REFUSED, str(exc))
    except sqlite3.DatabaseError as exc:
        return FileResult(path, REFUSED, f"fichier endommagé ou illisible ({exc}).")
    except OSError as exc:
        return FileResult(path, REFUSED, f"fichier illisible ({exc.strerror or exc}).")


def _order_key(status: str, version: int, *rest: str | None) -> tuple[object, ...]:
    """Which of two versions of a sheet is the newer; ``rest`` is signed_at,
    updated_at, digest and id (the last two only break exact ties)."""
    return (version, status == SIGNED, *(r or "" for r in rest))


def _copy(conn: sqlite3.Connection, checked: _Checked) -> FileResult:
    path, juror_id = checked.path, checked.juror_id
    existing = {
        (r[1], r[2]): (r[0], _order_key(*r[3:]), r[3:5])
        for r in conn.execute(
            "SELECT id, candidate_id, assessment_id, status, version, signed_at, updated_at,"
            " digest, id FROM main.sheet WHERE juror_id = ?",
            (juror_id,),
        )
    }
    to_write: list[_SheetKey] = []
    replaced: list[tuple[str, _SheetKey, tuple[str, int]]] = []
    for sheet in checked.sheets:
        old = existing.get((sheet.candidate_id, sheet.assessment_id))
        if old is not None and old[1] >= sheet.order:
            continue
        to_write.append(sheet)
        if old is not None:
            replaced.append((old[0], sheet, old[2]))
    conn.executemany("DELETE FROM main.mark WHERE sheet_id = ?", [(r[0],) for r in replaced])
    conn.executemany("DELETE FROM main.sheet WHERE id = ?", [(r[0],) for r in replaced])
    marks = 0
    if to_write:
        sheets_where = marks_where = ""
        if len(to_write) < len(checked.sheets):
            conn.execute("DELETE FROM temp.merge_ids")
            conn.executemany("INSERT INTO temp.merge_ids VALUES (?)", [(s.id,) for s in to_write])
            sheets_where = " WHERE id IN (SELECT id FROM temp.merge_ids)"
            marks_where = " WHERE sheet_id IN (SELECT id FROM temp.merge_ids)"
        conn.execute(
            f"INSERT INTO main.sheet ({_SHEET_COLS}) SELECT {_SHEET_COLS} FROM jf.sheet"
            + sheets_where
        )
        marks = conn.execute(
            f"INSERT INTO main.mark ({_MARK_COLS}) SELECT {_MARK_COLS} FROM jf.mark" + marks_where
        ).rowcount
    conn.execute(
        f"INSERT OR IGNORE INTO main.auditevent ({_AUDIT_COLS}) SELECT {_AUDIT_COLS}"
        " FROM jf.auditevent"
    )
    drafts = sum(s.status != SIGNED for s in to_write)
    if not to_write:
        return FileResult(
            path, ALREADY_PRESENT, "rien de nouveau dans ce fichier.", juror_id=juror_id
        )
    new = {"fichier": path.name}
    events = [
        ("merge.update", "sheet", s.id, to_json({"version": old[1], "statut": old[0]}),
         to_json({**new, "version": s.version, "statut": s.status}))
        for _old_id, s, old in replaced
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


def _write(conn: sqlite3.Connection, checked: _Checked) -> FileResult:
    """Copy a checked file's snapshot in one transaction."""
    try:
        conn.execute("ATTACH DATABASE ? AS jf", (_uri(checked.snapshot, readonly=True),))
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = _copy(conn, checked)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return result
        finally:
            conn.execute("DETACH DATABASE jf")
            checked.snapshot.unlink(missing_ok=True)
    except sqlite3.DatabaseError as exc:
        return FileResult(checked.path, REFUSED, f"fichier endommagé ou illisible ({exc}).")


def merge_juror_files(
    gfile: GraderFile, paths: Sequence[Path], progress: Progress | None = None
) -> MergeReport:
    """Import each juror file into the session ``gfile``, each in its own
    transaction: a refused file changes nothing, the others are imported."""
    if gfile.kind != "session":
        raise ValueError(f"{gfile.path.name} n'est pas un fichier de session : fusion impossible.")
    files = [Path(p) for p in paths]
    conn = _connect(gfile.path)
    try:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_ids (id TEXT PRIMARY KEY)")
        ctx = _context(gfile, conn)
        results = []
        with (
            tempfile.TemporaryDirectory(prefix="grader-merge-") as tmp,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="grader-merge") as worker,
        ):

            def check(i: int) -> "Future[_Checked | FileResult]":
                return worker.submit(_check_file, ctx, files[i], Path(tmp) / f"{i}.grille")

            pending = [check(0)] if files else []
            for i, path in enumerate(files):
                if progress is not None:
                    progress(i, len(files), path.name)
                checked = pending.pop().result()
                if i + 1 < len(files):  # checked while this one is written
                    pending.append(check(i + 1))
                results.append(
                    checked if isinstance(checked, FileResult) else _write(conn, checked)
                )
        # Leave the WAL as short as a grader's own commits would.
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        if progress is not None:
            progress(len(files), len(files), "")
    finally:
        conn.close()
    return MergeReport(tuple(results))
