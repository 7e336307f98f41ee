"""Time the exports of a 200-candidate session on the largest shipped référentiel.

    .venv/bin/python benchmarks/bench_export.py [--candidates 200] [--separate]

Prints the time of the PV, the combined evaluation sheets, the workbook (and,
with --separate, the whole sheets export: one PDF per sheet plus the combined
one), each the median of --runs runs (3), the total, and — when LibreOffice is
installed — the time of ``soffice --headless --convert-to pdf`` of the same
workbook, for comparison. Each part reads the session itself, as the export
dialog does.
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.export import export_pv, export_sheets, export_workbook  # noqa: E402
from grader.export.sample import build_sample_session  # noqa: E402
from grader.grading.session_ops import list_candidates  # noqa: E402
from grader.models.store import open_file  # noqa: E402
from grader.referential import load_referential  # noqa: E402


def largest_referential() -> Path:
    """The shipped référentiel with the most criteria."""
    paths = sorted((ROOT / "referentials").glob("*.yaml"))
    return max(paths, key=lambda p: sum(len(a.criteria) for a in load_referential(p).assessments))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--separate", action="store_true", help="also one PDF per sheet")
    parser.add_argument("--runs", type=int, default=3, help="median of this many runs")
    parser.add_argument("--session", type=Path, help="a session file to export (copied) "
                        "instead of building one")  # fmt: skip
    args = parser.parse_args()
    ref = largest_referential()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        if args.session:
            shutil.copy(args.session, work / "bench.jury")
            gfile = open_file(work / "bench.jury")
        else:
            gfile = build_sample_session(work / "bench.jury", ref, args.candidates)
        built = time.perf_counter() - t0
        referential = gfile.referential
        n_criteria = sum(len(a.criteria) for a in referential.assessments)
        print(f"Référentiel : {referential.title} ({len(referential.assessments)} épreuves, "
              f"{n_criteria} critères) ; {len(list_candidates(gfile))} candidats ; "
              f"session prête en {built:.1f} s")  # fmt: skip
        out = work / "out"
        from grader.export.data import gather
        from grader.export.sheets import render_sheet_pages, sheet_items

        def sheets() -> None:
            data = gather(gfile)
            render_sheet_pages(data, sheet_items(data), out / "grilles.pdf")

        parts = {
            "PV (PDF)": lambda: export_pv(gfile, out),
            "Grilles, un seul PDF": sheets,
            "Classeur (XLSX)": lambda: export_workbook(gfile, out),
        }
        if args.separate:
            parts["Grilles, export complet"] = lambda: export_sheets(gfile, out)
        runs: dict[str, list[float]] = {name: [] for name in parts}
        for _ in range(max(1, args.runs)):
            for name, part in parts.items():
                t = time.perf_counter()
                part()
                runs[name].append(time.perf_counter() - t)
        timings = {name: statistics.median(values) for name, values in runs.items()}
        xlsx = next(out.glob("*.xlsx"))
        total = sum(v for k, v in timings.items() if k != "Grilles, export complet")
        gfile.close()
        print(f"  (médiane de {max(1, args.runs)} passages)")
        for name, seconds in timings.items():
            print(f"  {name:<32} {seconds:6.2f} s")
        print(f"  {'Total PV + grilles + classeur':<32} {total:6.2f} s (objectif < 5 s)")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:
            t = time.perf_counter()
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{work / 'lo'}", "--headless",
                 "--convert-to", "pdf", "--outdir", str(work / "lo-out"), str(xlsx)],
                check=True, capture_output=True, timeout=600,
            )  # fmt: skip
            lo = time.perf_counter() - t
            ratio = lo / timings["Classeur (XLSX)"]
            print(f"  soffice --convert-to pdf du classeur {lo:6.2f} s "
                  f"({ratio:.1f} × l'écriture du classeur)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
