"""Render the main screens to PNG without a display (``grader screenshots DIR``):
the start screen, the grid on a binary and on a four-level scale, the sign
dialog — at 1366×768, the smallest laptop screen jurors bring."""

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

import grader

if TYPE_CHECKING:
    from grader.ui.grading_window import GradingWindow

SIZE = (1366, 768)
MINI = Path(grader.__file__).resolve().parent.parent / "tests" / "data" / "mini.yaml"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
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


def _as_draft(window: "GradingWindow", levels: tuple[int | None, ...]) -> None:
    """A sheet in the middle of grading: reopened if the demo signed it, then
    marked with the given level positions (None: left unmarked)."""
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


def render_screenshots(out_dir: Path, referential: Path | None = None,
                       language: str = "fr") -> list[Path]:
    """Write the PNGs into ``out_dir``; returns their paths."""
    from grader.grading.demo import create_demo
    from grader.ui import i18n
    from grader.ui.app import setup_application
    from grader.ui.grading_window import GradingWindow
    from grader.ui.sign_dialog import SignDialog
    from grader.ui.start_screen import StartWindow

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="grader-captures-"))
    # The user's own settings (recent files, geometry) stay out of the pictures.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "conf"))
    setup_application([])
    i18n.set_language(language)
    ref = referential or (MINI if MINI.exists() else None)
    demo = create_demo(work / "demo", referential_path=ref)
    shots: list[Path] = []

    start = StartWindow()
    from grader.ui import settings

    for p in (demo.juror_files[0], demo.session):
        settings.add_recent_file(p)
    start.refresh_recent()
    start.resize(*SIZE)
    start.show()
    shots.append(_grab(start, out_dir / "start-screen.png"))
    start.close()

    window = GradingWindow.open_path(demo.juror_files[0])
    window.resize(*SIZE)
    window.show()
    _settle()
    levels = [window.assessment_box.itemData(i) for i in range(window.assessment_box.count())]
    binary = next((a for a in window.ctl.assessments if len(a.scale.levels) == 2), None)
    four = next((a for a in window.ctl.assessments if len(a.scale.levels) == 4), None)
    # The candidate with a tiers-temps shows the extended clock.
    tiers = next((c for c in window.ctl.candidates if c.extra_time_ratio > 0), None)
    if tiers is not None:
        window.candidates.select(tiers.id)
    if four is not None:
        window.assessment_box.setCurrentIndex(levels.index(four.id))
        _as_draft(window, (2, 1, None))
        window.grid.step(1)
        shots.append(_grab(window, out_dir / "grid-four-levels.png"))
    if binary is not None:
        window.assessment_box.setCurrentIndex(levels.index(binary.id))
        _as_draft(window, (1, 0, None))
        window.grid.step(1)
        shots.append(_grab(window, out_dir / "grid-binary.png"))
    summary = window.signing.summary()
    if summary is not None:
        dialog = SignDialog(summary, window)
        shots.append(_with_dialog(window, dialog, out_dir / "sign-dialog.png"))
        dialog.deleteLater()
    window.close()
    _settle()
    return shots
