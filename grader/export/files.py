"""File names and writes for the exports.

Names keep their accents (« PV - Élodie DUPONT.pdf ») but lose what Windows
refuses; a file is written beside its target and moved into place in one
step, so a failure leaves the previous file as it was and nothing behind.
"""

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from grader.errors import GraderError, StorageFailure, StorageReason, storage_failure
from grader.text import clean_line

# Characters Windows refuses in a file name, plus control characters.
_FORBIDDEN = set('<>:"/\\|?*')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip
# Windows' MAX_PATH is 260 for the whole path: keep names well under it.
MAX_NAME = 120


class ExportError(GraderError):
    """An export could not be made; ``str(exc)`` is a French sentence."""


class ExportWriteFailed(ExportError, StorageFailure):
    """The document was made but the disk or another program refused it."""


def safe_file_name(name: str, suffix: str = "") -> str:
    """A file name valid on Windows, macOS and Linux that keeps the accents.

    NFC so that « é » is one character everywhere (macOS hands back NFD)."""
    # A right-to-left override would make « PV - Dupont‮fdp.exe » read backwards.
    text = clean_line(name)
    text = " ".join("".join(" " if ch in _FORBIDDEN else ch for ch in text).split())
    # Windows drops trailing dots and spaces silently, which would change the name.
    text = text.strip(" .")
    if not text:
        text = "export"
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    room = MAX_NAME - len(suffix)
    if len(text) > room:
        text = text[:room].rstrip(" .")
    return text + suffix


def unique_names(names: list[str]) -> list[str]:
    """Same length and order; a name seen before (ignoring case, as Windows
    and macOS do) gets « (2) », « (3) »… before its suffix."""
    seen: set[str] = set()
    result = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if dot else f"{stem} ({n})"
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def atomic_write(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` then move the result onto ``target``.

    On any failure the temporary file is removed and ``target`` is untouched."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        write(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:
        _discard(tmp)
        # Typically the previous PDF or workbook is open in a viewer on Windows.
        raise ExportWriteFailed(
            f"Impossible d'écrire {target.name} : le fichier est peut-être ouvert dans "
            f"un autre programme ({exc.strerror}). Fermez-le et recommencez.",
            reason=StorageReason.LOCKED,
            path=target,
        ) from None
    except OSError as exc:
        _discard(tmp)
        failure = storage_failure(exc, target)
        raise ExportWriteFailed(
            f"Impossible d'écrire {target.name} dans {target.parent} ({exc.strerror}).",
            reason=failure.reason,
            path=target,
        ) from None
    except BaseException:
        _discard(tmp)
        raise
    return target


def _discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
