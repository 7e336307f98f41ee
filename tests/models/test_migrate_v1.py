"""Files written by grader at schema version 1 (tests/data/v1, made with that
version's code) open with the current one: backed up, given the session's
durations, their data kept; a v1 juror file still merges into a newer session."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from grader.grading import marks, merge, session_ops
from grader.grading.signing import verify_sheet
from grader.models.store import integrity_check, open_file
from grader.models.tables import SCHEMA_VERSION

V1 = Path(__file__).resolve().parent.parent / "data" / "v1"


def _columns(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


def _version(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    for name in ("session-v1.jury", "juror-v1.grille"):
        shutil.copyfile(V1 / name, tmp_path / name)
    return tmp_path


def test_the_fixtures_really_are_v1() -> None:
    assert SCHEMA_VERSION >= 2
    for name in ("session-v1.jury", "juror-v1.grille"):
        assert _version(V1 / name) == "1"
        assert "durations" not in _columns(V1 / name, "jurysession")


def test_v1_session_is_backed_up_and_migrated_keeping_its_data(v1: Path) -> None:
    path = v1 / "session-v1.jury"
    with open_file(path) as g:
        assert g.meta["schema_version"] == str(SCHEMA_VERSION)
        view = session_ops.session_view(g)
        assert view.title == "Session v1"
        assert view.assessment_ids == ("veille", "oral")
        assert view.durations == {}
        assert [j.name for j in session_ops.list_jurors(g)] == ["Élodie Martin"]
        bernard = next(c for c in session_ops.list_candidates(g) if c.last_name == "Bernard")
        assert bernard.extra_time_ratio == pytest.approx(1 / 3)
        assert integrity_check(g) == []
        # The référentiel's durations still apply until the session sets its own.
        veille = g.referential.assessment("veille")
        assert session_ops.effective_duration(g, veille) == 30
        session_ops.set_duration(g, "veille", 25)
        assert session_ops.effective_duration(g, veille) == 25
    assert _version(path) == str(SCHEMA_VERSION)
    assert "durations" in _columns(path, "jurysession")
    backup = v1 / "session-v1.jury.bak-v1"
    assert _version(backup) == "1"
    assert "durations" not in _columns(backup, "jurysession")
    with open_file(path) as g:  # reopened: no second migration, the value kept
        assert session_ops.session_view(g).durations == {"veille": 25}
    assert not (v1 / "session-v1.jury.bak-v2").exists()
    assert not (v1 / "session-v1.jury.bak-v1-2").exists()


def test_v1_juror_file_opens_with_its_signed_sheet(v1: Path) -> None:
    path = v1 / "juror-v1.grille"
    with open_file(path) as jf:
        assert jf.kind == "juror"
        [juror] = session_ops.list_jurors(jf)
        [signed] = [s for s in marks.list_sheets(jf) if s.status == "signed"]
        assert signed.timer_elapsed_seconds == 35 * 60
        assert verify_sheet(jf, signed.id, juror.public_key) is None
        assert session_ops.session_view(jf).durations == {}
    assert (v1 / "juror-v1.grille.bak-v1").exists()
    # The private key the earlier grader put in the file is gone from it.
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "jurorkey" not in tables


def test_v1_juror_file_merges_into_the_migrated_session(v1: Path) -> None:
    juror_path = v1 / "juror-v1.grille"
    before = juror_path.read_bytes()
    with open_file(v1 / "session-v1.jury") as g:
        session_ops.set_duration(g, "veille", 30)
        report = merge.merge_juror_files(g, [juror_path])
        assert report.ok, report.files
        [result] = report.files
        assert result.status == merge.IMPORTED
        assert result.sheets == 4
        assert result.drafts == 3
        [juror] = session_ops.list_jurors(g)
        [signed] = [s for s in marks.list_sheets(g) if s.status == "signed"]
        assert verify_sheet(g, signed.id, juror.public_key) is None
        assert set(signed.values().values()) == {"A"}
        again = merge.merge_juror_files(g, [juror_path])
        assert again.files[0].status == merge.ALREADY_PRESENT
    # The merge migrates a private copy: the juror's own file is left as it was.
    assert juror_path.read_bytes() == before
    assert _version(juror_path) == "1"
    assert not (v1 / "juror-v1.grille.bak-v1").exists()


def test_readonly_open_of_a_v1_file_asks_for_a_normal_open(v1: Path) -> None:
    from grader.models.store import FileRefused

    with pytest.raises(FileRefused, match="version plus ancienne"):
        open_file(v1 / "session-v1.jury", readonly=True)
    assert _version(v1 / "session-v1.jury") == "1"


def test_v1_session_gets_presence_function_and_closure_note(v1: Path) -> None:
    """The v3 step: every candidate present, a former « president » role
    becomes the function (status not given), no closure note."""
    path = v1 / "session-v1.jury"
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO juror (id, session_id, name, role, email, present, created_at,"
                 " updated_at) SELECT 'p', session_id, 'Hélène Côté', 'president', '', 1,"
                 " created_at, updated_at FROM juror LIMIT 1")  # fmt: skip
    conn.commit()
    conn.close()
    with open_file(path) as g:
        assert all(c.present for c in session_ops.list_candidates(g))
        jurors = {j.name: j for j in session_ops.list_jurors(g)}
        assert (jurors["Hélène Côté"].function, jurors["Hélène Côté"].role) == ("president", "")
        assert jurors["Hélène Côté"].is_president
        assert (jurors["Élodie Martin"].function, jurors["Élodie Martin"].role) == (
            "membre", "professionnel"
        )
        assert session_ops.session_view(g).closure_note == ""
