"""Helpers for the storage tests: a small session file with a few rows."""

from pathlib import Path

import pytest

from grader.grading import session_ops
from grader.models.store import GraderFile


@pytest.fixture
def session_file(tmp_path: Path, mini_referential_path: Path) -> GraderFile:
    gfile = session_ops.create_session(mini_referential_path, tmp_path / "session.jury")
    session_ops.add_juror(gfile, "Élodie Martin", "professionnel")
    for i in range(30):
        session_ops.add_candidate(gfile, f"N'Diaye {i}", "François")
    yield gfile
    gfile.close()
