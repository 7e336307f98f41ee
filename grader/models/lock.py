"""One writer per file: a lock file beside the database.

SQLite would let two programs write the same file in turn, but two jurors
ticking the same grid on a shared folder would overwrite each other's work
without noticing. The lock file (``x.jury.lock``) names who holds it so the
second person is told whom to ask. A lock left by a program that died on
this same computer is taken over, and so is a lock written before this
computer last started (its program cannot have survived the restart, even
if another program now has its number). One from another computer is not
taken over silently (we cannot know whether that program still runs); once
it is older than :data:`TAKEOVER_AFTER`, the user is offered to take it
over, told who held it.
"""

import contextlib
import ctypes
import getpass
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from grader.errors import StorageFailure, StorageReason

LOCK_SUFFIX = ".lock"
# A grading day is long, but a lock untouched for this long was most likely
# left by a computer that was switched off or a program that crashed.
TAKEOVER_AFTER = timedelta(hours=4)
# Clocks and the boot time read back differ by a second or two.
_BOOT_SLACK = 5.0


class FileLocked(StorageFailure):
    """Another program holds the file; ``str(exc)`` is a French sentence.
    ``owner`` is who holds it; ``can_take_over`` when the lock is old enough
    to offer taking it over (:func:`take_over`)."""

    def __init__(self, message: str, owner: "LockOwner | None" = None) -> None:
        super().__init__(message, reason=StorageReason.LOCKED)
        self.owner = owner
        self.can_take_over = owner is not None and owner.age() >= TAKEOVER_AFTER


@dataclass(frozen=True, slots=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC
    boot: float | None = None  # when the holder's computer started (Unix time)

    def written_at(self) -> datetime | None:
        try:
            when = datetime.fromisoformat(self.since)
        except ValueError:
            return None
        return when if when.tzinfo else when.replace(tzinfo=UTC)

    def age(self) -> timedelta:
        """How long ago the lock was written (an unreadable date: very old)."""
        when = self.written_at()
        if when is None:
            return timedelta.max
        return datetime.now(UTC) - when

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).astimezone()
            since = when.strftime("%d/%m/%Y à %H:%M")
        except ValueError:
            since = self.since
        return (
            f"{self.user} sur l'ordinateur «\u00a0{self.host}\u00a0» "
            f"(programme n° {self.pid}), depuis le {since}"
        )


_held: dict[Path, int] = {}  # this process's locks, with how many open handles use each
_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def _boot_linux() -> float | None:
    with open("/proc/stat", encoding="ascii") as f:
        for line in f:
            if line.startswith("btime "):
                return float(line.split()[1])
    return None


def _boot_bsd() -> float | None:
    # macOS and the BSDs: « { sec = 1733390000, usec = 0 } Thu Dec  5 … »
    out = subprocess.run(
        ["sysctl", "-n", "kern.boottime"], capture_output=True, text=True, timeout=2, check=False
    ).stdout
    found = re.search(r"sec = (\d+)", out)
    return float(found[1]) if found else None


def _boot_windows() -> float | None:
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    kernel32.GetTickCount64.restype = ctypes.c_uint64
    return float(time.time() - kernel32.GetTickCount64() / 1000.0)


_boot_cache: list[float | None] = []


def boot_time() -> float | None:
    """When this computer started (Unix time), or None when it cannot be told:
    /proc/stat on Linux, sysctl on macOS and the BSDs, the tick count on Windows."""
    if not _boot_cache:
        reader = (
            _boot_linux if sys.platform.startswith("linux")
            else _boot_windows if sys.platform == "win32"
            else _boot_bsd
        )
        try:
            _boot_cache.append(reader())
        except (OSError, ValueError, AttributeError, subprocess.SubprocessError):
            _boot_cache.append(None)
    return _boot_cache[0]


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some sandboxes: still lock, just say less
        user = "un utilisateur inconnu"
    return LockOwner(
        user=user,
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now(UTC).isoformat(),
        boot=boot_time(),
    )


def _read(lpath: Path) -> LockOwner | None:
    try:
        data = json.loads(lpath.read_text(encoding="utf-8"))
        boot = data.get("boot")
        return LockOwner(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            boot=float(boot) if isinstance(boot, int | float) else None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _before_this_boot(owner: LockOwner) -> bool:
    """The lock was written before this computer last started: whatever
    program wrote it is gone, even if its number was given to another since."""
    boot = boot_time()
    if boot is None:
        return False
    if owner.boot is not None and abs(owner.boot - boot) > _BOOT_SLACK:
        return owner.boot < boot
    written = owner.written_at()
    return written is not None and written.timestamp() < boot - _BOOT_SLACK


def is_stale(owner: LockOwner | None) -> bool:
    """A lock nobody can hold any more: unreadable, or written on this computer
    by a program that is gone or before the computer restarted."""
    if owner is None:
        return True
    me = _me()
    if owner.host != me.host:
        return False
    return owner.pid == me.pid or not _alive(owner.pid) or _before_this_boot(owner)


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
    return {
        "user": owner.user,
        "host": owner.host,
        "pid": owner.pid,
        "since": owner.since,
        "boot": owner.boot,
    }


def _locked(path: Path, owner: LockOwner) -> FileLocked:
    message = (
        f"{path.name} est déjà ouvert en écriture par {owner.describe()}. "
        "Fermez-le dans l'autre fenêtre, ou ouvrez-le en lecture seule."
    )
    if owner.age() >= TAKEOVER_AFTER:
        hours = int(TAKEOVER_AFTER.total_seconds() // 3600)
        message += (
            f" Ce verrou a plus de {hours} heures : si ce programme n'est plus ouvert "
            "(ordinateur éteint, programme arrêté), reprenez le fichier en l'ouvrant dans "
            f"grader, qui vous le proposera, ou avec la commande : grader unlock « {path} »."
        )
    return FileLocked(message, owner)


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
            if not is_stale(owner):
                assert owner is not None
                raise _locked(path, owner)
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


def take_over(path: Path, owner: LockOwner) -> bool:
    """Remove the lock of ``path`` the user agreed to take over, only if it is
    still the one they were shown (``owner``) and old enough; the caller then
    opens the file as usual. False when the lock changed meanwhile."""
    path = path.resolve()
    lpath = lock_path(path)
    with _guard:
        current = _read(lpath)
        if current != owner or current is None or current.age() < TAKEOVER_AFTER:
            return False
        with contextlib.suppress(FileNotFoundError):
            lpath.unlink()
    return True


def holder(path: Path) -> LockOwner | None:
    """Who holds the lock of ``path`` (None when free)."""
    return _read(lock_path(path.resolve()))
