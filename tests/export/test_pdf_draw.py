"""The hand layout under the long PDFs: line breaking and pagination."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from grader.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from grader.export.pdf_common import PageInfo
from grader.export.pdf_draw import Flow, Table, Text
from grader.export.pdf_paint import write_pdf
from grader.export.pdf_text import run, wrap
from grader.grading.typography import french

from .pdf_reading import page_texts

TEXT = (
    "Les thématiques / mots clefs à suivre sont identifiés / formalisés et en cohérence "
    "avec les besoins ; l’œuvre présentée répond aux « attentes » du jury."
)


@pytest.mark.parametrize("width", [40.0, 90.0, 150.0, 400.0])
def test_wrap_keeps_every_word_in_order_and_within_the_width(width: float) -> None:
    register_fonts()
    lines = wrap((run(TEXT),), width)
    assert len(lines) >= 1
    for measured, runs in lines:
        text = "".join(r[0] for r in runs)
        assert measured == pytest.approx(stringWidth(text, REGULAR, 8), abs=0.01)
        assert measured <= width + 0.01
    joined = "".join("".join(r[0] for r in runs) for _w, runs in lines)
    # Every character kept, in order (a word wider than the column is cut).
    assert joined.replace(" ", "") == french(TEXT).replace(" ", "")
    if width < stringWidth(TEXT, REGULAR, 8):
        assert len(lines) > 1


def test_wrap_honours_newlines_faces_and_cuts_words_too_long() -> None:
    lines = wrap((run("Acquis", BOLD), run("\nVeille structurée", ITALIC)), 200)
    assert [[(r[0], r[1]) for r in runs] for _w, runs in lines] == [
        [("Acquis", BOLD)], [("Veille structurée", ITALIC)],
    ]  # fmt: skip
    url = "https://exemple.fr/" + "x" * 80
    cut = wrap((run(url),), 60)
    assert len(cut) > 2
    assert "".join(runs[0][0] for _w, runs in cut) == url
    assert all(w <= 60 for w, _runs in cut)
    assert wrap((run(""),), 100) == ()


def test_runs_touching_without_space_stay_on_one_word() -> None:
    lines = wrap((run("Durée", BOLD), run(" : 30 min"), run("(", BOLD), run("x)")), 500)
    [(_w, runs)] = lines
    # The colon's no-break space glues it to its word, as printed.
    assert "".join(r[0] for r in runs) == "Durée\u00a0: 30 min(x)"


def test_table_rows_are_never_split_and_the_header_comes_back(tmp_path: Path) -> None:
    table = Table((100.0, 300.0), grid=(0.5, 0.5, 0.5))
    header = table.row([wrap((run("Code", BOLD),), 88), wrap((run("Critère", BOLD),), 288)])
    rows = [
        table.row([wrap((run(f"CE.{n}"),), 88), wrap((run(TEXT * (1 + n % 3)),), 288)])
        for n in range(60)
    ]
    flow = Flow(40, 800, 60)
    flow.add(Text([run("Titre", BOLD, 15)], 400, 19), after=4)
    flow.table([header], rows)
    assert len(flow.pages) > 2
    for page in flow.pages:
        # Every text sits inside the frame, and each page starts its rows with the header.
        assert all(60 <= y <= 800 for _x, y, _runs in page.texts)
        firsts = [runs[0][0] for _x, _y, runs in page.texts]
        assert "Code" in firsts
    path = tmp_path / "t.pdf"
    write_pdf(path, flow.pages, PageInfo("Essai", "ab" * 32, draft=False), title="Essai",
              pagesize=A4)  # fmt: skip
    texts = page_texts(path)
    assert len(texts) == len(flow.pages)
    flat = " ".join(" ".join(texts).split())
    for n in range(60):
        assert f"CE.{n} " in flat
        assert sum(f"CE.{n} " in " ".join(t.split()) + " " for t in texts) == 1
    for n, page in enumerate(texts, start=1):
        assert f"Page {n} / {len(texts)}" in page


def test_keep_together_moves_the_group_to_the_next_page() -> None:
    flow = Flow(40, 800, 60)
    filler = Text([run("x")], 400, 10)
    while flow.fits(60):
        flow.add(filler)
    block = Text([run("\n".join(["ligne"] * 8))], 400, 10)
    flow.keep_together([(Text([run("Signatures", BOLD)], 400, 12.5), 6, 2), (block, 0, 0)])
    assert len(flow.pages) == 2
    _x, _y, first = flow.pages[1].texts[0]
    assert first[0][0] == "Signatures"
