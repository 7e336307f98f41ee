"""XLSX cells that openpyxl gives as objects rather than values (array
formulas, times): read as text, so a formula is refused like any other
instead of its Python repr being imported as a candidate's name."""

from datetime import time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.formula import ArrayFormula

from grader.grading.candidates_import import CandidateImportError, parse_candidates
from grader.grading.tabular import read_table


def _workbook(path: Path, cells: dict[str, object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nom", "Prénom"])
    ws.append(["Durand", "Alice"])
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def test_array_formula_read_as_its_formula(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx", {"A3": ArrayFormula("A3", "=UPPER(B2)"), "B3": "Bob"})
    rows = read_table(path, 10).rows
    assert rows[2] == (3, ["=UPPER(B2)", "Bob"])


def test_array_formula_refused_by_the_import(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx", {"A3": ArrayFormula("A3", "=UPPER(B2)"), "B3": "Bob"})
    with pytest.raises(CandidateImportError) as err:
        parse_candidates(path)
    assert len(err.value.problems) == 1
    problem = err.value.problems[0]
    assert problem.startswith("liste.xlsx, ligne 3 : la colonne « Nom » commence par « = »")
    assert "ArrayFormula" not in problem


def test_time_cell_read_as_text(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx", {"A3": "Martin", "B3": time(10, 30)})
    assert read_table(path, 10).rows[2] == (3, ["Martin", "10:30:00"])
