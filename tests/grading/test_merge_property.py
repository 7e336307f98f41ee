"""Order and duplication never change what a merge produces."""

import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import build_session, content, merge
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.grading.marks import list_sheets, set_mark
from grader.grading.merge import REFUSED
from grader.grading.signing import reopen_sheet, sign_sheet
from grader.models.store import open_file


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """The session, the three juror files, and an older copy of the first
    juror's file (before one sheet was reopened, corrected and re-signed)."""
    root = tmp_path_factory.mktemp("ordre")
    session, paths = build_session(root)
    older = root / "ancienne.grille"
    shutil.copyfile(paths[0], older)
    jf = open_file(paths[0])
    try:
        sheet = next(s for s in list_sheets(jf) if s.assessment_id == "oral")
        reopen_sheet(jf, sheet.id, "correction")
        criterion = sorted(sheet.marks)[0]
        set_mark(jf, sheet.id, criterion, points=4.0 if sheet.marks[criterion].points != 4 else 0.0)
        sign_sheet(jf, sheet.id)
    finally:
        jf.close()
    return session, [*paths, older]


_reference: dict[frozenset[int], tuple] = {}


def _merged(session: Path, paths: list[Path], order: list[int]) -> tuple:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "session.jury"
        shutil.copyfile(session, copy)
        results = merge(copy, [paths[i] for i in order])
        assert all(status != REFUSED for status, _ in results)
        return content(copy)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=7))
def test_any_order_and_duplicates_give_the_same_session(
    files: tuple[Path, list[Path]], order: list[int]
) -> None:
    session, paths = files
    chosen = frozenset(order)
    if chosen not in _reference:
        _reference[chosen] = _merged(session, paths, sorted(chosen))
    got = _merged(session, paths, order)
    assert got == _reference[chosen]
    if 0 in chosen:  # the newer version of the re-signed sheet always wins
        assert 2 in {row[5] for row in got[0]}
