"""Open a file in the right window; every refusal becomes a French message
box, never a traceback. Open windows are kept here so Python does not
collect them."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from grader.ui import settings
from grader.ui.messages import show_error

# Same as grader.models.store; repeated so the start screen does not import
# the storage layer (SQLAlchemy) before its first window is shown.
JUROR_SUFFIX = ".grille"
SESSION_SUFFIX = ".jury"

_windows: list[QWidget] = []

if TYPE_CHECKING:
    from grader.models.lock import LockOwner

translate = QCoreApplication.translate




def keep(window: QWidget) -> QWidget:
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def open_windows() -> list[QWidget]:
    return list(_windows)


def _take_over(path: Path, owner: "LockOwner", parent: QWidget | None) -> bool:
    """Ask whether to take over an old lock; True once it is removed."""
    from grader.models import lock
    from grader.models.store import take_over_lock
    from grader.ui.lock_dialog import TakeOverLockDialog

    hours = int(lock.TAKEOVER_AFTER.total_seconds() // 3600)
    if not TakeOverLockDialog.ask(parent, path.name, owner.describe(), hours):
        return False
    return take_over_lock(path, owner)


def open_path(path: Path, parent: QWidget | None = None) -> QWidget | None:
    """A .grille opens the grading window, a .jury the session window."""
    from grader.errors import GraderError
    from grader.models.store import FileInUse

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == JUROR_SUFFIX:
            from grader.ui.grading_window import GradingWindow
            from grader.ui.key_dialog import show_on_first_open

            grading = GradingWindow.open_path(path)
            window: QWidget = grading
            window.show()
            show_on_first_open(grading, grading.ctl)  # the juror's key, the first time
        elif suffix == SESSION_SUFFIX:
            from grader.ui.lead import open_session_window

            window = open_session_window(path)
        else:
            text = translate(
                "Navigation", "%1 n'est ni une grille de juré (.grille) ni une session (.jury)."
            )
            show_error(parent, translate("Navigation", "Fichier non reconnu"),
                       text.replace("%1", path.name))
            return None
    except (GraderError, OSError) as exc:
        # The windows turn a refusal into their own error; the lock is its cause.
        in_use = exc if isinstance(exc, FileInUse) else exc.__cause__
        if (
            isinstance(in_use, FileInUse)
            and in_use.can_take_over
            and in_use.owner is not None
            and _take_over(path, in_use.owner, parent)
        ):
            return open_path(path, parent)
        show_error(parent, translate("Navigation", "Impossible d'ouvrir le fichier"), str(exc))
        return None
    settings.add_recent_file(path)
    return keep(window)
