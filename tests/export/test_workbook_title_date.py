"""The workbook's title gives the session date as the PV does (« 12 juin 2026 »)."""

from pathlib import Path

from helpers import MakeSession
from openpyxl import load_workbook

from grader.export import export_workbook
from grader.export.data import gather
from grader.export.pdf_common import french_date


def test_synthesis_title_has_the_date_in_french(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(3)
    day = gather(gfile).session.session_date
    assert day is not None
    path = export_workbook(gfile, tmp_path)
    title = str(load_workbook(path)["Synthèse"]["A1"].value)
    assert f"session du {french_date(day)}" in title
    assert day.isoformat() not in title
