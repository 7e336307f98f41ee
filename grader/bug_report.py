"""What happens to a bug (an exception that is not a :class:`GraderError`):
its traceback goes to a log file in the user's data folder, so that the user
can send it, and the user is told it is grader's fault, not theirs.

No Qt here: the CLI and the windows share it."""

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_NAME = "grader-erreurs.log"
MAX_LOG_BYTES = 1_000_000  # the log keeps the newest reports only


def data_dir() -> Path:
    """The user's data folder for grader (created on demand)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "grader"


def log_path() -> Path:
    return data_dir() / LOG_NAME


def write_bug_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path | None:
    """Append the traceback to the log; its path, or None when even that
    cannot be written (the report then goes to stderr only)."""
    from grader import __version__

    text = "".join(traceback.format_exception(exc_type, exc, tb))
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    entry = f"--- {stamp} grader {__version__}, Python {sys.version.split()[0]}\n{text}\n"
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            old = path.read_text(encoding="utf-8", errors="replace")
            path.write_text(old[-MAX_LOG_BYTES // 2:], encoding="utf-8")
        with path.open("a", encoding="utf-8") as f:
            f.write(entry)
    except OSError:
        print(entry, file=sys.stderr)
        return None
    return path


def bug_sentence(path: Path | None) -> str:
    """The French sentence the CLI prints for a bug."""
    where = f" Le détail est dans {path}." if path else ""
    return (
        "Erreur interne de grader : ce n'est pas de votre fait, rien d'autre n'a été "
        f"modifié.{where} Envoyez ce fichier à l'équipe de grader."
    )
