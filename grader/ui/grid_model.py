"""The criteria grid of one assessment as a Qt tree model: groups are the
top-level rows (headings), their criteria the children.

The model holds the référentiel's plain objects and the sheet's mark views,
never ORM objects. It does not grade: an edit goes through ``writer`` (the
window's call to the core) and the model shows what the core returned."""

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from grader.referential.model import Assessment, Criterion, ScaleKind
from grader.ui.rows_model import AnyIndex

COL_CRITERION, COL_LEVEL, COL_OBSERVATION = 0, 1, 2
COLUMN_COUNT = 3

_U = Qt.ItemDataRole.UserRole
CriterionIdRole = _U + 1
IsGroupRole = _U + 2
ValueRole = _U + 3  # level code, points, or None
ChoicesRole = _U + 4  # tuple[LevelChoice, ...] (empty for points)
MaxPointsRole = _U + 5
FlagRole = _U + 6
FlagNoteRole = _U + 7
ObservationRole = _U + 8
CodeRole = _U + 9
TextRole = _U + 10
LockedRole = _U + 11
UnsavedRole = _U + 12  # an observation the disk refused, kept on screen


translate = QCoreApplication.translate


class MarkLike(Protocol):
    """What the grid reads of a mark (``grader.grading.views.MarkView``).
    Read-only properties, so that the core's frozen views fit."""

    @property
    def level(self) -> str | None: ...
    @property
    def points(self) -> float | None: ...
    @property
    def observation(self) -> str: ...
    @property
    def flag_discuss(self) -> bool: ...
    @property
    def flag_note(self) -> str: ...


@dataclass(frozen=True, slots=True)
class LevelChoice:
    code: str
    label: str
    passing: bool
    digit: str  # "1", "2", …
    letter: str  # "A", "N", … or "" when two levels share an initial


@dataclass(frozen=True, slots=True)
class LocalMark:
    """A mark kept by the model itself when no writer is attached."""

    level: str | None = None
    points: float | None = None
    observation: str = ""
    flag_discuss: bool = False
    flag_note: str = ""


# field is "level", "points", "clear", "observation" or "flag"; value as fits.
Writer = Callable[[str, str, Any], MarkLike | None]


def _initial(label: str) -> str:
    base = unicodedata.normalize("NFD", label.strip())[:1]
    return base.upper() if base.isalpha() else ""


def level_choices(assessment: Assessment) -> tuple[LevelChoice, ...]:
    levels = assessment.scale.levels
    initials = [_initial(lvl.label) for lvl in levels]
    return tuple(
        LevelChoice(
            code=lvl.code, label=lvl.label, passing=lvl.passing, digit=str(i + 1),
            letter=ini if initials.count(ini) == 1 else "",
        )
        for i, (lvl, ini) in enumerate(zip(levels, initials, strict=True))
    )


def mark_value(mark: MarkLike | None) -> str | float | None:
    if mark is None:
        return None
    return mark.level if mark.level is not None else mark.points


def _shown(mark: MarkLike | None) -> tuple[Any, ...]:
    """What the grid draws of a mark."""
    if mark is None:
        return (None, "", False, "")
    return (mark_value(mark), mark.observation, mark.flag_discuss, mark.flag_note)


class GridModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._assessment: Assessment | None = None
        self._groups: list[tuple[str, tuple[Criterion, ...]]] = []
        self._choices: tuple[LevelChoice, ...] = ()
        self._max_points: float | None = None
        self._points = False
        self._marks: dict[str, MarkLike] = {}
        self._row_of: dict[str, tuple[int, int]] = {}
        self._locked = False
        self._unsaved: dict[str, str] = {}
        self.writer: Writer | None = None

    # -- loading ---------------------------------------------------------
    def set_assessment(self, assessment: Assessment | None,
                       marks: dict[str, MarkLike] | None = None, locked: bool = False) -> None:
        """Show another assessment, with its sheet's marks in the same reset."""
        self.beginResetModel()
        self._assessment = assessment
        self._groups = [] if assessment is None else [
            (g.title, g.criteria) for g in assessment.groups
        ]
        self._row_of = {
            c.id: (gi, ci) for gi, (_t, crit) in enumerate(self._groups)
            for ci, c in enumerate(crit)
        }
        self._points = assessment is not None and assessment.scale.kind is ScaleKind.POINTS
        self._choices = () if assessment is None or self._points else level_choices(assessment)
        self._max_points = None if assessment is None else assessment.scale.max_points
        self._marks = dict(marks or {})
        self._locked = locked
        self._unsaved = {}
        self.endResetModel()

    def set_marks(self, marks: dict[str, MarkLike], locked: bool) -> None:
        """Show another sheet of the same assessment (same rows: no reset).

        Only the rows that look different are announced: the view measures
        again every row it is told about."""
        old, self._marks = self._marks, dict(marks)
        if locked != self._locked:
            self._locked = locked
            self._all_changed()
            return
        for cid in self._row_of:
            if _shown(old.get(cid)) != _shown(self._marks.get(cid)):
                idx = self.index_of(cid)
                self.dataChanged.emit(idx, idx.siblingAtColumn(COLUMN_COUNT - 1))

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._all_changed()

    def apply_mark(self, criterion_id: str, mark: MarkLike) -> None:
        self._marks[criterion_id] = mark
        idx = self.index_of(criterion_id)
        if idx.isValid():
            self.dataChanged.emit(
                idx.siblingAtColumn(0), idx.siblingAtColumn(COLUMN_COUNT - 1)
            )

    # -- observations the disk refused ---------------------------------------
    def keep_unsaved(self, criterion_id: str, text: str) -> None:
        self._unsaved[criterion_id] = text
        self._row_changed(criterion_id)

    def drop_unsaved(self, criterion_id: str) -> None:
        if self._unsaved.pop(criterion_id, None) is not None:
            self._row_changed(criterion_id)

    def unsaved(self) -> dict[str, str]:
        return dict(self._unsaved)

    def refresh_row(self, criterion_id: str) -> None:
        """The view measures and paints this row again."""
        self._row_changed(criterion_id)

    def _row_changed(self, criterion_id: str) -> None:
        idx = self.index_of(criterion_id)
        if idx.isValid():
            self.dataChanged.emit(idx, idx.siblingAtColumn(COLUMN_COUNT - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        for gi in range(len(self._groups)):
            parent = self.index(gi, 0)
            n = self.rowCount(parent)
            if n:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(n - 1, COLUMN_COUNT - 1, parent)
                )

    # -- queries ---------------------------------------------------------
    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    @property
    def is_points(self) -> bool:
        return self._points

    @property
    def locked(self) -> bool:
        return self._locked

    def choices(self) -> tuple[LevelChoice, ...]:
        return self._choices

    def criterion_at(self, index: AnyIndex) -> Criterion | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of(self, criterion_id: str, column: int = 0) -> QModelIndex:
        pos = self._row_of.get(criterion_id)
        if pos is None:
            return QModelIndex()
        return self.index(pos[1], column, self.index(pos[0], 0))

    def criterion_indexes(self) -> list[QModelIndex]:
        return [self.index_of(cid) for cid in self._row_of]

    def mark(self, criterion_id: str) -> MarkLike | None:
        return self._marks.get(criterion_id)

    def max_points_of(self, criterion: Criterion) -> float | None:
        return criterion.max_points if criterion.max_points is not None else self._max_points

    def next_unmarked(self, after: str | None) -> str | None:
        """The first criterion without a mark after ``after`` (or from the
        top), wrapping round; None when every criterion is marked."""
        ids = list(self._row_of)
        start = ids.index(after) + 1 if after in self._row_of else 0
        for cid in ids[start:] + ids[:start]:
            if mark_value(self._marks.get(cid)) is None:
                return cid
        return None

    def values(self) -> dict[str, str | float | None]:
        return {cid: mark_value(self._marks.get(cid)) for cid in self._row_of}

    # -- structure -------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        if parent.row() >= len(self._groups) or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    # Qt overloads parent(): QObject.parent() and this one; a Python override
    # can only be one of them.
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_CRITERION: translate("GridModel", "Critère"),
            COL_LEVEL: translate("GridModel", "Évaluation"),
            COL_OBSERVATION: translate("GridModel", "Observation"),
        }.get(section)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._locked and index.column() in (COL_LEVEL, COL_OBSERVATION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- data ------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        crit = self.criterion_at(index)
        assert crit is not None
        mark = self._marks.get(crit.id)
        value = mark_value(mark)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CRITERION:
                return f"{crit.code}  {crit.text}" if crit.code else crit.text
            if col == COL_LEVEL:
                return self._value_text(crit, value)
            return self._observation(crit.id, mark)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_LEVEL:
                return value
            if col == COL_OBSERVATION:
                return self._observation(crit.id, mark)
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._accessible(crit, mark, col)
        if role < CriterionIdRole or role > UnsavedRole:
            return None  # fonts, colours…: the delegate decides (and it is asked often)
        return self._custom(role, crit, mark, value)

    def _custom(self, role: int, crit: Criterion, mark: MarkLike | None,
                value: str | float | None) -> Any:
        if role == CriterionIdRole:
            return crit.id
        if role == IsGroupRole:
            return False
        if role == ValueRole:
            return value
        if role == ChoicesRole:
            return self._choices
        if role == MaxPointsRole:
            return self.max_points_of(crit)
        if role == CodeRole:
            return crit.code or ""
        if role == TextRole:
            return crit.text
        if role == LockedRole:
            return self._locked
        if role == UnsavedRole:
            return crit.id in self._unsaved
        if role == ObservationRole:
            return self._observation(crit.id, mark)
        if mark is None:
            return False if role == FlagRole else ""
        return {FlagRole: mark.flag_discuss, FlagNoteRole: mark.flag_note,
                ObservationRole: mark.observation}.get(role)

    def _observation(self, criterion_id: str, mark: MarkLike | None) -> str:
        pending = self._unsaved.get(criterion_id)
        if pending is not None:
            return pending
        return mark.observation if mark else ""

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        title = self._groups[index.row()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return title if index.column() == 0 else None
        if role == IsGroupRole:
            return True
        if role == TextRole:
            return title
        return None

    def _value_text(self, crit: Criterion, value: str | float | None) -> str:
        if value is None:
            return translate("GridModel", "Non noté")
        if self._points:
            top = self.max_points_of(crit)
            shown = f"{float(value):g}".replace(".", ",")
            return f"{shown} / {top:g}" if top is not None else shown
        choice = next((c for c in self._choices if c.code == value), None)
        return choice.label if choice else str(value)

    def _accessible(self, crit: Criterion, mark: MarkLike | None, col: int) -> str:
        if col == COL_CRITERION:
            text = f"{crit.code or ''} {crit.text}".strip()
            if mark and mark.flag_discuss:
                text += " — " + translate("GridModel", "à discuter")
            return text
        if col == COL_LEVEL:
            return self._value_text(crit, mark_value(mark))
        if mark and mark.observation:
            return mark.observation
        return translate("GridModel", "Pas d'observation")

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        crit = self.criterion_at(index)
        if crit is None or self._locked or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == COL_LEVEL:
            if value is None or value == "":
                return self.write(crit.id, "clear", None)
            if self._points:
                return self.write(crit.id, "points", float(value))
            return self.write(crit.id, "level", str(value))
        if index.column() == COL_OBSERVATION:
            return self.write(crit.id, "observation", str(value))
        return False

    def write(self, criterion_id: str, field: str, value: Any) -> bool:
        """Send one edit to the core (or keep it locally without a writer)."""
        if self._locked or criterion_id not in self._row_of:
            return False
        result: MarkLike | None
        if self.writer is not None:
            result = self.writer(criterion_id, field, value)
        else:
            result = self._local(criterion_id, field, value)
        if result is None:
            return False
        self.apply_mark(criterion_id, result)
        return True

    def _local(self, criterion_id: str, field: str, value: Any) -> LocalMark:
        old = self._marks.get(criterion_id) or LocalMark()
        cur = LocalMark(old.level, old.points, old.observation, old.flag_discuss, old.flag_note)
        if field == "level":
            return LocalMark(value, None, cur.observation, cur.flag_discuss, cur.flag_note)
        if field == "points":
            return LocalMark(None, value, cur.observation, cur.flag_discuss, cur.flag_note)
        if field == "clear":
            return LocalMark(None, None, cur.observation, cur.flag_discuss, cur.flag_note)
        if field == "observation":
            return LocalMark(cur.level, cur.points, value, cur.flag_discuss, cur.flag_note)
        flag, note = value
        return LocalMark(cur.level, cur.points, cur.observation, bool(flag), note)
