"""What the faster merge must keep: the file is copied as it was verified,
a juror's grader may still have it open."""

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import build_session, content, merge

from grader.grading import merge as merge_module
from grader.grading.marks import list_sheets, set_mark
from grader.grading.merge import IMPORTED, REFUSED
from grader.grading.signing import sign_sheet
from grader.models.store import open_file


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    return build_session(tmp_path_factory.mktemp("modele"))


@pytest.fixture
def built(template: tuple[Path, list[Path]], tmp_path: Path) -> tuple[Path, list[Path]]:
    session, paths = template
    shutil.copytree(session.parent, tmp_path / "copie")
    return tmp_path / "copie" / session.name, [
        tmp_path / "copie" / p.relative_to(session.parent) for p in paths
    ]


def _marks_of(db: Path, juror_file: Path) -> list[tuple]:
    """The marks the session holds for the sheets of ``juror_file``."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("ATTACH DATABASE ? AS jf", (str(juror_file),))
        return conn.execute(
            "SELECT m.sheet_id, m.criterion_id, m.level, m.points FROM main.mark m"
            " WHERE m.sheet_id IN (SELECT id FROM jf.sheet) ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()


def test_the_copy_is_what_was_verified(
    built: tuple[Path, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file altered between its check and its copy: the session gets the
    verified content, never the altered one."""
    session, paths = built
    pristine = tmp_path / "intacte.grille"
    shutil.copyfile(paths[0], pristine)
    real_write = merge_module._write

    def tamper_then_write(conn: sqlite3.Connection, checked: Any) -> Any:
        jf = sqlite3.connect(checked.path)
        jf.execute("UPDATE mark SET level = 'NA' WHERE level = 'A'")
        jf.execute("UPDATE mark SET points = 0 WHERE points > 0")
        jf.commit()
        jf.close()
        return real_write(conn, checked)

    monkeypatch.setattr(merge_module, "_write", tamper_then_write)
    assert merge(session, paths[:1])[0][0] == IMPORTED
    assert _marks_of(session, pristine) == _sheet_marks(pristine)
    assert _marks_of(session, pristine) != _sheet_marks(paths[0])  # the tampering happened


def _sheet_marks(juror_file: Path) -> list[tuple]:
    conn = sqlite3.connect(juror_file)
    try:
        return conn.execute(
            "SELECT sheet_id, criterion_id, level, points FROM mark ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()


def test_a_file_still_open_in_a_grader_is_merged_whole(tmp_path: Path) -> None:
    """The last grades may still be in the juror file's WAL: they are merged too."""
    session, paths = build_session(tmp_path, sign=False)
    jf = open_file(paths[0])
    try:
        for sheet in list_sheets(jf):
            criterion = sorted(sheet.marks)[0]
            scale = jf.referential.locate(criterion)[1].scale
            if scale.kind == "points":
                set_mark(jf, sheet.id, criterion, points=3.0)
            else:
                set_mark(jf, sheet.id, criterion, level=scale.levels[-1].code)
            sign_sheet(jf, sheet.id)
        wal = Path(f"{paths[0]}-wal")
        # The last grades are not yet folded into the file itself.
        assert wal.exists()
        assert wal.stat().st_size > 0
        results = merge(session, paths[:1])
        expected = {(s.id, s.digest) for s in list_sheets(jf)}
    finally:
        jf.close()
    assert results[0][0] == IMPORTED, results
    assert "non signée" not in results[0][1]
    sheets = content(session)[0]
    assert {(row[0], row[6]) for row in sheets} == expected


def test_no_snapshot_is_left_behind(
    built: tuple[Path, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, paths = built
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)
    broken = paths[1].with_name("tronque.grille")
    broken.write_bytes(paths[1].read_bytes()[:5000])
    results = merge(session, [paths[0], broken, paths[2]])
    assert [s for s, _ in results] == [IMPORTED, REFUSED, IMPORTED]
    assert list(temp.iterdir()) == []


def test_an_altered_sheet_is_refused(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    conn = sqlite3.connect(paths[0])
    conn.execute("UPDATE mark SET observation = 'ajout' WHERE rowid = 3")
    conn.commit()
    conn.close()
    status, reason = merge(session, paths[:1])[0]
    assert status == REFUSED
    assert "modifiée après sa signature" in reason


def _set_schema_version(path: Path, version: int, *drop: str) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    for table in drop:
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_an_older_juror_file_is_migrated_on_a_copy(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    before = _set_schema_version(paths[0], 0, "deliberationnote", "recusal")
    assert merge(session, paths[:1])[0][0] == IMPORTED
    assert paths[0].read_bytes() == before  # the juror's own file is left as it was
    assert not list(paths[0].parent.glob("*.bak*"))  # nor a migration backup beside it
    assert _marks_of(session, paths[0]) == _sheet_marks(paths[0])


def test_a_newer_juror_file_is_refused(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    _set_schema_version(paths[0], 99)
    before = content(session)
    status, reason = merge(session, paths[:1])[0]
    assert status == REFUSED
    assert "version plus récente" in reason
    assert content(session) == before
