"""Time the exports of a 200-candidate session on the largest shipped référentiel.

    .venv/bin/python benchmarks/bench_export.py [--candidates 200] [--separate]

Prints the time of the PV, the combined evaluation sheets, the workbook (and,
with --separate, the one-PDF-per-sheet export), the total, and — when
LibreOffice is installed — the time of ``soffice --headless --convert-to pdf``
of the same workbook, for comparison.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.export import export_pv, export_sheets, export_workbook  # noqa: E402
from grader.export.sample import build_sample_session  # noqa: E402
from grader.referential import load_referential  # noqa: E402


def largest_referential() -> Path:
    """The shipped référentiel with the most criteria."""
    paths = sorted((ROOT / "referentials").glob("*.yaml"))
    return max(paths, key=lambda p: sum(len(a.criteria) for a in load_referential(p).assessments))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--separate", action="store_true", help="also one PDF per sheet")
    args = parser.parse_args()
    ref = largest_referential()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        gfile = build_sample_session(work / "bench.jury", ref, args.candidates)
        built = time.perf_counter() - t0
        referential = gfile.referential
        n_criteria = sum(len(a.criteria) for a in referential.assessments)
        print(f"Référentiel : {ref.name} ({len(referential.assessments)} épreuves, "
              f"{n_criteria} critères) ; {args.candidates} candidats, 3 jurés ; "
              f"session construite en {built:.1f} s")  # fmt: skip
        out = work / "out"
        timings = {}
        t = time.perf_counter()
        export_pv(gfile, out)
        timings["PV (PDF)"] = time.perf_counter() - t
        t = time.perf_counter()
        from grader.export.data import gather
        from grader.export.sheets import render_sheet_pages, sheet_items

        data = gather(gfile)
        render_sheet_pages(data, sheet_items(data), out / "grilles.pdf")
        timings["Grilles, un seul PDF"] = time.perf_counter() - t
        t = time.perf_counter()
        xlsx = export_workbook(gfile, out)
        timings["Classeur (XLSX)"] = time.perf_counter() - t
        total = sum(timings.values())
        if args.separate:
            t = time.perf_counter()
            paths = export_sheets(gfile, out, combined=False)
            timings[f"Grilles, {len(paths)} PDF séparés"] = time.perf_counter() - t
        gfile.close()
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
