"""Soutenance durations set by the session over the référentiel's."""

import json
from pathlib import Path

import pytest
from sqlmodel import select

from grader.grading import deliberation, session_ops
from grader.grading.closure import SessionClosed
from grader.grading.views import parse_durations
from grader.models import tables
from grader.models.store import GraderFile, open_file


def without_durations(tmp_path: Path, mini: Path) -> Path:
    """mini.yaml as a référentiel that says only « durée calibrée »."""
    text = mini.read_text(encoding="utf-8")
    text = text.replace("duration_minutes: 30", "duration_minutes: null")
    text = text.replace("duration_minutes: 20", "duration_minutes: null")
    path = tmp_path / "sans-durees.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def gfile(tmp_path: Path, mini_referential_path: Path) -> GraderFile:
    g = session_ops.create_session(mini_referential_path, tmp_path / "s.jury")
    yield g
    g.close()


def _audit(g: GraderFile, action: str) -> list[tables.AuditEvent]:
    with g.new_session() as s:
        return list(s.exec(select(tables.AuditEvent).where(tables.AuditEvent.action == action)))


def test_session_value_then_referential_then_none(gfile: GraderFile) -> None:
    ref = gfile.referential
    veille, contenus = ref.assessment("veille"), ref.assessment("contenus")
    assert veille.duration_minutes == 30
    assert contenus.duration_minutes is None
    assert session_ops.effective_duration(gfile, veille) == 30
    assert session_ops.effective_duration(gfile, contenus) is None
    view = session_ops.set_duration(gfile, "contenus", 45)
    assert view.durations == {"contenus": 45}
    # A GraderFile and a SessionView give the same answer.
    for source in (gfile, view, session_ops.session_view(gfile)):
        assert session_ops.effective_duration(source, contenus) == 45
        assert session_ops.effective_duration(source, veille) == 30
    session_ops.set_duration(gfile, "veille", 25)
    assert session_ops.effective_duration(gfile, veille) == 25
    session_ops.set_duration(gfile, "veille", None)
    assert session_ops.effective_duration(gfile, veille) == 30  # back to the référentiel's
    assert session_ops.session_view(gfile).durations == {"contenus": 45}


def test_set_duration_is_audited_old_to_new(gfile: GraderFile) -> None:
    session_ops.set_duration(gfile, "contenus", 20)
    session_ops.set_duration(gfile, "contenus", 35)
    session_ops.set_duration(gfile, "contenus", None)
    events = sorted(_audit(gfile, "session.duration"), key=lambda e: e.at)
    assert [(json.loads(e.old)["minutes"], json.loads(e.new)["minutes"]) for e in events] == [
        (None, 20),
        (20, 35),
        (35, None),
    ]
    assert {e.actor for e in events} == {"responsable"}
    assert {json.loads(e.new)["assessment"] for e in events} == {"contenus"}


@pytest.mark.parametrize(
    ("minutes", "message"),
    [(0, "entre 1 et 600"), (601, "entre 1 et 600"), (-5, "entre 1 et 600"),
     ("30", "nombre entier"), (12.5, "nombre entier"), (True, "nombre entier")],
)
def test_bad_minutes_are_refused_and_nothing_changes(
    gfile: GraderFile, minutes: object, message: str
) -> None:
    session_ops.set_duration(gfile, "contenus", 40)
    with pytest.raises(ValueError, match=message) as info:
        session_ops.set_duration(gfile, "contenus", minutes)  # type: ignore[arg-type]
    assert "Contenus" in str(info.value)
    assert session_ops.session_view(gfile).durations == {"contenus": 40}
    assert len(_audit(gfile, "session.duration")) == 1


def test_bounds_are_accepted(gfile: GraderFile) -> None:
    assert session_ops.set_duration(gfile, "contenus", 1).durations["contenus"] == 1
    assert session_ops.set_duration(gfile, "contenus", 600).durations["contenus"] == 600


def test_unknown_assessment_is_refused(gfile: GraderFile) -> None:
    with pytest.raises(ValueError, match=r"Épreuve inconnue : « soutenance » .*veille"):
        session_ops.set_duration(gfile, "soutenance", 30)


def test_refused_once_the_deliberation_is_closed(gfile: GraderFile) -> None:
    session_ops.set_duration(gfile, "contenus", 30)
    deliberation.close_deliberation(gfile, "Hélène Côté", force=True)
    with pytest.raises(SessionClosed, match="clôturée"):
        session_ops.set_duration(gfile, "contenus", 20)
    assert session_ops.session_view(gfile).durations == {"contenus": 30}


def test_create_session_with_durations(tmp_path: Path, mini_referential_path: Path) -> None:
    ref_path = without_durations(tmp_path, mini_referential_path)
    with session_ops.create_session(
        ref_path, tmp_path / "s.jury", durations={"oral": 20, "veille": 30}
    ) as g:
        # Stored in the référentiel's order whatever order they were given in.
        assert list(session_ops.session_view(g).durations.items()) == [
            ("veille", 30), ("oral", 20)
        ]
        assert session_ops.effective_duration(g, g.referential.assessment("oral")) == 20
        assert session_ops.effective_duration(g, g.referential.assessment("contenus")) is None
        [created] = _audit(g, "session.create")
        assert json.loads(created.new)["durations"] == {"veille": 30, "oral": 20}


@pytest.mark.parametrize(
    ("durations", "message"),
    [({"veile": 30}, "Épreuve inconnue : « veile »"), ({"veille": 0}, "entre 1 et 600")],
)
def test_create_session_refuses_bad_durations_before_writing(
    tmp_path: Path, mini_referential_path: Path, durations: dict[str, int], message: str
) -> None:
    out = tmp_path / "s.jury"
    with pytest.raises(ValueError, match=message):
        session_ops.create_session(mini_referential_path, out, durations=durations)
    assert not out.exists()


def test_juror_files_carry_the_durations(tmp_path: Path, mini_referential_path: Path) -> None:
    ref_path = without_durations(tmp_path, mini_referential_path)
    with session_ops.create_session(ref_path, tmp_path / "s.jury") as g:
        session_ops.add_juror(g, "Claire Martin", "professionnel")
        session_ops.set_duration(g, "veille", 30)
        [path] = session_ops.export_juror_files(g, tmp_path / "jures")
    with open_file(path, readonly=True) as jf:
        assert session_ops.effective_duration(jf, jf.referential.assessment("veille")) == 30
        with pytest.raises(ValueError, match="grille de juré"):
            session_ops.set_duration(jf, "veille", 20)


def test_extended_minutes() -> None:
    assert session_ops.extended_minutes(30, 1 / 3) == 40
    assert session_ops.extended_minutes(20, 1 / 3) == 27
    assert session_ops.extended_minutes(30, 0.0) == 30
    assert session_ops.extended_minutes(None, 1 / 3) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("{}", {}), ("", {}), (None, {}), ("pas du json", {}), ("[30]", {}),
     ('{"veille": 30, "oral": "20", "x": 0, "y": true}', {"veille": 30})],
)
def test_stored_text_read_tolerantly(text: str | None, expected: dict[str, int]) -> None:
    assert parse_durations(text) == expected

