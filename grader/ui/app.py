"""Start the desktop application."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from grader.ui import i18n, settings, theme

if TYPE_CHECKING:
    from grader.ui.start_screen import StartWindow

OPENABLE = (".grille", ".jury")


class FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running application as a
    « file open » event, not as an argument: open it like ``grader FILE``."""

    def __init__(self, start: "StartWindow") -> None:
        super().__init__(start)
        self.start = start

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.type() == QEvent.Type.FileOpen:
            path = Path(event.file())
            if path.suffix.lower() in OPENABLE:
                self.start.open(path)
                return True
        return super().eventFilter(watched, event)


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the saved language and theme (reused if it exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("grader")
    app.setOrganizationName("grader")
    app.setApplicationDisplayName("grader")
    i18n.set_language(settings.get(settings.LANGUAGE))
    theme.apply_theme(settings.get(settings.THEME))
    return app


def run_app(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = setup_application(argv)
    from grader.ui import crash

    crash.install()
    from grader.ui import navigation
    from grader.ui.start_screen import StartWindow

    start = StartWindow()
    navigation.keep(start)
    start.show()
    app.installEventFilter(FileOpenFilter(start))
    # `grader FILE` (or a file given by the desktop) opens it at once.
    for arg in argv[1:]:
        if Path(arg).suffix.lower() in OPENABLE:
            start.open(Path(arg))
    return app.exec()


def smoke_test_window() -> str:
    """Build and show the start window once (``grader --self-test``): proves
    that Qt, its platform plugin and the translations load in this install."""
    app = setup_application([sys.argv[0]])
    from grader.ui.start_screen import StartWindow

    start = StartWindow()
    start.show()
    app.processEvents()
    title = start.windowTitle()
    start.close()
    return f"ok  fenêtre d'accueil affichée ({title}, plateforme {app.platformName()})"
