"""The attestation's sentence reads as French: « atteste qu'Élodie … »."""

from pathlib import Path

from helpers import MakeSession

from grader.export import export_attestations
from grader.export.data import gather
from grader.models import tables
from grader.models.store import GraderFile

from .pdf_reading import page_texts


def _rename(gfile: GraderFile, candidate_id: str, first_name: str) -> None:
    with gfile.transaction() as s:
        row = s.get(tables.Candidate, candidate_id)
        assert row is not None
        row.first_name = first_name
        s.add(row)


def test_que_is_elided_before_a_vowel_only(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(20, closed=False)
    partial = [c for c in gather(gfile).candidates if c.outcome == "validation_partielle"]
    assert len(partial) >= 2
    _rename(gfile, partial[0].candidate.id, "Élodie")
    _rename(gfile, partial[1].candidate.id, "Mehdi")
    [path] = export_attestations(gfile, tmp_path)
    text = " ".join(" ".join(page.split()) for page in page_texts(path))
    assert "atteste qu’Élodie " in text
    assert "atteste que Élodie" not in text
    assert "atteste que Mehdi " in text
