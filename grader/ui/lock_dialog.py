"""« Reprendre le fichier ? »: a file still locked by a program that has
not touched it for hours (a computer switched off during a break, a program
killed). The dialog says who held it and since when; taking over is the
user's choice, Annuler is the default."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class TakeOverLockDialog(QDialog):
    def __init__(self, file_name: str, holder: str, hours: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeOverLockDialog")
        self._file_name, self._holder, self._hours = file_name, holder, hours
        self.text = QLabel(self)
        self.text.setObjectName("takeOverLockText")
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.take_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setObjectName("takeOverButton")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelTakeOverButton")
        # Taking over a lock another program still uses would mix two writers:
        # Entrée answers the safe way.
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Fichier verrouillé"))
        self.text.setText(
            self.tr(
                "%1 est encore verrouillé par %2.\n\n"
                "Ce verrou a plus de %3 heures : le programme qui l'a posé a sans doute été "
                "arrêté (ordinateur éteint, programme fermé de force). Si vous êtes sûr qu'il "
                "n'est plus ouvert, vous pouvez reprendre le fichier. S'il l'est encore, deux "
                "programmes écriraient le même fichier : fermez-le d'abord là-bas."
            )
            .replace("%1", self._file_name)
            .replace("%2", self._holder)
            .replace("%3", str(self._hours))
        )
        self.take_button.setText(self.tr("Reprendre le fichier"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, holder: str, hours: int) -> bool:
        dialog = cls(file_name, holder, hours, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
