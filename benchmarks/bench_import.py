"""Import 5 000 candidates from CSV and from XLSX into a fresh session.

Run: ``.venv/bin/python benchmarks/bench_import.py [--rows 5000] [--runs 5]``.
Prints the median wall time of each format (target: under 2 s).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from grader.grading.candidates_import import import_candidates
from grader.grading.session_ops import create_session

ROOT = Path(__file__).resolve().parent.parent
REFERENTIAL = ROOT / "tests" / "data" / "mini.yaml"
HEADER = ["Nom", "Prénom", "N° candidat", "Courriel", "Date de naissance", "Aménagement",
          "Détail aménagement", "Autorisé par", "Tiers-temps"]
FIRST = ["Élodie", "Jean-Noël", "Aïssatou", "Françoise", "Loïc", "Zoé", "Mathéo", "Inès"]
LAST = ["Dupont", "N'Diaye", "Le Gall", "Lefèvre", "Œuvray", "Martin", "Nguyen", "Da Silva"]


def rows(n: int) -> list[list[str]]:
    out = []
    for i in range(n):
        tiers = i % 10 == 0
        out.append([
            f"{LAST[i % len(LAST)]}-{i}",
            FIRST[i % len(FIRST)],
            f"{i:06d}",
            f"candidat{i}@exemple.fr",
            f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1980 + i % 25}",
            "tiers-temps" if tiers else "",
            "30 → 40 min" if tiers else "",
            "Référent handicap" if tiers else "",
            "oui" if tiers else "non",
        ])
    return out


def write_csv(path: Path, data: list[list[str]]) -> Path:
    lines = [";".join(HEADER)] + [";".join(r) for r in data]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def write_xlsx(path: Path, data: list[list[str]]) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Candidats")
    ws.append(HEADER)
    for r in data:
        ws.append(r)
    wb.save(path)
    return path


def measure(source: Path, workdir: Path, runs: int, expected: int) -> list[float]:
    times = []
    for run in range(runs):
        gfile = create_session(REFERENTIAL, workdir / f"{source.suffix[1:]}-{run}.jury")
        try:
            start = time.perf_counter()
            report = import_candidates(gfile, source)
            times.append(time.perf_counter() - start)
        finally:
            gfile.close()
        if report.imported != expected:
            raise SystemExit(f"{source.name}: {report.imported} importés au lieu de {expected}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    data = rows(args.rows)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for source in (write_csv(workdir / "candidats.csv", data),
                       write_xlsx(workdir / "candidats.xlsx", data)):
            times = measure(source, workdir, args.runs, args.rows)
            median = statistics.median(times)
            worst = max(worst, median)
            print(f"{source.name}: {args.rows} candidats, médiane {median:.3f} s "
                  f"(min {min(times):.3f} s, max {max(times):.3f} s, {args.runs} essais)")
    return 0 if worst < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
