"""Open and create session files (``.jury``) and juror files (``.grille``).

Both are SQLite databases in WAL mode with foreign keys on. The UI and the
CLI never call ``commit()``: the grading operations do, one transaction per
change, through :meth:`GraderFile.transaction`.

A file is checked before anything touches it (a foreign or damaged file is
refused without being modified), locked for writing by one program at a
time, and migrated in place when an older grader wrote it.
"""

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import event
from sqlalchemy.engine import Engine, ExceptionContext
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, SQLModel, create_engine

from grader import __version__
from grader.errors import (
    BadFile,
    GraderError,
    StorageFailure,
    StorageReason,
    is_storage_error,
    storage_failure,
)
from grader.models import lock, tables
from grader.models.migrate import migrate
from grader.models.tables import SCHEMA_VERSION, Meta
from grader.referential import Referential, load_referential_text

FileKind = Literal["session", "juror"]
SESSION_SUFFIX = ".jury"
JUROR_SUFFIX = ".grille"
_SQLITE_HEADER = b"SQLite format 3\x00"


class FileRefused(BadFile):
    """A file cannot be opened; ``str(exc)`` is a French sentence for the user."""


class FileUnavailable(FileRefused, StorageFailure):
    """A sound file that cannot be written here: held by another program, in a
    folder where one cannot write, or opened read-only. Still a
    ``FileRefused`` for the callers that open files."""


class FileInUse(FileUnavailable):
    """Another program holds the file's lock: ``owner`` says who, and
    ``can_take_over`` whether the lock is old enough to offer taking it over
    (:func:`take_over_lock`)."""

    def __init__(
        self, message: str, owner: lock.LockOwner | None, can_take_over: bool, path: Path
    ) -> None:
        super().__init__(message, reason=StorageReason.LOCKED, path=path)
        self.owner = owner
        self.can_take_over = can_take_over


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit that returned survives a power cut, not only a killed process.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def _on_connect_bulk(dbapi_conn: sqlite3.Connection, record: object) -> None:
    _on_connect(dbapi_conn, record)
    # NORMAL in WAL: no flush per commit; a killed program still loses nothing
    # committed, only a power cut may. For generated files (demo, fixtures).
    dbapi_conn.execute("PRAGMA synchronous = NORMAL")


def _on_connect_readonly(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


# SQLite's Unix file layer refuses a database path over 512 bytes once it adds
# « -journal »: 504 bytes. A migration backs the file up as « x.jury.bak-v2-NN »
# beside it, so keep room for that suffix too.
MAX_PATH_BYTES = 490
# Most file systems: 255 bytes per name; the lock adds « .lock ».
MAX_NAME_BYTES = 250


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    """A ``file:`` URI SQLite decodes once into exactly ``path``: ``as_uri``
    percent-encodes ``#``, ``?``, ``%``, spaces and accents. Never hand it to
    SQLAlchemy's URL parser, which would decode it a second time."""
    return path.resolve().as_uri() + ("?mode=ro" if readonly else "")


def connect(path: Path, readonly: bool = False, **kwargs: Any) -> sqlite3.Connection:
    """A DBAPI connection to ``path`` taken as it is."""
    conn: sqlite3.Connection = sqlite3.connect(sqlite_uri(path, readonly), uri=True, **kwargs)
    return conn


def check_path_length(path: Path) -> None:
    """Refuse, before anything is written, a path SQLite cannot open."""
    full = len(os.fsencode(path.resolve()))
    if full > MAX_PATH_BYTES:
        raise FileRefused(
            f"Le chemin de {path.name} est trop long ({full} octets ; grader en accepte "
            f"{MAX_PATH_BYTES} au plus, une limite de SQLite) : déplacez le fichier dans un "
            "dossier au chemin plus court, ou raccourcissez le nom des dossiers."
        )
    name = len(os.fsencode(path.name))
    if name > MAX_NAME_BYTES:
        raise FileRefused(
            f"Le nom du fichier {path.name[:40]}… est trop long ({name} octets ; "
            f"{MAX_NAME_BYTES} au plus) : raccourcissez-le."
        )


def _engine(path: Path, readonly: bool = False, durable: bool = True) -> Engine:
    # The creator opens the file by its path: SQLAlchemy's URL (which decodes
    # « %23 » into « # », then SQLite cuts the path there) never sees it.
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, readonly, check_same_thread=False),
        # « sqlite:// » alone would mean an in-memory database and one connection
        # per thread; a file takes the usual pool.
        poolclass=QueuePool,
    )
    hook = _on_connect_readonly if readonly else _on_connect if durable else _on_connect_bulk
    event.listen(engine, "connect", hook)

    def _storage_boundary(context: ExceptionContext) -> None:
        # Every statement run through the engine (reads included): a disk
        # fault becomes grader's StorageFailure; a bug stays what it is.
        if is_storage_error(context.original_exception):
            raise storage_failure(context.original_exception, path) from (
                context.original_exception
            )

    event.listen(engine, "handle_error", _storage_boundary)
    return engine


