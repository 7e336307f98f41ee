"""grader's errors: one base, three kinds, and the storage boundary that turns
what a disk does into a StorageFailure (real failing storage, no mock)."""

import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from grader import errors
from grader.errors import BadFile, GraderError, Refusal, StorageFailure, StorageReason
from grader.grading import marks, session_ops, signing
from grader.models.store import FileRefused, FileUnavailable, GraderFile, open_file

Refusing = Callable[[GraderFile], AbstractContextManager[None]]
CRITERION = "BC01/veille/g1/CE.1"


def test_the_existing_errors_say_whose_fault_it_is() -> None:
    from grader.cli.common import CommandFailed
    from grader.export.files import ExportError, ExportWriteFailed
    from grader.grading.candidate_columns import CellError
    from grader.grading.candidate_lookup import CandidateNotFound
    from grader.grading.candidates_import import CandidateImportError
    from grader.grading.capitalisation import CapitalisationError
    from grader.grading.closure import SessionClosed
    from grader.grading.deliberation import DecisionRefused, DecisionsMissing
    from grader.grading.merge_checks import Refused
    from grader.grading.tabular import TableRefused
    from grader.models.lock import FileLocked
    from grader.referential import ReferentialError

    kinds: dict[type[GraderError], list[type[Exception]]] = {
        Refusal: [marks.SheetLocked, marks.SheetNotFound, DecisionRefused, DecisionsMissing,
                  SessionClosed, CapitalisationError, CandidateNotFound, CommandFailed],
        BadFile: [FileRefused, ReferentialError, Refused, TableRefused,
                  CandidateImportError, CellError],
        StorageFailure: [FileLocked, FileUnavailable, ExportWriteFailed],
    }
    for kind, classes in kinds.items():
        for cls in classes:
            assert issubclass(cls, kind), cls
    assert issubclass(ExportError, GraderError)
    # Callers written before errors.py catch refusals as ValueError, files as FileRefused.
    assert issubclass(DecisionRefused, ValueError)
    assert issubclass(FileUnavailable, FileRefused)


@pytest.fixture
def juror_sheet(tmp_path: Path, mini_referential_path: Path) -> tuple[GraderFile, str]:
    g = session_ops.create_session(mini_referential_path, tmp_path / "s.jury")
    j = session_ops.add_juror(g, "Élodie Martin", "professionnel")
    c = session_ops.add_candidate(g, "N'Diaye", "Zoé")
    sheet = marks.open_sheet(g, j.id, c.id, "veille")
    return g, sheet.id


def test_every_write_path_fails_as_a_storage_failure(
    juror_sheet: tuple[GraderFile, str], refusing_disk: Refusing
) -> None:
    g, sheet_id = juror_sheet
    writes: list[Callable[[], object]] = [
        lambda: marks.set_mark(g, sheet_id, CRITERION, level="A"),
        lambda: marks.set_mark_observation(g, sheet_id, CRITERION, "Veille structurée"),
        lambda: marks.set_mark_flag(g, sheet_id, CRITERION, True, "à revoir"),
        lambda: marks.set_sheet_observation(g, sheet_id, "Bonne soutenance"),
        lambda: marks.set_sheet_flag(g, sheet_id, True, ""),
        lambda: marks.save_timer(g, sheet_id, 125),
    ]
    for write in writes:
        with refusing_disk(g), pytest.raises(StorageFailure) as caught:
            write()
        assert caught.value.reason in (StorageReason.IO_ERROR, StorageReason.DISK_FULL)
        assert caught.value.path == g.path
        assert "rien n'a été enregistré" in str(caught.value)
    # Nothing of it reached the file; and the next write, disk back, works.
    sheet = marks.sheet_view(g, sheet_id)
    assert sheet.marks.get(CRITERION) is None or sheet.marks[CRITERION].is_empty
    assert (sheet.observation, sheet.flag_discuss, sheet.timer_elapsed_seconds) == ("", False, 0)
    assert marks.set_mark(g, sheet_id, CRITERION, level="A").level == "A"


def test_sign_and_reopen_fail_as_storage_failures(
    juror_sheet: tuple[GraderFile, str], refusing_disk: Refusing
) -> None:
    g, sheet_id = juror_sheet
    with refusing_disk(g), pytest.raises(StorageFailure):
        signing.sign_sheet(g, sheet_id)
    assert marks.sheet_view(g, sheet_id).status == "draft"
    signing.sign_sheet(g, sheet_id)
    with refusing_disk(g), pytest.raises(StorageFailure):
        signing.reopen_sheet(g, sheet_id, "erreur de saisie")
    assert marks.sheet_view(g, sheet_id).status == "signed"


def test_a_file_opened_read_only_refuses_writes_as_storage(
    juror_sheet: tuple[GraderFile, str],
) -> None:
    g, sheet_id = juror_sheet
    g.close()
    with open_file(g.path, readonly=True) as ro, pytest.raises(StorageFailure) as caught:
        marks.set_sheet_observation(ro, sheet_id, "x")
    assert caught.value.reason == StorageReason.READ_ONLY
    assert isinstance(caught.value, FileRefused)


def test_a_bug_is_not_dressed_as_a_disk_fault() -> None:
    import sqlite3

    assert errors.is_storage_error(sqlite3.OperationalError("database or disk is full"))
    assert not errors.is_storage_error(sqlite3.IntegrityError("UNIQUE constraint failed"))
    assert not errors.is_storage_error(ValueError("x"))
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # what the sqlite3 module sets on a real SQLITE_FULL
    assert errors.storage_failure(full).reason == StorageReason.DISK_FULL


def test_cli_a_refusal_exits_1_and_a_bug_exits_70_with_a_log(
    tmp_path: Path, mini_referential_path: Path
) -> None:
    g = session_ops.create_session(mini_referential_path, tmp_path / "s.jury")
    g.close()
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    refused = subprocess.run(
        [sys.executable, "-m", "grader.cli", "sheet", "show", str(g.path), "--candidate",
         "Personne"], capture_output=True, text=True, env=env)
    assert refused.returncode == 1, refused.stderr
    assert "Traceback" not in refused.stderr
    # A bug: a sub-command that raises something grader does not know.
    code = (
        "import sys, argparse\n"
        "from grader.cli import run_command\n"
        "def boom(args): raise ZeroDivisionError('division by zero')\n"
        "sys.exit(run_command(argparse.Namespace(func=boom)))\n"
    )
    bug = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env)
    assert bug.returncode == 70
    assert "Erreur interne de grader" in bug.stderr
    assert "Traceback" not in bug.stderr
    log = tmp_path / "data" / "grader" / "grader-erreurs.log"
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
