"""Messages shown to the user: French sentences in a box, never a traceback.

Boxes are opened window-modal without a nested event loop, so that the
caller's slot returns and tests can look at them."""

from PySide6.QtWidgets import QMessageBox, QWidget

_open_boxes: list[QMessageBox] = []


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    _open_boxes.append(box)
    box.open()
    return box


def open_boxes() -> list[QMessageBox]:
    return list(_open_boxes)