def _read_only_refusal(path: Path) -> FileUnavailable:
    return FileUnavailable(
        f"{path.name} est ouvert en lecture seule : rien n'a été modifié.",
        reason=StorageReason.READ_ONLY,
        path=path,
    )


_PARSED: dict[tuple[str, str], Referential] = {}


def _parse_referential(text: str, source: str) -> Referential:
    """Parsing a big référentiel takes a fifth of a second, and the lead opens a
    session and a dozen juror files holding the same text: parse it once.
    Safe to share: a Referential is immutable."""
    key = (hashlib.sha256(text.encode("utf-8")).hexdigest(), source)
    ref = _PARSED.get(key)
    if ref is None:
        ref = load_referential_text(text, source=source)
        if len(_PARSED) >= 16:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[key] = ref
    return ref


class GraderFile:
    """An open session or juror file."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        readonly: bool = False,
        meta: dict[str, str] | None = None,
        locked: bool = False,
        durable: bool = True,
    ) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        self.durable = durable
        self._locked = locked
        if meta is None:
            with engine.connect() as conn:
                meta = {k: v for k, v in conn.exec_driver_sql("SELECT key, value FROM meta")}
        self.meta: dict[str, str] = meta
        # open_file refuses any other file_kind before building a GraderFile.
        self.kind: FileKind = meta["file_kind"]  # type: ignore[assignment]
        self.session_id: str = meta["session_id"]
        self.juror_id: str | None = meta.get("juror_id")
        self._referential: Referential | None = None
        # Per-file memo for the grading operations (criterion index, actor name…):
        # a mark is written on every keystroke and must not reparse the référentiel.
        self.cache: dict[str, Any] = {}

    def new_session(self) -> Session:
        """A read session; objects must not outlive it (copy what you keep)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One change, one transaction: committed when the block exits normally."""
        if self.readonly:
            raise _read_only_refusal(self.path)
        try:
            with Session(self.engine, expire_on_commit=False) as s, s.begin():
                yield s
        except GraderError:
            raise
        except (sqlite3.Error, SQLAlchemyError, OSError) as exc:
            # The storage boundary: nothing a disk does escapes as a raw error.
            if is_storage_error(exc):
                raise storage_failure(exc, self.path) from exc
            raise

    @contextmanager
    def cursor_transaction(self) -> Iterator[sqlite3.Cursor]:
        """The same one-change-one-transaction on the bare DBAPI cursor, for the
        mark written at every keystroke where the ORM's bookkeeping would cost
        more than SQLite itself. IMMEDIATE: the write lock is taken before the
        first read, so what the caller checks cannot change under it."""
        if self.readonly:
            raise _read_only_refusal(self.path)
        try:
            conn = self.engine.raw_connection()
            try:
                cur = conn.cursor()
                assert isinstance(cur, sqlite3.Cursor)  # the pysqlite driver's own cursor
                cur.execute("BEGIN IMMEDIATE")
                try:
                    yield cur
                except BaseException:
                    _rollback_quietly(conn)
                    raise
                conn.commit()
                cur.close()
            finally:
                conn.close()  # back to the pool
        except GraderError:
            raise
        except (sqlite3.Error, SQLAlchemyError, OSError) as exc:
            if is_storage_error(exc):
                raise storage_failure(exc, self.path) from exc
            raise

    @property
    def referential(self) -> Referential:
        if self._referential is None:
            with self.new_session() as s:
                js = s.get(tables.JurySession, self.session_id)
                assert js is not None
                self._referential = _parse_referential(
                    js.referential_yaml, js.referential_source or "session"
                )
        return self._referential

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before copying it elsewhere)."""
        if not self.readonly:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()
        if self._locked:
            self._locked = False
            lock.release(self.path)

    def __enter__(self) -> "GraderFile":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _rollback_quietly(conn: Any) -> None:
    """Roll back after a failed write; a disk that refused the write may
    refuse the rollback too, and the first error is the one to report."""
    with suppress(sqlite3.Error):
        conn.rollback()


def _take_lock(path: Path) -> None:
    try:
        lock.acquire(path)
    except lock.FileLocked as exc:
        raise FileInUse(str(exc), exc.owner, exc.can_take_over, path) from None
    except OSError as exc:
        raise FileUnavailable(
            f"{path.name} : impossible d'écrire à côté du fichier ({exc.strerror}). "
            "Ouvrez-le en lecture seule ou copiez-le dans un dossier où vous pouvez écrire.",
            reason=StorageReason.READ_ONLY,
            path=path,
        ) from None


def take_over_lock(path: str | Path, owner: lock.LockOwner) -> bool:
    """Remove the old lock the user agreed to take over (see ``FileInUse``);
    False when it changed since it was shown. Open the file again afterwards."""
    return lock.take_over(Path(path), owner)


