"""Measured speed of the juror's window (offscreen).

    .venv/bin/python benchmarks/bench_ui.py

- start to first window shown, in a fresh process (median of 5; target 1.0 s);
- opening the grid of the largest shipped référentiel (median of 5; target 150 ms);
- switching candidate (median of 20; target 50 ms), between blank sheets and
  between sheets graded differently on every row.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grader.ui.grading_window import GradingWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTUP = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from grader.ui.app import setup_application
app = setup_application([])
from grader.ui.start_screen import StartWindow
w = StartWindow(); w.show()
app.processEvents()
print(time.time() - t0)
"""


def bench_startup(runs: int = 5) -> float:
    times = []
    with tempfile.TemporaryDirectory() as conf:
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", STARTUP, repr(time.time()), conf],
                capture_output=True, text=True, check=True, cwd=ROOT,
            )
            times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def largest_referential() -> Path:
    from grader.referential import load_referential

    best, size = None, -1
    for path in sorted((ROOT / "referentials").glob("*.yaml")):
        try:
            n = len([c for a in load_referential(path).assessments for c in a.criteria])
        except Exception:
            continue
        if n > size:
            best, size = path, n
    assert best is not None, "no référentiel could be loaded"
    return best


def build_juror_file(work: Path, ref: Path, candidates: int = 30) -> Path:
    from grader.grading import session_ops

    g = session_ops.create_session(ref, work / "bench.jury", title="Bench")
    try:
        session_ops.add_juror(g, "Juré Bench", "professionnel")
        for i in range(candidates):
            session_ops.add_candidate(g, f"Candidat{i:03d}", "Prénom",
                                      extra_time_ratio=1 / 3 if i % 5 == 0 else 0.0)
        return session_ops.export_juror_files(g, work / "jures")[0]
    finally:
        g.close()


def bench_graded_switch(window: "GradingWindow", app: object) -> float:
    """Switching between sheets that differ on every row (levels, observations)."""
    assessment = window.current_assessment()
    choices = [lvl.code for lvl in assessment.scale.levels]
    for n, cand in enumerate(window.ctl.candidates[:4]):
        sheet = window.ctl.sheet(cand.id, assessment.id)
        for i, crit in enumerate(assessment.criteria):
            window.ctl.write_mark(sheet.id, crit.id, "level", choices[(i + n) % len(choices)])
            if (i + n) % 3 == 0:
                window.ctl.write_mark(sheet.id, crit.id, "observation",
                                      f"Observation {n}-{i} : argumentation à étayer.")
    window.candidates.select(window.ctl.candidates[0].id)
    app.processEvents()  # type: ignore[attr-defined]
    times = []
    for i in range(20):
        t0 = time.perf_counter()
        window.candidates.step(1 if i % 6 < 3 else -1)
        app.processEvents()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    work = Path(tempfile.mkdtemp(prefix="grader-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from grader.ui.app import setup_application
    from grader.ui.grading_window import GradingWindow

    app = setup_application([])
    ref = largest_referential()
    juror_file = build_juror_file(work, ref)
    biggest = max(GradingWindow.open_path(juror_file).ctl.assessments,
                  key=lambda a: len(a.criteria))
    opens = []
    window = None
    for _ in range(5):
        t0 = time.perf_counter()
        window = GradingWindow.open_path(juror_file)
        window.resize(1366, 768)
        idx = window.assessment_box.findData(biggest.id)
        window.assessment_box.setCurrentIndex(idx)
        window.show()
        app.processEvents()
        opens.append(time.perf_counter() - t0)
        window.close()
        app.processEvents()
    window = GradingWindow.open_path(juror_file)
    window.resize(1366, 768)
    window.assessment_box.setCurrentIndex(window.assessment_box.findData(biggest.id))
    window.show()
    app.processEvents()
    switches = []
    for i in range(20):
        t0 = time.perf_counter()
        window.candidates.step(1 if i < 10 else -1)
        app.processEvents()
        switches.append(time.perf_counter() - t0)
    graded = bench_graded_switch(window, app)
    window.close()
    startup = bench_startup()
    print(f"référentiel: {ref.name}; épreuve la plus longue: {biggest.title} "
          f"({len(biggest.criteria)} critères)")
    print(f"start → first window shown (median of 5): {startup * 1000:.0f} ms (target 1000)")
    print(f"open the grid (median of 5):               {statistics.median(opens) * 1000:.0f} ms "
          "(target 150)")
    print(f"switch candidate (median of 20):           {statistics.median(switches) * 1000:.1f} ms"
          " (target 50)")
    print(f"switch between graded candidates (median of 20): {graded * 1000:.1f} ms (target 50)")
    QApplication.processEvents()


if __name__ == "__main__":
    main()
