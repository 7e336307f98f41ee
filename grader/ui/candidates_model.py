"""The candidates of a juror file, with the status of their sheet for the
chosen assessment (à faire / en cours / signée) and an accommodation badge.
Holds plain ``CandidateView`` objects and status codes, never ORM rows."""

import unicodedata
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from grader.grading.views import CandidateView
from grader.ui.rows_model import AnyIndex

_U = Qt.ItemDataRole.UserRole
CandidateIdRole = _U + 1
StatusRole = _U + 2  # "todo" | "draft" | "signed"
BadgeRole = _U + 3  # « tiers-temps » or ""
SearchRole = _U + 4

TODO, DRAFT, SIGNED = "todo", "draft", "signed"


def status_label(code: str) -> str:
    return {
        TODO: QCoreApplication.translate("Labels", "à faire"),
        DRAFT: QCoreApplication.translate("Labels", "en cours"),
        SIGNED: QCoreApplication.translate("Labels", "signée"),
    }.get(code, code)


def badge_of(candidate: CandidateView) -> str:
    if not candidate.accommodation_type and candidate.extra_time_ratio <= 0:
        return ""
    if candidate.extra_time_ratio > 0:
        return QCoreApplication.translate("Labels", "tiers-temps")
    return QCoreApplication.translate("Labels", "aménagement")


def fold(text: str) -> str:
    """« Élodie » matches « elo »: case and accents ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class CandidateRow:
    candidate: CandidateView
    status: str


class CandidatesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateRow] = []

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_statuses(self, statuses: dict[str, str]) -> None:
        """New statuses for the same candidates (another épreuve): no reset, so
        the current candidate stays selected."""
        changed = False
        for i, row in enumerate(self._rows):
            status = statuses.get(row.candidate.id, TODO)
            if row.status != status:
                self._rows[i] = CandidateRow(row.candidate, status)
                changed = True
        if changed:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_status(self, candidate_id: str, status: str) -> None:
        for i, row in enumerate(self._rows):
            if row.candidate.id == candidate_id and row.status != status:
                self._rows[i] = CandidateRow(row.candidate, status)
                idx = self.index(i, 0)
                self.dataChanged.emit(idx, idx)

    def candidate(self, row: int) -> CandidateView:
        return self._rows[row].candidate

    def row_of(self, candidate_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.candidate.id == candidate_id), -1)

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        cand = row.candidate
        absent = "" if cand.present else self.tr("absent(e) à la session")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cand.display_name} — {absent}" if absent else cand.display_name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [cand.display_name, absent or status_label(row.status)]
            if badge_of(cand):
                parts.append(badge_of(cand))
            if cand.accommodation_detail:
                parts.append(cand.accommodation_detail)
            return " — ".join(parts)
        return {
            CandidateIdRole: cand.id,
            StatusRole: row.status,
            BadgeRole: badge_of(cand),
            SearchRole: fold(f"{cand.last_name} {cand.first_name} {cand.external_id}"),
        }.get(role)


class CandidatesFilter(QSortFilterProxyModel):
    """Search by name, case and accents ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        hay = model.data(model.index(source_row, 0, source_parent), SearchRole) or ""
        return all(part in hay for part in self._needle.split())
