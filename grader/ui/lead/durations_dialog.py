"""« Durées des soutenances »: the minutes of each épreuve's soutenance for
this session, over the référentiel's (which often says only « durée
calibrée »). They drive the jurors' clock, extended for a tiers-temps, and
are printed on the evaluation sheets."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from grader.ui.durations_editor import DurationsEditor
from grader.ui.lead.controller import LeadError
from grader.ui.lead.prepare_ops import PrepareOps
from grader.ui.theme import tone_style


class DurationsDialog(QDialog):
    changed = Signal()

    def __init__(self, ops: PrepareOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("durationsDialog")
        self.ops = ops
        self.closed = ops.is_closed()
        self.exported = bool(ops.exported_jurors())
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = DurationsEditor(self)
        self.editor.set_assessments(ops.evaluated_assessments(), ops.durations())
        self.editor.setEnabled(not self.closed)
        self.note = QLabel(self)
        self.note.setObjectName("durationsNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(tone_style("warning"))
        self.note.setVisible(self.exported or self.closed)
        self.error = QLabel(self)
        self.error.setObjectName("durationsError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(tone_style("error"))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setEnabled(not self.closed)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.editor, self.note, self.error, self.buttons):
            layout.addWidget(w)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Durées des soutenances"))
        self.intro.setText(self.tr(
            "Durée prévue de la soutenance de chaque épreuve pour cette session. Le chronomètre "
            "du juré la décompte, allongée pour un candidat en tiers-temps, et les grilles "
            "imprimées l'indiquent."))
        if self.closed:
            self.note.setText(self.tr(
                "La délibération est clôturée : les durées ne peuvent plus être modifiées."))
        else:
            self.note.setText(self.tr(
                "Des grilles ont déjà été remises aux jurés : elles gardent les durées qu'elles "
                "avaient. Exportez-les de nouveau pour que leur chronomètre suive ce changement."))
        self.ok_button.setText(self.tr("Enregistrer"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def save(self) -> bool:
        """Write the durations shown; ``False`` (and the reason shown) if refused."""
        try:
            changed = self.ops.set_durations(self.editor.durations())
        except LeadError as exc:
            self.error.setText(str(exc))
            return False
        if changed:
            self.changed.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
