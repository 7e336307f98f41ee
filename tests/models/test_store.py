"""Opening files: what is refused, without touching it, and how."""

import os
import sqlite3
from pathlib import Path

import pytest

from grader.grading import session_ops
from grader.models.store import FileRefused, GraderFile, create_file, integrity_check, open_file
from grader.models.tables import SCHEMA_VERSION, JurySession


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_created_file_reopens_with_its_schema_version(session_file: GraderFile) -> None:
    path = session_file.path
    session_file.close()
    with open_file(path) as g:
        assert g.kind == "session"
        assert g.meta["schema_version"] == str(SCHEMA_VERSION)
        assert len(session_ops.list_candidates(g)) == 30
        assert integrity_check(g) == []
    assert integrity_check(path) == []


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.jury"
    target.write_bytes(b"keep me")
    session = JurySession(referential_id="r", referential_hash="h", referential_yaml="")
    with pytest.raises(FileRefused, match="existe déjà"):
        create_file(target, "session", session)
    assert target.read_bytes() == b"keep me"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="n'existe pas"):
        open_file(tmp_path / "absent.jury")


def test_empty_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "vide.jury"
    path.touch()
    with pytest.raises(FileRefused, match=r"vide.jury est vide"):
        open_file(path)
    assert _bytes(path) == b""
    assert not Path(str(path) + ".lock").exists()


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "hasard.jury"
    data = os.urandom(8192)
    path.write_bytes(data)
    with pytest.raises(FileRefused, match=r"hasard.jury n'est pas un fichier de grader"):
        open_file(path)
    assert _bytes(path) == data


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "autre.jury"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (nom TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Zoé')")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(FileRefused, match=r"autre.jury n'est pas un fichier de grader"):
        open_file(path)
    assert _bytes(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_truncated_file_is_refused(session_file: GraderFile) -> None:
    path = session_file.path
    session_file.checkpoint()
    session_file.close()
    data = _bytes(path)
    assert len(data) > 4 * 4096
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileRefused, match=r"session.jury est endommagé"):
        open_file(path)


def test_newer_version_is_refused(session_file: GraderFile) -> None:
    path = session_file.path
    session_file.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(FileRefused, match="version plus récente"):
        open_file(path)


def test_readonly_file_refuses_changes(session_file: GraderFile) -> None:
    path = session_file.path
    session_file.close()
    with open_file(path, readonly=True) as g:
        assert len(session_ops.list_jurors(g)) == 1
        with pytest.raises(FileRefused, match="lecture seule"):
            session_ops.add_juror(g, "Zoé Le Bihan", "formateur")
    with open_file(path) as g:
        assert [j.name for j in session_ops.list_jurors(g)] == ["Élodie Martin"]
