"""How long one mark takes to become durable, against SQLite's own floor.

For a few rounds: 500 ``set_mark`` calls (each one transaction with its audit
event, synchronous=FULL in WAL), then 500 bare ``sqlite3`` INSERT + COMMIT of
one row in the same file and the same mode. Prints each side's median and p99
(median over the rounds: the machine is noisy) and the ratio of the medians.
Target: ratio ≤ 3, set_mark p99 < 5 ms.

    .venv/bin/python benchmarks/bench_marks.py [--rounds 5] [--writes 500] [--dir DIR]
"""

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from grader.grading import marks, session_ops
from grader.paths import checkout_root

MINI = (checkout_root() or Path.cwd()) / "tests" / "data" / "mini.yaml"


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def bench(directory: Path, rounds: int, writes: int) -> tuple[float, float, float, float]:
    path = directory / "bench.jury"
    gfile = session_ops.create_session(MINI, path)
    juror = session_ops.add_juror(gfile, "Élodie Martin", "professionnel")
    cand = session_ops.add_candidate(gfile, "N'Diaye", "Zoé")
    sheet = marks.open_sheet(gfile, juror.id, cand.id, "veille")
    criteria = [c.id for c in gfile.referential.assessment("veille").criteria]
    bare = sqlite3.connect(path, isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, v TEXT)")
    ours_med, ours_p99, bare_med, bare_p99 = [], [], [], []
    n = 0
    for _ in range(rounds):
        samples = []
        for i in range(writes):
            level = "A" if (n + i) % 2 else "NA"
            t0 = time.perf_counter()
            marks.set_mark(gfile, sheet.id, criteria[i % len(criteria)], level=level)
            samples.append(time.perf_counter() - t0)
        ours_med.append(statistics.median(samples))
        ours_p99.append(_p99(samples))
        samples = []
        for i in range(writes):
            t0 = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO bench_bare (v) VALUES (?)", (f"n°{n + i}",))
            bare.execute("COMMIT")
            samples.append(time.perf_counter() - t0)
        bare_med.append(statistics.median(samples))
        bare_p99.append(_p99(samples))
        n += writes
    bare.close()
    gfile.close()
    return (
        statistics.median(ours_med),
        statistics.median(ours_p99),
        statistics.median(bare_med),
        statistics.median(bare_p99),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--dir", type=Path, default=None, help="dossier du fichier de test")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        ours, ours99, bare, bare99 = bench(Path(tmp), args.rounds, args.writes)
    ms = 1000
    print(f"set_mark           : médiane {ours * ms:.3f} ms, p99 {ours99 * ms:.3f} ms")
    print(f"sqlite3 brut       : médiane {bare * ms:.3f} ms, p99 {bare99 * ms:.3f} ms")
    print(
        f"rapport des médianes : {ours / bare:.2f} (objectif ≤ 3), "
        f"p99 set_mark {'< 5 ms' if ours99 < 0.005 else '≥ 5 ms'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
