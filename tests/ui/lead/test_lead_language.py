"""Switching the language retranslates the lead's window live."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader.ui import i18n

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
