"""Grading operations: one transaction, one audit event, the saved state back."""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from grader.grading import marks, session_ops
from grader.grading.audit import list_events
from grader.grading.signing import sign_sheet
from grader.models.store import GraderFile, open_file

VEILLE_1 = "BC01/veille/g1/CE.1"
VEILLE_2 = "BC01/veille/g1/CE.2"
ORAL_1 = "BC03/oral/g1/CE.1"
CONTENUS_1 = "BC02/contenus/g1/CE.1"


@dataclass
class Setup:
    gfile: GraderFile
    juror_id: str
    other_juror_id: str
    candidate_id: str


@pytest.fixture
def setup(tmp_path: Path, mini_referential_path: Path) -> Iterator[Setup]:
    g = session_ops.create_session(mini_referential_path, tmp_path / "s.jury")
    j = session_ops.add_juror(g, "Élodie Martin", "responsable_pedagogique")
    k = session_ops.add_juror(g, "François Le Bihan", "professionnel")
    c = session_ops.add_candidate(g, "N'Diaye", "Zoé")
    yield Setup(g, j.id, k.id, c.id)
    g.close()


def test_open_sheet_creates_one_draft(setup: Setup) -> None:
    g = setup.gfile
    first = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    again = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    assert first.id == again.id
    assert (first.status, first.version, first.marks) == ("draft", 1, {})
    assert [e.action for e in list_events(g, entity_id=first.id)] == ["sheet.create"]
    other = marks.open_sheet(g, setup.other_juror_id, setup.candidate_id, "veille")
    assert other.id != first.id
    assert [s.id for s in marks.list_sheets(g, setup.juror_id)] == [first.id]
    assert len(marks.list_sheets(g)) == 2


def test_open_sheet_refuses_unknown_things(setup: Setup) -> None:
    g = setup.gfile
    with pytest.raises(ValueError, match="Épreuve inconnue"):
        marks.open_sheet(g, setup.juror_id, setup.candidate_id, "projet")
    with pytest.raises(ValueError, match="Candidat introuvable"):
        marks.open_sheet(g, setup.juror_id, "personne", "veille")
    assert marks.list_sheets(g) == []


def test_set_mark_saves_and_logs(setup: Setup) -> None:
    g = setup.gfile
    sheet = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    saved = marks.set_mark(g, sheet.id, VEILLE_1, level="A")
    assert (saved.level, saved.points, saved.value) == ("A", None, "A")
    marks.set_mark(g, sheet.id, VEILLE_1, level="NA")
    marks.set_mark(g, sheet.id, VEILLE_2, level="A")
    after = marks.sheet_view(g, sheet.id)
    assert after.values() == {VEILLE_1: "NA", VEILLE_2: "A"}
    assert after.updated_at > sheet.updated_at
    events = list_events(g, action="mark.set")
    assert [(json.loads(e.old or "{}"), json.loads(e.new)) for e in events] == [
        ({"level": None}, {"level": "A"}),
        ({"level": "A"}, {"level": "NA"}),
        ({"level": None}, {"level": "A"}),
    ]
    assert {e.actor for e in events} == {"responsable"}
    assert events[0].at.tzinfo is not None


def test_clear_observation_and_flag(setup: Setup) -> None:
    g = setup.gfile
    sheet = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    marks.set_mark(g, sheet.id, VEILLE_1, level="A")
    obs = marks.set_mark_observation(g, sheet.id, VEILLE_1, "Veille outillée, sources citées.")
    assert (obs.level, obs.observation) == ("A", "Veille outillée, sources citées.")
    flagged = marks.set_mark_flag(g, sheet.id, VEILLE_1, True, "à revoir avec le jury")
    assert (flagged.flag_discuss, flagged.flag_note, flagged.level) == (
        True,
        "à revoir avec le jury",
        "A",
    )
    cleared = marks.clear_mark(g, sheet.id, VEILLE_1)
    assert cleared.value is None
    assert cleared.observation == "Veille outillée, sources citées."
    view = marks.sheet_view(g, sheet.id)
    assert view.values() == {}
    assert view.marks[VEILLE_1].flag_discuss is True
    actions = [e.action for e in list_events(g, entity_id=f"{sheet.id}/{VEILLE_1}")]
    assert actions == ["mark.set", "mark.observation", "mark.flag", "mark.clear"]


def test_sheet_observation_flag_and_timer(setup: Setup) -> None:
    g = setup.gfile
    sheet = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    v = marks.set_sheet_observation(g, sheet.id, "Soutenance claire, bonne gestion du temps.")
    assert v.observation == "Soutenance claire, bonne gestion du temps."
    v = marks.set_sheet_flag(g, sheet.id, True, "tiers-temps appliqué")
    assert (v.flag_discuss, v.flag_note) == (True, "tiers-temps appliqué")
    v = marks.save_timer(g, sheet.id, 1834)
    assert v.timer_elapsed_seconds == 1834
    with pytest.raises(ValueError, match="Durée négative"):
        marks.save_timer(g, sheet.id, -1)
    assert marks.sheet_view(g, sheet.id).timer_elapsed_seconds == 1834
    timer_events = list_events(g, action="sheet.timer")
    assert json.loads(timer_events[0].new) == {"timer_elapsed_seconds": 1834}


