"""Start the desktop application."""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def run_app(argv: list[str] | None = None) -> int:
    app = QApplication(argv if argv is not None else sys.argv)
    label = QLabel("grader")
    label.show()
    return app.exec()
