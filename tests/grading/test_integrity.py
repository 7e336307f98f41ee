"""A mark changed in the session file with sqlite3 after the merge is reported
by `session show`, and `export pv` refuses; re-merging the genuine juror file
repairs it."""

import sqlite3
from pathlib import Path

import pytest
from helpers import build_session, merge

from grader.cli import main
from grader.grading.integrity import SessionAltered, check_session, require_intact
from grader.grading.merge import IMPORTED, UPDATED
from grader.models.store import open_file


@pytest.fixture
def merged(tmp_path: Path) -> tuple[Path, list[Path]]:
    session, paths = build_session(tmp_path)
    assert [s for s, _ in merge(session, paths)] == [IMPORTED] * 3
    return session, paths


def _flip_a_mark(session: Path) -> str:
    """What someone with an SQLite tool does: one signed level changed."""
    conn = sqlite3.connect(session)
    sheet_id, last_name = conn.execute(
        "SELECT s.id, c.last_name FROM sheet s JOIN candidate c ON c.id = s.candidate_id"
        " JOIN mark m ON m.sheet_id = s.id WHERE m.level IS NOT NULL LIMIT 1"
    ).fetchone()
    conn.execute(
        "UPDATE mark SET level = CASE level WHEN 'A' THEN 'NA' ELSE 'A' END WHERE id ="
        " (SELECT id FROM mark WHERE sheet_id = ? AND level IS NOT NULL LIMIT 1)",
        (sheet_id,),
    )
    conn.commit()
    conn.close()
    return str(last_name)


def test_an_intact_session_has_no_problem(merged: tuple[Path, list[Path]]) -> None:
    session, _ = merged
    with open_file(session) as g:
        assert check_session(g) == []
        require_intact(g)


def test_a_mark_changed_with_sqlite_is_reported_and_refused(
    merged: tuple[Path, list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, paths = merged
    last_name = _flip_a_mark(session)
    with open_file(session) as g:
        [problem] = check_session(g)
        with pytest.raises(SessionAltered):
            require_intact(g)
    assert last_name.upper() in problem
    assert "modifiée après sa signature" in problem
    assert main(["session", "show", str(session)]) == 1
    out = capsys.readouterr().out
    assert "modifié hors de grader" in out
    assert last_name.upper() in out
    assert main(["export", "pv", str(session), "--out", str(tmp_path / "pv")]) == 1
    err = capsys.readouterr().err
    assert "modifié hors de grader" in err
    assert not list((tmp_path / "pv").glob("*.pdf")) if (tmp_path / "pv").exists() else True
    # The genuine file, merged again, repairs the session copy.
    results = merge(session, paths)
    assert UPDATED in [s for s, _ in results]
    with open_file(session) as g:
        assert check_session(g) == []
    assert main(["export", "pv", str(session), "--out", str(tmp_path / "pv")]) == 0


def test_signed_sheets_are_checked_in_bulk(merged: tuple[Path, list[Path]]) -> None:
    """Changing the recorded key of a juror makes all that juror's sheets fail."""
    session, _ = merged
    conn = sqlite3.connect(session)
    conn.execute(
        "UPDATE juror SET public_key = ? WHERE id = (SELECT juror_id FROM sheet LIMIT 1)",
        ("11" * 32,),
    )
    conn.commit()
    conn.close()
    with open_file(session) as g:
        problems = check_session(g)
    assert len(problems) == 12
    assert all("signature ne correspond pas" in p for p in problems)
