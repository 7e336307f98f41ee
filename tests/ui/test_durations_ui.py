"""The soutenance duration set by the session, on screen: the juror's clock
(extended for a tiers-temps) and « Nouvelle session »."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from grader.grading import durations, session_ops
from grader.models.store import open_file
from grader.ui import durations_editor, messages, navigation
from grader.ui.grading_window import GradingWindow
from grader.ui.new_session_dialog import NewSessionDialog
from grader.ui.start_screen import StartWindow

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parent.parent / "data"
Opener = Callable[[Path], GradingWindow]


def calibrated_referential(tmp_path: Path) -> Path:
    """mini.yaml as a référentiel giving no duration (« durée calibrée »)."""
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("duration_minutes: 30", "duration_minutes: null")
    text = text.replace("duration_minutes: 20", "duration_minutes: null")
    path = tmp_path / "calibree.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def juror_file(tmp_path: Path, minutes: dict[str, int]) -> Path:
    """A session on that référentiel, ``minutes`` set by the session, one
    juror, a tiers-temps candidate and another; returns the juror's grille."""
    g = session_ops.create_session(calibrated_referential(tmp_path), tmp_path / "s.jury",
                                   assessment_ids=["veille"])
    try:
        for aid, value in minutes.items():
            session_ops.set_duration(g, aid, value)
        session_ops.add_juror(g, "Karim Benali", "professionnel")
        session_ops.add_candidate(g, "Bernard", "Lucas", accommodation_type="tiers-temps",
                                  extra_time_ratio=1 / 3)
        session_ops.add_candidate(g, "Dupont", "Élodie")
        [path] = session_ops.export_juror_files(g, tmp_path / "jures")
    finally:
        g.close()
    return path


def test_session_duration_drives_the_tiers_temps_clock(
    tmp_path: Path, open_grading: Opener
) -> None:
    w = open_grading(juror_file(tmp_path, {"veille": 30}))
    assert w.candidate().display_name == "BERNARD Lucas"
    assert w.side.timer.duration_minutes() == 40
    assert w.side.timer.clock.text() == "40:00"
    assert "40 min" in w.side.timer.caption.text()
    w.show_candidate(next(c.id for c in w.ctl.candidates if c.last_name == "Dupont"))
    assert w.side.timer.duration_minutes() == 30
    assert w.side.timer.clock.text() == "30:00"


def test_without_any_duration_the_clock_says_so(tmp_path: Path, open_grading: Opener) -> None:
    w = open_grading(juror_file(tmp_path, {}))
    assert w.candidate().display_name == "BERNARD Lucas"
    assert w.side.timer.duration_minutes() is None
    assert "pas de durée prévue" in w.side.timer.caption.text()


def test_ui_bounds_match_the_core() -> None:
    assert (durations_editor.MIN_MINUTES, durations_editor.MAX_MINUTES) == (
        durations.MIN_MINUTES, durations.MAX_MINUTES
    )


def test_new_session_dialog_prefills_and_returns_the_changed_durations(
    qtbot: QtBot, tmp_path: Path, mini_referential_path: Path
) -> None:
    calibrated = calibrated_referential(tmp_path)
    dialog = NewSessionDialog(referentials=[mini_referential_path, calibrated])
    qtbot.addWidget(dialog)
    dialog.show()
    spins = dialog.durations.spins
    assert list(spins) == ["veille", "contenus", "oral", "mesure"]
    assert spins["veille"].value() == 30  # the référentiel's
    assert spins["oral"].value() == 20
    assert spins["contenus"].text() == "non prévue"
    assert spins["veille"].minimum() == 1  # a référentiel duration cannot be removed
    assert dialog.durations.durations() == {}
    spins["contenus"].setValue(45)
    spins["oral"].setValue(25)
    dialog.out.setText(str(tmp_path / "juin"))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.request()
    assert request is not None
    assert dict(request.durations) == {"contenus": 45, "oral": 25}
    # Another référentiel: its own épreuves, none with a duration.
    dialog.referential.setCurrentIndex(1)
    assert all(s.text() == "non prévue" for s in dialog.durations.spins.values())
    dialog.durations.spins["veille"].setValue(30)
    assert dict(dialog.request().durations) == {"veille": 30}


def test_new_session_dialog_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewSessionDialog(referentials=[calibrated_referential(tmp_path)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.durations.spins["veille"].setValue(30)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not list(tmp_path.glob("*.jury"))


def test_a_bad_referential_is_named_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "casse.yaml"
    bad.write_text("format: grader-referential/1\nid: [\n", encoding="utf-8")
    dialog = NewSessionDialog(referentials=[bad])
    qtbot.addWidget(dialog)
    assert "casse.yaml" in dialog.problem.text()
    assert dialog.durations.spins == {}


def test_start_screen_creates_the_session_with_its_durations(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from grader.ui.new_session_dialog import NewSessionRequest

    start = StartWindow()
    qtbot.addWidget(start)
    out = tmp_path / "juin.jury"
    request = NewSessionRequest(calibrated_referential(tmp_path), "", date(2025, 6, 12), "Lyon",
                                out, {"veille": 20})
    try:
        assert start.create_from(request) is not None
    finally:
        for w in navigation.open_windows():
            if shiboken6.isValid(w):
                w.close()
        for box in messages.open_boxes():
            box.close()
    with open_file(out, readonly=True) as g:
        assert session_ops.session_view(g).durations == {"veille": 20}
