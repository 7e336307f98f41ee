"""Preparing a session: file, jurors, candidates, juror files."""

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from grader.grading import marks, session_ops
from grader.grading.audit import list_events
from grader.models.store import FileRefused, open_file
from grader.referential import ReferentialError


def test_create_session_snapshots_the_referential(
    tmp_path: Path, mini_referential_path: Path
) -> None:
    copy = tmp_path / "copie.yaml"
    copy.write_text(mini_referential_path.read_text(encoding="utf-8"), encoding="utf-8")
    with session_ops.create_session(
        copy,
        tmp_path / "s.jury",
        title="Session de juin",
        session_date=date(2025, 6, 12),
        place="Lyon",
        assessment_ids=["veille", "oral"],
    ) as g:
        view = session_ops.session_view(g)
        assert view.title == "Session de juin"
        assert view.session_date == date(2025, 6, 12)
        assert view.referential_id == "mini-test"
        assert view.referential_hash == g.referential.hash
        assert view.assessment_ids == ("veille", "oral")
        assert [a.id for a in session_ops.evaluated_assessments(g)] == ["veille", "oral"]
        assert [e.action for e in list_events(g)] == ["session.create"]
    copy.unlink()  # the file is self-contained: it opens without the YAML
    with open_file(tmp_path / "s.jury") as g:
        assert g.referential.id == "mini-test"
        assert g.referential.hash == session_ops.session_view(g).referential_hash


def test_all_assessments_when_none_chosen(tmp_path: Path, mini_referential_path: Path) -> None:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        ids = [a.id for a in session_ops.evaluated_assessments(g)]
    assert ids == ["veille", "contenus", "oral", "mesure"]


def test_unknown_assessment_is_refused(tmp_path: Path, mini_referential_path: Path) -> None:
    with pytest.raises(ValueError, match=r"Épreuve inconnue.*projet"):
        session_ops.create_session(
            mini_referential_path, tmp_path / "s.jury", assessment_ids=["projet"]
        )
    assert not (tmp_path / "s.jury").exists()


def test_bad_referential_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "faux.yaml"
    bad.write_text("blocs: [\n", encoding="utf-8")
    with pytest.raises(ReferentialError):
        session_ops.create_session(bad, tmp_path / "s.jury")
    assert not (tmp_path / "s.jury").exists()


def test_jurors_and_candidates(tmp_path: Path, mini_referential_path: Path) -> None:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        j = session_ops.add_juror(g, "  Zoé Le Bihan ", "president", "zoe@example.fr")
        # « president » given as a role is the function; no status was given.
        assert (j.name, j.function, j.role, j.email) == (
            "Zoé Le Bihan", "president", "", "zoe@example.fr"
        )
        assert j.is_president
        with pytest.raises(ValueError, match="Rôle inconnu : « chef »"):
            session_ops.add_juror(g, "X", "chef")
        session_ops.add_candidate(g, "Martin", "Zoé")
        session_ops.add_candidate(
            g, "Élie", "Hugo", extra_time_ratio=1 / 3, accommodation_type="tiers-temps"
        )
        session_ops.add_candidate(g, "Dupont", "Élodie")
        names = [c.display_name for c in session_ops.list_candidates(g)]
        assert names == ["DUPONT Élodie", "ÉLIE Hugo", "MARTIN Zoé"]
        with pytest.raises(ValueError, match="Temps supplémentaire"):
            session_ops.add_candidate(g, "Lefèvre", "Anna", extra_time_ratio=2)
        assert [e.action for e in list_events(g)][1:] == ["juror.add"] + ["candidate.add"] * 3
        assert list_events(g)[1].actor == "responsable"


