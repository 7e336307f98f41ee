"""Everything the merge verifies in a juror file before a single row of it is
written: a private snapshot (SQLite's backup, WAL included), its integrity,
its session, référentiel version, juror and key, and every signed sheet's
digest and Ed25519 signature. ``merge`` then copies from the same snapshot.
"""

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from grader.errors import BadFile
from grader.grading.keys import fingerprint, proof_holds
from grader.grading.signed_form import read_sheets
from grader.grading.signing import public_key_of, verify_rows
from grader.grading.vocabulary import SIGNED
from grader.models.migrate import migrate
from grader.models.store import GraderFile
from grader.models.tables import SCHEMA_VERSION

IMPORTED = "imported"


ALREADY_PRESENT = "already_present"


REFUSED = "refused"


UPDATED = "updated"


_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class FileResult:
    path: Path
    status: str  # imported | already_present | refused | updated
    reason: str  # French, shown after the status
    sheets: int = 0  # sheets written (new or replacing an older version)
    marks: int = 0
    drafts: int = 0  # of the sheets written, those not signed
    juror_id: str | None = None
    # The juror's key, recorded by this merge (first file from that juror):
    # a sentence with its fingerprint, for the lead to confirm with the juror.
    key_note: str = ""


class Refused(BadFile):
    """A juror file fails a check; ``str(exc)`` is the French reason."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the checks need from the session, read once per merge (and only
    read afterwards: the worker thread shares it)."""

    session_id: str
    referential_hash: str
    titles: dict[str, str]  # assessment id → title, evaluated assessments only
    criteria: dict[str, set[str]]  # assessment id → criterion ids
    jurors: dict[str, tuple[str, str | None, bool]]  # id → (name, public key, key proven)
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
class JurorKey:
    """The key a juror file carries: its public half, and the proof (when the
    file has one) that the key's holder claimed this juror's file with it."""

    public_key: str
    proof: str | None


