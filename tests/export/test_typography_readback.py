"""French typography read back from the documents themselves: the PV's and
the attestations' text, the workbook's cells."""

import re
from pathlib import Path

from helpers import MakeSession
from openpyxl import load_workbook

from grader.export import export_attestations, export_pv, export_workbook
from grader.grading.typography import NBSP

from .pdf_reading import page_texts

# A plain space before a high punctuation mark, a straight apostrophe in a word.
_PLAIN_SPACE = re.compile(r"[ \u202f][:;!?»]|«[ \u202f]")
_STRAIGHT = re.compile(r"[^\W\d_]'[^\W\d_]")


def test_pdf_text_is_in_french_typography(make_session: MakeSession, tmp_path: Path) -> None:
    # The PDF's font draws the no-break space with the space's glyph, so the
    # text read back shows a space: checked is that one is always there, and
    # the apostrophes. The cells of the workbook below hold the characters.
    gfile = make_session(12)
    text = "\n".join(page_texts(export_pv(gfile, tmp_path)))
    text += "\n".join(page_texts(export_attestations(gfile, tmp_path)[0]))
    assert " : " in text or "\u00a0: " in text
    found = re.search(r"[^\W\d_][:;!?]|«\w|\w»", text)
    assert not found, text[found.start() - 60 : found.end() + 20]
    assert "’" in text
    found = _STRAIGHT.search(text)
    assert not found, text[found.start() - 60 : found.end() + 20]


def test_workbook_cells_are_in_french_typography(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(12)
    wb = load_workbook(export_workbook(gfile, tmp_path))
    checked = 0
    for ws in wb.worksheets:
        if ws.title == "Journal":
            continue  # the records as they were stored
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if not isinstance(value, str) or "@" in value:
                    continue
                checked += 1
                assert not _PLAIN_SPACE.search(value), (ws.title, value)
                assert not _STRAIGHT.search(value), (ws.title, value)
    assert checked > 100
    titles = [ws["A1"].value for ws in wb.worksheets]
    assert f"Écarts entre jurés et points «{NBSP}À discuter{NBSP}»" in titles
