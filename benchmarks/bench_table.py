"""Time the deliberation table: the whole session in one pass, and one
candidate's row after a decision, for 20 and 200 candidates (4 blocs, every
épreuve, 3 jurors: the Community Manager référentiel).

    .venv/bin/python benchmarks/bench_table.py [--runs 7]

Prints medians, and the ratio 200 / 20. Also times ``grader deliberation show
--json`` in a fresh process (what a script calling the CLI pays).
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.export.sample import build_sample_session  # noqa: E402
from grader.grading.deliberation_table import candidate_row, deliberation_table  # noqa: E402

REFERENTIAL = ROOT / "referentials" / "rncp37347-community-manager.yaml"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def cli_ms(session: Path, runs: int) -> float | None:
    grader = Path(sys.executable).parent / "grader"
    if not grader.exists():
        return None
    cmd = [str(grader), "deliberation", "show", "--json", str(session)]
    if subprocess.run(cmd, capture_output=True).returncode != 0:
        return None
    return median_ms(lambda: subprocess.run(cmd, capture_output=True, check=True), runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    figures: dict[int, tuple[float, float, float | None]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (20, 200):
            path = Path(tmp) / f"bench-{n}.jury"
            gfile = build_sample_session(path, REFERENTIAL, n, closed=False)
            try:
                table = deliberation_table(gfile)
                one = table.rows[len(table.rows) // 2].candidate.id
                whole = median_ms(lambda g=gfile: deliberation_table(g), args.runs)
                row = median_ms(lambda g=gfile, c=one: candidate_row(g, c), args.runs)
                cells = sum(len(r.cells) for r in table.rows)
            finally:
                gfile.close()
            cli = cli_ms(path, max(3, args.runs // 2))
            figures[n] = (whole, row, cli)
            cli_text = f", deliberation show --json {cli:.0f} ms" if cli is not None else ""
            print(f"{n} candidats ({cells} cellules) : tableau {whole:.1f} ms, "
                  f"une ligne {row:.1f} ms{cli_text}")  # fmt: skip
    small, big = figures[20], figures[200]
    print(f"Rapport 200 / 20 : tableau × {big[0] / small[0]:.1f}", end="")
    if small[2] and big[2]:
        print(f", deliberation show --json × {big[2] / small[2]:.1f}", end="")
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
