"""For the selected candidate: the jury's private deliberation note (saved
as typed, never exported) and the recusals (a juror who takes no part for
this candidate: their sheets leave the proposals and the comparison)."""

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grader.grading.views import JurorView
from grader.models.tables import utc_now
from grader.referential.model import JUROR_ROLES
from grader.ui.lead.controller import LeadController, LeadError
from grader.ui.rows_model import AnyIndex
from grader.ui.theme import tone, tone_style

# lupdate finds the strings of translate("LeadLabels", "…") calls.
translate = QCoreApplication.translate

JurorIdRole = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 600


class RecusalModel(QAbstractListModel):
    """The jurors, each « participe » or « récusé(e) : motif » for one candidate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._jurors: list[JurorView] = []
        self._recused: dict[str, str] = {}

    def set_data(self, jurors: list[JurorView], recused: dict[str, str]) -> None:
        self.beginResetModel()
        self._jurors, self._recused = list(jurors), dict(recused)
        self.endResetModel()

    def juror(self, row: int) -> JurorView:
        return self._jurors[row]

    def is_recused(self, juror_id: str) -> bool:
        return juror_id in self._recused

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jurors)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jurors):
            return None
        j = self._jurors[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            role_label = JUROR_ROLES.get(j.role, j.role)
            if j.id in self._recused:
                state = translate("LeadLabels", "récusé : %1").replace("%1", self._recused[j.id])
            else:
                state = translate("LeadLabels", "participe")
            return f"{j.name} ({role_label}) — {state}"
        if role == Qt.ItemDataRole.ForegroundRole and j.id in self._recused:
            return QBrush(QColor(tone("error")))
        if role == JurorIdRole:
            return j.id
        return None


class NotesPanel(QWidget):
    changed = Signal()  # a recusal changed: proposals and comparison must refresh
    errorRaised = Signal(str)

    def __init__(self, controller: LeadController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.ctrl = controller
        self._candidate_id = ""
        self._candidate_name = ""
        self._locked = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.note_label = QLabel(self)
        self.privacy = QLabel(self)
        self.privacy.setObjectName("privacyLabel")
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet(tone_style("info"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("privateNote")
        self.note.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note)
        self.saved = QLabel(self)
        self.saved.setObjectName("noteSaved")
        self.recusal_label = QLabel(self)
        self.jurors = RecusalModel(self)
        self.juror_list = QListView(self)
        self.juror_list.setObjectName("recusalList")
        self.juror_list.setModel(self.jurors)
        self.recusal_label.setBuddy(self.juror_list)
        self.recuse_button = QPushButton(self)
        self.recuse_button.setObjectName("recuseButton")
        self.lift_button = QPushButton(self)
        self.lift_button.setObjectName("liftButton")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._on_typed)
        self.recuse_button.clicked.connect(self._ask_recusal)
        self.lift_button.clicked.connect(self._lift_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recuse_button)
        buttons.addWidget(self.lift_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.note_label)
        lay.addWidget(self.privacy)
        lay.addWidget(self.note, 2)
        lay.addWidget(self.saved)
        lay.addWidget(self.recusal_label)
        lay.addWidget(self.juror_list, 1)
        lay.addLayout(buttons)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        if self._candidate_name:
            self.heading.setText(f"<b>{html.escape(self._candidate_name)}</b>")
        else:
            self.heading.setText(self.tr("Choisissez un candidat dans le tableau."))
        self.note_label.setText(self.tr("&Notes privées de délibération :"))
        self.privacy.setText(self.tr(
            "Ces notes restent dans le fichier de session : elles n'apparaissent dans aucun "
            "export (ni procès-verbal, ni grilles, ni classeur)."
        ))
        self.note.setAccessibleName(self.tr("Notes privées de délibération"))
        self.recusal_label.setText(self.tr("&Récusations pour ce candidat :"))
        self.juror_list.setAccessibleName(self.tr("Membres du jury et récusations"))
        self.recuse_button.setText(self.tr("Récuser le juré choisi…"))
        self.lift_button.setText(self.tr("Lever la récusation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- public --------------------------------------------------------------
    def show_candidate(self, candidate_id: str, name: str) -> None:
        if self._timer.isActive():
            self.save_note()
        self._candidate_id, self._candidate_name = candidate_id, name
        self.setEnabled(True)
        try:
            text = self.ctrl.private_note(candidate_id)
            recused = self.ctrl.recusals(candidate_id)
            jurors = self.ctrl.jurors()
        except LeadError as exc:
            self.errorRaised.emit(str(exc))
            return
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)
        self.saved.setText("")
        self.jurors.set_data(jurors, recused)
        self.retranslateUi()
        self.set_locked(self._locked)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.note.setReadOnly(locked)
        self.recuse_button.setEnabled(not locked)
        self.lift_button.setEnabled(not locked)
        if locked:
            self.saved.setText(
                self.tr("Délibération clôturée : notes et récusations verrouillées.")
            )

    def save_note(self) -> bool:
        self._timer.stop()
        if not self._candidate_id or self._locked:
            return False
        try:
            self.ctrl.set_private_note(self._candidate_id, self.note.toPlainText())
        except LeadError as exc:
            self.errorRaised.emit(str(exc))
            return False
        when = utc_now().astimezone().strftime("%H:%M:%S")
        self.saved.setText(self.tr("Note enregistrée à %1").replace("%1", when))
        return True

    def recuse(self, juror_id: str, reason: str) -> bool:
        try:
            self.ctrl.recuse(self._candidate_id, juror_id, reason)
        except LeadError as exc:
            self.errorRaised.emit(str(exc))
            return False
        self.show_candidate(self._candidate_id, self._candidate_name)
        self.changed.emit()
        return True

    def lift(self, juror_id: str) -> bool:
        try:
            self.ctrl.lift_recusal(self._candidate_id, juror_id)
        except LeadError as exc:
            self.errorRaised.emit(str(exc))
            return False
        self.show_candidate(self._candidate_id, self._candidate_name)
        self.changed.emit()
        return True

    # -- internals -----------------------------------------------------------
    def _on_typed(self) -> None:
        if not self._locked:
            self.saved.setText(self.tr("Enregistrement…"))
            self._timer.start()

    def _selected_juror(self) -> JurorView | None:
        rows = self.juror_list.selectionModel().selectedRows()
        if not rows:
            self.errorRaised.emit(self.tr("Choisissez d'abord un membre du jury dans la liste."))
            return None
        return self.jurors.juror(rows[0].row())

    def _ask_recusal(self) -> None:
        juror = self._selected_juror()
        if juror is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Récuser un membre du jury"),
            self.tr("Motif de la récusation de %1 pour %2 :").replace("%1", juror.name)
            .replace("%2", self._candidate_name),
        )
        if ok:
            self.recuse(juror.id, reason)

    def _lift_selected(self) -> None:
        juror = self._selected_juror()
        if juror is not None:
            self.lift(juror.id)
