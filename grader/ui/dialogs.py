"""Small dialogs of the grading window: reopen a signed sheet, flag a
criterion « À discuter », the keyboard shortcuts (F1). Each has an ``ask``
classmethod returning ``(value, ok)``; tests drive the dialog object."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ReopenDialog(QDialog):
    """« Rouvrir » a signed sheet: a confirmation with an optional reason."""

    def __init__(self, candidate_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self._name = candidate_name
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reopenReason")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Rouvrir la grille signée"))
        self.text.setText(self.tr(
            "La grille de %1 est signée. La rouvrir retire la signature : il faudra la "
            "signer à nouveau. La réouverture est enregistrée dans l'historique."
        ).replace("%1", self._name))
        self.reason.setPlaceholderText(self.tr("Motif (facultatif), par ex. erreur de saisie"))
        self.reason.setAccessibleName(self.tr("Motif de la réouverture"))
        self.ok_button.setText(self.tr("Rouvrir"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, candidate_name: str) -> tuple[str, bool]:
        dialog = cls(candidate_name, parent)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.reason.text().strip(), ok
        finally:
            dialog.deleteLater()


class FlagDialog(QDialog):
    """Mark a criterion or the whole sheet « À discuter », with a note."""

    def __init__(self, what: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagDialog")
        self._what = what
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.note = QLineEdit(note, self)
        self.note.setObjectName("flagNote")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("À discuter"))
        self.text.setText(self.tr("Marquer « À discuter » : %1").replace("%1", self._what))
        self.note.setPlaceholderText(self.tr("Note pour la délibération (facultative)"))
        self.note.setAccessibleName(self.tr("Note pour la délibération"))
        self.ok_button.setText(self.tr("Marquer"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, note: str = "") -> tuple[str, bool]:
        dialog = cls(what, note, parent)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.note.text().strip(), ok
        finally:
            dialog.deleteLater()


def shortcut_rows() -> list[tuple[str, str]]:
    t = QCoreApplication.translate
    c = "Shortcuts"
    return [
        (t(c, "↑ / ↓ ou J / K"), t(c, "Critère précédent / suivant")),
        (t(c, "1 … n"), t(c, "Choisir le niveau (dans l'ordre de l'échelle)")),
        (t(c, "A / N"), t(c, "Acquis / Non acquis (initiale du niveau)")),
        (t(c, "0 ou Retour arrière"), t(c, "Effacer la note du critère")),
        (t(c, "Chiffres (barème en points)"), t(c, "Nombre de points ; F2 pour une demi-valeur")),
        (t(c, "Entrée"), t(c, "Écrire l'observation du critère")),
        (t(c, "Échap"), t(c, "Quitter l'observation (le texte est gardé)")),
        (t(c, "Ctrl+D"), t(c, "Critère « À discuter » (avec une note)")),
        (t(c, "Ctrl+Maj+D"), t(c, "Grille entière « À discuter »")),
        (t(c, "Ctrl+→ / Ctrl+←"), t(c, "Candidat suivant / précédent")),
        (t(c, "Ctrl+E"), t(c, "Épreuve suivante")),
        (t(c, "Ctrl+F"), t(c, "Rechercher un candidat")),
        (t(c, "Ctrl+T"), t(c, "Démarrer / mettre en pause le chronomètre")),
        (t(c, "Ctrl+K"), t(c, "Afficher les compétences évaluées")),
        (t(c, "Ctrl+S"), t(c, "Signer la grille")),
        (t(c, "Ctrl+R"), t(c, "Rouvrir une grille signée")),
        (t(c, "F1"), t(c, "Cette aide")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(self)
        self.table.setColumnCount(2)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.buttons)
        self.resize(640, 560)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.table.setHorizontalHeaderLabels([self.tr("Touches"), self.tr("Action")])
        rows = shortcut_rows()
        self.table.setRowCount(len(rows))
        for i, (keys, action) in enumerate(rows):
            for j, text in enumerate((keys, action)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, j, item)
        self.table.resizeColumnToContents(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
