"""Disagreements between jurors, « À discuter » flags, and the jury checks."""

import random
from pathlib import Path

from helpers import JURORS, build_session, failing, passing

from grader.grading.deliberation import recuse_juror
from grader.grading.disagreements import DIFFER, FLAG, disagreements
from grader.grading.jury_checks import check_jury
from grader.grading.marks import list_sheets, set_mark_flag, set_sheet_flag
from grader.grading.merge import merge_juror_files
from grader.grading.session_ops import list_candidates, list_jurors
from grader.grading.signing import sign_sheet
from grader.grading.statistics import session_statistics
from grader.models.store import GraderFile, open_file
from grader.referential.model import Assessment, Criterion


def _points(value: float):
    def pick(assessment: Assessment, _c: Criterion, _rng: random.Random) -> dict:
        return {"points": value} if assessment.scale.kind == "points" else {"level": "A"}

    return pick


def _merged(tmp: Path, picks: list, **kw: object) -> GraderFile:
    path, paths = build_session(tmp, pick=picks, **kw)  # type: ignore[arg-type]
    gfile = open_file(path)
    assert merge_juror_files(gfile, paths).ok
    return gfile


def test_every_differing_criterion_is_listed(tmp_path: Path) -> None:
    with _merged(tmp_path, [passing, failing, passing]) as gfile:
        cand = list_candidates(gfile)[0].id
        found = disagreements(gfile, cand)
        bruno = list_jurors(gfile)[1].id
        assert {d.kind for d in found} == {DIFFER}
        assert len(found) == 12  # every criterion of the 4 épreuves
        first = found[0]
        assert (first.assessment_id, first.criterion_id) == ("veille", "BC01/veille/g1/CE.1")
        assert first.values[bruno] == "NA"
        assert sorted(first.values.values()) == ["A", "A", "NA"]
        assert len(disagreements(gfile)) == 36
        # Recusing the dissenting juror removes the disagreement.
        recuse_juror(gfile, cand, bruno, "Conflit d'intérêts")
        assert disagreements(gfile, cand) == []


def test_points_within_tolerance_are_no_disagreement(tmp_path: Path) -> None:
    with _merged(tmp_path, [_points(3.0), _points(2.0), _points(3.0)]) as gfile:
        assert disagreements(gfile) == []  # 1 point apart, tolerance 1
    other = tmp_path / "b"
    other.mkdir()
    with _merged(other, [_points(4.0), _points(2.0), _points(3.0)]) as gfile:
        found = disagreements(gfile)
        assert {d.assessment_id for d in found} == {"oral"}
        assert len(found) == 9


def test_flags_come_with_their_notes(tmp_path: Path) -> None:
    path, paths = build_session(tmp_path, pick=passing, sign=False)
    jf = open_file(paths[0])
    sheets = [s for s in list_sheets(jf) if s.assessment_id == "veille"]
    target = sheets[0]
    criterion = sorted(target.marks)[0]
    set_mark_flag(jf, target.id, criterion, True, "Preuve à vérifier")
    set_sheet_flag(jf, sheets[1].id, True, "Oral très court")
    for s in list_sheets(jf):
        sign_sheet(jf, s.id)
    jf.close()
    with open_file(path) as gfile:
        assert merge_juror_files(gfile, paths[:1]).ok
        found = disagreements(gfile)
        assert disagreements(gfile, signed_only=False) == found
    assert [(d.kind, d.candidate_id, d.criterion_id) for d in found] == sorted(
        [(FLAG, target.candidate_id, criterion), (FLAG, sheets[1].candidate_id, "")],
        key=lambda k: [c.id for c in _candidates(path)].index(k[1]),
    )
    notes = {d.criterion_id: d.notes for d in found}
    assert notes[criterion] == [f"{JURORS[0][0]} : Preuve à vérifier"]
    assert notes[""] == [f"{JURORS[0][0]} : Oral très court"]


def _candidates(path: Path) -> list:
    with open_file(path, readonly=True) as gfile:
        return list_candidates(gfile)


def test_drafts_are_left_out_unless_asked(tmp_path: Path) -> None:
    with _merged(tmp_path, [passing, failing, passing], sign=False) as gfile:
        assert disagreements(gfile) == []
        assert len(disagreements(gfile, signed_only=False)) == 36


def test_jury_checks(tmp_path: Path) -> None:
    jurors = (
        ("Alice MARTIN", "responsable_pedagogique"),
        ("Bruno PETIT", "formateur"),
        ("Chloé DURAND", "professionnel"),
    )
    with _merged(tmp_path, [passing] * 3, jurors=jurors) as gfile:
        problems = check_jury(gfile)
        # 1 outside professional of 3 (the formateur does not count): 33 % < 50 %
        assert len(problems) == 1
        assert "1 professionnel extérieur sur 3 membres (33 %)" in problems[0]
        assert "formateurs ne comptent pas" in problems[0]
        cand = list_candidates(gfile)[0]
        chloe = list_jurors(gfile)[2].id
        recuse_juror(gfile, cand.id, chloe, "Employeur du candidat")
        problems = check_jury(gfile, cand.id)
        assert all(p.startswith(f"Jury de {cand.display_name} :") for p in problems)
        text = " ".join(problems)
        assert "2 membres du jury seulement" in text
        assert "« Professionnel extérieur »" in text
        assert "0 professionnel extérieur sur 2" in text
        assert check_jury(gfile, list_candidates(gfile)[1].id) == [
            p.replace("Jury :", f"Jury de {list_candidates(gfile)[1].display_name} :")
            for p in check_jury(gfile)
        ]


def test_a_valid_jury_has_no_warning(tmp_path: Path) -> None:
    with _merged(tmp_path, [passing] * 3) as gfile:
        assert check_jury(gfile) == []


def test_session_statistics(tmp_path: Path) -> None:
    with _merged(tmp_path, [passing, failing, passing]) as gfile:
        stats = session_statistics(gfile)
        names = list(stats.juror_names.values())
    assert names == [j[0] for j in JURORS]
    veille = stats.agreements[0]
    assert (veille.assessment_id, veille.candidates, veille.subjects, veille.jurors) == (
        "veille",
        3,
        9,
        3,
    )
    # Every subject: 2 « A », 1 « NA » → P_i = 1/3; p(A) = 2/3 → P_e = 5/9
    assert veille.percent_agreement is not None
    assert round(veille.percent_agreement, 1) == 33.3
    assert veille.fleiss_kappa is not None
    assert round(veille.fleiss_kappa, 3) == round((1 / 3 - 5 / 9) / (1 - 5 / 9), 3)
    assert veille.cohen_kappa is None  # three jurors
    assert "Trop peu de candidats (3)" in veille.warning
    by_juror = {r.juror_id: r for r in stats.leniency}
    flagged = [r for r in by_juror.values() if r.flagged]
    assert len(flagged) == 1
    assert "sévère" in flagged[0].comment
    assert stats.juror_names[flagged[0].juror_id] == JURORS[1][0]
