"""The « Exporter… » dialog: the chosen documents are written by the real
worker thread, nothing else; « Fermer » before exporting writes nothing."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from grader.paths import default_exports_dir
from grader.ui.lead.export_dialog import PV, SHEETS, WORKBOOK, ExportDialog

pytestmark = pytest.mark.gui


def test_export_writes_the_chosen_documents(
    qtbot: QtBot, merged_demo, open_lead, tmp_path: Path
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    dialog = window.open_export()
    assert isinstance(dialog, ExportDialog)
    assert dialog.isVisible()
    assert dialog.folder.text() == str(default_exports_dir())
    assert dialog.draft_warning.isVisibleTo(dialog)  # deliberation not closed yet
    assert set(dialog.chosen()) == {PV, SHEETS, WORKBOOK}
    out = tmp_path / "exports é"
    dialog.folder.setText(str(out))
    dialog.set_chosen([PV, WORKBOOK])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy()
    qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.written), timeout=30_000)
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2
    assert {Path(n).suffix for n in written} == {".pdf", ".xlsx"}
    assert sorted(p.name for p in dialog.written) == written
    assert all(p.stat().st_size > 0 for p in dialog.written)
    assert dialog.open_button.isEnabled()
    assert dialog.result_model.rowCount() == 2
    assert "2 fichier(s)" in dialog.result_label.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_dialog_closed_without_exporting_writes_nothing(
    qtbot: QtBot, merged_demo, open_lead, tmp_path: Path
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    dialog = window.open_export()
    out = tmp_path / "rien"
    dialog.folder.setText(str(out))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not out.exists()


def test_export_needs_a_document(qtbot: QtBot, merged_demo, open_lead, tmp_path: Path) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    dialog = window.open_export()
    dialog.folder.setText(str(tmp_path / "vide"))
    dialog.set_chosen([])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy()
    assert "au moins un document" in dialog.result_label.text()
    assert not (tmp_path / "vide").exists()
    dialog.close()
