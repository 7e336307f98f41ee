"""Widgets whose attributes once hid a Qt method of the same name (found by
mypy): ``self.thread`` hid ``QObject.thread()``, ``self.scroll`` hid
``QWidget.scroll()``. Qt's own API must keep working on them."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from grader.ui.durations_editor import DurationsEditor
from grader.ui.lead.export_dialog import PV, ExportDialog

pytestmark = pytest.mark.gui


def _gui_thread() -> object:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_lead_objects_still_answer_qobject_thread(
    qtbot: QtBot, merged_demo, open_lead, tmp_path: Path
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    assert window.merger.thread() is _gui_thread()
    dialog = window.open_export()
    assert isinstance(dialog, ExportDialog)
    assert dialog.thread() is _gui_thread()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.set_chosen([PV])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy()
    # The export runs on its own thread; the dialog stays on the GUI's.
    assert dialog.worker_thread is not None
    assert dialog.worker_thread is not _gui_thread()
    assert dialog.thread() is _gui_thread()
    qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.written), timeout=30_000)
    assert dialog.thread() is _gui_thread()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_durations_editor_keeps_qwidget_scroll(qtbot: QtBot) -> None:
    editor = DurationsEditor()
    qtbot.addWidget(editor)
    editor.scroll(0, 0)  # QWidget.scroll, no longer hidden by the scroll area
    assert isinstance(editor.scroll_area, QScrollArea)
