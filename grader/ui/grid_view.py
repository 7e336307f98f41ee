"""The criteria grid on screen, keyboard first: ↑/↓ or j/k between criteria
(headings are skipped), 1…n or the level's initial (A, N…) to mark, 0 or
Suppr to clear, digits for points, Entrée to write the observation, Espace
for a criterion's whole text. The heading of the group being read stays
visible at the top, and the current row keeps a row of margin from the
edges so the next criterion is always in sight."""

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from grader.ui import grid_model as gm
from grader.ui.grid_delegate import BUTTON_GAP, BUTTON_MIN_W, PAD, GridDelegate

_NAV = {Qt.Key.Key_J: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_K: -1, Qt.Key.Key_Up: -1}


class GridView(QTreeView):
    editRefused = Signal()  # a key tried to change a signed sheet
    markedByKey = Signal()  # a key put a mark on the current criterion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaGrid")
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes changes the width, hence every row's
        # height, hence whether it is needed: keep it, measure once.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._reset_pending = False
        self._pending_current = QPersistentModelIndex()
        self._delegate = GridDelegate(self)
        self.setItemDelegate(self._delegate)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    # Narrower than QTreeView's on purpose: this view only ever shows a GridModel.
    def setModel(self, model: gm.GridModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.modelReset.connect(self._after_reset)
        self._after_reset()

    def set_compact(self, compact: bool) -> None:
        """Compact density: one-line level buttons, tighter rows."""
        self._delegate.compact = compact
        self._delegate._docs.clear()
        self._delegate._level_hints.clear()
        self.scheduleDelayedItemsLayout()

    def is_compact(self) -> bool:
        return self._delegate.compact

    def grid_model(self) -> gm.GridModel:
        model = self.model()
        assert isinstance(model, gm.GridModel)
        return model

    def _after_reset(self) -> None:
        if not self.isVisible():
            # expandAll() measures every row at once: a hidden grid (the window
            # being built) waits to be shown, and measures at its real width.
            self._reset_pending = True
            return
        self._reset_pending = False
        model = self.grid_model()
        # Spans and widths first: expandAll() then measures the rows once.
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self._fit_columns()
        self.expandAll()
        first = model.criterion_indexes()
        if first:
            self.go_to(first[0])

    def _fit_columns(self) -> None:
        header = self.header()
        model = self.grid_model()
        level_w = 120 if model.is_points else self._level_width(model.choices())
        header.setSectionResizeMode(gm.COL_CRITERION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(gm.COL_LEVEL, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(gm.COL_OBSERVATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(gm.COL_LEVEL, level_w)
        header.resizeSection(gm.COL_OBSERVATION, max(200, self.viewport().width() // 4))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._reset_pending and self.model() is not None:
            # PySide6 converts a persistent index; its stubs lack that overload.
            current = QModelIndex(self._pending_current)  # type: ignore[call-overload]
            self._after_reset()
            if current.isValid():
                self.go_to(current)

    def _level_width(self, choices: tuple[gm.LevelChoice, ...]) -> int:
        """Buttons as narrow as their longest word in bold (a chosen level is
        bold, and a word is never cut), so that the criterion text, what the
        juror reads, keeps the width at 1366 px."""
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        word = max((fm.horizontalAdvance(w) for c in choices for w in c.label.split()),
                   default=0)
        button = max(BUTTON_MIN_W, word + 10, 100 if len(choices) <= 2 else 0)
        n = max(2, len(choices))
        return n * button + (n - 1) * BUTTON_GAP + 2 * PAD

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model() is not None:
            self.header().resizeSection(
                gm.COL_OBSERVATION, max(200, self.viewport().width() // 4)
            )

    # -- navigation ------------------------------------------------------
    def current_criterion_index(self) -> QModelIndex:
        idx = self.currentIndex()
        if not idx.isValid() or idx.data(gm.IsGroupRole):
            return QModelIndex()
        return idx.siblingAtColumn(gm.COL_CRITERION)

    def go_to(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(gm.COL_CRITERION)
        if self._reset_pending:
            # Even a current index makes a tree lay out its rows: wait for the show.
            self._pending_current = QPersistentModelIndex(index)
            return
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        # Scrolling lays out every row; a hidden grid does it once shown, at
        # its real width (Qt scrolls to the current row on show).
        if self.isVisible():
            self.scrollTo(index)
            self.keep_in_sight(index)

    def keep_in_sight(self, index: QModelIndex) -> None:
        """Scroll so the current row is neither under the sticky heading nor
        at the bottom edge: the criterion before and after it stay visible."""
        rect = self.visualRect(index)
        if not rect.isValid():
            return
        above = self._sticky_height() + min(rect.height(), 2 * self.fontMetrics().height())
        nxt = self.indexBelow(index)
        below = self.visualRect(nxt).height() if nxt.isValid() else 0
        bar = self.verticalScrollBar()
        if rect.top() < above:
            bar.setValue(bar.value() - (above - rect.top()))
        elif rect.bottom() + below > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() + below - self.viewport().height())

    def go_to_next_unmarked(self, from_start: bool = False) -> None:
        """The next criterion without a mark (from the top for a new sheet)."""
        model = self.grid_model()
        cur = self.current_criterion_index()
        after = None if from_start or not cur.isValid() else cur.data(gm.CriterionIdRole)
        target = model.next_unmarked(after)
        if target is None:
            if from_start:
                items = model.criterion_indexes()
                if items:
                    self.go_to(items[0])
            return
        self.go_to(model.index_of(target))

    # -- the heading of the group being read, kept at the top ------------
    def _sticky_group(self) -> QModelIndex:
        top = self.indexAt(QPoint(1, 1))
        if not top.isValid():
            return QModelIndex()
        if top.data(gm.IsGroupRole):
            return QModelIndex()  # its own heading is on screen
        return top.parent()

    def _sticky_height(self) -> int:
        return self.fontMetrics().height() + 2 * self._delegate.pad() + 4

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        group = self._sticky_group()
        if not group.isValid():
            return
        painter = QPainter(self.viewport())
        rect = QRect(0, 0, self.viewport().width(), self._sticky_height())
        pal = self.palette()
        painter.fillRect(rect, pal.color(QPalette.ColorRole.Mid).lighter(125))
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect.adjusted(6, 0, -6, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         group.data(gm.TextRole) or "")
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update(0, 0, self.viewport().width(), 2 * self._sticky_height())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the current row's frame shows the keyboard is here

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def toggle_full_text(self) -> None:
        """Espace: the current criterion's whole text, or back to two lines."""
        cur = self.current_criterion_index()
        if not cur.isValid():
            return
        cid = cur.data(gm.CriterionIdRole)
        expanded = self._delegate.expanded
        if cid in expanded:
            expanded.discard(cid)
        else:
            expanded.add(cid)
        self.grid_model().refresh_row(cid)
        self.keep_in_sight(cur)

    def step(self, delta: int) -> None:
        items = self.grid_model().criterion_indexes()
        if not items:
            return
        cur = self.current_criterion_index()
        rows = [(i.parent().row(), i.row()) for i in items]
        pos = rows.index((cur.parent().row(), cur.row())) if cur.isValid() else -1
        target = min(len(items) - 1, max(0, pos + delta)) if pos >= 0 else 0
        self.go_to(items[target])

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Headings are not stops: arrows go from criterion to criterion.
        if action in (QAbstractItemView.CursorAction.MoveDown,
                      QAbstractItemView.CursorAction.MoveUp):
            self.step(1 if action == QAbstractItemView.CursorAction.MoveDown else -1)
            return self.currentIndex()
        return super().moveCursor(action, modifiers)

    # -- keys ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.NoModifier and key in _NAV:
            self.step(_NAV[Qt.Key(key)])
            return
        cur = self.current_criterion_index()
        if not cur.isValid() or mods not in (Qt.KeyboardModifier.NoModifier,
                                             Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._edit(cur.siblingAtColumn(gm.COL_OBSERVATION))
            return
        if key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
            self.toggle_full_text()
            return
        if key == Qt.Key.Key_F2 and self.grid_model().is_points:
            self._edit(cur.siblingAtColumn(gm.COL_LEVEL))
            return
        if self._mark_key(cur, event.text()):
            return
        super().keyPressEvent(event)

    def _edit(self, index: QModelIndex) -> None:
        if self.grid_model().locked:
            self.editRefused.emit()
            return
        self.setCurrentIndex(index)
        self.edit(index)

    def _mark_key(self, cur: QModelIndex, text: str) -> bool:
        """Marks from a typed character; True when the key meant something."""
        model = self.grid_model()
        cid = cur.data(gm.CriterionIdRole)
        text = text.upper()
        field: str | None = None
        value: object = None
        if text in ("\b", "\x7f") or (text == "0" and not model.is_points):
            field = "clear"
        elif model.is_points and text.isdigit() and len(text) == 1:
            top = cur.data(gm.MaxPointsRole)
            if top is not None and int(text) <= float(top):
                field, value = "points", float(text)
        else:
            for choice in model.choices():
                if text and text in (choice.digit, choice.letter):
                    field, value = "level", choice.code
                    break
        if field is None:
            return False
        if model.locked:
            self.editRefused.emit()
            return True
        if model.write(cid, field, value) and field in ("level", "points"):
            self.markedByKey.emit()
        return True
