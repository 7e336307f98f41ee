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

translate = QCoreApplication.translate


class LinePromptDialog(QDialog):
    """A sentence, one line of text and « OK / Annuler »: what the reopen and
    « À discuter » dialogs share. Subclasses word it in ``retranslateUi``."""

    def __init__(self, object_name: str, field_name: str, text: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.field = QLineEdit(text, self)
        self.field.setObjectName(field_name)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.field)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def retranslateUi(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def answer(self) -> tuple[str, bool]:
        """Run the dialog: (the text typed, accepted)."""
        try:
            ok = self.exec() == QDialog.DialogCode.Accepted
            return self.field.text().strip(), ok
        finally:
            self.deleteLater()


class ReopenDialog(LinePromptDialog):
    """« Rouvrir » a signed sheet: a confirmation with an optional reason."""

    def __init__(self, candidate_name: str, parent: QWidget | None = None) -> None:
        super().__init__("reopenDialog", "reopenReason", "", parent)
        self._name = candidate_name
        self.reason = self.field
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

    @classmethod
    def ask(cls, parent: QWidget | None, candidate_name: str) -> tuple[str, bool]:
        return cls(candidate_name, parent).answer()


class FlagDialog(LinePromptDialog):
    """Mark a criterion or the whole sheet « À discuter », with a note."""

    def __init__(self, what: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__("flagDialog", "flagNote", note, parent)
        self._what = what
        self.note = self.field
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("À discuter"))
        self.text.setText(self.tr("Marquer « À discuter » : %1").replace("%1", self._what))
        self.note.setPlaceholderText(self.tr("Note pour la délibération (facultative)"))
        self.note.setAccessibleName(self.tr("Note pour la délibération"))
        self.ok_button.setText(self.tr("Marquer"))
        self.cancel_button.setText(self.tr("Annuler"))

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, note: str = "") -> tuple[str, bool]:
        return cls(what, note, parent).answer()


def shortcut_rows() -> list[tuple[str, str]]:
    rows = [
        (translate("Shortcuts", "↑ / ↓ ou J / K"),
         translate("Shortcuts", "Critère précédent / suivant")),
        (translate("Shortcuts", "1 … n"),
         translate("Shortcuts", "Choisir le niveau (dans l'ordre de l'échelle)")),
        (translate("Shortcuts", "A / N"),
         translate("Shortcuts", "Acquis / Non acquis (initiale du niveau)")),
        (translate("Shortcuts", "0 ou Retour arrière"),
         translate("Shortcuts", "Effacer la note du critère")),
        (translate("Shortcuts", "Chiffres (barème en points)"),
         translate("Shortcuts", "Nombre de points ; F2 pour une demi-valeur")),
        (translate("Shortcuts", "Ctrl+J"),
         translate("Shortcuts", "Critère suivant non noté (une note y mène aussi)")),
        (translate("Shortcuts", "Espace"),
         translate("Shortcuts", "Texte complet du critère (ou à nouveau sur deux lignes)")),
        (translate("Shortcuts", "Entrée"),
         translate("Shortcuts", "Écrire l'observation du critère")),
        (translate("Shortcuts", "Échap"),
         translate("Shortcuts", "Quitter l'observation (le texte est gardé)")),
        (translate("Shortcuts", "Ctrl+G"),
         translate("Shortcuts", "Observation générale (Échap : retour à la grille)")),
        (translate("Shortcuts", "Ctrl+D"),
         translate("Shortcuts", "Critère « À discuter » (avec une note)")),
        (translate("Shortcuts", "Ctrl+Maj+D"),
         translate("Shortcuts", "Grille entière « À discuter »")),
        (translate("Shortcuts", "Ctrl+→ / Ctrl+←"),
         translate("Shortcuts", "Candidat suivant / précédent")),
        (translate("Shortcuts", "Ctrl+E"), translate("Shortcuts", "Épreuve suivante")),
        (translate("Shortcuts", "Ctrl+F"), translate("Shortcuts", "Rechercher un candidat")),
        (translate("Shortcuts", "Ctrl+T"),
         translate("Shortcuts", "Démarrer / mettre en pause le chronomètre")),
        (translate("Shortcuts", "Ctrl+Maj+T"),
         translate("Shortcuts", "Chronomètre en grand")),
        (translate("Shortcuts", "Ctrl+K"),
         translate("Shortcuts", "Afficher les compétences évaluées")),
        (translate("Shortcuts", "Ctrl+S"),
         translate("Shortcuts", "Rappeler que tout est enregistré (rien à faire)")),
        (translate("Shortcuts", "Ctrl+Maj+S"), translate("Shortcuts", "Signer la grille")),
        (translate("Shortcuts", "Ctrl+R"), translate("Shortcuts", "Rouvrir une grille signée")),
        (translate("Shortcuts", "F1"), translate("Shortcuts", "Cette aide")),
    ]
    return rows


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
        self.resize(680, 560)
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
        self.table.resizeRowsToContents()
        # Every row in sight, the last one included (within the screen).
        rows_h = sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        needed = rows_h + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 4
        self.table.setMinimumHeight(min(needed, 620))
        self.table.verticalHeader().setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
