"""Everything the merge verifies in a juror file before a single row of it is
written: a private snapshot (SQLite's backup, WAL included), its integrity,
its session, référentiel version, juror and key, and every signed sheet's
digest and Ed25519 signature. ``merge`` then copies from the same snapshot.
"""

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from grader.grading.signing import CANONICAL_FORMAT, fingerprint, sheet_digest, verify_sheet
from grader.grading.views import MarkView, SheetView
from grader.grading.vocabulary import SIGNED
from grader.models.migrate import migrate
from grader.models.store import GraderFile
from grader.models.tables import SCHEMA_VERSION

IMPORTED = "imported"


ALREADY_PRESENT = "already_present"


REFUSED = "refused"


UPDATED = "updated"


_SQLITE_HEADER = b"SQLite format 3\x00"


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


class Refused(Exception):
    """A juror file fails a check; ``str(exc)`` is the French reason."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the checks need from the session, read once per merge (and only
    read afterwards: the worker thread shares it)."""

    session_id: str
    referential_hash: str
    titles: dict[str, str]  # assessment id → title, evaluated assessments only
    criteria: dict[str, set[str]]  # assessment id → criterion ids
    jurors: dict[str, tuple[str, str | None]]  # id → (name, public key)
    candidates: dict[str, str]  # id → display name


@dataclass(frozen=True, slots=True)
class SheetKey:
    id: str
    candidate_id: str
    assessment_id: str
    status: str
    version: int
    order: tuple[object, ...]  # see order_key


@dataclass(frozen=True, slots=True)
class Checked:
    """A juror file that passed every check, and its snapshot to copy from."""

    path: Path
    snapshot: Path
    juror_id: str
    sheets: tuple[SheetKey, ...]


_NO_DATE = datetime.min.replace(tzinfo=UTC)


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro" if readonly else "")


def connect(path: Path) -> sqlite3.Connection:
    # A connection of our own, in autocommit: ATTACH is impossible inside a
    # transaction, and each file is written in one explicit transaction.
    conn = sqlite3.connect(sqlite_uri(path), uri=True, isolation_level=None)
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


def read_context(gfile: GraderFile, conn: sqlite3.Connection) -> Context:
    ref = gfile.referential
    row = conn.execute(
        "SELECT referential_hash, assessment_ids FROM jurysession WHERE id = ?",
        (gfile.session_id,),
    ).fetchone()
    chosen = set(json.loads(row[1] or "[]"))
    evaluated = [a for a in ref.assessments if not chosen or a.id in chosen]
    return Context(
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
        raise Refused("fichier introuvable.")
    with path.open("rb") as f:
        header = f.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise Refused("ce n'est pas une grille de grader (fichier d'un autre type ou vide).")


def _snapshot(path: Path, dest: Path) -> None:
    """Freeze the juror's file (never modified) into ``dest``, migrated when an
    older grader wrote it: the checks and the copy then read the same bytes,
    even if a grader still has the juror's file open."""
    src = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True)
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
        raise Refused("créé par une version plus récente de grader : mettez l'application à jour.")
    if version < SCHEMA_VERSION:
        migrate(dest, version)


