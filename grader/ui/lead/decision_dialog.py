"""Record the jury's decision for one candidate × bloc: validé / non validé /
absent / déjà acquis, with the motivation the core requires when the
decision departs from the rule's proposal or the bloc is not validated.

The dialog refuses to close without a required motivation, and shows the
core's own refusal (closed deliberation, …) without closing either."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from grader.grading import vocabulary as v
from grader.ui.labels import outcome_label
from grader.ui.lead.controller import BlocCell, LeadError
from grader.ui.theme import tone_style

Submit = Callable[[str, str], object]
CHOICES = (v.VALIDE, v.NON_VALIDE, v.ABSENT, v.DEJA_ACQUIS)


class DecisionDialog(QDialog):
    def __init__(
        self,
        candidate_name: str,
        bloc_title: str,
        cell: BlocCell,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self._name, self._bloc_title, self.cell = candidate_name, bloc_title, cell
        self._submit = submit
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.proposed = QLabel(self)
        self.proposed.setObjectName("proposedLabel")
        bold = self.proposed.font()
        bold.setBold(True)
        self.proposed.setFont(bold)
        self.proposal = QLabel(self)
        self.proposal.setObjectName("proposalLabel")
        self.proposal.setWordWrap(True)
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_box = QGroupBox(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        box_lay = QVBoxLayout(self.choice_box)
        for i, code in enumerate(CHOICES):
            radio = QRadioButton(self.choice_box)
            radio.setObjectName(f"choice_{code}")
            self.group.addButton(radio, i)
            self.radios[code] = radio
            box_lay.addWidget(radio)
        self.motivation_label = QLabel(self)
        self.motivation = QPlainTextEdit(self)
        self.motivation.setObjectName("motivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setPlainText(cell.motivation)
        self.motivation.setMinimumHeight(90)
        self.motivation_label.setBuddy(self.motivation)
        self.hint = QLabel(self)
        self.hint.setObjectName("motivationHint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("decisionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tone_style("error", bold=True))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("recordButton")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.proposed)
        lay.addWidget(self.proposal)
        lay.addWidget(self.choice_box)
        lay.addWidget(self.motivation_label)
        lay.addWidget(self.motivation)
        lay.addWidget(self.hint)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(640)
        # Start from the recorded decision, else from what the rule proposes.
        start = cell.decided or (cell.proposed if cell.proposed in CHOICES else v.NON_VALIDE)
        self.radios[start].setChecked(True)
        self.group.idToggled.connect(lambda _i, _on: self._update_hint())
        self.motivation.textChanged.connect(self._update_hint)
        self.retranslateUi()
        self.radios[start].setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Décision du jury"))
        self.heading.setText(f"{self._name} — {self.cell.bloc_code} : {self._bloc_title}")
        self.proposed.setText(
            self.tr("La règle propose : %1").replace("%1", outcome_label(self.cell.proposed)))
        self.proposal.setText(self.cell.reason)
        self.choice_box.setTitle(self.tr("Décision"))
        mnemonics = {
            v.VALIDE: self.tr("&Validé"),
            v.NON_VALIDE: self.tr("&Non validé"),
            v.ABSENT: self.tr("&Absent"),
            v.DEJA_ACQUIS: self.tr("Déjà a&cquis"),
        }
        for code, radio in self.radios.items():
            radio.setText(mnemonics[code])
            radio.setAccessibleName(outcome_label(code))
        self.motivation_label.setText(self.tr("&Motivation (imprimée sur le procès-verbal) :"))
        self.motivation.setAccessibleName(self.tr("Motivation de la décision"))
        self.ok_button.setText(self.tr("Enregistrer la décision"))
        self.cancel_button.setText(self.tr("Annuler"))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------
    def decided(self) -> str:
        return next(code for code, r in self.radios.items() if r.isChecked())

    def set_decided(self, code: str) -> None:
        self.radios[code].setChecked(True)

    def motivation_required(self) -> bool:
        return self.cell.needs_motivation(self.decided())

    def _update_hint(self) -> None:
        if self.motivation_required():
            if self.decided() == v.NON_VALIDE:
                text = self.tr("Motivation obligatoire : le bloc n'est pas validé.")
            else:
                text = self.tr(
                    "Motivation obligatoire : la décision s'écarte de la proposition de la "
                    "règle (%1)."
                ).replace("%1", outcome_label(self.cell.proposed))
            self.hint.setText(text)
            self.hint.setStyleSheet(tone_style("warning"))
        else:
            self.hint.setText(self.tr("Motivation facultative : la décision suit la règle."))
            self.hint.setStyleSheet("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        text = self.motivation.toPlainText().strip()
        if self.motivation_required() and not text:
            self.show_error(self.tr(
                "Saisissez la motivation : elle est obligatoire pour cette décision."
            ))
            self.motivation.setFocus()
            return
        try:
            self._submit(self.decided(), text)
        except LeadError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        candidate_name: str,
        bloc_title: str,
        cell: BlocCell,
        submit: Submit,
    ) -> tuple[tuple[str, str], bool]:
        """Opens the dialog; ``submit`` records the decision before it closes."""
        dialog = cls(candidate_name, bloc_title, cell, submit, parent)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.decided(), dialog.motivation.toPlainText().strip()), ok
        finally:
            dialog.deleteLater()
