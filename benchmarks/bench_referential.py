"""Time to load and check the largest shipped référentiel (target: under 50 ms).

    .venv/bin/python benchmarks/bench_referential.py [RUNS]

Prints figures only; nothing is asserted, the numbers go in the reports.
"""

import statistics
import sys
import time
from pathlib import Path

from grader.referential import ReferentialError, load_referential

ROOT = Path(__file__).resolve().parent.parent


def largest_referential() -> tuple[Path, int]:
    """The shipped file with the most criteria (files that fail to load are skipped)."""
    best: tuple[Path, int] | None = None
    for path in sorted((ROOT / "referentials").glob("*.yaml")):
        try:
            ref = load_referential(path)
        except ReferentialError:
            continue
        count = sum(len(b.criteria) for b in ref.blocs)
        if best is None or count > best[1]:
            best = (path, count)
    if best is None:
        raise SystemExit("Aucun référentiel valide dans referentials/.")
    return best


def main(runs: int = 200) -> None:
    path, criteria = largest_referential()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        load_referential(path)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    size = path.stat().st_size / 1024
    print(f"{path.name}: {criteria} critères, {size:.0f} Kio, {runs} chargements")
    print(f"médiane {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms (objectif < 50 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
