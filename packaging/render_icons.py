"""Render packaging/icons/grader.svg to the PNG sizes desktops ask for.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent / "icons"


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - QSvgRenderer needs a GUI application
    renderer = QSvgRenderer(str(HERE / "grader.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"grader-{size}.png"))
        print(HERE / f"grader-{size}.png")
        if size == 256:  # Windows and macOS bundle icons (Qt writes both formats)
            image.save(str(HERE / "grader.ico"))
            image.save(str(HERE / "grader.icns"))


if __name__ == "__main__":
    main()
