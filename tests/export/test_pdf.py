"""PV, evaluation sheets and attestations read back with pypdf."""

import math
from pathlib import Path

import pytest
from helpers import MakeSession

from grader.export import export_attestations, export_pv, export_sheets
from grader.export.data import gather
from grader.export.pdf_common import french_date
from grader.export.sample import HEALTH_DETAIL, PRIVATE_NOTE
from grader.grading.session_ops import list_candidates
from grader.grading.vocabulary import BLOC_OUTCOME_LABELS, OUTCOME_LABELS, OUTCOME_TOTAL_LABELS

from .pdf_reading import fonts, has_embedded_file, page_texts


def _flat(texts: list[str]) -> str:
    # pypdf breaks lines inside table cells: compare on single spaces.
    return " ".join(" ".join(texts).split())


def test_french_date() -> None:
    from datetime import date

    assert french_date(date(2026, 11, 24)) == "24 novembre 2026"
    assert french_date(date(2026, 12, 1)) == "1er décembre 2026"
    assert french_date(date(2027, 8, 15)) == "15 août 2027"


def test_pv_holds_names_codes_decisions_and_totals(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(30)
    path = export_pv(gfile, tmp_path / "out")
    texts = page_texts(path)
    text = _flat(texts)
    assert "RNCP00001" in text
    assert "ÉCOLE TEST" in text
    assert "24 novembre 2026" in text
    for c in list_candidates(gfile):
        assert c.display_name in text
    data = gather(gfile)
    labels = {line.label for c in data.candidates for line in c.blocs.values()}
    assert {"Validé", "Non validé", "Absent"} <= labels
    assert any(label.startswith("Déjà acquis (12/06/2025)") for label in labels)
    for label in labels:
        assert label in text
    for c in data.candidates:
        assert c.outcome_label in OUTCOME_LABELS.values()
    assert f"Candidats {len(data.candidates)}" in text
    totals = data.table.totals()
    for code, label in OUTCOME_TOTAL_LABELS.items():
        assert f"{label} {totals[code]}" in text
    assert totals["absent"] >= 2
    assert sum(totals.values()) == len(data.candidates)
    # Born on, and closed on / by, in local time.
    born = next(c.candidate.birth_date for c in data.candidates if c.candidate.birth_date)
    assert f"né(e) le {born:%d/%m/%Y}" in text
    assert "Délibération close le " in text
    assert " par Hélène Côté." in text
    for j in data.jurors:
        assert j.name in text
        assert j.fingerprint is not None
        assert j.fingerprint in text
    # Every page: numbered and carrying the same digest.
    for n, page in enumerate(texts, start=1):
        assert f"Page {n} / {len(texts)}" in page
        assert "Empreinte du document" in page
    assert "PROJET" not in text


def test_pv_alphabetical_order_ignores_accents(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(20)
    text = _flat(page_texts(export_pv(gfile, tmp_path)))
    # « Écuyer » sorts with the E's, between « Dupont » and « Faure ».
    assert text.index("DUPONT Élodie") < text.index("ÉCUYER") < text.index("FAURE")
    assert text.index("ABÉLARD") < text.index("BÉNARD")


def test_pv_signatures_president_last(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(3)
    last_page = page_texts(export_pv(gfile, tmp_path))[-1]
    block = last_page[last_page.index("Signatures des membres du jury") :]
    assert block.index("Sophie Lemaître") < block.index("Hélène Côté")
    assert block.index("Karim Benaïssa") < block.index("Hélène Côté")


def test_pdfs_embed_truetype_fonts_only(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(6)
    paths = [
        export_pv(gfile, tmp_path),
        *export_sheets(gfile, tmp_path),
        *export_attestations(gfile, tmp_path),
    ]
    assert len(paths) > 3
    for path in paths[:3] + paths[-2:]:
        used = fonts(path)
        assert used, path
        for font in used:
            assert "Helvetica" not in str(font.get("/BaseFont")), path
            assert has_embedded_file(font), (path, font.get("/BaseFont"))


# Landscape A4 leaves about 180 mm (≈ 510 pt) for the results table; a row is
# at least one 8 pt line (10 pt leading + 5 pt padding = 15 pt) and at most
# three lines (35 pt). So a page holds between 14 and 34 rows.
MIN_ROWS, MAX_ROWS = 14, 34


@pytest.mark.parametrize("count", [1, 30, 200])
def test_pv_page_count_and_repeated_header(
    make_session: MakeSession, tmp_path: Path, count: int
) -> None:
    gfile = make_session(count)
    texts = page_texts(export_pv(gfile, tmp_path))
    candidates = list_candidates(gfile)
    names = [c.display_name for c in candidates]
    # Only the results table prints the candidates' numbers (not the motivations).
    pages_with_rows = [t for t in texts if any(c.external_id in t for c in candidates)]
    # The header comes back on each page that carries candidate rows.
    for page in pages_with_rows:
        assert "Candidat" in page
        assert "Résultat" in page
    flat = _flat(texts)
    for name in names:
        assert name in flat
    low = math.ceil(count / MAX_ROWS)
    high = math.ceil(count / MIN_ROWS) + 1  # + the first page, shared with the heading
    assert low <= len(pages_with_rows) <= high, (count, len(pages_with_rows))
    # Rows are never split: each number is on exactly one page.
    for c in candidates:
        assert sum(c.external_id in t for t in pages_with_rows) == 1
    if count == 1:
        assert len(texts) <= 2  # the signatures block may move to a second page


def test_no_private_note_nor_health_detail_in_pdfs(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(8)
    paths = [
        export_pv(gfile, tmp_path),
        *export_sheets(gfile, tmp_path),
        *export_attestations(gfile, tmp_path),
    ]
    for path in paths:
        text = _flat(page_texts(path))
        assert PRIVATE_NOTE not in text, path
        assert HEALTH_DETAIL not in text, path


def test_draft_session_marks_every_page(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(40, closed=False)
    for path in (export_pv(gfile, tmp_path), export_sheets(gfile, tmp_path)[-1]):
        texts = page_texts(path)
        assert len(texts) > 1
        for page in texts:
            assert "PROJET — DÉLIBÉRATION NON CLÔTURÉE" in page, path


def test_sheets_one_per_candidate_and_assessment_plus_combined(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(4)
    paths = export_sheets(gfile, tmp_path)
    data = gather(gfile)
    expected = sum(1 for c in data.candidates for a in data.assessments if c.sheets.get(a.id))
    assert len(paths) == expected + 1
    combined = page_texts(paths[-1])
    assert len(combined) >= expected
    one = _flat(page_texts(paths[0]))
    first = data.candidates[0]
    assessment = next(a for a in data.assessments if first.sheets.get(a.id))
    assert first.candidate.display_name in one
    assert assessment.title in one
    for crit in assessment.criteria:
        assert crit.text in one
    assert "Proposition de la règle" in one
    assert "Décision du jury" in one
    for j in data.jurors:
        assert j.name in one
    assert "24/11/2026 à" in one  # signed-at, local time
    assert paths[0].parent.name.startswith("Grilles")


def test_sheet_shows_tiers_temps_allowance(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(5)  # candidate n° 4 (index 3) has a tiers-temps
    data = gather(gfile)
    cand = next(c for c in data.candidates if c.candidate.accommodation_type)
    paths = export_sheets(gfile, tmp_path, combined=False)
    mine = [p for p in paths if p.name.startswith(cand.candidate.display_name)]
    text = _flat(page_texts(mine[0]))
    # « Veille » lasts 30 min: 40 with a third more.
    assert "Durée prévue : 30 min (40 min avec tiers-temps) — durée chronométrée :" in text
    assert "Aménagement : tiers-temps" in text


def test_attestations_only_for_partial_validation(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(20)
    data = gather(gfile)
    partial = [c for c in data.candidates if c.outcome == "validation_partielle"]
    assert partial
    [path] = export_attestations(gfile, tmp_path)
    texts = page_texts(path)
    assert len(texts) == len(partial)
    for page, c in zip(texts, partial, strict=True):
        assert c.candidate.last_name.upper() in page
        flat = " ".join(page.split())
        for cell in c.row.cells:
            assert cell.bloc_code in page
        if c.candidate.birth_date is not None:
            assert f"né(e) le {c.candidate.birth_date:%d/%m/%Y}" in flat
    assert BLOC_OUTCOME_LABELS  # vocabulary in use


def test_an_unsigned_column_says_it_is_not_taken_into_account(
    make_session: MakeSession, tmp_path: Path
) -> None:
    from grader.models import tables

    gfile = make_session(2, closed=False)
    with gfile.transaction() as s:
        sheet = s.exec(__import__("sqlmodel").select(tables.Sheet)).first()
        assert sheet is not None
        sheet.status = "draft"
        s.add(sheet)
    paths = export_sheets(gfile, tmp_path)
    text = _flat([t for p in paths for t in page_texts(p)])
    assert text.count("non signée — non prise en compte") >= 1
