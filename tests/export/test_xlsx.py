"""The session workbook and the one-candidate (RGPD) export, reopened."""

import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers import MakeSession, reseal_signed_sheets
from openpyxl import load_workbook
from sqlmodel import select

from grader.export import export_candidate_data, export_workbook
from grader.export.data import gather
from grader.export.sample import HEALTH_DETAIL, PRIVATE_NOTE
from grader.models.tables import Juror


def _all_values(path: Path) -> list[object]:
    wb = load_workbook(path)
    return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]


def test_workbook_sheets_decisions_and_layout(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(15)
    data = gather(gfile)
    path = export_workbook(gfile, tmp_path)
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Synthèse",
        "BC01",
        "BC02",
        "BC03",
        "BC04",
        "Écarts entre jurés",
        "Jury",
        "Journal",
    ]
    ws = wb["Synthèse"]
    assert ws.freeze_panes == "E3"
    assert ws.auto_filter.ref is not None
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws.page_setup.orientation == "landscape"
    # A scale that keeps the type readable, never « fit to width ».
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.scale >= 70
    assert ws.print_title_rows == "$1:$2"
    header = [c.value for c in ws[2]]
    assert header[:4] == ["Identifiant", "Nom", "Prénom", "Naissance"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=3, values_only=True)}
    for c in data.candidates:
        row = rows[c.candidate.last_name.upper()]
        born = c.candidate.birth_date
        assert row[3] == (f"né(e) le {born:%d/%m/%Y}" if born else None)
        for i, bloc in enumerate(data.blocs):
            assert row[4 + i] == c.blocs[bloc.code].label
        assert row[4 + len(data.blocs)] == c.outcome_label
    for sheet in wb.worksheets:
        assert sheet.freeze_panes, sheet.title
        assert sheet.auto_filter.ref, sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    # Dates are dates, not text.
    jury = wb["Jury"]
    session_date = next(r[1] for r in jury.iter_rows(values_only=True) if r[0] == "Date")
    assert isinstance(session_date, datetime)
    assert session_date.date() == date(2026, 11, 24)
    assert all(
        isinstance(r[0], datetime) for r in wb["Journal"].iter_rows(min_row=3, values_only=True)
    )
    # Disagreements are coloured in the bloc sheets.
    fills = {
        c.fill.fgColor.rgb for name in ("BC01", "BC02", "BC03", "BC04")
        for row in wb[name].iter_rows(min_row=4) for c in row
    }  # fmt: skip
    assert "00FFE8A3" in fills
    assert wb["Écarts entre jurés"].max_row > 2
    assert "PROJET" not in str(ws["A1"].value)


def test_workbook_text_is_never_a_formula(make_session: MakeSession, tmp_path: Path) -> None:
    from grader.models import tables

    gfile = make_session(2)
    with gfile.transaction() as s:
        for m in s.exec(__import__("sqlmodel").select(tables.Mark)).all():
            m.observation = '=HYPERLINK("http://x")'
    reseal_signed_sheets(gfile)
    path = export_workbook(gfile, tmp_path)
    wb = load_workbook(path)
    notes = [
        c
        for row in wb["Écarts entre jurés"].iter_rows(min_row=3)
        for c in row
        if c.value and "HYPERLINK" in str(c.value)
    ]
    assert notes
    assert all(c.data_type == "s" for c in notes)


