"""« Jurés… »: the session's jury (name, role, email, the fingerprint of the
signing key once their grille is exported), adding a member, the
référentiel's composition rule and what the jury still lacks."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from grader.grading.views import JurorView
from grader.referential.model import JUROR_STATUSES
from grader.ui.lead.controller import LeadError
from grader.ui.lead.prepare_ops import PrepareOps
from grader.ui.rows_model import AnyIndex, RowsTableModel

translate = QCoreApplication.translate
JurorIdRole = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
WARNING_STYLE = "color: #8a4b00;"


def role_label(code: str) -> str:
    """A member's status (« president » in files written before the function
    stood apart from the status)."""
    return {
        "president": translate("PrepareLabels", "Président du jury"),
        "professionnel": translate("PrepareLabels", "Professionnel extérieur"),
        "interne": translate("PrepareLabels", "Interne à l'organisme"),
        "responsable_pedagogique": translate("PrepareLabels", "Responsable pédagogique"),
        "formateur": translate("PrepareLabels", "Formateur"),
        "": translate("PrepareLabels", "Statut non précisé"),
    }.get(code, JUROR_STATUSES.get(code, code))


def function_label(code: str) -> str:
    return {
        "president": translate("PrepareLabels", "Président du jury"),
        "membre": translate("PrepareLabels", "Membre du jury"),
    }.get(code, code)


def member_label(juror: JurorView) -> str:
    """« Président du jury — Professionnel extérieur »: a président counts
    with their status too."""
    if juror.is_president:
        status = juror.role if juror.role != "president" else ""
        if not status:
            return function_label("president")
        return f"{function_label('president')} — {role_label(status)}"
    return role_label(juror.role)


class JurorsModel(RowsTableModel[JurorView]):
    COLUMNS = 5
    PRESENT_COLUMN = 4
    # The model only reports the wish; the dialog asks the core and reloads.
    presenceToggled = Signal(str, bool)

    def set_jurors(self, jurors: list[JurorView]) -> None:
        self.set_rows(jurors)

    def jurors(self) -> list[JurorView]:
        return self.rows()

    def headers(self) -> list[str]:
        return [translate("PrepareLabels", "Nom"),
                translate("PrepareLabels", "Fonction et statut"),
                translate("PrepareLabels", "Email"),
                translate("PrepareLabels", "Empreinte de la clé"),
                translate("PrepareLabels", "Présent au jury")]

    def cell(self, juror: JurorView, column: int, role: int) -> Any:
        if role == JurorIdRole:
            return juror.id
        if column == self.PRESENT_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if juror.present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return (translate("PrepareLabels", "présent") if juror.present
                        else translate("PrepareLabels", "absent"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (juror.name, member_label(juror), juror.email,
                    juror.fingerprint or translate("PrepareLabels", "grille pas encore exportée")
                    )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and not juror.fingerprint:
            return QBrush(QColor("#6b7280"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.PRESENT_COLUMN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.PRESENT_COLUMN
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.presenceToggled.emit(self.row(index.row()).id, checked)
        return True


class JurorsDialog(QDialog):
    """Adding a member is one operation of the core, recorded at once:
    « Fermer » only closes the window."""

    changed = Signal()

    def __init__(self, ops: PrepareOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jurorsDialog")
        self.ops = ops
        self.rule = QLabel(self)
        self.rule.setObjectName("juryRule")
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("juryWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.model = JurorsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("jurorsTable")
        self.table.setModel(self.model)
        self.model.presenceToggled.connect(self.set_presence)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form_box = QGroupBox(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("jurorName")
        self.function = QComboBox(self)
        self.function.setObjectName("jurorFunction")
        for code in ("membre", "president"):
            self.function.addItem("", code)
        # The status, apart from the function: a président may be an
        # outside professional, and counts as one for the composition.
        self.role = QComboBox(self)
        self.role.setObjectName("jurorRole")
        for code in JUROR_STATUSES:
            self.role.addItem("", code)
        self.email = QLineEdit(self)
        self.email.setObjectName("jurorEmail")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addJuror")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_juror)
        self.name.returnPressed.connect(self.add_juror)
        self.email.returnPressed.connect(self.add_juror)
        self.name_label = QLabel(self)
        self.function_label = QLabel(self)
        self.role_label = QLabel(self)
        self.email_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.function_label.setBuddy(self.function)
        self.role_label.setBuddy(self.role)
        self.email_label.setBuddy(self.email)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.function_label, self.function)
        form.addRow(self.role_label, self.role)
        form.addRow(self.email_label, self.email)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        self.form_box.setLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("jurorError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.rule)
        lay.addWidget(self.warnings)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.form_box)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Membres du jury"))
        self.form_box.setTitle(self.tr("Ajouter un membre du jury"))
        self.name_label.setText(self.tr("&Prénom et nom :"))
        self.function_label.setText(self.tr("&Fonction :"))
        self.role_label.setText(self.tr("&Statut :"))
        self.email_label.setText(self.tr("&Email (facultatif) :"))
        for i in range(self.function.count()):
            self.function.setItemText(i, function_label(self.function.itemData(i)))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))
        self.add_button.setText(self.tr("&Ajouter"))
        self.close_button.setText(self.tr("Fermer"))
        self.table.setAccessibleName(self.tr("Membres du jury de la session"))
        self._render_checks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, JurorsModel.COLUMNS - 1)
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.model.set_jurors(self.ops.jurors())
        except LeadError as exc:
            self.show_error(str(exc))
        self._render_checks()

    def _render_checks(self) -> None:
        self.rule.setText(self.tr("Composition exigée par le référentiel : %1")
                          .replace("%1", self.ops.jury_rule_text()))
        try:
            warnings = self.ops.jury_warnings()
        except LeadError as exc:
            warnings = [str(exc)]
        if warnings:
            self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
            self.warnings.setStyleSheet(WARNING_STYLE)
        else:
            self.warnings.setText(self.tr("✔ Le jury respecte la composition exigée."))
            self.warnings.setStyleSheet("color: #1b5e20;")

    def set_presence(self, juror_id: str, present: bool) -> None:
        """Recorded at once by the core; the composition checks follow."""
        try:
            self.ops.set_presence(juror_id, present)
        except LeadError as exc:
            self.show_error(str(exc))
        else:
            self.show_error("")
            self.changed.emit()
        self.reload()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def add_juror(self) -> JurorView | None:
        """Add the member typed in the form; a refusal shows under the form
        and keeps what was typed."""
        if not self.name.text().strip():
            self.show_error(self.tr("Indiquez le prénom et le nom du membre du jury."))
            self.name.setFocus()
            return None
        try:
            juror = self.ops.add_juror(self.name.text(), self.role.currentData(),
                                       self.email.text(), function=self.function.currentData())
        except LeadError as exc:
            self.show_error(str(exc))
            return None
        self.show_error("")
        self.name.clear()
        self.email.clear()
        self.function.setCurrentIndex(0)
        self.name.setFocus()
        self.reload()
        self.changed.emit()
        return juror