def test_export_juror_files(tmp_path: Path, mini_referential_path: Path) -> None:
    with session_ops.create_session(
        mini_referential_path, tmp_path / "s.jury", assessment_ids=["veille", "contenus"]
    ) as g:
        a = session_ops.add_juror(g, "Élodie Martin", "responsable_pedagogique")
        session_ops.add_juror(g, "Jean/Pierre", "professionnel")
        for name in ("Dupont", "N'Diaye", "Le Bihan"):
            session_ops.add_candidate(g, name, "Zoé")
        paths = session_ops.export_juror_files(g, tmp_path / "grilles")
        assert [p.name for p in paths] == ["Élodie Martin.grille", "Jean-Pierre.grille"]
        jurors = {j.id: j for j in session_ops.list_jurors(g)}
        # No key yet: each juror's is born on the juror's machine.
        assert all(j.public_key is None and j.fingerprint is None for j in jurors.values())
        with pytest.raises(FileRefused, match="existent déjà"):
            session_ops.export_juror_files(g, tmp_path / "grilles")
        assert session_ops.list_jurors(g) == list(jurors.values())
    assert sorted(p.name for p in (tmp_path / "grilles").iterdir()) == [
        "Jean-Pierre.grille",
        "Élodie Martin.grille",
    ]
    with open_file(paths[0]) as jf:
        assert jf.kind == "juror"
        assert jf.juror_id == a.id
        assert [j.id for j in session_ops.list_jurors(jf)] == [a.id]
        assert session_ops.list_jurors(jf)[0].public_key is None
        sheets = marks.list_sheets(jf)
        assert len(sheets) == 3 * 2
        assert {s.status for s in sheets} == {"draft"}
        assert {s.juror_id for s in sheets} == {a.id}
        assert len(session_ops.list_candidates(jf)) == 3
        with pytest.raises(ValueError, match="grille de juré"):
            session_ops.add_candidate(jf, "Intrus", "Max")
        event = list_events(jf)[-1]
        assert event.action == "juror_file.create"
        assert event.actor == "responsable"  # the lead prepares the file
        assert json.loads(event.new)["candidates"] == 3
    conn = sqlite3.connect(paths[0])
    assert "jurorkey" not in {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    conn.close()


def test_export_without_jurors_is_refused(tmp_path: Path, mini_referential_path: Path) -> None:
    with (
        session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g,
        pytest.raises(ValueError, match="Aucun membre du jury"),
    ):
        session_ops.export_juror_files(g, tmp_path / "out")


def test_accommodation_is_set_after_the_candidate_was_added(
    tmp_path: Path, mini_referential_path: Path
) -> None:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        zoe = session_ops.add_candidate(g, "Martin", "Zoé")
        assert zoe.extra_time_ratio == 0.0
        updated = session_ops.set_accommodation(
            g, zoe.id, accommodation_type="tiers-temps",
            accommodation_detail="tiers-temps : 30 → 40 min",
            accommodation_authorised_by="Référente handicap", extra_time_ratio=1 / 3,
        )
        assert updated.accommodation_detail == "tiers-temps : 30 → 40 min"
        assert session_ops.list_candidates(g)[0].extra_time_ratio == pytest.approx(1 / 3)
        event = list_events(g, action="candidate.accommodation")[-1]
        assert "40 min" in event.new
        with pytest.raises(ValueError, match="entre 0 et 1"):
            session_ops.set_accommodation(g, zoe.id, accommodation_type="x", extra_time_ratio=2)
        with pytest.raises(ValueError, match="n'existe pas"):
            session_ops.set_accommodation(g, "inconnu", accommodation_type="tiers-temps")


def test_a_closed_session_accepts_no_new_juror_candidate_or_acquired_bloc(
    tmp_path: Path, mini_referential_path: Path
) -> None:
    from grader.grading.capitalisation import record_acquired_bloc, remove_acquired_bloc
    from grader.grading.closure import SessionClosed
    from grader.grading.deliberation import close_deliberation

    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        zoe = session_ops.add_candidate(g, "Martin", "Zoé")
        record_acquired_bloc(g, zoe.id, "BC01", date(2025, 6, 12), "Session de juin 2025")
        close_deliberation(g, "Anne Roux", force=True)
        with pytest.raises(SessionClosed, match="clôturée"):
            session_ops.add_candidate(g, "Durand", "Léo")
        with pytest.raises(SessionClosed):
            session_ops.add_juror(g, "Paul Petit", "professionnel")
        with pytest.raises(SessionClosed):
            session_ops.set_accommodation(g, zoe.id, accommodation_type="tiers-temps")
        with pytest.raises(SessionClosed):
            record_acquired_bloc(g, zoe.id, "BC02", date(2025, 6, 12), "Juin 2025")
        with pytest.raises(SessionClosed):
            remove_acquired_bloc(g, zoe.id, "BC01")
        assert [c.last_name for c in session_ops.list_candidates(g)] == ["Martin"]


def test_a_juror_name_is_not_added_twice(tmp_path: Path, mini_referential_path: Path) -> None:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        session_ops.add_juror(g, "Hélène Côté", "president")
        with pytest.raises(ValueError, match="déjà membre du jury"):
            session_ops.add_juror(g, "  helene cote ", "professionnel")
        assert len(session_ops.list_jurors(g)) == 1
