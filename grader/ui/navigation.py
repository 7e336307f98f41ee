"""Open a file in the right window; every refusal becomes a French message
box, never a traceback. Open windows are kept here so Python does not
collect them."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from grader.ui import settings
from grader.ui.messages import show_error

# Same as grader.models.store; repeated so the start screen does not import
# the storage layer (SQLAlchemy) before its first window is shown.
JUROR_SUFFIX = ".grille"
SESSION_SUFFIX = ".jury"

_windows: list[QWidget] = []

translate = QCoreApplication.translate




def keep(window: QWidget) -> QWidget:
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def open_windows() -> list[QWidget]:
    return list(_windows)


def open_path(path: Path, parent: QWidget | None = None) -> QWidget | None:
    """A .grille opens the grading window, a .jury the session window."""
    from grader.errors import GraderError

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == JUROR_SUFFIX:
            from grader.ui.grading_window import GradingWindow

            window: QWidget = GradingWindow.open_path(path)
            window.show()
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
        show_error(parent, translate("Navigation", "Impossible d'ouvrir le fichier"), str(exc))
        return None
    settings.add_recent_file(path)
    return keep(window)