@dataclass(frozen=True, slots=True)
class Checked:
    """A juror file that passed every check, and its snapshot to copy from."""

    path: Path
    snapshot: Path
    juror_id: str
    sheets: tuple[SheetKey, ...]
    key: JurorKey | None = None


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
            r[0]: (r[1], r[2], bool(r[3]))
            for r in conn.execute(
                "SELECT id, name, public_key, key_proof FROM juror WHERE session_id = ?",
                (gfile.session_id,),
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
    juror_id = str(meta["juror_id"])
    if juror_id not in ctx.jurors:
        row = conn.execute("SELECT name FROM jf.juror WHERE id = ?", (juror_id,)).fetchone()
        name = f"« {row[0]} » " if row else ""
        raise Refused(f"le juré {name}de ce fichier ne fait pas partie de cette session.")
    return juror_id


def _check_key(conn: sqlite3.Connection, ctx: Context, juror_id: str) -> JurorKey | None:
    """The file's key against the session's: the first key a juror brings is
    recorded (trust on first use, its fingerprint shown to the lead), and only
    that key is accepted afterwards. A key needs its proof, unless the session
    recorded it without one (a session prepared by an earlier grader)."""
    name, recorded, recorded_proven = ctx.jurors[juror_id]
    row = conn.execute(
        "SELECT public_key, key_proof FROM jf.juror WHERE id = ?", (juror_id,)
    ).fetchone()
    carried, proof = (row[0], row[1]) if row else (None, None)
    if not isinstance(carried, str) or not carried:
        if recorded is not None:
            raise Refused(
                f"la grille de « {name} » ne porte pas de clé de signature, alors que la session "
                f"a enregistré la sienne (empreinte {fingerprint(recorded)})."
            )
        return None  # never opened by its juror: drafts at most (signed sheets are refused)
    if recorded is not None and carried != recorded:
        raise Refused(
            f"la clé de signature de « {name} » ne correspond pas à celle enregistrée dans la "
            f"session (empreinte attendue {fingerprint(recorded)}, trouvée "
            f"{fingerprint(carried) if public_key_of(carried) else 'illisible'})."
        )
    legacy = recorded is not None and not recorded_proven
    if not legacy and not proof_holds(ctx.session_id, juror_id, carried, proof):
        raise Refused(
            f"la preuve de la clé de « {name} » manque ou ne correspond pas : ce fichier n'a "
            "pas été préparé par ce juré (fichier d'un autre juré renommé, ou modifié)."
        )
    if len(carried) != 64 or public_key_of(carried) is None:
        raise Refused(f"la clé de signature de « {name} » est illisible (fichier modifié).")
    return JurorKey(carried, proof if isinstance(proof, str) else None)


def _verify(
    ctx: Context, public_key: str, signed: list[tuple[dict[str, Any], list[dict[str, Any]]]]
) -> None:
    """Every signed sheet's digest and signature (one key parsed for all)."""
    key = public_key_of(public_key)
    for row, sheet_marks in signed:
        problem = verify_rows(row, sheet_marks, public_key, key=key)
        if problem:
            who, title = ctx.candidates[row["candidate_id"]], ctx.titles[row["assessment_id"]]
            raise Refused(f"grille de {who}, épreuve « {title} » : {problem}")


def _check_sheets(
    conn: sqlite3.Connection, ctx: Context, juror_id: str, public_key: str | None
) -> tuple[SheetKey, ...]:
    """Every sheet of the file, each checked against the session and, when
    signed, against its digest and the juror's signature."""
    sheets = read_sheets(lambda sql, params: conn.execute(sql, params), "jf")
    keys, signed = [], []
    for sid, (row, sheet_marks) in sheets.items():
        candidate_id, assessment_id = row["candidate_id"], row["assessment_id"]
        status, version = row["status"], row["version"]
        who, title = ctx.candidates.get(candidate_id), ctx.titles.get(assessment_id)
        if row["juror_id"] != juror_id or row["session_id"] != ctx.session_id:
            raise Refused("le fichier contient des grilles d'un autre juré ou d'une autre session.")
        if who is None:
            raise Refused("une grille concerne un candidat qui n'est pas dans la session.")
        if title is None:
            raise Refused(
                f"la grille de {who} porte sur l'épreuve « {assessment_id} », "
                "qui n'est pas évaluée dans cette session."
            )
        unknown = {m["criterion_id"] for m in sheet_marks} - ctx.criteria[assessment_id]
        if unknown:
            raise Refused(
                f"la grille de {who} (« {title} ») note des critères inconnus du référentiel : "
                f"{', '.join(sorted(map(str, unknown)))}."
            )
        order = order_key(status, version, row["signed_at"], row["updated_at"], row["digest"], sid)
        keys.append(SheetKey(sid, candidate_id, assessment_id, status, version, order))
        if status == SIGNED:
            signed.append((row, sheet_marks))
    orphans = conn.execute(
        "SELECT 1 FROM jf.mark WHERE sheet_id NOT IN (SELECT id FROM jf.sheet) LIMIT 1"
    ).fetchone()
    if orphans:
        raise Refused("le fichier contient des notes sans grille (fichier modifié hors de grader).")
    if signed and public_key is None:
        raise Refused(
            "le fichier contient des grilles signées mais aucune clé de signature "
            "(fichier modifié hors de grader)."
        )
    if public_key is not None:
        _verify(ctx, public_key, signed)
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
            key = _check_key(conn, ctx, juror_id)
            sheets = _check_sheets(conn, ctx, juror_id, key.public_key if key else None)
            return Checked(path, snapshot, juror_id, sheets, key)
        finally:
            conn.close()
    except Refused as exc:
        return FileResult(path, REFUSED, str(exc))
    except sqlite3.DatabaseError as exc:
        return FileResult(path, REFUSED, f"fichier endommagé ou illisible ({exc}).")
    except OSError as exc:
        return FileResult(path, REFUSED, f"fichier illisible ({exc.strerror or exc}).")


def order_key(status: str, version: int, *rest: str | None) -> tuple[object, ...]:
    """Which of two versions of a sheet is the newer: any signed one over any
    draft, then the higher version; ``rest`` is signed_at, updated_at, digest
    and id (the last two only break exact ties)."""
    return (status == SIGNED, version, *(str(r or "") for r in rest))
