"""An older file is migrated in place after a backup copy."""

import sqlite3
from pathlib import Path

import pytest

from grader.grading import session_ops
from grader.models import migrate
from grader.models.store import FileRefused, GraderFile, integrity_check, open_file
from grader.models.tables import SCHEMA_VERSION


def _make_v0(gfile: GraderFile) -> Path:
    """What the first prototypes wrote: no keys, signatures, recusals, notes nor tolerance."""
    path = gfile.path
    gfile.close()
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        ALTER TABLE juror DROP COLUMN key_proof;
        DROP TABLE recusal;
        DROP TABLE deliberationnote;
        ALTER TABLE sheet DROP COLUMN signature;
        ALTER TABLE juror DROP COLUMN public_key;
        ALTER TABLE juror DROP COLUMN fingerprint;
        ALTER TABLE jurysession DROP COLUMN points_tolerance;
        UPDATE meta SET value = '0' WHERE key = 'schema_version';
        """
    )
    conn.commit()
    conn.close()
    return path


def _columns(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


def test_v0_file_is_migrated_after_a_backup(session_file: GraderFile) -> None:
    path = _make_v0(session_file)
    assert "signature" not in _columns(path, "sheet")
    with open_file(path) as g:
        assert g.meta["schema_version"] == str(SCHEMA_VERSION)
        assert [j.name for j in session_ops.list_jurors(g)] == ["Élodie Martin"]
        assert len(session_ops.list_candidates(g)) == 30
        assert session_ops.session_view(g).points_tolerance == 1.0
        assert integrity_check(g) == []
    assert {"signature"} <= _columns(path, "sheet")
    assert {"public_key", "fingerprint"} <= _columns(path, "juror")
    assert "durations" in _columns(path, "jurysession")  # v0 → v1 → v2 in one go
    assert "key_proof" in _columns(path, "juror")
    assert not _columns(path, "jurorkey")  # no private key in any file
    backup = path.with_name("session.jury.bak-v0")
    assert backup.exists()
    assert "signature" not in _columns(backup, "sheet")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("0",)
    conn.close()


def test_failed_migration_leaves_the_file_as_it_was(
    session_file: GraderFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _make_v0(session_file)

    def broken(conn: sqlite3.Connection) -> None:
        migrate.add_missing_schema(conn)
        raise sqlite3.OperationalError("disque plein")

    monkeypatch.setitem(migrate.MIGRATIONS, 0, broken)
    with pytest.raises(FileRefused, match="n'a pas pu être mis à jour"):
        open_file(path)
    assert "signature" not in _columns(path, "sheet")
    assert not path.with_name(path.name + ".lock").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("0",)
    conn.close()


def test_readonly_open_does_not_migrate(session_file: GraderFile) -> None:
    path = _make_v0(session_file)
    with pytest.raises(FileRefused, match="version plus ancienne"):
        open_file(path, readonly=True)
    assert "signature" not in _columns(path, "sheet")
