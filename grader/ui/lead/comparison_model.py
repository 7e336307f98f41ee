"""One candidate × épreuve: each juror's mark side by side, criterion by
criterion, with the value the rule retains; the criteria on which the jurors
disagree (or that one flagged « À discuter ») are highlighted.

Rows are the groups (headings) and their criteria; columns are « Critère »,
one per juror's signed sheet, and « Retenu ». Plain data only."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from grader.grading.bloc_rules import fr_number
from grader.grading.views import MarkView
from grader.referential.model import Assessment, Criterion, ScaleKind
from grader.ui.rows_model import AnyIndex

# lupdate finds the strings of translate("LeadLabels", "…") calls.
translate = QCoreApplication.translate

_U = Qt.ItemDataRole.UserRole
CriterionIdRole = _U + 1  # "" on a group heading
DisagreementRole = _U + 2  # "differ" | "flag" | ""
IsGroupRole = _U + 3

_DIFFER_BG = QColor("#ffd9a8")
_FLAG_BG = QColor("#fff1cc")
_GROUP_BG = QColor("#e3e8ef")


@dataclass(frozen=True, slots=True)
class JurorColumn:
    juror_id: str
    name: str
    marks: dict[str, MarkView]
    observation: str  # the juror's general observation on the sheet
    flag_note: str
    flagged: bool


@dataclass(frozen=True, slots=True)
class _Row:
    group_title: str
    criterion: Criterion | None  # None: a group heading


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._assessment: Assessment | None = None
        self._rows: list[_Row] = []
        self._jurors: list[JurorColumn] = []
        self._retained: dict[str, str | float | None] = {}
        self._differ: set[str] = set()
        self._flagged: set[str] = set()

    def set_comparison(
        self,
        assessment: Assessment | None,
        jurors: list[JurorColumn],
        retained: dict[str, str | float | None],
        differ: set[str],
        flagged: set[str],
    ) -> None:
        self.beginResetModel()
        self._assessment = assessment
        self._jurors = list(jurors)
        self._retained = dict(retained)
        self._differ, self._flagged = set(differ), set(flagged)
        self._rows = []
        if assessment is not None:
            for group in assessment.groups:
                self._rows.append(_Row(group.title, None))
                self._rows += [_Row(group.title, c) for c in group.criteria]
        self.endResetModel()

    def jurors(self) -> list[JurorColumn]:
        return list(self._jurors)

    def criterion(self, row: int) -> Criterion | None:
        return self._rows[row].criterion if 0 <= row < len(self._rows) else None

    def group_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.criterion is None]

    def disagreement_rows(self) -> list[int]:
        return [
            i for i, r in enumerate(self._rows)
            if r.criterion is not None and r.criterion.id in self._differ
        ]

    def value_label(self, value: str | float | None) -> str:
        if value is None or self._assessment is None:
            return "—"
        scale = self._assessment.scale
        if scale.kind is ScaleKind.POINTS:
            return fr_number(float(value))
        level = scale.level(str(value))
        return level.label if level else str(value)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jurors) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return translate("LeadLabels", "Critère")
        if section == len(self._jurors) + 1:
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("LeadLabels", "La valeur que la règle retient des notes des jurés")
            return translate("LeadLabels", "Retenu")
        juror = self._jurors[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole and juror.flagged:
            return translate("LeadLabels", "%1 a marqué la grille « À discuter » : %2").replace(
                "%1", juror.name).replace("%2", juror.flag_note)
        return juror.name + (" ⚑" if juror.flagged else "")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        crit = row.criterion
        if crit is None:
            return self._group_data(row, col, role)
        kind = "differ" if crit.id in self._differ else "flag" if crit.id in self._flagged else ""
        if role == CriterionIdRole:
            return crit.id
        if role == DisagreementRole:
            return kind
        if role == IsGroupRole:
            return False
        if role == Qt.ItemDataRole.BackgroundRole and kind:
            return QBrush(_DIFFER_BG if kind == "differ" else _FLAG_BG)
        if role == Qt.ItemDataRole.ForegroundRole and kind:
            return QBrush(QColor("#1d2330"))  # readable on the highlight in both themes
        if col == 0:
            return self._criterion_data(crit, kind, role)
        if col == len(self._jurors) + 1:
            return self._retained_data(crit, role)
        return self._juror_data(self._jurors[col - 1], crit, role)

    def _group_data(self, row: _Row, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            return row.group_title
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_GROUP_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1d2330"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == IsGroupRole:
            return True
        if role in (CriterionIdRole, DisagreementRole):
            return ""
        return None

    def _criterion_data(self, crit: Criterion, kind: str, role: int) -> Any:
        code = crit.code or "•"
        if role == Qt.ItemDataRole.DisplayRole:
            mark = {"differ": "≠ ", "flag": "⚑ "}.get(kind, "")
            return f"{mark}{code}  {crit.text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            extra = {
                "differ": translate("LeadLabels", "Les jurés ne sont pas d'accord sur ce critère."),
                "flag": translate("LeadLabels", "Un juré a marqué ce critère « À discuter »."),
            }.get(kind, "")
            return " ".join(p for p in (f"{code} — {crit.text}", extra) if p)
        return None

    def _juror_data(self, juror: JurorColumn, crit: Criterion, role: int) -> Any:
        mark = juror.marks.get(crit.id)
        value = mark.value if mark else None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.value_label(value)
            if mark and mark.observation:
                text += "  ✎"
            if mark and mark.flag_discuss:
                text += "  ⚑"
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [f"{juror.name} : {self.value_label(value)}"]
            if mark and mark.observation:
                text = translate("LeadLabels", "Observation : %1")
                parts.append(text.replace("%1", mark.observation))
            if mark and mark.flag_discuss:
                text = translate("LeadLabels", "À discuter : %1")
                parts.append(text.replace("%1", mark.flag_note or "—"))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _retained_data(self, crit: Criterion, role: int) -> Any:
        value = self._retained.get(crit.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.value_label(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            passing = None if self._assessment is None else self._assessment.scale.is_passing(value)
            if passing is None:
                return translate("LeadLabels", "Pas noté")
            if passing:
                return translate("LeadLabels", "Acquis pour la règle")
            return translate("LeadLabels", "Non acquis pour la règle")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
