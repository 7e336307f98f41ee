"""Who has sent their grids: per juror, the sheets expected, signed, still
unsigned and missing (the core's ``reception_summary``)."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from grader.grading.jury_checks import JurorReception
from grader.ui.rows_model import RowsTableModel
from grader.ui.theme import tone

# lupdate finds the strings of translate("LeadLabels", "…") calls.
translate = QCoreApplication.translate


class ReceptionModel(RowsTableModel[JurorReception]):
    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def headers(self) -> list[str]:
        return [translate("LeadLabels", "Membre du jury"), translate("LeadLabels", "Attendues"),
                translate("LeadLabels", "Signées"), translate("LeadLabels", "Non signées"),
                translate("LeadLabels", "Manquantes")]

    def cell(self, r: JurorReception, column: int, role: int) -> Any:
        values = (r.name, r.expected, r.signed, r.draft, r.missing)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column] if column == 0 else str(values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (3, 4) and values[column]:
            return QBrush(QColor(tone("error")))
        if role == Qt.ItemDataRole.UserRole:
            return r.juror_id
        return None


class ReceptionPanel(QWidget):
    def __init__(self, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionPanel")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.import_button = QToolButton(self)
        self.import_button.setDefaultAction(import_action)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.model = ReceptionModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("receptionTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.waiting = QLabel(self)
        self.waiting.setObjectName("waitingLabel")
        self.waiting.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.waiting)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Importez les grilles (.grille) que les jurés vous ont remises. Un même fichier "
            "importé deux fois ne change rien ; un fichier modifié après signature est refusé."
        ))
        self.table.setAccessibleName(self.tr("Grilles reçues par membre du jury"))
        self.model.retranslate()
        self._render_waiting()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_rows(self, rows: list[JurorReception]) -> None:
        self.model.set_rows(rows)
        self._render_waiting()

    def _render_waiting(self) -> None:
        rows = self.model.rows()
        nothing = [r.name for r in rows if r.received == 0 and r.expected]
        partial = [r.name for r in rows if r.received and (r.missing or r.draft)]
        parts = []
        if nothing:
            parts.append(self.tr("Aucune grille reçue de : %1.").replace("%1", ", ".join(nothing)))
        if partial:
            parts.append(self.tr("Grilles manquantes ou non signées : %1.").replace(
                "%1", ", ".join(partial)))
        if rows and not parts:
            parts.append(self.tr("Toutes les grilles attendues sont reçues et signées."))
        self.waiting.setText(" ".join(parts))
