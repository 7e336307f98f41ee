"""The demo: files that open, sheets that verify, realistic content."""

import time
from pathlib import Path

import pytest

from grader.grading import marks, session_ops
from grader.grading.demo import DEMO_KEYS_DIR, create_demo
from grader.grading.signing import verify_sheet
from grader.models.store import FileRefused, open_file


def _snapshot(paths: list[Path]) -> dict[tuple[str, str, str, str], object]:
    """Every mark by (juror, candidate, épreuve, criterion): comparable across runs."""
    out: dict[tuple[str, str, str, str], object] = {}
    for path in paths:
        with open_file(path, readonly=True) as jf:
            names = {c.id: c.display_name for c in session_ops.list_candidates(jf)}
            for sheet in marks.list_sheets(jf):
                for cid, mark in sheet.marks.items():
                    key = (path.name, names[sheet.candidate_id], sheet.assessment_id, cid)
                    out[key] = (mark.value, mark.observation)
    return out


def test_demo_files_open_and_verify(tmp_path: Path, mini_referential_path: Path) -> None:
    started = time.process_time()
    demo = create_demo(tmp_path / "demo", mini_referential_path)
    # CPU time, not wall time: the test machine's disk is shared and noisy
    assert time.process_time() - started < 3
    with open_file(demo.session) as g:
        jurors = {j.id: j for j in session_ops.list_jurors(g)}
        candidates = session_ops.list_candidates(g)
        assessments = session_ops.evaluated_assessments(g)
        session = session_ops.session_view(g)
    assert session.durations == {"contenus": 30, "mesure": 30}
    allowed = {a.id: session_ops.effective_duration(session, a) for a in assessments}
    assert allowed == {"veille": 30, "contenus": 30, "oral": 20, "mesure": 30}
    assert sorted(j.role for j in jurors.values()) == [
        "professionnel",
        "professionnel",
        "responsable_pedagogique",
    ]
    # The session learns each juror's key at the merge; the keys stay in the demo folder.
    assert not any(j.fingerprint for j in jurors.values())
    assert sorted(p.stem for p in (tmp_path / "demo" / DEMO_KEYS_DIR).glob("*.pem")) == sorted(
        jurors
    )
    assert len(candidates) == 12
    names = " ".join(c.display_name for c in candidates)
    for accented in ("Élodie", "Zoé", "N'DIAYE", "LE BIHAN", "François"):
        assert accented in names
    [tiers] = [c for c in candidates if c.extra_time_ratio]
    assert tiers.extra_time_ratio == pytest.approx(1 / 3)
    # The type and the decision's date, never a sentence about the candidate.
    assert (tiers.accommodation_type, tiers.accommodation_detail) == (
        "tiers-temps", "Décision du 02/10/2025"
    )
    assert tiers.accommodation_authorised_by
    assert len(demo.juror_files) == 3
    values: dict[tuple[str, str, str], set[object]] = {}
    for path in demo.juror_files:
        with open_file(path, readonly=True) as jf:
            assert jf.juror_id in jurors
            [own] = session_ops.list_jurors(jf)
            assert own.public_key
            sheets = marks.list_sheets(jf)
            assert len(sheets) == 12 * len(assessments)
            for sheet in sheets:
                assert sheet.status == "signed"
                assert verify_sheet(jf, sheet.id, own.public_key) is None
                assessment = jf.referential.assessment(sheet.assessment_id)
                assert set(sheet.values()) == {c.id for c in assessment.criteria}
                assert sheet.observation
                # Timed close to the allowed time, a third longer for the tiers-temps.
                extra = 1 / 3 if sheet.candidate_id == tiers.id else 0.0
                limit = session_ops.extended_minutes(allowed[sheet.assessment_id], extra)
                assert limit * 60 - 240 <= sheet.timer_elapsed_seconds <= limit * 60
                for cid, value in sheet.values().items():
                    values.setdefault((sheet.candidate_id, sheet.assessment_id, cid), set()).add(
                        value
                    )
            assert any(m.observation for s in sheets for m in s.marks.values())
    disagreements = [k for k, v in values.items() if len(v) > 1]
    assert 0 < len(disagreements) < len(values) / 2


def test_demo_is_deterministic(tmp_path: Path, mini_referential_path: Path) -> None:
    first = create_demo(tmp_path / "a", mini_referential_path)
    second = create_demo(tmp_path / "b", mini_referential_path)
    assert _snapshot(first.juror_files) == _snapshot(second.juror_files)


def test_demo_refuses_to_overwrite(tmp_path: Path, mini_referential_path: Path) -> None:
    create_demo(tmp_path / "demo", mini_referential_path)
    (tmp_path / "demo" / "session-demo.jury").unlink()
    with pytest.raises(FileRefused, match=r"existe déjà.*Claire Dubois\.grille"):
        create_demo(tmp_path / "demo", mini_referential_path)
    assert not (tmp_path / "demo" / "session-demo.jury").exists()


def test_demo_on_the_shipped_referential(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "referentials"
    if not (shipped / "rncp37347-community-manager.yaml").exists():
        pytest.skip("référentiel Community Manager pas encore livré")
    demo = create_demo(tmp_path / "demo")
    with open_file(demo.session, readonly=True) as g:
        assert g.referential.id == "rncp37347-community-manager"
        assert len(session_ops.evaluated_assessments(g)) == 3
        # The référentiel says only « durée calibrée »: the demo session sets one.
        session = session_ops.session_view(g)
        assessments = session_ops.evaluated_assessments(g)
        assert all(a.duration_minutes is None for a in assessments)
        assert [session_ops.effective_duration(session, a) for a in assessments] == [30, 30, 30]
        [tiers] = [c for c in session_ops.list_candidates(g) if c.extra_time_ratio]
        assert tiers.accommodation_detail == "Décision du 02/10/2025"