def create_file(
    path: str | Path,
    kind: FileKind,
    session: tables.JurySession,
    juror_id: str | None = None,
    *,
    durable: bool = True,
) -> GraderFile:
    """Create a new file holding ``session`` (not yet added anywhere).
    ``durable=False``: see :func:`open_file`."""
    path = Path(path)
    if path.exists():
        raise FileRefused(f"Le fichier {path.name} existe déjà.")
    check_path_length(path)
    _take_lock(path)
    try:
        engine = _engine(path, durable=durable)
        with engine.connect() as conn:
            # One transaction for the whole schema: sqlite3 opens none before
            # DDL by itself, and each CREATE would otherwise be synced to disk.
            conn.exec_driver_sql("BEGIN")
            SQLModel.metadata.create_all(conn)
            conn.commit()
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "file_kind": kind,
            "session_id": session.id,
            "app_version": __version__,
        }
        if juror_id:
            meta["juror_id"] = juror_id
        with Session(engine, expire_on_commit=False) as s, s.begin():
            for key, value in meta.items():
                s.add(Meta(key=key, value=value))
            s.add(session)
    except BaseException:
        lock.release(path)
        raise
    return GraderFile(path, engine, meta=meta, locked=True, durable=durable)


def _not_grader(path: Path) -> FileRefused:
    return FileRefused(
        f"{path.name} n'est pas un fichier de grader (ni une session .jury, ni une grille .grille)."
    )


def _damaged(path: Path, detail: str) -> FileRefused:
    return FileRefused(
        f"{path.name} est endommagé ({detail}) : il ne peut pas être ouvert. "
        "Reprenez la dernière copie que vous avez de ce fichier."
    )


def _probe(path: Path, readonly: bool) -> dict[str, str]:
    """Read the file's Meta without modifying it, refusing what is not ours."""
    check_path_length(path)
    if not path.exists():
        raise FileRefused(f"Le fichier {path} n'existe pas.")
    if path.is_dir():
        raise FileRefused(f"{path.name} est un dossier, pas un fichier de grader.")
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise FileRefused(f"{path.name} ne peut pas être lu ({exc.strerror}).") from None
    if not header:
        raise FileRefused(f"{path.name} est vide : ce n'est ni une session ni une grille.")
    if header != _SQLITE_HEADER:
        raise _not_grader(path)
    try:
        conn = connect(path, readonly)
    except sqlite3.Error as exc:
        raise FileRefused(f"{path.name} ne peut pas être ouvert ({exc}).") from None
    try:
        tables_present = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "meta" not in tables_present:
            raise _not_grader(path)
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        raise _damaged(path, "; ".join(problems[:3]))
    if "schema_version" not in meta or meta.get("file_kind") not in ("session", "juror"):
        raise _not_grader(path)
    try:
        version = int(meta["schema_version"])
    except ValueError:
        raise _not_grader(path) from None
    if version > SCHEMA_VERSION:
        raise FileRefused(
            f"{path.name} a été créé par une version plus récente de grader : "
            "mettez l'application à jour pour l'ouvrir."
        )
    return meta


def open_file(path: str | Path, *, readonly: bool = False, durable: bool = True) -> GraderFile:
    """Open an existing file, refusing anything that is not a grader file of a
    version this program understands. ``readonly`` takes no lock and writes
    nothing (to look at a file another program is editing). ``durable=False``
    skips the flush to disk at each commit, for files a program generates in
    bulk (the demo): never for a user's grading."""
    path = Path(path)
    meta = _probe(path, readonly)
    version = int(meta["schema_version"])
    if not readonly:
        _take_lock(path)
    try:
        if version < SCHEMA_VERSION:
            if readonly:
                raise FileRefused(
                    f"{path.name} vient d'une version plus ancienne de grader : "
                    "ouvrez-le une fois normalement (pas en lecture seule) pour le mettre à jour."
                )
            try:
                migrate(path, version)
            except sqlite3.Error as exc:
                raise FileRefused(
                    f"{path.name} n'a pas pu être mis à jour ({exc}) : il est resté tel quel."
                ) from None
            meta["schema_version"] = str(SCHEMA_VERSION)
        engine = _engine(path, readonly, durable)
        return GraderFile(
            path, engine, readonly=readonly, meta=meta, locked=not readonly, durable=durable
        )
    except BaseException:
        if not readonly:
            lock.release(path)
        raise


def integrity_check(target: GraderFile | str | Path) -> list[str]:
    """SQLite's full ``PRAGMA integrity_check``: [] when the file is sound."""
    if isinstance(target, GraderFile):
        with target.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    else:
        conn2 = connect(Path(target), True)
        try:
            rows = [r[0] for r in conn2.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        finally:
            conn2.close()
    return [] if rows == ["ok"] else rows
