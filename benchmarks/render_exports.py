"""Render the first pages of each exported PDF to PNG in docs/exports/, to
look at them (pdftoppm must be installed).

    .venv/bin/python benchmarks/render_exports.py [--referential PATH] [--candidates 30]
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.export import export_attestations, export_pv, export_sheets  # noqa: E402
from grader.export.sample import build_sample_session  # noqa: E402

DPI = 80


def render(pdf: Path, stem: str, out: Path, pages: int) -> None:
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-f", "1", "-l", str(pages), str(pdf),
         str(out / stem)],
        check=True,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--referential",
        type=Path,
        default=ROOT / "referentials" / "rncp37347-community-manager.yaml",
    )
    parser.add_argument("--candidates", type=int, default=30)
    parser.add_argument("--dpi", type=int, default=80, help="resolution of the PNG files")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "exports")
    args = parser.parse_args()
    global DPI
    DPI = args.dpi
    if shutil.which("pdftoppm") is None:
        print("pdftoppm n'est pas installé (paquet poppler-utils).", file=sys.stderr)
        return 1
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        closed = build_sample_session(work / "s.jury", args.referential, args.candidates)
        draft = build_sample_session(work / "d.jury", args.referential, 4, closed=False)
        render(export_pv(closed, work / "a"), "pv", out, 2)
        render(export_sheets(closed, work / "a")[-1], "grille", out, 2)
        render(export_attestations(closed, work / "a")[0], "attestation", out, 1)
        render(export_pv(draft, work / "b"), "pv-projet", out, 1)
        render(export_sheets(draft, work / "b")[-1], "grille-projet", out, 1)
        closed.close()
        draft.close()
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
