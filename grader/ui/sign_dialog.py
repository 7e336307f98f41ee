"""Before signing: what is still unmarked or flagged, then « Signer »."""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class SignSummary:
    candidate_name: str
    assessment_title: str
    marked: int
    total: int
    unmarked: tuple[str, ...]  # « CE.2 — Les thématiques sont identifiées. »
    flagged: tuple[str, ...]
    proposal: str  # « Validé — tous les critères sont acquis »


class SignDialog(QDialog):
    def __init__(self, summary: SignSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.summary = summary
        self.setModal(True)
        self.setMinimumWidth(560)
        self.heading = QLabel(self)
        self.heading.setObjectName("signHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QLabel(self)
        self.progress.setObjectName("signProgress")
        self.progress.setWordWrap(True)
        self.unmarked_label = QLabel(self)
        self.unmarked_list = QListWidget(self)
        self.unmarked_list.setObjectName("unmarkedList")
        self.unmarked_list.addItems(list(summary.unmarked))
        self.unmarked_list.setWordWrap(True)
        self.unmarked_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.flagged_label = QLabel(self)
        self.flagged_list = QListWidget(self)
        self.flagged_list.addItems(list(summary.flagged))
        self.flagged_list.setWordWrap(True)
        self.flagged_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.proposal_label = QLabel(self)
        self.proposal_label.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("signButton")
        self.cancel_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole
        )
        # Signing with criteria still unmarked is a decision: Entrée cancels.
        complete = summary.marked == summary.total
        self.sign_button.setDefault(complete)
        self.sign_button.setAutoDefault(complete)
        self.cancel_button.setDefault(not complete)
        self.cancel_button.setAutoDefault(not complete)
        (self.sign_button if complete else self.cancel_button).setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.progress)
        lay.addWidget(self.unmarked_label)
        lay.addWidget(self.unmarked_list)
        lay.addWidget(self.flagged_label)
        lay.addWidget(self.flagged_list)
        lay.addWidget(self.proposal_label)
        lay.addWidget(self.warning)
        lay.addWidget(self.buttons)
        for lst in (self.unmarked_list, self.flagged_list):
            # As tall as its items (up to about eight lines), measured once the
            # items wrap at the dialog's width: a long item takes two lines.
            lst.setMinimumHeight(2 * lst.fontMetrics().height() + 12)
            lst.setSizePolicy(lst.sizePolicy().horizontalPolicy(),
                              lst.sizePolicy().verticalPolicy())
        self._fit_lists()
        for w, has in ((self.unmarked_label, summary.unmarked),
                       (self.unmarked_list, summary.unmarked),
                       (self.flagged_label, summary.flagged),
                       (self.flagged_list, summary.flagged)):
            w.setVisible(bool(has))
        self.retranslateUi()

    def _fit_lists(self) -> None:
        width = max(self.minimumWidth(), self.width()) - 60
        for lst in (self.unmarked_list, self.flagged_list):
            fm = lst.fontMetrics()
            lines = 0
            for i in range(lst.count()):
                text = lst.item(i).text()
                lines += max(1, -(-fm.horizontalAdvance(text) // max(100, width)))
            lines = min(8, max(1, lines))
            lst.setFixedHeight(lines * (fm.height() + 2) + 4 * min(lst.count(), 8) + 12)

    def retranslateUi(self) -> None:
        s = self.summary
        self.setWindowTitle(self.tr("Signer la grille"))
        self.heading.setText(self.tr("Signer la grille de %1 — %2")
                             .replace("%1", s.candidate_name).replace("%2", s.assessment_title))
        if s.marked == s.total:
            text = self.tr("Les %n critères sont notés.", "", s.total)
        else:
            text = self.tr("%1 / %2 critères notés : il reste des critères sans note.")
            text = text.replace("%1", str(s.marked)).replace("%2", str(s.total))
        self.progress.setText(text)
        self.unmarked_label.setText(self.tr("Critères non notés :"))
        self.flagged_label.setText(self.tr("Marqués « À discuter » :"))
        proposal = self.tr("Proposition de la règle : %1").replace("%1", s.proposal)
        self.proposal_label.setText(proposal)
        self.warning.setText(self.tr(
            "Une fois signée, la grille ne peut plus être modifiée. Pour la corriger, "
            "il faudra la rouvrir ; la réouverture est enregistrée dans l'historique."
        ))
        self.sign_button.setText(self.tr("Signer"))
        self.sign_button.setAccessibleName(self.tr("Signer la grille"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, summary: SignSummary) -> bool:
        dialog = cls(summary, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
