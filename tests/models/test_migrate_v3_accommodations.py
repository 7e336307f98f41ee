"""v2 → v3: an accommodation is a type of the closed list and the decision's
date; an older file's free texts (which may name a diagnosis) do not survive
the migration, and new ones are refused or dropped at the door."""

import sqlite3
from pathlib import Path

import pytest

from grader.errors import Refusal
from grader.grading import session_ops
from grader.grading.candidates_import import read_candidates
from grader.models.store import open_file
from grader.models.tables import SCHEMA_VERSION

DATA = Path(__file__).resolve().parent.parent / "data"
DIAGNOSIS = "Dyslexie sévère, trouble anxieux (diagnostic)"


def _v2_file(tmp_path: Path) -> Path:
    """A session as grader v2 wrote it: free texts in the accommodation."""
    path = tmp_path / "ancienne.jury"
    with session_ops.create_session(DATA / "mini.yaml", path) as g:
        for last in ("Dupont", "Martin", "Bernard", "Nguyen"):
            session_ops.add_candidate(g, last, "Zoé")
    conn = sqlite3.connect(path)
    rows = {
        "Dupont": (DIAGNOSIS, "tiers-temps, salle calme"),
        "Martin": ("Tiers temps", "décision du 3/5/2026"),
        "Bernard": ("", "trouble de l'attention"),
        "Nguyen": ("salle à part", ""),
    }
    for last, (kind, detail) in rows.items():
        conn.execute(
            "UPDATE candidate SET accommodation_type = ?, accommodation_detail = ? "
            "WHERE last_name = ?", (kind, detail, last),
        )
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    return path


def test_free_texts_become_autre_without_their_words(tmp_path: Path) -> None:
    path = _v2_file(tmp_path)
    with open_file(path) as g:
        assert g.meta["schema_version"] == str(SCHEMA_VERSION) == "3"
        got = {c.last_name: (c.accommodation_type, c.accommodation_detail)
               for c in session_ops.list_candidates(g)}
    assert got == {
        "Dupont": ("autre", ""),
        "Martin": ("tiers-temps", "Décision du 03/05/2026"),
        "Bernard": ("", ""),
        "Nguyen": ("salle à part", ""),
    }
    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert "Dyslexie" not in dump
    assert "attention" not in dump
    # The backup taken before the migration is the only copy of the old words.
    assert (tmp_path / "ancienne.jury.bak-v2").exists()


def test_the_form_and_the_cli_refuse_free_text(tmp_path: Path) -> None:
    with session_ops.create_session(DATA / "mini.yaml", tmp_path / "s.jury") as g:
        with pytest.raises(Refusal, match="n'est pas un type d'aménagement"):
            session_ops.add_candidate(g, "Dupont", "Zoé", accommodation_type=DIAGNOSIS)
        with pytest.raises(Refusal, match="n'est pas une référence de décision"):
            session_ops.add_candidate(g, "Dupont", "Zoé", accommodation_type="tiers-temps",
                                      accommodation_detail=DIAGNOSIS)
        assert session_ops.list_candidates(g) == []
        added = session_ops.add_candidate(g, "Dupont", "Zoé", accommodation_type="Secretaire",
                                          accommodation_detail="03/05/2026 n° 42")
        assert (added.accommodation_type, added.accommodation_detail) == (
            "secrétaire", "Décision du 03/05/2026 n° 42")


def test_the_import_keeps_the_type_and_drops_the_words_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom;Prénom;Aménagement;Détail aménagement\n"
        f"Dupont;Zoé;{DIAGNOSIS.replace(',', '')};\n"
        "Martin;Paul;tiers-temps;décision du 03/05/2026\n"
        "Bernard;Lucas;salle à part;salle au calme pour sa phobie\n",
        encoding="utf-8",
    )
    parsed = read_candidates(path)
    got = [(r.last_name, r.accommodation_type, r.accommodation_detail) for r in parsed.rows]
    assert got == [
        ("Dupont", "autre", ""),
        ("Martin", "tiers-temps", "Décision du 03/05/2026"),
        ("Bernard", "salle à part", ""),
    ]
    assert any("ligne 2 : aménagement « Dyslexie" in w and "« autre »" in w
               for w in parsed.warnings)
    assert any("ligne 4 : le détail de l'aménagement n'a pas été enregistré" in w
               for w in parsed.warnings)
