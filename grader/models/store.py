"""Open and create session files (``.jury``) and juror files (``.grille``).

Both are SQLite databases in WAL mode with foreign keys on. The UI and the
CLI never call ``commit()``: the grading operations do, one transaction per
change, through :meth:`GraderFile.transaction`.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine, select

from grader import __version__
from grader.models import tables
from grader.models.tables import SCHEMA_VERSION, Meta
from grader.referential import Referential, load_referential_text

FileKind = Literal["session", "juror"]
SESSION_SUFFIX = ".jury"
JUROR_SUFFIX = ".grille"


class FileRefused(Exception):
    """A file cannot be opened; ``str(exc)`` is a French sentence for the user."""


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit that returned survives a power cut, not only a killed process.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


class GraderFile:
    """An open session or juror file."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        with Session(engine) as s:
            meta = {m.key: m.value for m in s.exec(select(Meta)).all()}
        self.kind: FileKind = meta["file_kind"]  # type: ignore[assignment]
        self.session_id: str = meta["session_id"]
        self.juror_id: str | None = meta.get("juror_id")
        self._referential: Referential | None = None

    def new_session(self) -> Session:
        """A read session; objects must not outlive it (copy what you keep)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One change, one transaction: committed when the block exits normally."""
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    @property
    def referential(self) -> Referential:
        if self._referential is None:
            with self.new_session() as s:
                js = s.get(tables.JurySession, self.session_id)
                assert js is not None
                self._referential = load_referential_text(
                    js.referential_yaml, source=js.referential_source or "session"
                )
        return self._referential

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "GraderFile":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_file(
    path: str | Path,
    kind: FileKind,
    session: tables.JurySession,
    juror_id: str | None = None,
) -> GraderFile:
    """Create a new file holding ``session`` (not yet added anywhere)."""
    path = Path(path)
    if path.exists():
        raise FileRefused(f"Le fichier {path.name} existe déjà.")
    engine = _engine(path)
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s, s.begin():
        s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        s.add(Meta(key="file_kind", value=kind))
        s.add(Meta(key="session_id", value=session.id))
        s.add(Meta(key="app_version", value=__version__))
        if juror_id:
            s.add(Meta(key="juror_id", value=juror_id))
        s.add(session)
    return GraderFile(path, engine)


def open_file(path: str | Path) -> GraderFile:
    """Open an existing file, refusing anything that is not a grader file of a
    version this program understands."""
    path = Path(path)
    if not path.exists():
        raise FileRefused(f"Le fichier {path} n'existe pas.")
    engine = _engine(path)
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).scalar()
    except Exception:
        engine.dispose()
        raise FileRefused(
            f"{path.name} n'est pas un fichier grader (session ou grille) ou il est endommagé."
        ) from None
    if version is None or int(version) > SCHEMA_VERSION:
        engine.dispose()
        raise FileRefused(
            f"{path.name} a été créé par une version plus récente de grader : "
            "mettez l'application à jour pour l'ouvrir."
        )
    return GraderFile(path, engine)
