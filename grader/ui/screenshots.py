"""Render every window to PNG without a display (``grader screenshots DIR``).

In ``DIR``, at 1366×768 (the smallest laptop screen jurors bring): the start
screen, the juror's grid on a binary and on a four-level scale, the sign
dialog, and the lead's windows (session, comparison, decision, merge report,
export, statistics). In ``DIR/1920``: the grid and the lead's session window
at 1920×1080. In ``DIR/sombre``: the grid in the dark theme. The names do not
change from one run to the next; the documentation links to them."""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

import grader

if TYPE_CHECKING:
    from grader.grading.demo import DemoFiles
    from grader.referential.model import Assessment
    from grader.ui.grading_window import GradingWindow

SIZE = (1366, 768)
LARGE = (1920, 1080)
LARGE_DIR = "1920"
DARK_DIR = "sombre"
MINI = Path(grader.__file__).resolve().parent.parent / "tests" / "data" / "mini.yaml"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    return path


def _with_dialog(window: QWidget, dialog: QWidget, path: Path) -> Path:
    """The window with the dialog drawn centred on it, as the juror sees it."""
    _settle()
    shot = window.grab()
    dialog.adjustSize()
    _settle()
    top = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    painter.drawPixmap(QPoint((shot.width() - top.width()) // 2,
                              (shot.height() - top.height()) // 2), top)
    painter.end()
    shot.save(str(path))
    return path


def _fresh_settings(work: Path) -> None:
    """Each window starts from the default layout: one window's saved geometry
    and splitters must not shape the next picture (nor the user's own)."""
    conf = Path(tempfile.mkdtemp(prefix="conf-", dir=work))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(conf))


def _as_draft(window: "GradingWindow", levels: tuple[int | None, ...]) -> None:
    """A sheet in the middle of grading: reopened if the demo signed it, then
    marked with the given level positions (None: left unmarked); the criteria
    after those keep the demo's marks."""
    from grader.ui.grid_model import CriterionIdRole

    if window.sheet is not None and window.sheet.status == "signed":
        window.sheet_op("reopen", "capture d'écran")
    choices = window.grid_model.choices()
    ids = [i.data(CriterionIdRole) for i in window.grid_model.criterion_indexes()]
    for cid, pos in zip(ids, levels, strict=False):
        if pos is None:
            window.grid_model.write(cid, "clear", None)
        elif choices:
            window.grid_model.write(cid, "level", choices[pos].code)


def _scale_of(assessments: "list[Assessment]", levels: int) -> "Assessment | None":
    return next((a for a in assessments if len(a.scale.levels) == levels), None)


def _open_grid(juror_file: Path, size: tuple[int, int]) -> "GradingWindow":
    """The juror's window on the candidate with a tiers-temps (extended clock)."""
    from grader.ui.grading_window import GradingWindow

    window = GradingWindow.open_path(juror_file)
    window.resize(*size)
    window.show()
    _settle()
    tiers = next((c for c in window.ctl.candidates if c.extra_time_ratio > 0), None)
    if tiers is not None:
        window.candidates.select(tiers.id)
    return window


def _show_assessment(window: "GradingWindow", assessment: "Assessment",
                     levels: tuple[int | None, ...], row: int) -> None:
    window.assessment_box.setCurrentIndex(window.assessment_box.findData(assessment.id))
    _as_draft(window, levels)
    window.grid.step(-10_000)
    window.grid.step(row)


def _juror_screens(demo: "DemoFiles", four_levels: Path | None, out: Path,
                   work: Path) -> list[Path]:
    from grader.ui import theme
    from grader.ui.sign_dialog import SignDialog

    shots: list[Path] = []
    binary_marks = (1, 0, 1, None, 1, None)
    _fresh_settings(work)
    window = _open_grid(demo.juror_files[0], SIZE)
    binary = _scale_of(window.ctl.assessments, 2)
    if binary is not None:
        _show_assessment(window, binary, binary_marks, 1)
        shots.append(_grab(window, out / "grid-binary.png"))
        summary = window.signing.summary()
        if summary is not None:
            dialog = SignDialog(summary, window)
            shots.append(_with_dialog(window, dialog, out / "sign-dialog.png"))
            dialog.deleteLater()
    four = _scale_of(window.ctl.assessments, 4)
    if four is not None:
        _show_assessment(window, four, (2, 1, None), 1)
        shots.append(_grab(window, out / "grid-four-levels.png"))
    window.close()
    if four is None and four_levels is not None:
        _fresh_settings(work)
        window = _open_grid(four_levels, SIZE)
        four = _scale_of(window.ctl.assessments, 4)
        if four is not None:
            _show_assessment(window, four, (2, 1, None), 1)
            shots.append(_grab(window, out / "grid-four-levels.png"))
        window.close()
    if binary is None:
        return shots
    _fresh_settings(work)
    window = _open_grid(demo.juror_files[0], LARGE)
    _show_assessment(window, binary, binary_marks, 1)
    shots.append(_grab(window, out / LARGE_DIR / "grid-binary.png"))
    window.close()
    _fresh_settings(work)
    theme.apply_theme("dark")
    try:
        window = _open_grid(demo.juror_files[0], SIZE)
        _show_assessment(window, binary, binary_marks, 1)
        shots.append(_grab(window, out / DARK_DIR / "grid-binary.png"))
        window.close()
    finally:
        theme.apply_theme("light")
    return shots


def render_screenshots(out_dir: Path, referential: Path | None = None,
                       language: str = "fr") -> list[Path]:
    """Write the PNGs into ``out_dir`` (see the module's docstring); returns
    their paths. ``referential``: the example's YAML (by default the shipped
    one, with tests/data/mini.yaml for the four-level scale when available)."""
    from grader.ui import i18n, theme
    from grader.ui.app import setup_application

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="grader-captures-"))
    _fresh_settings(work)
    app = setup_application([])
    palette = app.palette()
    i18n.set_language(language)
    theme.apply_theme("light")  # the pictures do not depend on the desktop's colours
    try:
        return _render_all(out_dir, work, referential)
    finally:
        app.setPalette(palette)
        shutil.rmtree(work, ignore_errors=True)


