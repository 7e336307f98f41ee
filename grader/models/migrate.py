"""Bring a file written by an older grader up to the current schema.

Each step turns version N into N + 1. Before the first step the file is
copied beside itself (``x.jury.bak-v1`` for a v1 file) with SQLite's backup API (a plain
file copy could miss what is still in the WAL); all the steps then run in one
transaction, so a failed migration leaves the file exactly as it was.
"""

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from grader.models import tables  # noqa: F401  (registers every table in the metadata)
from grader.models.accommodations import legacy_accommodation
from grader.models.tables import SCHEMA_VERSION

_DIALECT = sqlite_dialect.dialect()


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _default_sql(column: Column[Any]) -> str | None:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        # utc_now and the like: the time of the migration is the honest answer.
        if column.type.python_type is datetime:
            return _literal(datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"))
        return None
    return _literal(arg)


def _create_table(conn: sqlite3.Connection, table: Table) -> None:
    conn.execute(str(CreateTable(table).compile(dialect=_DIALECT)))
    for index in table.indexes:
        conn.execute(str(CreateIndex(index).compile(dialect=_DIALECT)))


def add_missing_schema(conn: sqlite3.Connection) -> None:
    """Create the tables and add the columns the file lacks (nothing is dropped)."""
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in existing:
            _create_table(conn, table)
            continue
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name in have:
                continue
            ddl = f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" '
            ddl += column.type.compile(dialect=_DIALECT)
            default = _default_sql(column)
            if default is not None:
                ddl += f" DEFAULT {default}"
                if not column.nullable:
                    ddl += " NOT NULL"
            conn.execute(ddl)


def add_session_durations(conn: sqlite3.Connection) -> None:
    """v1 → v2: the soutenance durations set by the session (none yet: « {} »)."""
    have = {r[1] for r in conn.execute('PRAGMA table_info("jurysession")')}
    # A v0 file got every current column from the step before.
    if "durations" not in have:
        conn.execute(
            "ALTER TABLE jurysession ADD COLUMN durations VARCHAR NOT NULL DEFAULT '{}'"
        )


def add_presence_function_closure(conn: sqlite3.Connection) -> None:
    """v2 → v3: candidates present or absent for the session (all present),
    a jury member's function apart from their status (a former « président »
    role becomes the function, status not given), the note of a forced closure."""
    for table, column, ddl in (
        ("candidate", "present", "BOOLEAN NOT NULL DEFAULT 1"),
        ("juror", "function", "VARCHAR NOT NULL DEFAULT 'membre'"),
        ("jurysession", "closure_note", "VARCHAR NOT NULL DEFAULT ''"),
        ("juror", "key_proof", "VARCHAR"),
    ):
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        # A v0 file got every current column from the first step.
        if column not in have:
            conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')
    conn.execute("UPDATE juror SET function = 'president', role = '' WHERE role = 'president'")
    conn.execute("DROP TABLE IF EXISTS jurorkey")


def minimise_accommodations(conn: sqlite3.Connection) -> None:
    """v2 → v3: an accommodation is a type of the closed list, never free text
    that could hold a diagnosis. Any other type becomes « autre » without its
    words; a detail stays only when it is a decision reference."""
    rows = conn.execute(
        "SELECT id, accommodation_type, accommodation_detail FROM candidate "
        "WHERE accommodation_type != '' OR accommodation_detail != ''"
    ).fetchall()
    for cid, kind, detail in rows:
        new_kind, new_detail = legacy_accommodation(kind or "", detail or "")
        if not (kind or "").strip() and not new_detail:
            new_kind = ""  # a detail alone (no type) was free text: nothing stays
        conn.execute(
            "UPDATE candidate SET accommodation_type = ?, accommodation_detail = ? WHERE id = ?",
            (new_kind, new_detail, cid),
        )


def to_v3(conn: sqlite3.Connection) -> None:
    """v2 → v3, the one step of this release: presence, function and closure
    note; accommodations reduced to a type and a decision's date."""
    add_presence_function_closure(conn)
    minimise_accommodations(conn)


# version N → the step that makes it N + 1
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    # v0 (first prototypes): no signatures, keys, recusals nor deliberation notes.
    0: add_missing_schema,
    1: add_session_durations,
    2: to_v3,
}


def backup_path(path: Path, version: int) -> Path:
    candidate = path.with_name(f"{path.name}.bak-v{version}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-v{version}-{n}")
        n += 1
    return candidate


def migrate(path: Path, version: int) -> Path:
    """Migrate ``path`` from ``version`` to the current one; returns the backup."""
    backup = backup_path(path, version)
    src = sqlite3.connect(path, isolation_level=None)
    try:
        dst = sqlite3.connect(backup)
        try:
            src.backup(dst)
        finally:
            dst.close()
        src.execute("BEGIN IMMEDIATE")
        try:
            for v in range(version, SCHEMA_VERSION):
                MIGRATIONS[v](src)
            src.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
            )
            src.execute("COMMIT")
        except BaseException:
            src.execute("ROLLBACK")
            raise
    finally:
        src.close()
    return backup
