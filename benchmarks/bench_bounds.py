"""Hostile inputs refused fast: time and peak memory of each refusal.

    .venv/bin/python benchmarks/bench_bounds.py [--runs 3]

Each file is read in a fresh interpreter (as the CLI would); the figures
are the median over the runs of the time spent reading (imports excluded)
and the program's peak resident memory (VmHWM, imports included). A
genuine list of 10 000 candidates is measured beside the bombs.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
MINI = (ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8")
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Prénom</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Dupont</t></is></c>'
    '<c r="B2" t="inlineStr"><is><t>Zoé</t></is></c></row>'
)

READ_REFERENTIAL = (
    "from grader.referential import ReferentialError, load_referential\n"
    "t0 = time.perf_counter()\n"
    "try:\n"
    "    load_referential(sys.argv[1]); result = 'accepté'\n"
    "except ReferentialError as exc:\n"
    "    result = exc.problems[0][:70]\n"
)
READ_CANDIDATES = (
    "from grader.grading.candidates_import import CandidateImportError, read_candidates\n"
    "t0 = time.perf_counter()\n"
    "try:\n"
    "    result = f'{len(read_candidates(sys.argv[1]).rows)} candidats lus'\n"
    "except CandidateImportError as exc:\n"
    "    result = exc.problems[0][:70]\n"
)
MEASURE = (
    "import sys, time\n{code}"
    "dt = time.perf_counter() - t0\n"
    "hwm = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
    "print(f'{{dt:.3f}} {{int(hwm) / 1024:.1f}} {{result}}')\n"
)


def _workbook(folder: Path, parts: dict[str, Callable[[], Iterator[bytes]]], name: str) -> Path:
    template = folder / "modele.xlsx"
    if not template.exists():
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["Nom", "Prénom"])
        ws.append(["Dupont", "Zoé"])
        wb.save(template)
    target = folder / name
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(
        target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
    ) as dst:
        for info in src.infolist():
            if info.filename not in parts:
                dst.writestr(info.filename, src.read(info.filename))
        for part, chunks in parts.items():
            with dst.open(part, "w", force_zip64=True) as out:
                for chunk in chunks():
                    out.write(chunk)
    return target


def _sheet(dimension: str = "A1:B2", empty_rows: int = 0) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        yield (HEAD + f'<dimension ref="{dimension}"/><sheetData>' + ROWS).encode()
        for _ in range(empty_rows // 100_000):
            yield b"<row/>" * 100_000
        yield b"</sheetData></worksheet>"

    return chunks


def _shared(size: int) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
        yield b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
        for _ in range(size // (1 << 20)):
            yield b"a" * (1 << 20)
        yield "Zoé</t></si></sst>".encode()

    return chunks


def build(folder: Path) -> list[tuple[str, str, Path]]:
    bomb = MINI.replace(
        "            criteria:\n              - {code: CE.1, text: Les besoins sont définis.}",
        "            criteria: &c0\n              - {code: CE.1, text: Les besoins sont définis.}",
        1,
    ) + "".join(f"x{i}: &c{i} [{', '.join([f'*c{i - 1}'] * 10)}]\n" for i in range(1, 10))
    (folder / "alias.yaml").write_text(bomb, encoding="utf-8")
    big = folder / "50mo.yaml"
    with big.open("w", encoding="utf-8") as f:
        f.write(MINI)
        for _ in range(500):
            f.write(("# " + "x" * 97 + "\n") * 1000)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Nom", "Prénom", "Identifiant", "Email"])
    for i in range(10_000):
        ws.append([f"Nom{i}", f"Prénom{i}", f"2026-{i:05d}", f"c{i}@exemple.fr"])
    wb.save(folder / "10000.xlsx")
    return [
        ("référentiel : 10⁹ nœuds d'alias", READ_REFERENTIAL, folder / "alias.yaml"),
        ("référentiel de 50 Mo", READ_REFERENTIAL, big),
        ("référentiel normal (mini.yaml)", READ_REFERENTIAL, ROOT / "tests/data/mini.yaml"),
        ("xlsx : dimension A1:XFD1048576", READ_CANDIDATES, _workbook(
            folder, {SHEET: _sheet("A1:XFD1048576")}, "dimension.xlsx")),
        ("xlsx : 20 millions de lignes vides", READ_CANDIDATES, _workbook(
            folder, {SHEET: _sheet(empty_rows=20_000_000)}, "20m.xlsx")),
        ("xlsx : chaîne partagée de 1 Gio", READ_CANDIDATES, _workbook(
            folder, {SHEET: _sheet(), SHARED: _shared(1 << 30)}, "1gio.xlsx")),
        ("xlsx : 10 000 candidats (normal)", READ_CANDIDATES, folder / "10000.xlsx"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = build(Path(tmp))
        print(f"{'cas':38} {'taille':>10} {'s (méd.)':>9} {'Mo (méd.)':>10}  résultat")
        for label, code, path in cases:
            times, peaks, result = [], [], ""
            for _ in range(args.runs):
                out = subprocess.run(
                    [sys.executable, "-c", MEASURE.format(code=code), str(path)],
                    capture_output=True, text=True, check=True, cwd=ROOT,
                ).stdout.split(maxsplit=2)
                times.append(float(out[0]))
                peaks.append(float(out[1]))
                result = out[2].strip()
            size = path.stat().st_size / 1_000_000
            print(f"{label:38} {size:8.2f}Mo {statistics.median(times):9.3f} "
                  f"{statistics.median(peaks):10.1f}  {result}")


if __name__ == "__main__":
    main()
