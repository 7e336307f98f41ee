"""Candidates × blocs: for each bloc the rule's proposal and the jury's
recorded decision, then the certification outcome. Holds plain
``CandidateLine`` views from the controller, never ORM rows."""

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from grader.grading import vocabulary as v
from grader.referential.model import Bloc
from grader.ui.labels import outcome_label
from grader.ui.lead.controller import BlocCell, CandidateLine
from grader.ui.rows_model import AnyIndex
from grader.ui.theme import is_dark

# lupdate finds the strings of translate("LeadLabels", "…") calls.
translate = QCoreApplication.translate

_U = Qt.ItemDataRole.UserRole
CandidateIdRole = _U + 1
BlocCodeRole = _U + 2  # "" on the name and certification columns
CellRole = _U + 3  # the BlocCell of a bloc column

_DISAGREE_BG = QColor("#fff1cc")
_O = v.Outcome
_LIGHT_FG = {v.VALIDE: "#1b5e20", v.NON_VALIDE: "#b71c1c", _O.VALIDATION_PARTIELLE: "#8a4b00",
             _O.CERTIFIE: "#1b5e20", _O.NON_CERTIFIE: "#b71c1c", "": "#555b66"}
_DARK_FG = {v.VALIDE: "#81c784", v.NON_VALIDE: "#ef9a9a", _O.VALIDATION_PARTIELLE: "#ffcc80",
            _O.CERTIFIE: "#81c784", _O.NON_CERTIFIE: "#ef9a9a", "": "#b0b6c0"}


def _fg(code: str, on_highlight: bool = False) -> QBrush:
    """Readable on the light and dark palettes, and on the pale disagreement
    background (always light: dark text there)."""
    table = _LIGHT_FG if on_highlight or not is_dark() else _DARK_FG
    return QBrush(QColor(table.get(code, table[""])))


def certification_label(code: str) -> str:
    """The deliberation table's outcome, in the interface's language."""
    labels: dict[str, str] = {
        _O.CERTIFIE: translate("LeadLabels", "Certifié"),
        _O.VALIDATION_PARTIELLE: translate("LeadLabels", "Validation partielle"),
        _O.NON_CERTIFIE: translate("LeadLabels", "Non certifié"),
        _O.NON_DELIBERE: translate("LeadLabels", "Non délibéré"),
        _O.ABSENT: translate("LeadLabels", "Absent(e)"),
    }
    return labels.get(code, code)


def short_bloc(code: str) -> str:
    """« RNCP37347BC01 » → « BC01 »: the columns stay narrow, the tooltip says all."""
    match = re.search(r"(BC\d+)$", code)
    return match.group(1) if match else code


def cell_text(cell: BlocCell) -> str:
    """The table's state of the bloc: the jury's decision, « Déjà acquis (date) »,
    « Absent », or, while nothing is decided, the rule's proposal."""
    state = cell.state
    if state is v.BlocState.DEJA_ACQUIS:
        # Capitalised in an earlier session: no decision is expected here.
        text = outcome_label(v.DEJA_ACQUIS)
        if cell.acquired_on is not None:
            text += f" ({cell.acquired_on:%d/%m/%Y})"
    elif state is v.BlocState.ABSENT:
        text = outcome_label(v.ABSENT)
    elif state in (v.BlocState.VALIDE, v.BlocState.NON_VALIDE):
        text = outcome_label(str(state))
    elif cell.contradiction:
        text = "⚠ " + translate("LeadLabels", "Contradiction")
    else:
        text = translate("LeadLabels", "Proposé : %1").replace("%1", outcome_label(cell.proposed))
    return text + marker(cell)


def marker(cell: BlocCell) -> str:
    """« ⚠2 » where the jurors differ on two criteria (drawn on a pale
    background only when the difference changes the proposal), « ⚑1 » for a
    point flagged « À discuter »; nothing where the jurors agree."""
    parts = []
    if cell.disagreements:
        parts.append(f"⚠{cell.disagreements}")
    if cell.flags:
        parts.append(f"⚑{cell.flags}")
    return "  " + " ".join(parts) if parts else ""


def _settled(cell: BlocCell) -> str:
    """The settled state's colour code ("" while the jury has still to decide)."""
    if cell.state in (v.BlocState.VALIDE, v.BlocState.DEJA_ACQUIS):
        return v.VALIDE
    if cell.state is v.BlocState.NON_VALIDE:
        return v.NON_VALIDE
    return ""


def needs_attention(cell: BlocCell) -> bool:
    """The jury has something to settle here before deciding."""
    return cell.decisive or bool(cell.flags)


