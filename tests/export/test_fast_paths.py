"""The exports' shortcuts give what the slower, general paths give: the
disagreements found in memory, the sheets laid out once for two files, the
marks read in bulk."""

import re
from pathlib import Path

from helpers import MakeSession, reseal_signed_sheets
from sqlmodel import select

from grader.export import export_sheets
from grader.export.data import gather
from grader.export.disagreement_rows import session_disagreements
from grader.grading.disagreements import disagreements
from grader.grading.marks import load_sheet
from grader.models import tables

from .pdf_reading import page_texts

FOOTER = re.compile(r"Page \d+ / \d+|Empreinte du document|^Grilles? (d'évaluation )?— ")


def _body(page: str) -> str:
    """A page without its footer (whose title, page count and digest differ
    between the single file and the combined one)."""
    return "\n".join(line for line in page.splitlines() if not FOOTER.search(line))


def test_in_memory_disagreements_match_the_grading_ones(make_session: MakeSession) -> None:
    gfile = make_session(10, closed=False)
    with gfile.transaction() as s:
        sheets = s.exec(select(tables.Sheet)).all()
        # A recused juror, a sheet and a criterion flagged « À discuter ».
        s.add(tables.Recusal(candidate_id=sheets[0].candidate_id, juror_id=sheets[0].juror_id))
        sheets[3].flag_discuss, sheets[3].flag_note = True, "Revoir la durée"
        mark = s.exec(select(tables.Mark).where(tables.Mark.sheet_id == sheets[5].id)).first()
        assert mark is not None
        mark.flag_discuss, mark.flag_note = True, "Critère ambigu"
    reseal_signed_sheets(gfile)
    expected = disagreements(gfile)
    assert {d.kind for d in expected} == {"differ", "flag"}
    assert session_disagreements(gather(gfile)) == expected


def test_marks_read_in_bulk_match_the_sheets(make_session: MakeSession) -> None:
    gfile = make_session(3)
    data = gather(gfile)
    with gfile.new_session() as s:
        stored_sheets = {
            sheet.id: load_sheet(s, gfile, sheet.id)
            for c in data.candidates for sheets in c.sheets.values() for sheet in sheets
        }  # fmt: skip
    assert stored_sheets
    for c in data.candidates:
        for sheets in c.sheets.values():
            for sheet in sheets:
                stored = stored_sheets[sheet.id]
                assert sheet.signed_at == stored.signed_at
                assert {k: (m.value, m.observation) for k, m in sheet.marks.items()} == {
                    k: (m.value, m.observation) for k, m in stored.marks.items()
                }


def test_combined_sheets_are_the_single_files_one_after_the_other(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(5, closed=False)
    *singles, combined = export_sheets(gfile, tmp_path)
    combined_pages = page_texts(combined)
    single_pages = [page for path in singles for page in page_texts(path)]
    assert len(combined_pages) == len(single_pages)
    for one, other in zip(single_pages, combined_pages, strict=True):
        assert _body(one) == _body(other)
        assert "Critère d'évaluation" in other or "Signatures" in other
        assert "PROJET — DÉLIBÉRATION NON CLÔTURÉE" in other
    for n, page in enumerate(combined_pages, start=1):
        assert f"Page {n} / {len(combined_pages)}" in page
