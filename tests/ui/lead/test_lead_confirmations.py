"""Steps that cannot be taken back ask first: removing an acquired bloc,
replacing exported files. Each question is answered yes and no."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from grader.grading import session_ops
from grader.grading.capitalisation import acquired_blocs
from grader.ui.confirm import Confirmation, open_confirmations
from grader.ui.lead.acquired_blocs_dialog import AcquiredBlocsDialog
from grader.ui.lead.export_dialog import PV, WORKBOOK
from grader.ui.lead.prepare_ops import PrepareOps

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def ops(tmp_path: Path):
    g = session_ops.create_session(DATA / "mini.yaml", tmp_path / "s.jury",
                                   title="Session test", assessment_ids=["veille"])  # fmt: skip
    session_ops.add_juror(g, "Claire Martin", "responsable_pedagogique")
    session_ops.add_candidate(g, "Dupont", "Élodie")
    yield PrepareOps(g)
    g.close()


def _acquired_dialog(qtbot: QtBot, ops: PrepareOps) -> tuple[AcquiredBlocsDialog, str]:
    cand = session_ops.list_candidates(ops.gfile)[0]
    ops.record_acquired(cand.id, "BC02", date(2024, 6, 14), "Jury de juin 2024")
    dialog = AcquiredBlocsDialog(ops, cand)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    return dialog, cand.id


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_removing_an_acquired_bloc_asks_first(qtbot: QtBot, ops: PrepareOps, answer: str):
    dialog, cid = _acquired_dialog(qtbot, ops)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert isinstance(box, Confirmation)
    assert box.isVisible()
    assert "BC02" in box.text()
    assert "Dupont".upper() in box.text().upper()
    # Asked, not done.
    assert set(acquired_blocs(ops.gfile, cid)) == {"BC02"}
    button = box.yes_button if answer == "yes" else box.cancel_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert box not in open_confirmations()
    expected = set() if answer == "yes" else {"BC02"}
    assert set(acquired_blocs(ops.gfile, cid)) == expected
    assert dialog.table.rowCount() == len(expected)


def test_enter_on_the_question_does_not_remove(qtbot: QtBot, ops: PrepareOps) -> None:
    dialog, cid = _acquired_dialog(qtbot, ops)
    dialog.remove_selected()
    box = dialog.confirmation
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.isVisible()
    assert set(acquired_blocs(ops.gfile, cid)) == {"BC02"}


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_replacing_exported_files_asks_first(
    qtbot: QtBot, merged_demo, open_lead, tmp_path: Path, answer: str
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    dialog = window.open_export()
    out = tmp_path / "exports"
    dialog.folder.setText(str(out))
    dialog.set_chosen([PV, WORKBOOK])
    # First export: nothing there, no question.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.confirmation is None
    qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.written), timeout=30_000)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    for p in out.iterdir():
        p.write_bytes(b"previous")  # the lead's earlier files
    dialog.written.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert isinstance(box, Confirmation)
    assert box.isVisible()
    assert not dialog.busy()
    for name in before:
        assert name in box.text()
    button = box.yes_button if answer == "yes" else box.cancel_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if answer == "yes":
        qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.written), timeout=30_000)
        assert all(p.read_bytes() != b"previous" for p in out.iterdir())
    else:
        assert not dialog.busy()
        assert all(p.read_bytes() == b"previous" for p in out.iterdir())
    assert sorted(p.name for p in out.iterdir()) == sorted(before)
