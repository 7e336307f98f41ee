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

import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import SQLModel

from grader.errors import Refusal
from grader.grading.audit import RESPONSABLE, to_json
from grader.grading.jury_checks import (  # noqa: F401  (reception belongs with the merge API)
    ExpectedSheet,
    JurorReception,
    reception_status,
    reception_summary,
)
from grader.grading.keys import fingerprint
from grader.grading.merge_checks import (
    ALREADY_PRESENT,
    IMPORTED,
    REFUSED,
    UPDATED,
    Checked,
    FileResult,
    SheetKey,
    check_file,
    connect,
    order_key,
    read_context,
    sqlite_uri,
)
from grader.grading.signed_form import Unreadable, matches_digest, read_sheets
from grader.grading.vocabulary import SIGNED
from grader.models.store import GraderFile
from grader.models.tables import AuditEvent, Mark, Sheet, new_id

Progress = Callable[[int, int, str], None]


def _cols(table: type[SQLModel]) -> str:
    # SQLModel sets __table__ on table=True classes at runtime; its types do not declare it.
    return ", ".join(table.__table__.columns.keys())  # type: ignore[attr-defined]


# Same schema version on both sides (older juror files are migrated first).
_SHEET_COLS, _MARK_COLS, _AUDIT_COLS = _cols(Sheet), _cols(Mark), _cols(AuditEvent)


@dataclass(frozen=True, slots=True)
class MergeReport:
    files: tuple[FileResult, ...]

    @property
    def ok(self) -> bool:
        return all(f.status != REFUSED for f in self.files)

    @property
    def refused(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.status == REFUSED)


def _sql_now() -> str:
    # The text form SQLAlchemy stores, so that these rows sort with the others.
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _copy(conn: sqlite3.Connection, checked: Checked) -> FileResult:
    path, juror_id = checked.path, checked.juror_id
    existing = {
        (r[1], r[2]): (r[0], order_key(*r[3:]), r[3:5])
        for r in conn.execute(
            "SELECT id, candidate_id, assessment_id, status, version, signed_at, updated_at,"
            " digest, id FROM main.sheet WHERE juror_id = ?",
            (juror_id,),
        )
    }
    key_note = _record_key(conn, checked)
    to_write: list[SheetKey] = []
    replaced: list[tuple[str, SheetKey, tuple[str, int]]] = []
    same: dict[str, SheetKey] = {}  # the session's copy of a signed sheet, same version
    for sheet in checked.sheets:
        old = existing.get((sheet.candidate_id, sheet.assessment_id))
        if old is not None and not supersedes(sheet, old[2], old[1]):
            if old[0] == sheet.id and sheet.status == SIGNED and old[2] == (SIGNED, sheet.version):
                same[sheet.id] = sheet
            continue
        to_write.append(sheet)
        if old is not None:
            replaced.append((old[0], sheet, old[2]))
    # The genuine file repairs a session copy altered outside grader.
    for sid in _altered(conn, list(same)):
        sheet = same[sid]
        to_write.append(sheet)
        replaced.append((sid, sheet, (SIGNED, sheet.version)))
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
            path, ALREADY_PRESENT, "rien de nouveau dans ce fichier.", juror_id=juror_id,
            key_note=key_note,
        )  # fmt: skip
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
    reason = ", ".join(parts) + "."
    return FileResult(
        path, status, reason, len(to_write), marks, drafts, juror_id, key_note=key_note
    )


class _KeyChanged(Exception):
    """Another file of the same batch brought this juror another key first."""


def _record_key(conn: sqlite3.Connection, checked: Checked) -> str:
    """Trust on first use: the first key a juror's file brings is recorded in
    the session (with its proof), and the report gives its fingerprint for the
    lead to confirm with the juror; returns that sentence, or ""."""
    if checked.key is None:
        return ""
    name, recorded = conn.execute(
        "SELECT name, public_key FROM main.juror WHERE id = ?", (checked.juror_id,)
    ).fetchone()
    if recorded == checked.key.public_key:
        return ""
    if recorded is not None:
        raise _KeyChanged(
            f"la clé de signature de « {name} » ne correspond pas à celle enregistrée dans la "
            f"session (empreinte attendue {fingerprint(recorded)}, trouvée "
            f"{fingerprint(checked.key.public_key)})."
        )
    fp = fingerprint(checked.key.public_key)
    conn.execute(
        "UPDATE main.juror SET public_key = ?, fingerprint = ?, key_proof = ?, updated_at = ?"
        " WHERE id = ?",
        (checked.key.public_key, fp, checked.key.proof, _sql_now(), checked.juror_id),
    )
    conn.execute(
        "INSERT INTO main.auditevent (id, at, actor, action, entity, entity_id, old, new)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), _sql_now(), RESPONSABLE, "merge.key", "juror", checked.juror_id, "",
         to_json({"fichier": checked.path.name, "fingerprint": fp})),
    )  # fmt: skip
    return (
        f"Clé de signature de « {name} » enregistrée (première grille reçue) : "
        f"empreinte {fp}, à faire confirmer par le juré."
    )


def _altered(conn: sqlite3.Connection, ids: list[str]) -> list[str]:
    """Of these session sheets, those whose content no longer matches their digest."""
    if not ids:
        return []
    rows = read_sheets(lambda sql, params: conn.execute(sql, params), "main", ids)
    out = []
    for sid, (row, marks) in rows.items():
        try:
            intact = matches_digest(row, marks)
        except Unreadable:
            intact = False
        if not intact:
            out.append(sid)
    return out


def supersedes(sheet: SheetKey, old_state: tuple[str, int], old_order: tuple[object, ...]) -> bool:
    """Whether a checked sheet replaces the session's version of it: a signed
    sheet only by a signed one of a higher version (signed with the same key:
    the file's key was checked against the session's), a draft by any newer."""
    old_status, old_version = old_state
    if old_status == SIGNED:
        return sheet.status == SIGNED and sheet.version > old_version
    return sheet.order > old_order


def _write(conn: sqlite3.Connection, checked: Checked) -> FileResult:
    """Copy a checked file's snapshot in one transaction."""
    try:
        conn.execute("ATTACH DATABASE ? AS jf", (sqlite_uri(checked.snapshot, readonly=True),))
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
    except _KeyChanged as exc:
        return FileResult(checked.path, REFUSED, str(exc), juror_id=checked.juror_id)


def merge_juror_files(
    gfile: GraderFile, paths: Sequence[Path], progress: Progress | None = None
) -> MergeReport:
    """Import each juror file into the session ``gfile``, each in its own
    transaction: a refused file changes nothing, the others are imported."""
    if gfile.kind != "session":
        raise Refusal(f"{gfile.path.name} n'est pas un fichier de session : fusion impossible.")
    files = [Path(p) for p in paths]
    conn = connect(gfile.path)
    try:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_ids (id TEXT PRIMARY KEY)")
        ctx = read_context(gfile, conn)
        results = []
        with (
            tempfile.TemporaryDirectory(prefix="grader-merge-") as tmp,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="grader-merge") as worker,
        ):

            def check(i: int) -> "Future[Checked | FileResult]":
                return worker.submit(check_file, ctx, files[i], Path(tmp) / f"{i}.grille")

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
