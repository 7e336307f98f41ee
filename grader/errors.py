"""Every error a user can cause or meet, by what the user can do about it.

- :class:`Refusal`: the user asked for something the rules refuse (sign a
  sheet twice, an unknown level, a closed deliberation). Change the request.
- :class:`BadFile`: a file is damaged, foreign, altered or badly written (a
  référentiel with a mistake, a juror file from another session). Take
  another file, or correct it.
- :class:`StorageFailure`: the disk refused (full, read-only, I/O error,
  held by another program). Nothing was changed; free space, move the file
  or retry.

The core raises only these for anything a user can cause; the UI and the CLI
catch only :class:`GraderError`. Anything else is a bug: the CLI and the
windows report it as such, with the traceback kept in a log file.

``str(exc)`` is a French sentence (the CLI prints it). A window that shows
the error in another language reads the codes (:attr:`StorageFailure.reason`,
:attr:`GraderError.code`) and writes its own sentence.

This module imports nothing from grader: every layer may raise its errors.
"""

import sqlite3
from enum import StrEnum
from pathlib import Path


class GraderError(Exception):
    """Base of every error a user can meet; ``str(exc)`` is French.

    ``code`` names the refusal for a window that words it itself (a member of
    one of the vocabulary ``StrEnum``s, or ``""``); ``values`` are the facts
    its sentence needs."""

    def __init__(self, message: str = "", *, code: str = "", **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


class Refusal(GraderError, ValueError):
    """The user asked for something the rules refuse.

    Also a ``ValueError`` because the core's refusals were, and code written
    before this module catches them so."""


class BadFile(GraderError):
    """A file is damaged, foreign, altered or badly written."""


class StorageReason(StrEnum):
    """Why the disk refused a write (or a read)."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    IO_ERROR = "io_error"
    LOCKED = "locked"
    DAMAGED = "damaged"


_STORAGE_FR: dict[StorageReason, str] = {
    StorageReason.DISK_FULL: "le disque est plein",
    StorageReason.READ_ONLY: "le fichier est en lecture seule",
    StorageReason.IO_ERROR: "le disque a refusé l'écriture",
    StorageReason.LOCKED: "le fichier est occupé par un autre programme",
    StorageReason.DAMAGED: "le fichier est endommagé",
}


def storage_reason_fr(reason: StorageReason) -> str:
    """The reason as the end of a French sentence (« … : le disque est plein »)."""
    return _STORAGE_FR[reason]


class StorageFailure(GraderError):
    """The disk or another program refused; nothing was changed.

    ``reason`` says why (a :class:`StorageReason`), ``path`` which file."""

    def __init__(
        self,
        message: str = "",
        *,
        reason: StorageReason = StorageReason.IO_ERROR,
        path: Path | None = None,
        code: str = "",
        **values: object,
    ) -> None:
        if not message:
            where = f"{path.name} : " if path is not None else ""
            message = f"{where}rien n'a été enregistré, {storage_reason_fr(reason)}."
        super().__init__(message, code=code or reason.value, **values)
        self.reason = reason
        self.path = path


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_REASONS: dict[int, StorageReason] = {
    3: StorageReason.READ_ONLY,  # SQLITE_PERM
    5: StorageReason.LOCKED,  # SQLITE_BUSY
    6: StorageReason.LOCKED,  # SQLITE_LOCKED
    8: StorageReason.READ_ONLY,  # SQLITE_READONLY
    10: StorageReason.IO_ERROR,  # SQLITE_IOERR
    11: StorageReason.DAMAGED,  # SQLITE_CORRUPT
    13: StorageReason.DISK_FULL,  # SQLITE_FULL
    14: StorageReason.IO_ERROR,  # SQLITE_CANTOPEN
    26: StorageReason.DAMAGED,  # SQLITE_NOTADB
}


def is_storage_error(exc: BaseException) -> bool:
    """True for what the disk or another program causes (full, read-only, I/O
    error, lock, damage), False for what is a bug in grader (a constraint
    broken, a bad SQL statement), which must not be dressed as a disk fault."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DBAPI error
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, OSError):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    return not isinstance(
        exc,
        sqlite3.IntegrityError
        | sqlite3.ProgrammingError
        | sqlite3.InterfaceError
        | sqlite3.NotSupportedError
        | sqlite3.DataError,
    )


def storage_failure(exc: BaseException, path: Path | None = None) -> StorageFailure:
    """The :class:`StorageFailure` for a ``sqlite3``/SQLAlchemy/OS error."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    reason = StorageReason.IO_ERROR
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        reason = _SQLITE_REASONS.get(code & 0xFF, StorageReason.IO_ERROR)
    elif isinstance(exc, OSError):
        import errno

        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            reason = StorageReason.DISK_FULL
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            reason = StorageReason.READ_ONLY
    else:
        text = str(exc).lower()
        if "full" in text:
            reason = StorageReason.DISK_FULL
        elif "readonly" in text or "read-only" in text:
            reason = StorageReason.READ_ONLY
        elif "locked" in text or "busy" in text:
            reason = StorageReason.LOCKED
        elif "malformed" in text or "not a database" in text:
            reason = StorageReason.DAMAGED
    return StorageFailure(reason=reason, path=path)


def storage_cause(exc: BaseException) -> StorageFailure | None:
    """The :class:`StorageFailure` behind ``exc`` (itself or a cause), if any:
    a window's own error wraps the core's, and the window still needs to know
    it was the disk."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, StorageFailure):
            return seen
        seen = seen.__cause__
    return None