def _check_identity(conn: sqlite3.Connection, ctx: Context) -> str:
    """Integrity, kind, session, référentiel, juror and key; returns the juror id."""
    problems = [r[0] for r in conn.execute("PRAGMA jf.integrity_check")]
    if problems != ["ok"]:
        raise Refused("fichier endommagé (tronqué ou modifié hors de grader).")
    names = {r[0] for r in conn.execute("SELECT name FROM jf.sqlite_master WHERE type='table'")}
    if not {"meta", "jurysession", "juror", "sheet", "mark"} <= names:
        raise Refused("ce n'est pas une grille de grader.")
    meta = dict(conn.execute("SELECT key, value FROM jf.meta").fetchall())
    if meta.get("file_kind") == "session":
        raise Refused("c'est un fichier de session (.jury), pas la grille d'un juré.")
    if meta.get("file_kind") != "juror" or not meta.get("juror_id"):
        raise Refused("ce n'est pas une grille de grader.")
    if meta.get("session_id") != ctx.session_id:
        other = conn.execute("SELECT title, session_date FROM jf.jurysession").fetchone()
        label = f" (« {other[0]} »{', ' + other[1] if other[1] else ''})" if other else ""
        raise Refused(f"ce fichier appartient à une autre session de jury{label}.")
    js = conn.execute(
        "SELECT referential_hash FROM jf.jurysession WHERE id = ?", (ctx.session_id,)
    ).fetchone()
    if js is None or js[0] != ctx.referential_hash:
        raise Refused(
            "ce fichier a été noté avec une autre version du référentiel que celle de la session."
        )
    juror_id = meta["juror_id"]
    if juror_id not in ctx.jurors:
        row = conn.execute("SELECT name FROM jf.juror WHERE id = ?", (juror_id,)).fetchone()
        name = f"« {row[0]} » " if row else ""
        raise Refused(f"le juré {name}de ce fichier ne fait pas partie de cette session.")
    name, recorded = ctx.jurors[juror_id]
    row = conn.execute("SELECT public_key FROM jf.juror WHERE id = ?", (juror_id,)).fetchone()
    carried = row[0] if row else None
    if carried != recorded:
        expected = fingerprint(recorded) if recorded else "aucune"
        found = fingerprint(carried) if carried else "aucune"
        raise Refused(
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
    """A view from the ``_SHEET_READ`` row and its ``_MARK_READ`` rows (by name,
    so a column added to either list cannot shift the fields silently)."""
    mark_views = {
        m[1]: MarkView(
            criterion_id=m[1], level=m[2], points=m[3], observation=m[4],
            flag_discuss=bool(m[5]), flag_note=m[6],
        )
        for m in marks
    }
    return SheetView(
        id=row[0], session_id=row[1], juror_id=row[2], candidate_id=row[3],
        assessment_id=row[4], status=row[5], version=row[6], observation=row[7],
        flag_discuss=bool(row[8]), flag_note=row[9], timer_elapsed_seconds=0,
        signed_at=_dt(row[12]), digest=row[10], marks=mark_views,
        # Verification never reads updated_at (NOT NULL in the schema anyway).
        updated_at=_dt(row[13]) or _NO_DATE, signature=row[11],
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
    ctx: Context, juror_id: str, signed: list[tuple[Any, ...]], marks: dict[str, list[Any]]
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
            raise Refused(f"grille de {who}, épreuve « {title} » : {problem}")


def _check_sheets(conn: sqlite3.Connection, ctx: Context, juror_id: str) -> tuple[SheetKey, ...]:
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
            raise Refused(
                "le fichier contient des grilles d'un autre juré ou d'une autre session."
            )
        if who is None:
            raise Refused("une grille concerne un candidat qui n'est pas dans la session.")
        if title is None:
            raise Refused(
                f"la grille de {who} porte sur l'épreuve « {assessment_id} », "
                "qui n'est pas évaluée dans cette session."
            )
        unknown = {m[1] for m in marks.get(sid, ())} - ctx.criteria[assessment_id]
        if unknown:
            raise Refused(
                f"la grille de {who} (« {title} ») note des critères inconnus du référentiel : "
                f"{', '.join(sorted(unknown))}."
            )
        order = order_key(status, version, row[12], row[13], row[10], sid)
        keys.append(SheetKey(sid, candidate_id, assessment_id, status, version, order))
        if status == SIGNED:
            signed.append(row)
    if set(marks) - {k.id for k in keys}:
        raise Refused(
            "le fichier contient des notes sans grille (fichier modifié hors de grader)."
        )
    _verify(ctx, juror_id, signed, marks)
    return tuple(keys)


def check_file(ctx: Context, path: Path, snapshot: Path) -> Checked | FileResult:
    """Everything about one juror file that needs no write (in the worker)."""
    try:
        _check_header(path)
        _snapshot(path, snapshot)
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("ATTACH DATABASE ? AS jf", (sqlite_uri(snapshot, readonly=True),))
            juror_id = _check_identity(conn, ctx)
            return Checked(path, snapshot, juror_id, _check_sheets(conn, ctx, juror_id))
        finally:
            conn.close()
    except Refused as exc:
        return FileResult(path, REFUSED, str(exc))
    except sqlite3.DatabaseError as exc:
        return FileResult(path, REFUSED, f"fichier endommagé ou illisible ({exc}).")
    except OSError as exc:
        return FileResult(path, REFUSED, f"fichier illisible ({exc.strerror or exc}).")


def order_key(status: str, version: int, *rest: str | None) -> tuple[object, ...]:
    """Which of two versions of a sheet is the newer; ``rest`` is signed_at,
    updated_at, digest and id (the last two only break exact ties)."""
    return (version, status == SIGNED, *(r or "" for r in rest))
