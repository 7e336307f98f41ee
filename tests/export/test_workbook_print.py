"""The session workbook printed: converted to PDF by LibreOffice, every page
is read back (words, their size, their place) to check that each sheet
prints readable on A4 with its titles repeated."""

import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import MakeSession

from grader.export import export_workbook
from grader.export.data import gather
from grader.export.xlsx_print import plan_breaks, wrapped_lines

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


@dataclass
class Page:
    words: list[str]
    heights: list[float]
    width: float
    right: float  # the rightmost word's end

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _pages(pdf: Path) -> list[Page]:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    pages = []
    for chunk in out.split("<page ")[1:]:
        width = float(re.search(r'width="([\d.]+)"', chunk).group(1))  # type: ignore[union-attr]
        words = _WORD.findall(chunk)
        pages.append(Page(
            words=[w[4].replace("&amp;", "&") for w in words],
            heights=[float(w[3]) - float(w[1]) for w in words],
            width=width,
            right=max((float(w[2]) for w in words), default=0.0),
        ))  # fmt: skip
    return pages


def _to_pdf(path: Path, tmp_path: Path) -> Path:
    assert SOFFICE is not None
    out = tmp_path / "pdf"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    [pdf] = list(out.glob("*.pdf"))
    return pdf


@pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice ou poppler absent")
def test_workbook_prints_readable_pages_with_titles(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(14)
    data = gather(gfile)
    pdf = _to_pdf(export_workbook(gfile, tmp_path / "xlsx"), tmp_path)
    pages = _pages(pdf)
    # Every page is numbered « <sheet> — page N sur M » in its footer.
    sheets: list[str] = []
    for n, page in enumerate(pages, start=1):
        text = page.text
        found = re.search(rf"(\S+(?: entre jurés)?) — page {n} sur {len(pages)}", text)
        assert found, f"page {n}: {text[:200]}"
        sheets.append(found.group(1))
        # Readable: the text is set at 70 % of its size or more (the sheets
        # used to be shrunk to a fifth to fit a hundred columns on a page).
        assert statistics.median(page.heights) >= 9.0, (n, sheets[-1])
        # Nothing runs off the page.
        assert page.right <= page.width, n
    blocs = {b.code: b for b in data.blocs}
    graded = [c for c in data.candidates if any(c.sheets.values())]
    names = [f"{c.candidate.last_name.upper()}" for c in graded]
    for code, bloc in blocs.items():
        mine = [p for p, s in zip(pages, sheets, strict=True) if s == code]
        # Candidates across, a few per page: never one alone but on the last page.
        assert 2 <= len(mine) <= len(graded) // 2, code
        seen: list[str] = []
        for i, page in enumerate(mine):
            text = page.text
            # The title and the criteria's column headers are on every page.
            assert f"{code} —" in text
            assert "Critère" in text
            assert "Intitulé" in text
            assert all(c.text.split()[0] in text for a in bloc.assessments for c in a.criteria)
            here = [name for name in names if name in text]
            if i < len(mine) - 1:
                assert len(here) >= 2, (code, i, here)
            seen += here
        assert sorted(seen) == sorted(names), code
    synthesis = [p for p, s in zip(pages, sheets, strict=True) if s == "Synthèse"]
    assert synthesis
    for page in synthesis:
        # One page across: every bloc and the result, names repeated on each page.
        assert all(code in page.text for code in blocs), page.text[:300]
        assert "Identifiant" in page.text
        assert "Résultat" in page.text
    assert {"Écarts entre jurés", "Jury", "Journal"} <= set(sheets)
    # Fourteen candidates, four blocs of three criteria: a handful of pages.
    assert len(pages) <= 40


def test_wrapped_lines_by_words() -> None:
    assert wrapped_lines("Acquis", 9) == 1
    assert wrapped_lines("Non acquis", 9) == 2
    assert wrapped_lines("un\ndeux", 40) == 2
    # A word longer than the line is broken.
    assert wrapped_lines("x" * 30, 10) >= 3


def test_pages_break_between_whole_groups() -> None:
    widths = {1: 7, 2: 32} | {c: 9 for c in range(3, 3 + 3 * 10)}
    groups = list(range(3, 3 + 3 * 10, 3))
    breaks = plan_breaks(widths, 2 + 3 * 10, 2, groups, 85)
    assert breaks, "thirty juror columns do not fit on one page"
    assert set(breaks) <= set(groups)
    # As many groups on each page, the last page takes the rest.
    sizes = [b - a for a, b in zip([3, *breaks], [*breaks, 33], strict=True)]
    assert len(set(sizes[:-1])) == 1
    assert sizes[-1] <= sizes[0]
