"""Receiving the jurors' files through the lead's window: the real worker
thread and progress dialog, then the per-file report."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from grader.grading import merge
from grader.grading.disagreements import disagreements
from grader.ui.lead import LeadError, open_session_window
from grader.ui.lead.merge_worker import MergeReportDialog

pytestmark = pytest.mark.gui


def run_import(qtbot: QtBot, window: object, paths: list[Path]) -> merge.MergeReport:
    window.last_merge = None  # type: ignore[attr-defined]
    assert window.import_files(paths)  # type: ignore[attr-defined]
    # The merge runs in its thread: the progress dialog is up meanwhile.
    assert window.merger.progress is not None  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.last_merge is not None, timeout=30_000)
    return window.last_merge  # type: ignore[attr-defined,no-any-return]


def test_import_the_three_grilles_then_again(qtbot: QtBot, demo, open_lead) -> None:
    session, grilles = demo
    window = open_lead(session)
    before = window.model.lines()
    assert all(c.disagreements == 0 for ln in before for c in ln.cells)
    assert {r.received for r in window.reception.model.rows()} == {0}
    assert "Aucune grille reçue" in window.reception.waiting.text()

    report = run_import(qtbot, window, grilles)
    assert [f.status for f in report.files] == [merge.IMPORTED] * 3
    dialog = window.merger.report_dialog
    assert isinstance(dialog, MergeReportDialog)
    assert dialog.isVisible()
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, 1).data() == "Importé"
    assert not window.merger.busy()
    assert window.merger.progress is None
    dialog.close()

    # The window now shows what the core sees: the same disagreements, the sheets received.
    core = disagreements(window.ctrl.gfile)
    shown = sum(c.disagreements + c.flags for ln in window.model.lines() for c in ln.cells)
    assert shown == len(core) > 0
    rows = window.reception.model.rows()
    assert all(r.signed == r.expected > 0 and r.missing == 0 for r in rows)
    assert "Toutes les grilles attendues" in window.reception.waiting.text()

    again = run_import(qtbot, window, grilles[:1])
    assert [f.status for f in again.files] == [merge.ALREADY_PRESENT]
    assert window.merger.report_dialog.model.index(0, 1).data() == "Déjà présent"


def test_refused_file_is_reported_and_the_others_imported(
    qtbot: QtBot, demo, open_lead, tmp_path: Path
) -> None:
    session, grilles = demo
    junk = tmp_path / "Pas une grille.grille"
    junk.write_bytes(b"\x00\x01 not a database " * 50)
    window = open_lead(session)
    report = run_import(qtbot, window, [junk, grilles[0]])
    assert [f.status for f in report.files] == [merge.REFUSED, merge.IMPORTED]
    model = window.merger.report_dialog.model
    assert model.index(0, 0).data() == junk.name
    assert model.index(0, 1).data() == "Refusé"
    assert "grille" in model.index(0, 2).data()  # the core's French reason, shown whole
    assert "1 refusé" in window.merger.report_dialog.summary.text()
    received = {r.name: r.received for r in window.reception.model.rows()}
    assert sorted(received.values())[-1] > 0
    assert sorted(received.values())[0] == 0


def test_a_juror_file_is_not_opened_as_a_session(demo) -> None:
    _session, grilles = demo
    with pytest.raises(LeadError, match="grille d'un juré"):
        open_session_window(grilles[0])
