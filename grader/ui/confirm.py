"""« Are you sure? » before a step that cannot be taken back (removing an
acquired bloc, replacing exported files, leaving a reopened sheet unsigned).

The box opens window-modal without a nested event loop: the caller's slot
returns, the step runs when the user chooses it, and a test clicks either
button of the box it gets back."""

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

_open: list["Confirmation"] = []


class Confirmation(QMessageBox):
    def __init__(self, parent: QWidget | None, title: str, text: str, action: str,
                 on_yes: Callable[[], object]) -> None:  # fmt: skip
        super().__init__(QMessageBox.Icon.Question, title, text,
                         QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
        self.setObjectName("confirmBox")
        self.yes_button: QPushButton = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        # Enter on a question that cannot be undone does not say yes.
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self._on_yes = on_yes
        self.chosen = False
        self.buttonClicked.connect(self._clicked)
        self.finished.connect(lambda _r: _open.remove(self) if self in _open else None)

    def _clicked(self, button: object) -> None:
        if button is self.yes_button:
            self.chosen = True
            self._on_yes()


def confirm(parent: QWidget | None, title: str, text: str, action: str,
            on_yes: Callable[[], object]) -> Confirmation:  # fmt: skip
    """Open the question; ``on_yes`` runs if and when ``action`` is chosen."""
    box = Confirmation(parent, title, text, action, on_yes)
    _open.append(box)
    box.open()
    return box


def open_confirmations() -> list[Confirmation]:
    return list(_open)
