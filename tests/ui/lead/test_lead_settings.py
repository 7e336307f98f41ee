"""The lead's window comes back as it was left: size and place, the split
between the table and the panels, the panel shown; the export dialog
proposes the folder of the last export."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from grader.paths import default_exports_dir
from grader.ui import settings
from grader.ui.lead.export_dialog import PV

pytestmark = pytest.mark.gui


def test_every_key_is_declared_once() -> None:
    names = [k.name for k in settings.ALL_KEYS]
    assert len(names) == len(set(names))
    for key in (settings.LEAD_GEOMETRY, settings.LEAD_SPLITTER, settings.LEAD_TAB,
                settings.EXPORT_DIRECTORY):
        assert key in settings.ALL_KEYS
        assert settings.get(key) == key.default  # fresh settings: the default


def test_the_window_reopens_as_it_was_left(merged_demo, open_lead) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    window.resize(1100, 700)
    window.splitter.setSizes([300, 780])
    window.tabs.setCurrentWidget(window.stats)
    QApplication.processEvents()
    sizes = window.splitter.sizes()
    window.close()
    assert not settings.get(settings.LEAD_GEOMETRY).isEmpty()
    assert settings.get(settings.LEAD_TAB) == window.tabs.indexOf(window.stats)

    again = open_lead(session)
    QApplication.processEvents()
    # The test screen (800 px wide) is narrower than the window: the width is
    # brought back on screen; the height and the table's share are kept (the
    # default layout gives the table half the width).
    assert again.height() == 700
    restored = again.splitter.sizes()
    assert restored[0] / sum(restored) == pytest.approx(sizes[0] / sum(sizes), abs=0.03)
    assert restored[0] / sum(restored) < 0.4
    assert again.tabs.currentWidget() is again.stats


def test_a_damaged_saved_layout_gives_the_default_one(merged_demo, open_lead) -> None:
    from PySide6.QtCore import QByteArray

    settings.put(settings.LEAD_SPLITTER, QByteArray(b"not a splitter state"))
    settings.put(settings.LEAD_TAB, 42)
    session, _ = merged_demo
    window = open_lead(session)
    table, panels = window.splitter.sizes()
    assert table > 0
    assert panels > table
    assert window.tabs.currentIndex() == 0


def test_export_dialog_proposes_the_last_export_folder(
    qtbot: QtBot, merged_demo, open_lead, tmp_path: Path
) -> None:
    session, _ = merged_demo
    window = open_lead(session)
    dialog = window.open_export()
    assert dialog.folder.text() == str(default_exports_dir())
    out = tmp_path / "PV juin"
    dialog.folder.setText(str(out))
    dialog.set_chosen([PV])
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.written), timeout=30_000)
    dialog.reject()
    assert settings.get(settings.EXPORT_DIRECTORY) == str(out)
    assert window.open_export().folder.text() == str(out)
