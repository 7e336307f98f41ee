"""Measured speed of the pedagogical lead's window (offscreen), at two sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_lead.py [--sizes 20 200]

For each size (candidates × the 4 blocs of the Community Manager référentiel
× 3 jurors, every sheet signed):
- opening the session window: file opened, table read, window shown at
  1366 × 768 (median of 5; target 500 ms at 200 candidates);
- recording one decision (the core's write, median of 15);
- refreshing the window after it: the decided candidate's row and the
  panels that show it (median of 15; target 50 ms at 200 candidates);
and the ratio of each figure between the largest and the smallest size.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REFERENTIAL = ROOT / "referentials" / "rncp37347-community-manager.yaml"


def build(work: Path, candidates: int) -> Path:
    """An open session, graded and signed by three jurors (blocs decided)."""
    from grader.export.sample import build_sample_session

    path = work / f"bench-{candidates}.jury"
    build_sample_session(path, REFERENTIAL, candidates, closed=False).close()
    return path


def bench_size(path: Path, app: object, opens: int = 5, decisions: int = 15) -> dict[str, float]:
    from grader.grading.vocabulary import NON_VALIDE, VALIDE, BlocState
    from grader.ui.lead.controller import LeadController
    from grader.ui.lead.session_window import LeadSessionWindow

    def process() -> None:
        app.processEvents()  # type: ignore[attr-defined]

    open_times = []
    for _ in range(opens):
        t0 = time.perf_counter()
        window = LeadSessionWindow(LeadController.open(path))
        window.resize(1366, 768)
        window.show()
        process()
        open_times.append(time.perf_counter() - t0)
        window.close()
        process()
    window = LeadSessionWindow(LeadController.open(path))
    window.resize(1366, 768)
    window.show()
    process()
    # The jury decides for present candidates, on blocs not acquired earlier.
    decidable = [(ln.candidate.id, c.bloc_code) for ln in window.model.lines()
                 if ln.candidate.present for c in ln.cells
                 if c.state is not BlocState.DEJA_ACQUIS]
    writes, refreshes = [], []
    for i in range(decisions):
        candidate_id, bloc = decidable[(i * 7) % len(decidable)]
        window.select(candidate_id, bloc)
        process()
        decided = VALIDE if i % 2 else NON_VALIDE
        t0 = time.perf_counter()
        window.ctrl.record_decision(candidate_id, bloc, decided,
                                    "Décision du jury après délibération (banc d'essai).")
        t1 = time.perf_counter()
        window.decision_recorded(candidate_id)
        process()
        t2 = time.perf_counter()
        writes.append(t1 - t0)
        refreshes.append(t2 - t1)
    window.close()
    process()
    return {
        "open": statistics.median(open_times),
        "write": statistics.median(writes),
        "refresh": statistics.median(refreshes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 200])
    args = parser.parse_args()
    from PySide6.QtCore import QSettings

    work = Path(tempfile.mkdtemp(prefix="grader-bench-lead-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from grader.ui.app import setup_application

    app = setup_application([])
    results = {}
    for n in args.sizes:
        path = build(work, n)
        results[n] = bench_size(path, app)
        r = results[n]
        print(f"{n:4d} candidates: open the window {r['open'] * 1000:7.0f} ms   "
              f"record a decision {r['write'] * 1000:6.1f} ms   "
              f"refresh after it {r['refresh'] * 1000:6.1f} ms")
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        for key, label in (("open", "open"), ("write", "record"), ("refresh", "refresh")):
            ratio = results[large][key] / results[small][key]
            print(f"ratio {large}/{small} ({label}): {ratio:.1f}")
    print("targets at 200 candidates: open < 500 ms, refresh after a decision < 50 ms")
    sys.stdout.flush()
    # Leave without tearing down Qt's objects one by one: the figures are out,
    # and PySide's interpreter shutdown can crash on the windows' leftovers.
    os._exit(0)


if __name__ == "__main__":
    main()
