"""Sessions to export: the mini référentiel, graded and deliberated."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA, MakeSession

from grader.export.sample import build_sample_session
from grader.models.store import GraderFile


@pytest.fixture
def make_session(tmp_path: Path) -> Iterator[MakeSession]:
    opened: list[GraderFile] = []

    def make(candidates: int = 12, *, closed: bool = True, name: str = "s.jury") -> GraderFile:
        gfile = build_sample_session(tmp_path / name, DATA / "mini.yaml", candidates, closed=closed)
        opened.append(gfile)
        return gfile

    yield make
    for g in opened:
        g.close()
