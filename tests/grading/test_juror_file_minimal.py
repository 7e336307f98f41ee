"""A juror file carries only what grading needs: each candidate's name,
number and accommodation type (and the extra time the clock uses); no
e-mail, birth date nor accommodation detail, and nothing at all of a
candidate the juror is recused from."""

import sqlite3
from datetime import date
from pathlib import Path

from grader.grading import session_ops
from grader.models.tables import Candidate, Recusal

DATA = Path(__file__).resolve().parent.parent / "data"


def test_juror_files_hold_only_the_assigned_candidates_minimal_fields(tmp_path: Path) -> None:
    with session_ops.create_session(DATA / "mini.yaml", tmp_path / "s.jury") as g:
        claire = session_ops.add_juror(g, "Claire Martin", "president", email="claire@ecole.fr")
        session_ops.add_juror(g, "Karim Benali", "professionnel")
        dupont = session_ops.add_candidate(
            g, "Dupont", "Élodie", external_id="2026-001", email="elodie@exemple.fr",
            accommodation_type="tiers-temps", accommodation_detail="Décision du 03/05/2026",
            accommodation_authorised_by="Référente handicap", extra_time_ratio=1 / 3,
        )
        bernard = session_ops.add_candidate(g, "Bernard", "Lucas", email="lucas@exemple.fr")
        with g.transaction() as s:
            stored = s.get(Candidate, dupont.id)
            assert stored is not None
            stored.birth_date = date(2001, 3, 7)
            # As an older file may still hold it (the form now refuses it).
            stored.accommodation_detail = "Dyslexie sévère (diagnostic)"
            s.add(Recusal(candidate_id=bernard.id, juror_id=claire.id, reason="son employeur"))
        files = {p.stem: p for p in session_ops.export_juror_files(g, tmp_path / "jures")}
    for name, path in files.items():
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                "SELECT last_name, external_id, email, birth_date, accommodation_type, "
                "accommodation_detail, accommodation_authorised_by, extra_time_ratio "
                "FROM candidate ORDER BY last_name"
            ).fetchall()
            dump = "\n".join(conn.iterdump())
        finally:
            conn.close()
        dupont_row = ("Dupont", "2026-001", "", None, "tiers-temps", "", "", 1 / 3)
        if name == "Claire Martin":
            assert rows == [dupont_row]
            assert "Bernard" not in dump
            assert "Lucas" not in dump
            assert bernard.id not in dump
        else:
            assert rows == [("Bernard", "", "", None, "", "", "", 0.0), dupont_row]
        for secret in ("elodie@exemple.fr", "lucas@exemple.fr", "Dyslexie", "2001-03-07",
                       "Référente handicap"):
            assert secret not in dump, (name, secret)
