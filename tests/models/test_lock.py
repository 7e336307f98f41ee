"""One writer per file: the lock file beside it."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from grader.models import lock
from grader.models.store import FileRefused, GraderFile, open_file

TRY_OPEN = """
import sys
from grader.models.store import FileRefused, open_file
try:
    g = open_file(sys.argv[1], readonly=len(sys.argv) > 2)
except FileRefused as exc:
    print(exc)
    sys.exit(3)
print("ouvert", g.kind)
g.close()
"""


def _try_open_elsewhere(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", TRY_OPEN, str(path), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_second_process_is_refused_with_the_holder_named(session_file: GraderFile) -> None:
    result = _try_open_elsewhere(session_file.path)
    assert result.returncode == 3, result.stderr
    message = result.stdout
    assert "session.jury est déjà ouvert en écriture" in message
    assert socket.gethostname() in message
    assert str(os.getpid()) in message


def test_second_process_may_read(session_file: GraderFile) -> None:
    result = _try_open_elsewhere(session_file.path, "lecture")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ouvert session" in result.stdout


def test_closing_releases_the_lock(session_file: GraderFile) -> None:
    path = session_file.path
    assert _lock_file(path).exists()
    session_file.close()
    assert not _lock_file(path).exists()
    result = _try_open_elsewhere(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_same_process_may_open_twice(session_file: GraderFile) -> None:
    path = session_file.path
    second = open_file(path)
    second.close()
    assert _lock_file(path).exists(), "the first handle still holds the file"
    session_file.close()
    assert not _lock_file(path).exists()


def _write_lock(path: Path, host: str, pid: int) -> None:
    _lock_file(path).write_text(
        json.dumps({"user": "zoé", "host": host, "pid": pid, "since": "2025-06-12T08:30:00+00:00"}),
        encoding="utf-8",
    )


def test_lock_of_a_dead_program_is_taken_over(session_file: GraderFile) -> None:
    path = session_file.path
    session_file.close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _write_lock(path, socket.gethostname(), dead.pid)
    with open_file(path) as g:
        holder = lock.holder(g.path)
        assert holder is not None
        assert holder.pid == os.getpid()


def test_lock_from_another_computer_is_respected(session_file: GraderFile) -> None:
    path = session_file.path
    session_file.close()
    _write_lock(path, "poste-salle-b12", 4242)
    with pytest.raises(FileRefused) as refused:
        open_file(path)
    message = str(refused.value)
    assert "zoé" in message
    assert "poste-salle-b12" in message
    assert "12/06/2025" in message
    assert json.loads(_lock_file(path).read_text(encoding="utf-8"))["host"] == "poste-salle-b12"
