"""The juror's soutenance on the largest épreuve of the shipped référentiels.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_juror.py

Prints the keys a juror presses to grade one candidate on the épreuve with
the most criteria and sign the sheet (every criterion marked « Acquis » with
its key, the mark moving on by itself, then Ctrl+Maj+S and Entrée), and the
number of that épreuve's criteria wholly visible at once in the grid at
1366×768 and 1920×1080 (the window the size of the screen less a 30 px
title bar), in the compact and the comfortable density.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from grader.grading import session_ops  # noqa: E402
from grader.referential import load_referential  # noqa: E402
from grader.ui.app import setup_application  # noqa: E402
from grader.ui.grading_window import GradingWindow  # noqa: E402

TITLE_BAR = 30


def largest_assessment() -> tuple[Path, str, int]:
    best: tuple[Path, str, int] = (Path(), "", 0)
    for path in sorted((ROOT / "referentials").glob("*.yaml")):
        for a in load_referential(path).assessments:
            if len(a.criteria) > best[2]:
                best = (path, a.id, len(a.criteria))
    return best


def juror_file(folder: Path, referential: Path, assessment_id: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    g = session_ops.create_session(referential, folder / "s.jury", title="Banc d'essai",
                                   assessment_ids=(assessment_id,))
    try:
        session_ops.add_juror(g, "Karim Benali", "professionnel")
        session_ops.add_candidate(g, "Dupont", "Élodie")
        return session_ops.export_juror_files(g, folder / "jures")[0]
    finally:
        g.close()


def visible(window: GradingWindow) -> int:
    view = window.grid
    height = view.viewport().height()
    n = 0
    for idx in window.grid_model.criterion_indexes():
        r = view.visualRect(idx)
        if r.isValid() and r.top() >= 0 and r.bottom() <= height:
            n += 1
    return n


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-juror-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    setup_application([])
    referential, assessment_id, count = largest_assessment()
    print(f"épreuve : {referential.name} / {assessment_id} ({count} critères)")
    for width, height in ((1366, 768), (1920, 1080)):
        for compact in (True, False):
            window = GradingWindow.open_path(juror_file(work / f"{width}{compact}",
                                                        referential, assessment_id))
            window.grid.set_compact(compact)
            window.resize(width, height - TITLE_BAR)
            window.show()
            for _ in range(3):
                QApplication.processEvents()
            density = "compacte" if compact else "confortable"
            print(f"critères visibles à {width}×{height} (grille {density}) : {visible(window)}")
            window.close()
    window = GradingWindow.open_path(juror_file(work / "keys", referential, assessment_id))
    window.resize(1366, 768 - TITLE_BAR)
    window.show()
    QApplication.processEvents()
    window.activateWindow()
    window.grid.setFocus()
    keys = 0
    for _ in range(count):
        QTest.keyClick(window.grid, Qt.Key.Key_A)
        keys += 1

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    keys += 2  # Ctrl+Maj+S, then Entrée in the dialog
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    signed = window.sheet is not None and window.sheet.status == "signed"
    marked = sum(1 for v in window.grid_model.values().values() if v is not None)
    print(f"touches par candidat (noter {marked}/{count} critères et signer) : {keys}"
          f"{'' if signed else ' — GRILLE NON SIGNÉE'}")
    window.close()
    return 0 if signed else 1


if __name__ == "__main__":
    sys.exit(main())
