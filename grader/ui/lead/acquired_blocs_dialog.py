"""« Blocs déjà acquis » of one candidate (capitalisation): the blocs they
validated in an earlier session, with the date and that session (printed on
the PV); adding, correcting and removing one. Each change is one operation
of the core; after the deliberation is closed nothing can change."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from grader.grading.capitalisation import AcquiredBlocView
from grader.grading.views import CandidateView
from grader.ui.confirm import Confirmation, confirm
from grader.ui.lead.controller import LeadError
from grader.ui.lead.prepare_ops import PrepareOps

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
BlocCodeRole = Qt.ItemDataRole.UserRole + 1


class AcquiredBlocsDialog(QDialog):
    changed = Signal()

    def __init__(
        self, ops: PrepareOps, candidate: CandidateView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("acquiredBlocsDialog")
        self.ops = ops
        self.candidate = candidate
        self.rows: list[AcquiredBlocView] = []
        self.confirmation: Confirmation | None = None
        self.titles = {b.code: b.title for b in ops.gfile.referential.blocs}
        self.heading = QLabel(self)
        self.heading.setObjectName("acquiredHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("acquiredTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeAcquired")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.form_box = QGroupBox(self)
        self.bloc = QComboBox(self)
        self.bloc.setObjectName("acquiredBloc")
        for b in ops.capitalisable_blocs():
            self.bloc.addItem(f"{b.code} — {b.title}", b.code)
        self.date = QDateEdit(self)
        self.date.setObjectName("acquiredDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate().addYears(-1))
        self.source = QLineEdit(self)
        self.source.setObjectName("acquiredSource")
        self.source.returnPressed.connect(self.record)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("recordAcquired")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.record)
        self.bloc_label, self.date_label, self.source_label = (QLabel(self) for _ in range(3))
        self.bloc_label.setBuddy(self.bloc)
        self.date_label.setBuddy(self.date)
        self.source_label.setBuddy(self.source)
        form = QFormLayout(self.form_box)
        form.addRow(self.bloc_label, self.bloc)
        form.addRow(self.date_label, self.date)
        form.addRow(self.source_label, self.source)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        self.note = QLabel(self)
        self.note.setObjectName("acquiredNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")
        self.note.hide()
        self.error = QLabel(self)
        self.error.setObjectName("acquiredError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addLayout(remove_row)
        lay.addWidget(self.form_box)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(760, 500)
        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Blocs déjà acquis — %1").replace(
            "%1", self.candidate.display_name))
        self.heading.setText(self.tr(
            "Blocs de compétences que %1 a validés lors d'une session antérieure. Ils comptent "
            "pour la certification et figurent sur le procès-verbal avec leur date et leur "
            "session d'origine.").replace("%1", self.candidate.display_name))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bloc"), self.tr("Acquis le"), self.tr("Session d'origine")])
        self.remove_button.setText(self.tr("&Retirer le bloc choisi"))
        self.form_box.setTitle(self.tr("Enregistrer un bloc acquis (ou corriger sa date)"))
        self.bloc_label.setText(self.tr("&Bloc :"))
        self.date_label.setText(self.tr("Acquis &le :"))
        self.source_label.setText(self.tr("&Session d'origine :"))
        self.source.setPlaceholderText(self.tr("par exemple « Jury du 14/06/2024, Lyon »"))
        self.save_button.setText(self.tr("&Enregistrer"))
        self.close_button.setText(self.tr("Fermer"))
        self.table.setAccessibleName(self.tr("Blocs déjà acquis du candidat"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.rows = self.ops.acquired(self.candidate.id)
            closed = self.ops.is_closed()
        except LeadError as exc:
            self.show_error(str(exc))
            return
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            title = self.titles.get(row.bloc_code, "")
            cells = (f"{row.bloc_code} — {title}" if title else row.bloc_code,
                     row.acquired_on.strftime("%d/%m/%Y"), row.source_session)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long bloc title is cut in the column
                item.setData(BlocCodeRole, row.bloc_code)
                self.table.setItem(r, c, item)
        editable = not closed and self.bloc.count() > 0
        self.form_box.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_bloc() is not None)
        if closed:
            self._note(self.tr("La délibération est clôturée : les blocs déjà acquis ne "
                               "peuvent plus être modifiés."))
        elif self.bloc.count() == 0:
            self._note(self.tr("Les blocs de ce référentiel ne sont pas capitalisables."))
        else:
            self._note("")

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def selected_bloc(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(BlocCodeRole) if items else None

    def _on_selection(self) -> None:
        code = self.selected_bloc()
        self.remove_button.setEnabled(self.form_box.isEnabled() and code is not None)
        row = next((r for r in self.rows if r.bloc_code == code), None)
        if row is not None:  # ready to correct the date or the session
            self.bloc.setCurrentIndex(self.bloc.findData(row.bloc_code))
            self.date.setDate(QDate(row.acquired_on.year, row.acquired_on.month,
                                    row.acquired_on.day))
            self.source.setText(row.source_session)

    def record(self) -> AcquiredBlocView | None:
        code = self.bloc.currentData()
        if code is None:
            return None
        picked = self.date.date()
        when = date(picked.year(), picked.month(), picked.day())
        try:
            view = self.ops.record_acquired(self.candidate.id, code, when, self.source.text())
        except LeadError as exc:
            self.show_error(str(exc))
            return None
        self.show_error("")
        self.source.clear()
        self.reload()
        self.changed.emit()
        return view

    def remove_selected(self) -> bool:
        """Ask first (the bloc's date and session would be lost); True when
        the question is asked."""
        code = self.selected_bloc()
        if code is None:
            self.show_error(self.tr("Choisissez d'abord un bloc dans la liste."))
            return False
        if not self.form_box.isEnabled():
            self.show_error(self.tr("La délibération est clôturée : les blocs déjà acquis ne "
                                    "peuvent plus être modifiés."))
            return False
        text = self.tr("Retirer le bloc %1 des blocs déjà acquis par %2 ? Sa date et sa "
                       "session d'origine seront oubliées ; il faudra les saisir à nouveau.")
        self.confirmation = confirm(
            self, self.tr("Retirer un bloc déjà acquis"),
            text.replace("%1", code).replace("%2", self.candidate.display_name),
            self.tr("&Retirer le bloc"), lambda: self.remove(code))
        return True

    def remove(self, code: str) -> bool:
        """Remove the acquired bloc ``code`` (the user said yes)."""
        try:
            self.ops.remove_acquired(self.candidate.id, code)
        except LeadError as exc:
            self.show_error(str(exc))
            return False
        self.show_error("")
        self.reload()
        self.changed.emit()
        return True