@pytest.mark.parametrize(
    ("assessment", "criterion", "kwargs", "message"),
    [
        ("veille", VEILLE_1, {"level": "M"}, "niveau « M » inconnu"),
        ("veille", VEILLE_1, {"points": 2}, "se note avec un niveau"),
        ("contenus", CONTENUS_1, {"level": "X"}, "Maîtrisé"),
        ("oral", ORAL_1, {"points": 4.5}, "hors barème"),
        ("oral", ORAL_1, {"points": -1}, "hors barème"),
        ("oral", ORAL_1, {"level": "A"}, "se note en points"),
        ("veille", ORAL_1, {"points": 2}, "n'appartient pas à l'épreuve"),
        ("veille", "BC01/veille/g9/CE.9", {"level": "A"}, "Critère inconnu"),
    ],
)
def test_values_outside_the_scale_are_refused(
    setup: Setup, assessment: str, criterion: str, kwargs: dict[str, Any], message: str
) -> None:
    g = setup.gfile
    sheet = marks.open_sheet(g, setup.juror_id, setup.candidate_id, assessment)
    before = len(list_events(g))
    with pytest.raises(ValueError, match=message):
        marks.set_mark(g, sheet.id, criterion, **kwargs)
    assert marks.sheet_view(g, sheet.id).marks == {}
    assert len(list_events(g)) == before


def test_points_and_levels_are_stored(setup: Setup) -> None:
    g = setup.gfile
    oral = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "oral")
    assert marks.set_mark(g, oral.id, ORAL_1, points=3).points == 3.0
    contenus = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "contenus")
    marks.set_mark(g, contenus.id, CONTENUS_1, level="EC")
    assert marks.sheet_view(g, oral.id).values() == {ORAL_1: 3.0}
    assert marks.sheet_view(g, contenus.id).values() == {CONTENUS_1: "EC"}


def test_unknown_sheet(setup: Setup) -> None:
    with pytest.raises(marks.SheetNotFound, match="Grille introuvable"):
        marks.set_mark(setup.gfile, "nope", VEILLE_1, level="A")
    with pytest.raises(marks.SheetNotFound):
        marks.sheet_view(setup.gfile, "nope")


EDITS: list[Callable[[GraderFile, str], object]] = [
    lambda g, sid: marks.set_mark(g, sid, VEILLE_1, level="NA"),
    lambda g, sid: marks.clear_mark(g, sid, VEILLE_1),
    lambda g, sid: marks.set_mark_observation(g, sid, VEILLE_1, "après coup"),
    lambda g, sid: marks.set_mark_flag(g, sid, VEILLE_1, True),
    lambda g, sid: marks.set_sheet_observation(g, sid, "après coup"),
    lambda g, sid: marks.set_sheet_flag(g, sid, True),
    lambda g, sid: marks.save_timer(g, sid, 99),
]


@pytest.mark.parametrize("edit", EDITS)
def test_signed_sheet_refuses_every_change(
    setup: Setup, edit: Callable[[GraderFile, str], object]
) -> None:
    g = setup.gfile
    sheet = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    marks.set_mark(g, sheet.id, VEILLE_1, level="A")
    signed = sign_sheet(g, sheet.id)
    before = len(list_events(g))
    with pytest.raises(marks.SheetLocked, match="La grille de N'DIAYE Zoé \\(Veille\\) est signée"):
        edit(g, sheet.id)
    assert marks.sheet_view(g, sheet.id) == signed
    assert len(list_events(g)) == before


def test_in_a_juror_file_the_actor_is_the_juror(setup: Setup, tmp_path: Path) -> None:
    g = setup.gfile
    paths = session_ops.export_juror_files(g, tmp_path / "grilles")
    with open_file(paths[1]) as jf:
        assert jf.juror_id == setup.other_juror_id
        sheet = next(s for s in marks.list_sheets(jf) if s.assessment_id == "veille")
        marks.set_mark(jf, sheet.id, VEILLE_1, level="A")
        assert list_events(jf, action="mark.set")[0].actor == "François Le Bihan"
        with pytest.raises(ValueError, match="autre membre du jury"):
            marks.open_sheet(jf, setup.juror_id, setup.candidate_id, "veille")


def test_set_marks_is_all_or_nothing(setup: Setup) -> None:
    g = setup.gfile
    sheet = marks.open_sheet(g, setup.juror_id, setup.candidate_id, "veille")
    saved = marks.set_marks(
        g, sheet.id, {VEILLE_1: "A", VEILLE_2: "NA"}, {VEILLE_2: "Thématiques floues."}
    )
    assert saved.values() == {VEILLE_1: "A", VEILLE_2: "NA"}
    assert saved.marks[VEILLE_2].observation == "Thématiques floues."
    assert len(list_events(g, action="mark.set")) == 2
    with pytest.raises(ValueError, match="niveau « Z » inconnu"):
        marks.set_marks(g, sheet.id, {VEILLE_1: "NA", VEILLE_2: "Z"})
    with pytest.raises(ValueError, match="hors de l'épreuve"):
        marks.set_marks(g, sheet.id, {VEILLE_1: "NA", ORAL_1: 2})
    assert marks.sheet_view(g, sheet.id).values() == {VEILLE_1: "A", VEILLE_2: "NA"}
    assert len(list_events(g, action="mark.set")) == 2
