"""Merging juror files: import, idempotence, newer versions, every refusal
with a real crafted file."""

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import build_session, content, grade_file, merge

from grader.grading.marks import list_sheets, set_mark
from grader.grading.merge import (
    ALREADY_PRESENT,
    IMPORTED,
    REFUSED,
    UPDATED,
    merge_juror_files,
    reception_status,
    reception_summary,
)
from grader.grading.session_ops import (
    add_juror,
    export_juror_files,
    list_candidates,
)
from grader.grading.signing import reopen_sheet, sign_sheet
from grader.models.store import GraderFile, open_file


def copy_built(template: tuple[Path, list[Path]], dest: Path) -> tuple[Path, list[Path]]:
    """A private copy of a built session and its juror files."""
    session, paths = template
    shutil.copytree(session.parent, dest, dirs_exist_ok=True)
    return dest / session.name, [dest / p.relative_to(session.parent) for p in paths]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    # Grading is one durable transaction per mark: build once, copy per test.
    return build_session(tmp_path_factory.mktemp("modele"))


@pytest.fixture
def built(template: tuple[Path, list[Path]], tmp_path: Path) -> tuple[Path, list[Path]]:
    return copy_built(template, tmp_path / "copie")


def test_merge_imports_every_signed_sheet(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    progress: list[tuple[int, int, str]] = []
    with open_file(session) as gfile:
        report = merge_juror_files(gfile, paths, lambda i, n, name: progress.append((i, n, name)))
        assert report.ok
        assert [r.status for r in report.files] == [IMPORTED] * 3
        # 3 candidates × 4 épreuves, 12 criteria per candidate
        assert [(r.sheets, r.marks, r.drafts) for r in report.files] == [(12, 36, 0)] * 3
        summary = reception_summary(gfile)
        assert [(r.expected, r.signed, r.missing) for r in summary] == [(12, 12, 0)] * 3
        assert {e.status for e in reception_status(gfile)} == {"signed"}
        assert len(list_sheets(gfile)) == 36
    assert progress[0] == (0, 3, paths[0].name)
    assert progress[-1] == (3, 3, "")


def test_same_file_twice_is_already_present(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    merge(session, paths[:1])
    before = content(session)
    assert merge(session, paths[:1])[0][0] == ALREADY_PRESENT
    assert content(session) == before


def test_reception_before_merge_and_with_drafts(tmp_path: Path) -> None:
    session, paths = build_session(tmp_path, sign=False)
    with open_file(session) as gfile:
        assert {e.status for e in reception_status(gfile)} == {"missing"}
    results = merge(session, paths[:2])
    assert [s for s, _ in results] == [IMPORTED, IMPORTED]
    assert "12 non signées" in results[0][1]
    with open_file(session) as gfile:
        summary = reception_summary(gfile)
    assert [(r.draft, r.signed, r.missing) for r in summary] == [(12, 0, 0), (12, 0, 0), (0, 0, 12)]


def test_newer_version_replaces_older_in_any_order(tmp_path: Path) -> None:
    session, paths = build_session(tmp_path)
    old_copy = tmp_path / "ancienne.grille"
    shutil.copyfile(paths[0], old_copy)
    jf = open_file(paths[0])
    sheet = list_sheets(jf)[0]
    reopen_sheet(jf, sheet.id, "erreur de saisie")
    criterion = next(iter(sheet.marks))
    set_mark(jf, sheet.id, criterion, **_other_value(jf, criterion, sheet.marks[criterion]))
    sign_sheet(jf, sheet.id)
    jf.close()

    other = tmp_path / "autre"
    other.mkdir()
    other_session = other / "session.jury"
    shutil.copyfile(session, other_session)

    assert merge(session, [old_copy])[0][0] == IMPORTED
    status, reason = merge(session, [paths[0]])[0]
    assert status == UPDATED
    assert "1 grille" in reason
    assert merge(session, [old_copy])[0][0] == ALREADY_PRESENT  # older never wins

    assert [s for s, _ in merge(other_session, [paths[0], old_copy])] == [IMPORTED, ALREADY_PRESENT]
    assert content(session)[:2] == content(other_session)[:2]
    conn = sqlite3.connect(session)
    (version,) = conn.execute("SELECT version FROM sheet WHERE id = ?", (sheet.id,)).fetchone()
    updates = conn.execute(
        "SELECT old, new FROM auditevent WHERE action = 'merge.update'"
    ).fetchall()
    conn.close()
    assert version == 2
    assert len(updates) == 1
    assert '"version": 1' in updates[0][0]
    assert '"version": 2' in updates[0][1]


def _other_value(gfile: GraderFile, criterion_id: str, mark: object) -> dict:
    scale = gfile.referential.locate(criterion_id)[1].scale
    if scale.kind == "points":
        return {"points": 4.0 if mark.points != 4.0 else 0.0}  # type: ignore[attr-defined]
    codes = [lv.code for lv in scale.levels if lv.code != mark.level]  # type: ignore[attr-defined]
    return {"level": codes[0]}


# ------------------------------------------------------------------ refusals


def _refused(session: Path, path: Path, *others: Path) -> str:
    before = content(session)
    results = merge(session, [path, *others])
    assert results[0][0] == REFUSED, results[0]
    assert all(s != REFUSED for s, _ in results[1:])
    if not others:
        assert content(session) == before  # nothing half-imported
    return results[0][1]


def test_refuses_a_signed_mark_altered_after_signing(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    conn = sqlite3.connect(paths[1])
    sheet_id, candidate, _assessment = conn.execute(
        "SELECT s.id, c.last_name, s.assessment_id FROM sheet s JOIN candidate c"
        " ON c.id = s.candidate_id WHERE s.assessment_id = 'veille' LIMIT 1"
    ).fetchone()
    (level,) = conn.execute(
        "SELECT level FROM mark WHERE sheet_id = ? ORDER BY criterion_id LIMIT 1", (sheet_id,)
    ).fetchone()
    conn.execute(
        "UPDATE mark SET level = ? WHERE id = (SELECT id FROM mark WHERE sheet_id = ?"
        " ORDER BY criterion_id LIMIT 1)",
        ("NA" if level == "A" else "A", sheet_id),
    )
    conn.commit()
    conn.close()
    reason = _refused(session, paths[1], paths[0])
    assert candidate.upper() in reason
    assert "Veille" in reason
    assert "modifiée après sa signature" in reason


def test_refuses_a_forged_signature(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    conn = sqlite3.connect(paths[0])
    conn.execute("UPDATE sheet SET signature = ? WHERE rowid = 1", ("00" * 64,))
    conn.commit()
    conn.close()
    assert "signature ne correspond pas" in _refused(session, paths[0])


def test_refuses_a_file_of_another_session(built: tuple[Path, list[Path]], tmp_path: Path) -> None:
    session, _paths = built
    other = tmp_path / "autre"
    other.mkdir()
    _other_session, other_paths = build_session(other)
    assert "autre session" in _refused(session, other_paths[0])


def test_refuses_another_referential_version(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    conn = sqlite3.connect(paths[0])
    conn.execute("UPDATE jurysession SET referential_hash = 'ab' || substr(referential_hash, 3)")
    conn.commit()
    conn.close()
    assert "autre version du référentiel" in _refused(session, paths[0])


def test_refuses_random_bytes_and_truncated_copies(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    noise = paths[0].with_name("bruit.grille")
    noise.write_bytes(random.Random(1).randbytes(8192))
    assert "pas une grille" in _refused(session, noise)
    data = paths[0].read_bytes()
    truncated = paths[0].with_name("tronque.grille")
    truncated.write_bytes(data[: len(data) // 2])
    assert "endommagé" in _refused(session, truncated)
    empty = paths[0].with_name("vide.grille")
    empty.write_bytes(b"")
    assert "pas une grille" in _refused(session, empty)


def test_refuses_a_juror_not_in_the_session(built: tuple[Path, list[Path]], tmp_path: Path) -> None:
    session, _paths = built
    # A juror added to a copy of the session after the export: same session id,
    # unknown to the real session file.
    copy = tmp_path / "copie.jury"
    shutil.copyfile(session, copy)
    with open_file(copy) as gfile:
        add_juror(gfile, "Intrus EXTÉRIEUR", "professionnel")
        intruder = export_juror_files(gfile, tmp_path / "intrus")
    intruder_file = next(p for p in intruder if "Intrus" in p.name)
    grade_file(intruder_file, seed=9)
    reason = _refused(session, intruder_file)
    assert "Intrus EXTÉRIEUR" in reason
    assert "ne fait pas partie" in reason


def test_refuses_a_juror_whose_key_changed(built: tuple[Path, list[Path]], tmp_path: Path) -> None:
    session, paths = built
    assert merge(session, paths[:1])[0][0] == IMPORTED  # the first key is recorded
    # A new file for the same juror, graded on another computer (another key).
    with open_file(session) as gfile:
        again = export_juror_files(gfile, tmp_path / "nouvel-export")[0]
    grade_file(again, seed=5, keys_dir=tmp_path / "autre-ordinateur")
    assert "empreinte attendue" in _refused(session, again)


def test_refuses_a_sheet_for_an_assessment_not_evaluated(tmp_path: Path) -> None:
    session, paths = build_session(tmp_path, assessment_ids=("veille",))
    conn = sqlite3.connect(paths[0])
    conn.execute("UPDATE sheet SET assessment_id = 'oral' WHERE rowid = 1")
    conn.commit()
    conn.close()
    reason = _refused(session, paths[0])
    assert "« oral »" in reason
    assert "pas évaluée" in reason


def test_refuses_a_session_file(built: tuple[Path, list[Path]]) -> None:
    session, _paths = built
    copy = session.with_name("copie.jury")
    shutil.copyfile(session, copy)
    assert "fichier de session" in _refused(session, copy)


def test_candidates_are_the_sessions(built: tuple[Path, list[Path]]) -> None:
    session, paths = built
    merge(session, paths)
    with open_file(session) as gfile:
        names = [c.display_name for c in list_candidates(gfile)]
    assert names == ["BERNARD Hugo", "DUPONT Élodie", "LEROY Inès"]
