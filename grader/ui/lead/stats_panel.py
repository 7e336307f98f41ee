"""How far the jurors agree (per épreuve: percent agreement, kappa with its
warning) and whether a juror marks far more leniently or severely than the
others. The figures come from the core's ``session_statistics``."""

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from grader.grading.bloc_rules import fr_number
from grader.grading.statistics import AssessmentAgreement, Leniency, SessionStatistics
from grader.grading.typography import fixed
from grader.ui.rows_model import RowsTableModel
from grader.ui.theme import tone

# lupdate finds the strings of translate("LeadLabels", "…") calls.
translate = QCoreApplication.translate


def _num(value: float | None, suffix: str = "") -> str:
    return "—" if value is None else fr_number(value, 0) + suffix


def _kappa(value: float | None) -> str:
    """Two decimals always (« 0,00 », « −0,12 »): kappas are read side by side."""
    return "—" if value is None else fixed(value, 2)


class AgreementModel(RowsTableModel[AssessmentAgreement]):
    def headers(self) -> list[str]:
        return [
            translate("LeadLabels", "Épreuve"),
            translate("LeadLabels", "Accord"),
            translate("LeadLabels", "Kappa de Cohen"),
            translate("LeadLabels", "Kappa de Fleiss"),
            translate("LeadLabels", "Lecture"),
            translate("LeadLabels", "Avertissement"),
        ]

    def cell(self, r: AssessmentAgreement, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                r.title,
                _num(r.percent_agreement, " %"),
                _kappa(r.cohen_kappa),
                _kappa(r.fleiss_kappa),
                r.meaning,
                r.warning,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and r.warning:
            return QBrush(QColor(tone("warning")))
        return None


class LeniencyModel(RowsTableModel[Leniency]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_rows(self, rows: Iterable[Leniency], names: dict[str, str] | None = None) -> None:
        # Rows and names change within the same reset: a view never sees a
        # juror's id in place of their name.
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names or {})
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            translate("LeadLabels", "Membre du jury"),
            translate("LeadLabels", "Critères acquis"),
            translate("LeadLabels", "Les autres jurés"),
            translate("LeadLabels", "Remarque"),
        ]

    def cell(self, r: Leniency, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                self._names.get(r.juror_id, r.juror_id),
                fr_number(r.share, 0) + " %",
                fr_number(r.others_share, 0) + " %",
                r.comment or translate("LeadLabels", "Pas d'écart notable"),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and r.flagged:
            return QBrush(QColor(tone("error")))
        return None


class StatsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self.agreement_title = QLabel(self)
        self.agreement_model = AgreementModel(self)
        self.agreement = self._table(self.agreement_model, stretch=5)
        self.leniency_title = QLabel(self)
        self.leniency_model = LeniencyModel(self)
        self.leniency = self._table(self.leniency_model, stretch=3)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.agreement_title)
        lay.addWidget(self.agreement, 1)
        lay.addWidget(self.leniency_title)
        lay.addWidget(self.leniency, 1)
        lay.addWidget(self.explain)
        self.retranslateUi()

    def _table(self, model: QAbstractTableModel, stretch: int) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        # Rows follow their wrapped text whenever the columns change width
        # (measured once while hidden, they came out too tall or too short).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        for col in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if col in (0, stretch) else \
                QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)
        return table

    def retranslateUi(self) -> None:
        bold = "<b>%s</b>"
        self.agreement_title.setText(bold % self.tr("Accord entre les jurés, par épreuve"))
        self.leniency_title.setText(bold % self.tr("Indulgence ou sévérité de chaque juré"))
        self.agreement.setAccessibleName(self.tr("Accord entre les jurés"))
        self.leniency.setAccessibleName(self.tr("Indulgence des jurés"))
        self.explain.setText(self.tr(
            "Accord : part des critères sur lesquels les jurés ont donné la même note. Le kappa "
            "corrige l'accord dû au hasard (1 = parfait, 0 = pas mieux que le hasard) ; sa "
            "lecture suit Landis et Koch : jusqu'à 0,20 accord très faible, 0,40 faible, "
            "0,60 modéré, 0,80 fort, au-delà presque parfait. Un juré "
            "est signalé quand sa part de critères acquis s'écarte d'au moins 15 points de "
            "celle des autres jurés sur les mêmes candidats, écart peu probable par hasard."
        ))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_statistics(self, stats: SessionStatistics) -> None:
        self.agreement_model.set_rows(list(stats.agreements))
        self.leniency_model.set_rows(list(stats.leniency), stats.juror_names)
