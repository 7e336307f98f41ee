"""The grid opens fast and fits the smallest screen: rows are measured once,
at the width they are shown at; another sheet only announces the rows that
look different; the window never asks for more than 1366 px; the dark theme
has its own readable colours."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from grader.grading import session_ops
from grader.referential import load_referential
from grader.ui import grid_model as gm
from grader.ui import theme
from grader.ui.elided_label import ElidedLabel
from grader.ui.grading_window import GradingWindow
from grader.ui.grid_delegate import GridDelegate
from grader.ui.grid_model import LocalMark

pytestmark = pytest.mark.gui


class CountingDelegate(GridDelegate):
    measured = 0

    def sizeHint(self, option, index):  # type: ignore[no-untyped-def]
        if index.internalId() != 0:  # criteria (headings are one line, not laid out)
            CountingDelegate.measured += 1
        return super().sizeHint(option, index)


def _changed_rows(model: gm.GridModel) -> list[tuple[int, int]]:
    rows: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): rows.extend(
            (top.parent().row(), r) for r in range(top.row(), bottom.row() + 1)))
    return rows


def test_another_sheet_announces_only_the_rows_that_differ(mini_referential_path: Path) -> None:
    veille = load_referential(mini_referential_path).assessment("veille")
    ids = [c.id for c in veille.criteria]
    model = gm.GridModel()
    model.set_assessment(veille, {ids[0]: LocalMark(level="acquis")}, locked=False)
    assert model.mark(ids[0]) is not None  # the marks come with the reset
    rows = _changed_rows(model)
    model.set_marks({ids[0]: LocalMark(level="acquis"), ids[2]: LocalMark(observation="vu")},
                    locked=False)
    assert rows == [(1, 0)]  # only the third criterion (group 2, row 1) changed
    rows.clear()
    model.set_marks({}, locked=False)
    assert sorted(rows) == [(0, 0), (1, 0)]
    rows.clear()
    model.set_marks({}, locked=True)  # locking changes how every row is drawn
    assert len(rows) == len(ids)
    assert all(not model.flags(model.index_of(i, gm.COL_LEVEL)) & gm.Qt.ItemFlag.ItemIsEditable
               for i in ids)


def test_rows_are_measured_once_when_the_window_is_shown(
    qtbot: QtBot, juror_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("grader.ui.grid_view.GridDelegate", CountingDelegate)
    CountingDelegate.measured = 0
    window = GradingWindow.open_path(juror_file)
    try:
        window.resize(1366, 768)
        window.assessment_box.setCurrentIndex(1)  # another épreuve before showing
        assert CountingDelegate.measured == 0  # nothing laid out while hidden
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        model = window.grid_model
        cells = len(model.criterion_indexes()) * gm.COLUMN_COUNT
        assert CountingDelegate.measured == cells  # each criterion's cells, once
        # The grid is laid out: every criterion has its row, at its height.
        first = model.criterion_indexes()[0]
        assert window.grid.visualRect(first).height() > window.grid.fontMetrics().height()
        CountingDelegate.measured = 0
        window.candidates.step(1)  # two blank sheets look the same: nothing to measure
        QApplication.processEvents()
        assert CountingDelegate.measured == 0
    finally:
        window.close()


def test_changing_epreuve_opens_the_sheet_once(
    qtbot: QtBot, juror_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = GradingWindow.open_path(juror_file)
    try:
        window.show()
        opened: list[tuple[str, str]] = []
        original = window.ctl.sheet
        monkeypatch.setattr(window.ctl, "sheet",
                            lambda c, a: opened.append((c, a)) or original(c, a))
        window.assessment_box.setCurrentIndex(1)
        aid = window.assessment_box.currentData()
        assert opened == [(window.candidate_id, aid)]
        assert window.assessment is not None
        assert window.assessment.id == aid
        assert window.grid_model.rowCount() == len(window.assessment.groups)
        assert window.candidates.current_id() == window.candidate_id
    finally:
        window.close()


def test_long_names_and_titles_never_widen_the_window_past_1366(
    qtbot: QtBot, tmp_path: Path, mini_referential_path: Path
) -> None:
    text = mini_referential_path.read_text(encoding="utf-8").replace(
        "title: Veille", "title: " + "Veille stratégique et concurrentielle " * 4)
    ref = tmp_path / "long.yaml"
    ref.write_text(text, encoding="utf-8")
    g = session_ops.create_session(ref, tmp_path / "s.jury", title="Session")
    try:
        session_ops.add_juror(g, "Claire Martin", "professionnel")
        # The juror's file holds the accommodation type, never its detail.
        session_ops.add_candidate(g, "De La Fontaine-Saint-Exupéry " * 6, "Marie-Antoinette",
                                  accommodation_type="tiers-temps",
                                  accommodation_detail="Décision du 03/05/2026",
                                  extra_time_ratio=1 / 3)
        juror_file = session_ops.export_juror_files(g, tmp_path / "jures")[0]
    finally:
        g.close()
    window = GradingWindow.open_path(juror_file)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert window.minimumSizeHint().width() <= 1366
        assert window.width() == 1366
        title = window.candidate_title
        assert isinstance(title, ElidedLabel)
        assert "Marie-Antoinette" in title.text()
        assert title.text().endswith("tiers-temps")
        assert "Décision" not in title.text()
        assert title.elided_text().endswith("…")  # shown shortened, whole in the tooltip
        assert title.toolTip() == title.text()
    finally:
        window.close()


def test_meaning_colours_follow_the_theme() -> None:
    try:
        theme.apply_theme("light")
        light = {name: theme.tone(name) for name in ("ok", "error", "warning", "muted")}
        theme.apply_theme("dark")
        dark = {name: theme.tone(name) for name in ("ok", "error", "warning", "muted")}
    finally:
        theme.apply_theme("system")
    from PySide6.QtGui import QColor

    for name in light:
        # Dark text on the light window, light text on the dark one.
        assert QColor(light[name]).lightness() < 128 < QColor(dark[name]).lightness(), name

