"""Blocs acquired in an earlier session: recorded, corrected, removed, audited."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from grader.grading.capitalisation import (
    CapitalisationError,
    acquired_blocs,
    record_acquired_bloc,
    remove_acquired_bloc,
)
from grader.grading.session_ops import add_candidate, create_session
from grader.models.store import GraderFile
from grader.models.tables import AcquiredBloc, AuditEvent

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def gfile(tmp_path: Path) -> GraderFile:
    g = create_session(DATA / "mini.yaml", tmp_path / "s.jury")
    yield g
    g.close()


def rows(g: GraderFile) -> int:
    with g.new_session() as s:
        return s.exec(select(func.count()).select_from(AcquiredBloc)).one()


def audit(g: GraderFile, action: str) -> list[AuditEvent]:
    with g.new_session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_record_and_list(gfile: GraderFile) -> None:
    cand = add_candidate(gfile, "Dupont", "Élodie").id
    other = add_candidate(gfile, "Martin", "Paul").id
    view = record_acquired_bloc(gfile, cand, "BC02", date(2024, 6, 12), "  Session de juin, Lyon ")
    assert (view.bloc_code, view.acquired_on, view.source_session) == (
        "BC02", date(2024, 6, 12), "Session de juin, Lyon",
    )
    got = acquired_blocs(gfile, cand)
    assert list(got) == ["BC02"]
    assert got["BC02"] == view
    assert acquired_blocs(gfile, other) == {}
    events = audit(gfile, "bloc.acquired")
    assert len(events) == 1
    assert events[0].entity_id == view.id
    assert "2024-06-12" in events[0].new


def test_record_twice_corrects_instead_of_duplicating(gfile: GraderFile) -> None:
    cand = add_candidate(gfile, "Dupont", "Élodie").id
    first = record_acquired_bloc(gfile, cand, "BC01", date(2024, 6, 12), "Juin")
    second = record_acquired_bloc(gfile, cand, "BC01", date(2024, 6, 13), "Juin (rattrapage)")
    assert second.id == first.id
    assert rows(gfile) == 1
    assert acquired_blocs(gfile, cand)["BC01"].acquired_on == date(2024, 6, 13)
    assert "2024-06-12" in audit(gfile, "bloc.acquired")[-1].old


@pytest.mark.parametrize(
    ("bloc", "when", "message"),
    [
        ("BC99", date(2024, 1, 1), "Le bloc BC99 n'existe pas dans le référentiel"),
        ("BC01", date.today() + timedelta(days=1), "est dans le futur"),
    ],
)
def test_refused_changes_nothing(gfile: GraderFile, bloc: str, when: date, message: str) -> None:
    cand = add_candidate(gfile, "Dupont", "Élodie").id
    with pytest.raises(CapitalisationError, match=message):
        record_acquired_bloc(gfile, cand, bloc, when, "")
    assert rows(gfile) == 0
    assert audit(gfile, "bloc.acquired") == []


def test_unknown_candidate_refused(gfile: GraderFile) -> None:
    with pytest.raises(CapitalisationError, match="Ce candidat n'existe pas"):
        record_acquired_bloc(gfile, "pas-un-id", "BC01", date(2024, 1, 1), "")
    assert rows(gfile) == 0


def test_remove(gfile: GraderFile) -> None:
    cand = add_candidate(gfile, "Dupont", "Élodie").id
    record_acquired_bloc(gfile, cand, "BC01", date(2024, 6, 12), "Juin")
    remove_acquired_bloc(gfile, cand, "BC01")
    assert acquired_blocs(gfile, cand) == {}
    assert len(audit(gfile, "bloc.acquired.remove")) == 1
    with pytest.raises(CapitalisationError, match="n'est pas enregistré comme acquis"):
        remove_acquired_bloc(gfile, cand, "BC01")