def test_anonymised_workbook_has_no_names(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(10)
    with gfile.transaction() as s:
        for n, juror in enumerate(s.exec(select(Juror)).all()):
            juror.email = f"jure{n}@ecole.example"
    data = gather(gfile)
    path = export_workbook(gfile, tmp_path, anonymised=True)
    assert "anonymisé" in path.name
    values = " ".join(str(v) for v in _all_values(path) if v is not None)
    for c in data.candidates:
        assert c.candidate.last_name.upper() not in values
        assert c.candidate.first_name not in values
        # The school's number names the candidate as well as their name does.
        assert not c.candidate.external_id or c.candidate.external_id not in values
        assert c.candidate.id not in values
    assert "Candidat 001" in values
    for j in data.jurors:
        assert not j.email or j.email not in values
    assert "Critères essentiels" not in values  # motivations are left out
    # The full workbook keeps them all.
    full = " ".join(str(v) for v in _all_values(export_workbook(gfile, tmp_path)) if v)
    assert all(c.candidate.external_id in full for c in data.candidates)
    assert any(j.email and j.email in full for j in data.jurors)


def test_draft_workbook_has_banner(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(3, closed=False)
    wb = load_workbook(export_workbook(gfile, tmp_path))
    for ws in wb.worksheets:
        assert "PROJET — DÉLIBÉRATION NON CLÔTURÉE" in str(ws["A1"].value), ws.title


def test_no_private_note_in_any_workbook(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(6)
    data = gather(gfile)
    paths = [export_workbook(gfile, tmp_path), export_workbook(gfile, tmp_path, anonymised=True)]
    paths += export_candidate_data(gfile, data.candidates[0].candidate.id, tmp_path)
    for path in paths:
        content = (
            path.read_text("utf-8")
            if path.suffix == ".json"
            else " ".join(map(str, _all_values(path)))
        )
        assert PRIVATE_NOTE not in content, path
    session_values = " ".join(map(str, _all_values(paths[0])))
    assert HEALTH_DETAIL not in session_values


def test_candidate_data_holds_everything_about_them(
    make_session: MakeSession, tmp_path: Path
) -> None:
    gfile = make_session(5)
    data = gather(gfile)
    target = next(c for c in data.candidates if c.candidate.accommodation_type)
    xlsx, js = export_candidate_data(gfile, target.candidate.id, tmp_path)
    assert xlsx.suffix == ".xlsx"
    assert js.suffix == ".json"
    assert target.candidate.display_name in js.name
    payload = json.loads(js.read_text("utf-8"))
    assert payload["Vous"]["Nom"] == target.candidate.last_name
    assert HEALTH_DETAIL in payload["Vous"]["Détail de l'aménagement"]  # their own data
    assert payload["Lettre"][0].startswith("Bonjour ")
    assert payload["Résultat"] == target.outcome_label
    n_marks = sum(len(s.marks) for sheets in target.sheets.values() for s in sheets)
    assert sum(len(s["Critères"]) for s in payload["Grilles"]) == n_marks
    # Levels as words, never their codes; every bloc as the table states it.
    words = {m["Évaluation"] for s in payload["Grilles"] for m in s["Critères"]}
    assert words
    assert not words & {"A", "NA", "EC", "M"}
    assert {b["Bloc"]: b["Résultat"] for b in payload["Blocs"]} == {
        cell.bloc_code: cell.label for cell in target.row.cells
    }
    others = [c for c in data.candidates if c is not target]
    text = js.read_text("utf-8")
    for c in others:
        assert c.candidate.email not in text
    # No raw key nor JSON text inside the JSON: every key is French words.
    def keys(value: object) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    assert not {k for k in keys(payload) if "_" in k}
    for event in payload["Historique"]:
        assert "{" not in event["Avant"] + event["Après"], event
        assert "." not in event["Action"], event
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Vos données", "Blocs", "Grilles", "Historique"]
    assert wb["Grilles"].max_row == 1 + n_marks + sum(
        1 for sheets in target.sheets.values() for s in sheets if s.observation
    )


def test_unknown_candidate_is_refused(make_session: MakeSession, tmp_path: Path) -> None:
    from grader.export import ExportError

    gfile = make_session(1)
    with pytest.raises(ExportError, match="n'existe pas"):
        export_candidate_data(gfile, "pas-un-id", tmp_path)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice n'est pas installé")
def test_libreoffice_round_trip(make_session: MakeSession, tmp_path: Path) -> None:
    gfile = make_session(8)
    data = gather(gfile)
    path = export_workbook(gfile, tmp_path / "in")
    out = tmp_path / "lo"
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    [converted] = list(out.glob("*.xlsx"))
    wb = load_workbook(converted)
    values = {c.value for row in wb["Synthèse"].iter_rows() for c in row}
    for c in data.candidates:
        assert c.outcome_label in values
        assert c.candidate.last_name.upper() in values
