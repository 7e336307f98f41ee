"""GUI test setup: settings in tmp_path, French interface, juror files built
through the core's own operations."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from grader.grading import keys, session_ops
from grader.models.store import open_file
from grader.ui import i18n
from grader.ui.grading_window import GradingWindow

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[Path]:
    conf = tmp_path / "settings"
    conf.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(conf))
    yield conf
    if i18n.current_language() != "fr":
        i18n.set_language("fr")


def make_session(
    tmp_path: Path, assessment_ids: tuple[str, ...] = (), *, keyed: bool = True
) -> tuple[Path, list[Path]]:
    """A session on mini.yaml with three jurors and three candidates (one with
    a tiers-temps); returns the session file and the jurors' .grille files,
    each already opened once by its juror (``keyed``: its key created)."""
    out = tmp_path / "session.jury"
    g = session_ops.create_session(DATA / "mini.yaml", out, title="Session test",
                                   place="Lyon", assessment_ids=assessment_ids)
    try:
        session_ops.add_juror(g, "Claire Martin", "responsable_pedagogique")
        session_ops.add_juror(g, "Karim Benali", "professionnel")
        session_ops.add_juror(g, "Sophie Leroy", "professionnel")
        session_ops.add_candidate(g, "Dupont", "Élodie")
        session_ops.add_candidate(g, "Bernard", "Lucas", accommodation_type="tiers-temps",
                                  accommodation_detail="Décision du 03/05/2026",
                                  extra_time_ratio=1 / 3)
        session_ops.add_candidate(g, "Nguyen", "Thi")
        files = session_ops.export_juror_files(g, tmp_path / "jures")
    finally:
        g.close()
    if keyed:
        for path in files:
            with open_file(path) as jf:
                keys.create_juror_key(jf)
    return out, sorted(files)


@pytest.fixture
def juror_file(tmp_path: Path) -> Path:
    return make_session(tmp_path)[1][0]


Opener = Callable[[Path], GradingWindow]


@pytest.fixture
def open_grading(qtbot: object) -> Iterator[Opener]:
    """Open a juror file in the grading window, shown and with the keyboard
    in the grid; closed at the end (the window deletes itself on close, so it
    is not handed to qtbot.addWidget)."""
    opened: list[GradingWindow] = []

    def opener(path: Path) -> GradingWindow:
        window = GradingWindow.open_path(path)
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        window.activateWindow()
        window.grid.setFocus()
        return window

    yield opener
    for window in opened:
        if shiboken6.isValid(window):
            window.close()
