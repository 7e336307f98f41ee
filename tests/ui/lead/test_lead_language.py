"""Switching the language retranslates the lead's window live."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader.ui import i18n
from grader.ui.lead.candidates_blocs_model import cell_text

pytestmark = pytest.mark.gui


def test_language_switch_retranslates_the_open_window(merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    window.select(window.model.line(0).candidate.id, window.ctrl.blocs[0].code)
    french = window.tabs.tabText(0)
    assert french == "Comparaison des grilles"
    i18n.set_language("en")
    QApplication.processEvents()
    # Every panel answered the LanguageChange without losing its content.
    assert window.tabs.tabText(0)
    assert window.model.headerData(0, Qt.Orientation.Horizontal)
    assert window.comparison.model.rowCount() > 0
    i18n.set_language("fr")
    QApplication.processEvents()
    assert window.tabs.tabText(0) == french
    assert window.comparison.model.rowCount() > 0


def test_the_lead_window_reads_in_english(qtbot, merged_demo, open_lead) -> None:
    session, _ = merged_demo
    i18n.set_language("en")
    window = open_lead(session)
    line = window.model.line(0)
    window.select(line.candidate.id, window.ctrl.blocs[0].code)
    assert window.windowTitle().startswith("Deliberation — ")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Sheets compared", "Notes and recusals", "Sheets received", "Statistics"]
    assert window.session_menu.title() == "S&ession"
    assert window.import_action.text() == "&Import sheets…"
    header = window.model.headerData
    assert header(0, Qt.Orientation.Horizontal) == "Candidate"
    assert header(window.model.columnCount() - 1, Qt.Orientation.Horizontal) == "Certification"
    undecided = next(c for ln in window.model.lines() for c in ln.cells if not c.decided)
    assert cell_text(undecided).lstrip("⚠ ").startswith("Proposed: ")
    assert window.status.text().startswith("Deliberation in progress: ")
    assert window.comparison.decide_button.text() == "&Decide for this bloc…"
    assert "Jurors' general observations" in window.comparison.details.toPlainText()
    stats = window.stats.agreement_model
    assert stats.headerData(1, Qt.Orientation.Horizontal) == "Agreement"
    dialog = window.open_decision()
    assert dialog is not None
    assert dialog.windowTitle() == "Jury decision"
    assert dialog.ok_button.text() == "Record the decision"
    assert dialog.radios["valide"].text() == "&Validated"
    dialog.reject()
    export = window.open_export()
    assert export.windowTitle() == "Export the session's documents"
    export.reject()
