"""Text lands where it is drawn: the title at the top of the page, the footer
at the bottom (extraction alone would not see a misplaced text)."""

from pathlib import Path

from helpers import MakeSession
from pypdf import PdfReader

from grader.export import export_attestations, export_sheets


def heights(path: Path, page: int = 0) -> dict[str, float]:
    """Each piece of text of ``page`` → its height on the page, as a share of
    the page's height (0 bottom, 1 top)."""
    reader = PdfReader(path)
    sheet = reader.pages[page]
    top = float(sheet.mediabox.height)
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.setdefault(text.strip(), y / top)

    sheet.extract_text(visitor_text=visit)
    return found


def at(found: dict[str, float], start: str) -> float:
    return next(y for text, y in found.items() if text.startswith(start))


def test_sheet_title_on_top_and_footer_at_the_bottom(
    make_session: MakeSession, tmp_path: Path
) -> None:
    combined = export_sheets(make_session(3), tmp_path)[-1]
    found = heights(combined)
    assert at(found, "Grille d’évaluation") > 0.9
    assert at(found, "Candidat") > 0.85
    assert at(found, "Page 1 /") < 0.05
    assert at(found, "Empreinte du document") < 0.05


def test_attestation_footer_counts_the_pages_at_the_bottom(
    make_session: MakeSession, tmp_path: Path
) -> None:
    [path] = export_attestations(make_session(20), tmp_path)
    total = len(PdfReader(path).pages)
    assert total > 1
    for page in range(total):
        found = heights(path, page)
        assert at(found, "Attestation de validation") > 0.9
        assert at(found, f"Page {page + 1} / {total}") < 0.05