def cell_tooltip(cell: BlocCell, bloc_title: str) -> str:
    parts = [f"{cell.bloc_code} — {bloc_title}"]
    if cell.contradiction:
        parts.append(cell.contradiction)
    proposed = translate("LeadLabels", "Proposition de la règle : %1")
    parts.append(proposed.replace("%1", outcome_label(cell.proposed)))
    if cell.reason:
        parts.append(cell.reason)
    if cell.decided:
        decided = translate("LeadLabels", "Décision du jury : %1")
        parts.append(decided.replace("%1", outcome_label(cell.decided)))
        if cell.motivation:
            parts.append(translate("LeadLabels", "Motivation : %1").replace("%1", cell.motivation))
    else:
        parts.append(translate("LeadLabels", "Décision du jury : pas encore enregistrée"))
    if cell.disagreements:
        parts.append(translate("LeadLabels", "Écart entre jurés : %1 critère(s)").replace(
            "%1", str(cell.disagreements)))
        parts.append(
            translate("LeadLabels", "Tranché pour ou contre le candidat, l'écart ne mène pas à "
                      "la même proposition : l'écart décide du bloc.") if cell.decisive else
            translate("LeadLabels", "L'écart ne change pas la proposition.")
        )
    if cell.flags:
        flags = translate("LeadLabels", "Points « À discuter » : %1")
        parts.append(flags.replace("%1", str(cell.flags)))
    return "\n".join(parts)


class CandidatesBlocsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._blocs: list[Bloc] = []
        self._lines: list[CandidateLine] = []

    def set_data(self, blocs: list[Bloc], lines: list[CandidateLine]) -> None:
        self.beginResetModel()
        self._blocs = list(blocs)
        self._lines = list(lines)
        self.endResetModel()

    def update_line(self, line: CandidateLine) -> None:
        """One candidate's line read again: only its row is repainted."""
        row = self.row_of(line.candidate.id)
        if row < 0:
            return
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def update_lines(self, lines: list[CandidateLine]) -> None:
        """Same candidates, new decisions: keep the selection, repaint the cells."""
        if [ln.candidate.id for ln in lines] != [ln.candidate.id for ln in self._lines]:
            self.set_data(self._blocs, lines)
            return
        self._lines = list(lines)
        if lines:
            last = self.index(len(lines) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def line(self, row: int) -> CandidateLine:
        return self._lines[row]

    def lines(self) -> list[CandidateLine]:
        return list(self._lines)

    def blocs(self) -> list[Bloc]:
        return list(self._blocs)

    def bloc_column(self, bloc_code: str) -> int:
        codes = [b.code for b in self._blocs]
        return codes.index(bloc_code) + 1 if bloc_code in codes else -1

    def row_of(self, candidate_id: str) -> int:
        return next(
            (i for i, ln in enumerate(self._lines) if ln.candidate.id == candidate_id), -1
        )

    def cell(self, index: AnyIndex) -> BlocCell | None:
        if not index.isValid() or not 1 <= index.column() <= len(self._blocs):
            return None
        return self._lines[index.row()].cells[index.column() - 1]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._lines:
            last = self.index(len(self._lines) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._blocs) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        last = len(self._blocs) + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("LeadLabels", "Candidat")
            if section == last:
                return translate("LeadLabels", "Certification")
            return short_bloc(self._blocs[section - 1].code)
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section < last:
            bloc = self._blocs[section - 1]
            return f"{bloc.code} — {bloc.title}"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role == CandidateIdRole:
            return line.candidate.id
        if col == 0:
            return self._name_data(line, role)
        if col == len(self._blocs) + 1:
            return self._certification_data(line, role)
        cell = line.cells[col - 1]
        return self._cell_data(cell, self._blocs[col - 1], role)

    def _name_data(self, line: CandidateLine, role: int) -> Any:
        cand = line.candidate
        if role == Qt.ItemDataRole.DisplayRole:
            badge = f"  [{cand.accommodation_type}]" if cand.accommodation_type else ""
            return cand.display_name + badge
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [cand.display_name]
            if cand.external_id:
                parts.append(cand.external_id)
            if cand.accommodation_detail:
                parts.append(cand.accommodation_detail)
            return " — ".join(parts)
        if role == BlocCodeRole:
            return ""
        return None

    def _certification_data(self, line: CandidateLine, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return certification_label(line.certification)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{certification_label(line.certification)} — {line.certification_reason}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return _fg(line.certification)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(line.certification != _O.NON_DELIBERE)
            return font
        if role == BlocCodeRole:
            return ""
        return None

    def _cell_data(self, cell: BlocCell, bloc: Bloc, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, bloc.title)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell_tooltip(cell, bloc.title).replace("\n", ". ")
        if role == Qt.ItemDataRole.ForegroundRole:
            return _fg(_settled(cell), needs_attention(cell))
        if role == Qt.ItemDataRole.BackgroundRole and needs_attention(cell):
            return QBrush(_DISAGREE_BG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(not _settled(cell))
            font.setBold(bool(_settled(cell)))
            return font
        if role == BlocCodeRole:
            return cell.bloc_code
        if role == CellRole:
            return cell
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
