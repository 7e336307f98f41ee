"""Stale locks: a lock is stale when its program is gone or when its
computer restarted since it was written (even if its number now belongs to
a live program); an old lock of another computer can be taken over, by the
user's choice, told who held it."""

import json
import os
import socket
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from grader.cli import main
from grader.models import lock
from grader.models.store import FileInUse, GraderFile, open_file, take_over_lock

Capture = pytest.CaptureFixture[str]


def _write_lock(path: Path, host: str, pid: int, since: datetime,
                boot: float | None = None) -> dict[str, object]:
    data: dict[str, object] = {"user": "zoé", "host": host, "pid": pid,
                               "since": since.isoformat()}
    if boot is not None:
        data["boot"] = boot
    lock.lock_path(path).write_text(json.dumps(data), encoding="utf-8")
    return data


def _closed(session_file: GraderFile) -> Path:
    path = session_file.path
    session_file.close()
    return path


def _holder_is_me(path: Path) -> bool:
    owner = lock.holder(path)
    return owner is not None and owner.pid == os.getpid()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/stat")
def test_boot_time_is_the_kernels() -> None:
    with open("/proc/stat", encoding="ascii") as f:
        btime = next(float(line.split()[1]) for line in f if line.startswith("btime "))
    assert lock.boot_time() == btime
    assert btime < datetime.now(UTC).timestamp()


def test_a_lock_written_before_the_computer_restarted_is_stale(
    session_file: GraderFile,
) -> None:
    """After a reboot the lock's number may belong to a live program (here
    our parent): the lock is still stale, it predates the boot."""
    path = _closed(session_file)
    boot = lock.boot_time()
    assert boot is not None
    before_boot = datetime.fromtimestamp(boot - 600, UTC)
    _write_lock(path, socket.gethostname(), os.getppid(), before_boot)
    assert lock._alive(os.getppid())
    with open_file(path) as g:
        assert _holder_is_me(g.path)


def test_a_lock_from_another_boot_of_this_computer_is_stale(session_file: GraderFile) -> None:
    path = _closed(session_file)
    boot = lock.boot_time()
    assert boot is not None
    # Clock set back since: the date alone would not tell, the boot recorded does.
    _write_lock(path, socket.gethostname(), os.getppid(), datetime.now(UTC),
                boot=boot - 86_400)
    with open_file(path) as g:
        assert _holder_is_me(g.path)


def test_a_live_recent_lock_of_this_boot_is_respected(session_file: GraderFile) -> None:
    path = _closed(session_file)
    data = _write_lock(path, socket.gethostname(), os.getppid(), datetime.now(UTC),
                       boot=lock.boot_time())
    with pytest.raises(FileInUse) as refused:
        open_file(path)
    assert not refused.value.can_take_over
    assert "grader unlock" not in str(refused.value)
    assert json.loads(lock.lock_path(path).read_text(encoding="utf-8")) == data


def test_an_old_lock_of_another_computer_can_be_taken_over(session_file: GraderFile) -> None:
    path = _closed(session_file)
    since = datetime.now(UTC) - timedelta(hours=5)
    _write_lock(path, "poste-salle-b12", 4242, since)
    with pytest.raises(FileInUse) as refused:
        open_file(path)
    exc = refused.value
    assert exc.can_take_over
    assert exc.owner is not None
    assert "zoé sur l'ordinateur «\u00a0poste-salle-b12\u00a0» (programme n° 4242)" in str(exc)
    assert "Ce verrou a plus de 4 heures" in str(exc)
    assert f"grader unlock « {path.resolve()} »" in str(exc)
    assert take_over_lock(path, exc.owner)
    with open_file(path) as g:
        assert _holder_is_me(g.path)


def test_a_recent_lock_of_another_computer_is_not_offered(session_file: GraderFile) -> None:
    path = _closed(session_file)
    data = _write_lock(path, "poste-salle-b12", 4242, datetime.now(UTC) - timedelta(hours=1))
    with pytest.raises(FileInUse) as refused:
        open_file(path)
    assert not refused.value.can_take_over
    assert refused.value.owner is not None
    assert not take_over_lock(path, refused.value.owner)
    assert json.loads(lock.lock_path(path).read_text(encoding="utf-8")) == data


def test_taking_over_refuses_a_lock_that_changed_since_it_was_shown(
    session_file: GraderFile,
) -> None:
    path = _closed(session_file)
    _write_lock(path, "poste-salle-b12", 4242, datetime.now(UTC) - timedelta(hours=5))
    with pytest.raises(FileInUse) as refused:
        open_file(path)
    shown = refused.value.owner
    assert shown is not None
    data = _write_lock(path, "poste-salle-c3", 77, datetime.now(UTC) - timedelta(hours=6))
    assert not take_over_lock(path, shown)
    assert json.loads(lock.lock_path(path).read_text(encoding="utf-8")) == data


def _unlock(capsys: Capture, path: Path) -> tuple[int, str, str]:
    code = main(["unlock", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_unlock_takes_over_an_old_lock_and_says_whose(
    session_file: GraderFile, capsys: Capture
) -> None:
    path = _closed(session_file)
    _write_lock(path, "poste-salle-b12", 4242, datetime(2026, 6, 12, 8, 30, tzinfo=UTC))
    code, out, err = _unlock(capsys, path)
    assert (code, err) == (0, "")
    assert out.startswith("Verrou de session.jury repris : il était tenu par zoé sur "
                          "l'ordinateur «\u00a0poste-salle-b12\u00a0» (programme n° 4242), "
                          "depuis le 12/06/2026")
    assert not lock.lock_path(path).exists()
    code, out, _ = _unlock(capsys, path)
    assert (code, out) == (0, "session.jury n'est pas verrouillé : il peut être ouvert.\n")


def test_cli_unlock_refuses_a_recent_lock_held_elsewhere(
    session_file: GraderFile, capsys: Capture
) -> None:
    path = _closed(session_file)
    data = _write_lock(path, "poste-salle-b12", 4242, datetime.now(UTC) - timedelta(minutes=20))
    code, out, err = _unlock(capsys, path)
    assert (code, out) == (1, "")
    assert "depuis moins de 4 heures : le verrou n'est pas retiré" in err
    assert json.loads(lock.lock_path(path).read_text(encoding="utf-8")) == data


def test_cli_unlock_removes_a_dead_programs_lock(
    session_file: GraderFile, capsys: Capture
) -> None:
    path = _closed(session_file)
    boot = lock.boot_time()
    assert boot is not None
    _write_lock(path, socket.gethostname(), os.getppid(), datetime.fromtimestamp(boot - 60, UTC))
    code, out, _ = _unlock(capsys, path)
    assert code == 0
    assert out.startswith("Verrou de session.jury retiré : le programme qui l'avait posé est "
                          "arrêté (il était tenu par zoé")
    assert not lock.lock_path(path).exists()
