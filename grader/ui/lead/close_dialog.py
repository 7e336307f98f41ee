"""« Clôturer la délibération »: who closes it (the president), what closing
means (nothing can change afterwards), the grids received unsigned (not
taken into account), and the blocs still without decision, which must be
acknowledged explicitly to close anyway."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from grader.ui.lead.controller import LeadError
from grader.ui.theme import tone_style

Submit = Callable[..., object]  # (closed_by, *, force: bool)


class CloseDialog(QDialog):
    def __init__(
        self, president: str, missing: list[str], submit: Submit,
        parent: QWidget | None = None, unsigned: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self._missing = list(missing)
        self._unsigned = list(unsigned or [])
        self._submit = submit
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.name_label = QLabel(self)
        self.name = QLineEdit(president, self)
        self.name.setObjectName("closedBy")
        self.name_label.setBuddy(self.name)
        self.unsigned = QLabel(self)
        self.unsigned.setObjectName("unsignedGrids")
        self.unsigned.setWordWrap(True)
        self.unsigned.setTextFormat(Qt.TextFormat.PlainText)
        self.unsigned.setStyleSheet(tone_style("warning"))
        self.unsigned.setVisible(bool(self._unsigned))
        self.missing = QLabel(self)
        self.missing.setObjectName("missingDecisions")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet(tone_style("warning"))
        self.force = QCheckBox(self)
        self.force.setObjectName("forceClose")
        self.missing.setVisible(bool(missing))
        self.force.setVisible(bool(missing))
        self.error = QLabel(self)
        self.error.setObjectName("closeError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(tone_style("error", bold=True))
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmClose")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # closing is final: not the default
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.name_label)
        lay.addWidget(self.name)
        lay.addWidget(self.unsigned)
        lay.addWidget(self.missing)
        lay.addWidget(self.force)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Clôturer la délibération"))
        self.text.setText(self.tr(
            "Après la clôture, plus aucune décision, récusation ni note ne pourra être "
            "modifiée. Les documents exportés ne porteront plus la mention « Projet »."
        ))
        self.name_label.setText(self.tr("Clôturée &par (président du jury) :"))
        self.name.setAccessibleName(self.tr("Nom de la personne qui clôture"))
        self.unsigned.setText(
            self.tr("Grilles reçues sans signature, non prises en compte :")
            + "\n" + "\n".join(f"  – {u}" for u in self._unsigned)
        )
        self.missing.setText(
            self.tr("Blocs encore sans décision (%1) :").replace("%1", str(len(self._missing)))
            + "\n" + "\n".join(f"  – {m}" for m in self._missing[:12])
            + ("\n  …" if len(self._missing) > 12 else "")
        )
        self.force.setText(self.tr("Clôturer quand même, sans ces décisions"))
        self.ok_button.setText(self.tr("Clôturer définitivement"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("Indiquez qui clôture la délibération."))
            return
        if self._missing and not self.force.isChecked():
            self.show_error(self.tr(
                "Des blocs n'ont pas de décision : enregistrez-les, ou cochez « Clôturer "
                "quand même »."
            ))
            return
        try:
            self._submit(name, force=self.force.isChecked())
        except LeadError as exc:
            self.show_error(str(exc))
            return
        super().accept()
