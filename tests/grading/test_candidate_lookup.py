"""Finding a candidate from what the lead types on the command line."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from grader.grading import session_ops
from grader.grading.candidate_lookup import CandidateNotFound, find_candidate
from grader.models.store import GraderFile


@pytest.fixture
def session(tmp_path: Path, mini_referential_path: Path) -> Iterator[GraderFile]:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        session_ops.add_candidate(g, "Lefèvre", "François", external_id="2026-007")
        session_ops.add_candidate(g, "Martin", "Zoé")
        session_ops.add_candidate(g, "Martin", "Léo")
        session_ops.add_candidate(g, "Martinez", "Inès")
        yield g


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("2026-007", "LEFÈVRE François"),
        ("lefevre francois", "LEFÈVRE François"),
        ("François Lefèvre", "LEFÈVRE François"),
        ("  MARTIN   zoe ", "MARTIN Zoé"),
        ("martinez", "MARTINEZ Inès"),
        ("ines", "MARTINEZ Inès"),
    ],
)
def test_a_candidate_is_found_however_the_name_is_typed(
    session: GraderFile, query: str, found: str
) -> None:
    assert find_candidate(session, query).display_name == found


def test_an_ambiguous_name_lists_the_candidates(session: GraderFile) -> None:
    with pytest.raises(CandidateNotFound, match="Plusieurs candidats") as refusal:
        find_candidate(session, "Martin")
    assert "MARTIN Zoé" in str(refusal.value)
    assert "MARTIN Léo" in str(refusal.value)
    assert "MARTINEZ" not in str(refusal.value)


def test_nobody_and_nothing_are_explained(session: GraderFile) -> None:
    with pytest.raises(CandidateNotFound, match="Aucun candidat ne correspond à « Dupont »"):
        find_candidate(session, "Dupont")
    with pytest.raises(CandidateNotFound, match="Indiquez"):
        find_candidate(session, "   ")
