"""One writer per file: a lock file beside the database.

SQLite would let two programs write the same file in turn, but two jurors
ticking the same grid on a shared folder would overwrite each other's work
without noticing. The lock file (``x.jury.lock``) names who holds it so the
second person is told whom to ask. A lock left by a program that died on
this same computer is taken over; one from another computer is not (we
cannot know whether that program still runs).
"""

import contextlib
import getpass
import json
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from grader.errors import StorageFailure

LOCK_SUFFIX = ".lock"


class FileLocked(StorageFailure):
    """Another program holds the file; ``str(exc)`` is a French sentence."""


@dataclass(frozen=True, slots=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).astimezone()
            since = when.strftime("%d/%m/%Y à %H:%M")
        except ValueError:
            since = self.since
        return (
            f"{self.user} sur l'ordinateur « {self.host} » "
            f"(programme n° {self.pid}), depuis le {since}"
        )


_held: dict[Path, int] = {}  # this process's locks, with how many open handles use each
_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some sandboxes: still lock, just say less
        user = "un utilisateur inconnu"
    return LockOwner(
        user=user, host=socket.gethostname(), pid=os.getpid(), since=datetime.now(UTC).isoformat()
    )


def _read(lpath: Path) -> LockOwner | None:
    try:
        data = json.loads(lpath.read_text(encoding="utf-8"))
        return LockOwner(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    except OSError:
        return False
    return True


def _write_exclusive(lpath: Path, owner: LockOwner) -> bool:
    try:
        fd = os.open(lpath, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(_as_dict(owner), f)
        f.flush()
        os.fsync(f.fileno())
    return True


def _as_dict(owner: LockOwner) -> dict[str, object]:
    return {"user": owner.user, "host": owner.host, "pid": owner.pid, "since": owner.since}


def acquire(path: Path) -> None:
    """Take the write lock on ``path`` or raise :class:`FileLocked`."""
    path = path.resolve()
    lpath = lock_path(path)
    me = _me()
    with _guard:
        if path in _held:
            _held[path] += 1
            return
        for _attempt in range(3):
            if _write_exclusive(lpath, me):
                _held[path] = 1
                return
            owner = _read(lpath)
            stale = owner is None or (
                owner.host == me.host and (owner.pid == me.pid or not _alive(owner.pid))
            )
            if not stale:
                assert owner is not None
                raise FileLocked(
                    f"{path.name} est déjà ouvert en écriture par {owner.describe()}. "
                    "Fermez-le dans l'autre fenêtre, ou ouvrez-le en lecture seule."
                )
            # A dead program's lock: remove it and try again (another process
            # may win the race; then we read its lock on the next turn).
            with contextlib.suppress(FileNotFoundError):
                lpath.unlink()
        raise FileLocked(f"{path.name} : impossible de prendre le verrou {lpath.name}.")


def release(path: Path) -> None:
    path = path.resolve()
    with _guard:
        count = _held.get(path, 0)
        if count > 1:
            _held[path] = count - 1
            return
        _held.pop(path, None)
        if count == 0:
            return
        owner = _read(lock_path(path))
        if owner is not None and owner.pid == os.getpid():
            with contextlib.suppress(FileNotFoundError):
                lock_path(path).unlink()


def holder(path: Path) -> LockOwner | None:
    """Who holds the lock of ``path`` (None when free)."""
    return _read(lock_path(path.resolve()))