def _render_all(out_dir: Path, work: Path, referential: Path | None) -> list[Path]:
    from grader.grading.demo import create_demo
    from grader.ui import settings
    from grader.ui.lead.prepare_screenshots import render_prepare_screenshots
    from grader.ui.lead.screenshots import render_lead_screenshots
    from grader.ui.start_screen import StartWindow

    demo = create_demo(work / "Jury juin 2025", referential_path=referential)
    four = None
    if referential is None and MINI.exists():
        four = create_demo(work / "Jury quatre niveaux", referential_path=MINI).juror_files[0]
    shots: list[Path] = []

    _fresh_settings(work)
    start = StartWindow()
    for p in (demo.juror_files[0], demo.session):
        settings.add_recent_file(p)
    start.refresh_recent()
    start.resize(*SIZE)
    start.show()
    shots.append(_grab(start, out_dir / "start-screen.png"))
    start.close()

    # The lead first: the juror's pictures reopen a sheet of the first grille.
    _fresh_settings(work)
    shots += render_lead_screenshots(out_dir, demo=demo, large_dir=out_dir / LARGE_DIR)
    shots += render_prepare_screenshots(out_dir)
    shots += _juror_screens(demo, four, out_dir, work)
    shots += _soutenance_screens(demo, out_dir, work)
    _settle()
    return shots


NIVEAU_6 = Path(grader.__file__).resolve().parent.parent / "referentials" / \
    "community-manager-niveau-6.yaml"
LARGEST = "bc02-projet-entretien"  # its 36 criteria


@contextmanager
def _refusing_disk(window: "GradingWindow") -> Iterator[None]:
    """A real write failure (a file-size limit of one byte), to show what the
    juror sees when the disk refuses; Unix only."""
    import resource
    import signal

    window.ctl.gfile.checkpoint()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def _soutenance_screens(demo: "DemoFiles", out: Path, work: Path) -> list[Path]:
    """The failure state, the large clock, and the 36-criterion épreuve in the
    compact grid at 1366×768."""
    import sys

    from grader.grading import session_ops
    from grader.ui.grid_model import COL_OBSERVATION, CriterionIdRole

    shots: list[Path] = []
    if sys.platform != "win32":
        _fresh_settings(work)
        window = _open_grid(demo.juror_files[0], SIZE)
        _as_draft(window, (1, None, None))
        window.grid.step(-10_000)
        window.grid.step(1)
        with _refusing_disk(window):
            cur = window.grid.current_criterion_index()
            window.grid_model.setData(cur.siblingAtColumn(COL_OBSERVATION),
                                      "Thématiques listées, sans priorité")
            window.grid_model.write(cur.data(CriterionIdRole), "level",
                                    window.grid_model.choices()[-1].code)
        shots.append(_grab(window, out / "save-failure.png"))
        window.close()
    _fresh_settings(work)
    window = _open_grid(demo.juror_files[0], SIZE)
    window.side.timer.set_large(True)
    duration = window.side.timer.duration_minutes() or 30
    window.side.timer.configure(duration, duration * 60 - 4 * 60 - 12)
    shots.append(_grab(window, out / "large-clock.png"))
    window.close()
    folder = work / "niveau6"
    folder.mkdir(parents=True, exist_ok=True)
    g = session_ops.create_session(NIVEAU_6, folder / "n6.jury", title="Session niveau 6",
                                   assessment_ids=(LARGEST,))
    try:
        session_ops.add_juror(g, "Karim Benali", "professionnel")
        session_ops.add_candidate(g, "Dupont", "Élodie")
        session_ops.add_candidate(g, "Nguyen", "Thi")
        files = session_ops.export_juror_files(g, folder / "jures")
    finally:
        g.close()
    _fresh_settings(work)
    window = _open_grid(files[0], SIZE)
    _as_draft(window, (1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1))
    window.grid.step(-10_000)
    window.grid.step(11)
    shots.append(_grab(window, out / "grid-36-compact.png"))
    window.close()
    return shots
