"""A bug (an exception that is not a ``GraderError``) in a window: the
traceback goes to the log in the user's data folder, a box says it is a bug
of grader and where the log is, and the application keeps running (Qt
returns to its event loop after a slot raised)."""

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from grader.bug_report import write_bug_report

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

_previous: Hook | None = None
_showing = False


translate = QCoreApplication.translate


def report_bug(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> QMessageBox | None:
    """Log the bug and show the crash box (not modal for the event loop:
    the window stays usable). Returns the box, None when none is shown."""
    global _showing
    path = write_bug_report(exc_type, exc, tb)
    if _showing or QApplication.instance() is None:
        return None  # a bug while showing the box: logged, never a loop of boxes
    _showing = True
    try:
        where = (
            translate("Crash", "Le détail est enregistré dans %1 : "
                               "envoyez ce fichier à l'équipe de grader.")
            .replace("%1", str(path))
            if path
            else translate("Crash", "Le détail n'a pas pu être enregistré.")
        )
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Crash", "Erreur interne de grader"),
            translate("Crash", "Une erreur interne de grader s'est produite : "
                               "ce n'est pas de votre fait.")
            + "\n\n"
            + translate("Crash", "Ce qui est affiché « Enregistré » l'est. Vous pouvez continuer ; "
                 "si la même action échoue encore, fermez et rouvrez le fichier.")
            + "\n\n"
            + where,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("crashBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    finally:
        _showing = False


def _hook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        if _previous is not None:
            _previous(exc_type, exc, tb)
        return
    try:
        report_bug(exc_type, exc, tb)
    except Exception:  # the report itself failed: at least stderr
        sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Route uncaught exceptions (Qt slots included) to :func:`report_bug`."""
    global _previous
    if sys.excepthook is not _hook:
        _previous = sys.excepthook
        sys.excepthook = _hook
