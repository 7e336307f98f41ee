"""« Préparation → Durées des soutenances… »: the lead sets the minutes of
each épreuve for the session."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from grader.grading import deliberation, session_ops
from grader.models import tables
from grader.models.store import GraderFile, open_file
from grader.ui.lead.durations_dialog import DurationsDialog
from grader.ui.lead.prepare_ops import PrepareOps

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def gfile(tmp_path: Path):
    """A session on mini.yaml without its durations, « veille » and « contenus »."""
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    ref = tmp_path / "calibree.yaml"
    ref.write_text(text.replace("duration_minutes: 30", "duration_minutes: null"),
                   encoding="utf-8")
    g = session_ops.create_session(ref, tmp_path / "s.jury",
                                   assessment_ids=["veille", "contenus"])
    session_ops.add_juror(g, "Claire Martin", "responsable_pedagogique")
    yield g
    g.close()


def _events(g: GraderFile) -> int:
    with g.new_session() as s:
        rows = s.exec(select(tables.AuditEvent)
                      .where(tables.AuditEvent.action == "session.duration")).all()
    return len(rows)


def test_accept_writes_each_changed_duration(qtbot: QtBot, gfile: GraderFile) -> None:
    ops = PrepareOps(gfile)
    dialog = DurationsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.editor.spins) == ["veille", "contenus"]
    assert dialog.editor.spins["veille"].text() == "non prévue"
    assert not dialog.note.isVisible()  # nothing exported yet
    dialog.editor.spins["veille"].setValue(30)
    with qtbot.waitSignal(dialog.changed):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session_ops.session_view(gfile).durations == {"veille": 30}
    assert _events(gfile) == 1
    # Opened again: shows the session's value; unchanged, nothing is written.
    again = DurationsDialog(ops)
    qtbot.addWidget(again)
    assert again.editor.spins["veille"].value() == 30
    again.editor.spins["veille"].setValue(0)
    again.editor.spins["contenus"].setValue(45)
    assert again.save()
    assert session_ops.session_view(gfile).durations == {"contenus": 45}
    assert _events(gfile) == 3
    third = DurationsDialog(ops)
    qtbot.addWidget(third)
    assert third.save()
    assert _events(gfile) == 3


def test_cancel_writes_nothing(qtbot: QtBot, gfile: GraderFile) -> None:
    dialog = DurationsDialog(PrepareOps(gfile))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.spins["contenus"].setValue(20)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert session_ops.session_view(gfile).durations == {}
    assert _events(gfile) == 0


def test_after_export_the_dialog_warns_that_grilles_keep_the_old_durations(
    qtbot: QtBot, gfile: GraderFile, tmp_path: Path
) -> None:
    session_ops.export_juror_files(gfile, tmp_path / "jures")
    dialog = DurationsDialog(PrepareOps(gfile))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible()
    assert "Exportez-les de nouveau" in dialog.note.text()


def test_closed_session_cannot_change(qtbot: QtBot, gfile: GraderFile) -> None:
    session_ops.set_duration(gfile, "contenus", 30)
    deliberation.close_deliberation(gfile, "Hélène Côté", force=True)
    dialog = DurationsDialog(PrepareOps(gfile))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.editor.isEnabled()
    assert not dialog.ok_button.isEnabled()
    assert "clôturée" in dialog.note.text()
    dialog.editor.spins["contenus"].setValue(50)
    assert not dialog.save()  # the core refuses too, with its reason
    assert "clôturée" in dialog.error.text()
    assert session_ops.session_view(gfile).durations == {"contenus": 30}


def test_the_menu_opens_the_dialog_on_the_demo(demo, open_lead) -> None:
    session, _grilles = demo
    window = open_lead(session)
    menu = window.prepare_menu
    assert menu.durations_action.text() == "&Durées des soutenances…"
    menu.durations_action.trigger()
    dialog = menu.active_dialog
    assert isinstance(dialog, DurationsDialog)
    # The demo sets 30 min on each of its épreuves (the référentiel gives none).
    assert {s.value() for s in dialog.editor.spins.values()} == {30}
    first = next(iter(dialog.editor.spins))
    dialog.editor.spins[first].setValue(20)
    dialog.accept()
    assert not dialog.isVisible()
    window.close()
    with open_file(session, readonly=True) as g:
        assert session_ops.session_view(g).durations[first] == 20
