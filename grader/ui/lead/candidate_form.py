"""« Ajouter un candidat »: identity and accommodation (type, what it
changes, who authorised it, extra time) typed by hand, checked like a row of
an imported list. OK adds the candidate (one operation of the core);
Annuler adds nothing."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from grader.grading.views import CandidateView
from grader.grading.vocabulary import ACCOMMODATION_TYPES, TIERS_TEMPS
from grader.ui.lead.controller import LeadError
from grader.ui.lead.prepare_ops import CandidateFields, PrepareOps

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
# A closed list: free text could hold a diagnosis.
CHOICES = ("", *ACCOMMODATION_TYPES)


def extra_time_ratio(percent: int) -> float:
    """33 % is a tiers-temps: stored as exactly one third, like the import does."""
    return 1 / 3 if percent == 33 else percent / 100


class CandidateDialog(QDialog):
    def __init__(self, ops: PrepareOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateDialog")
        self.ops = ops
        self.added: CandidateView | None = None
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("candidateLastName")
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("candidateFirstName")
        self.external_id = QLineEdit(self)
        self.external_id.setObjectName("candidateNumber")
        self.email = QLineEdit(self)
        self.email.setObjectName("candidateEmail")
        self.kind = QComboBox(self)
        self.kind.setObjectName("accommodationType")
        self.kind.addItems(CHOICES)
        self.kind.currentTextChanged.connect(self._on_kind)
        self.detail = QLineEdit(self)
        self.detail.setObjectName("accommodationDetail")
        self.authorised_by = QLineEdit(self)
        self.authorised_by.setObjectName("accommodationAuthorisedBy")
        self.extra = QSpinBox(self)
        self.extra.setObjectName("extraTime")
        self.extra.setRange(0, 100)
        self.extra.setSuffix(" %")
        self.identity_box = QGroupBox(self)
        self.accommodation_box = QGroupBox(self)
        self.labels: dict[str, QLabel] = {}
        identity = QFormLayout(self.identity_box)
        for key, widget in (("last", self.last_name), ("first", self.first_name),
                            ("number", self.external_id), ("email", self.email)):
            identity.addRow(self._label(key, widget), widget)
        accommodation = QFormLayout(self.accommodation_box)
        for key, field in (("kind", self.kind), ("detail", self.detail),
                           ("by", self.authorised_by), ("extra", self.extra)):
            accommodation.addRow(self._label(key, field), field)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet("color: #555b66;")
        self.error = QLabel(self)
        self.error.setObjectName("candidateError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmCandidate")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.identity_box)
        lay.addWidget(self.accommodation_box)
        lay.addWidget(self.privacy)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Ajouter un candidat"))
        self.identity_box.setTitle(self.tr("Candidat"))
        self.accommodation_box.setTitle(self.tr("Aménagement d'épreuve (facultatif)"))
        for key, text in (
            ("last", self.tr("&Nom :")), ("first", self.tr("&Prénom :")),
            ("number", self.tr("N° &candidat :")), ("email", self.tr("&Email :")),
            ("kind", self.tr("&Type :")), ("detail", self.tr("&Décision :")),
            ("by", self.tr("&Autorisé par :")), ("extra", self.tr("&Temps supplémentaire :")),
        ):
            self.labels[key].setText(text)
        self.detail.setPlaceholderText(self.tr("facultatif : « Décision du 03/05/2026 »"))
        self.authorised_by.setPlaceholderText(
            self.tr("par exemple « Référente handicap, notification du 14/03 »"))
        self.extra.setToolTip(self.tr("33 % pour un tiers-temps"))
        self.privacy.setText(self.tr(
            "N'indiquez ni diagnostic ni donnée de santé : seuls le type d'aménagement, le "
            "temps supplémentaire et la date de la décision sont enregistrés."))
        self.ok_button.setText(self.tr("Ajouter le candidat"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _on_kind(self, text: str) -> None:
        if text.strip().casefold() == TIERS_TEMPS and self.extra.value() == 0:
            self.extra.setValue(33)

    def fields(self) -> CandidateFields:
        return CandidateFields(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            external_id=self.external_id.text(),
            email=self.email.text(),
            accommodation_type=self.kind.currentText(),
            accommodation_detail=self.detail.text(),
            accommodation_authorised_by=self.authorised_by.text(),
            extra_time_ratio=extra_time_ratio(self.extra.value()),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        try:
            self.added = self.ops.add_candidate(self.fields())
        except LeadError as exc:
            self.show_error(str(exc))
            return
        super().accept()
