"""Painting and editing of the criteria grid: wrapped criterion text, level
buttons drawn in the cell (clickable), a points spin box, an observation
editor where Entrée and Échap both leave *keeping* the text."""

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from grader.ui import grid_model as gm
from grader.ui.rows_model import AnyIndex
from grader.ui.typing_pause import typing_pause_timer

PAD = 6
COMPACT_PAD = 2
CLAMP_LINES = 2  # a criterion's text is clamped to two lines (full text on demand)
BUTTON_GAP = 4
BUTTON_MIN_W = 84
PASS_COLOUR = QColor("#2e7d32")
FAIL_COLOUR = QColor("#c62828")
FLAG_COLOUR = QColor("#b25e00")


class ObservationEditor(QPlainTextEdit):
    """A criterion's observation. What is typed is saved after a short pause,
    without leaving the field: a laptop that dies mid-sentence loses at most
    the last second of typing."""

    paused = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("observationEditor")
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Observation sur le critère"))
        self.setPlaceholderText(self.tr("Observation… (Entrée ou Échap pour terminer)"))
        self.pause_timer = typing_pause_timer(self, self.paused.emit)
        self.textChanged.connect(self.pause_timer.start)


def _doc(html: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(option.font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(max(40, width))
    return doc


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class GridDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        # Laying out rich text is the slow part of the grid; the same text at
        # the same width always lays out the same, for measuring and painting.
        self._docs: dict[tuple[str, int, str], QTextDocument] = {}
        self._level_hints: dict[tuple[int, tuple[gm.LevelChoice, ...], str, bool], QSize] = {}
        self.compact = False
        self.expanded: set[str] = set()  # criteria shown whole (Espace)

    def pad(self) -> int:
        return COMPACT_PAD if self.compact else PAD

    def _clamped(self, index: AnyIndex) -> bool:
        return (index.column() == gm.COL_CRITERION
                and index.data(gm.CriterionIdRole) not in self.expanded)

    # -- geometry --------------------------------------------------------
    def _column_width(self, index: AnyIndex) -> int:
        header = getattr(self._view, "header", None)
        if header is None:
            return 300
        width = int(header().sectionSize(index.column()))
        if index.column() == 0 and index.parent().isValid():
            # A criterion's first column is indented under its group: measure
            # at the width it is painted at, or a line is cut off.
            width -= int(getattr(self._view, "indentation", lambda: 0)())
        return width

    def _html(self, index: AnyIndex, option: QStyleOptionViewItem) -> str:
        col = index.column()
        if col == gm.COL_CRITERION:
            code = index.data(gm.CodeRole)
            html = f"<b>{_esc(code)}</b>&nbsp; " if code else ""
            html += _esc(index.data(gm.TextRole) or "")
            if index.data(gm.FlagRole):
                note = index.data(gm.FlagNoteRole)
                label = _esc(self.tr("À discuter"))
                extra = f" : {_esc(note)}" if note else ""
                html += (f"<br><span style='color:{FLAG_COLOUR.name()}'>"
                         f"<b>⚑ {label}</b>{extra}</span>")
            return html
        text = index.data(gm.ObservationRole) or ""
        html = _esc(text).replace("\n", "<br>")
        if index.data(gm.UnsavedRole):
            label = _esc(self.tr("Non enregistré :"))
            html = f"<span style='color:{FAIL_COLOUR.name()}'><b>{label}</b></span> {html}"
        return html

    def button_rects(self, rect: QRect, count: int) -> list[QRect]:
        if count == 0:
            return []
        pad = self.pad()
        inner = rect.adjusted(PAD, pad, -PAD, -pad)
        w = max(40, (inner.width() - BUTTON_GAP * (count - 1)) // count)
        return [QRect(inner.left() + i * (w + BUTTON_GAP), inner.top(), w, inner.height())
                for i in range(count)]

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fm = option.fontMetrics
        line = fm.height()
        pad = self.pad()
        if index.data(gm.IsGroupRole):
            return QSize(200, line + 2 * pad + (2 if self.compact else 6))
        col = index.column()
        width = self._column_width(index)
        if col == gm.COL_LEVEL:
            choices = index.data(gm.ChoicesRole) or ()
            key = (width, choices, option.font.key(), self.compact)
            hint = self._level_hints.get(key)
            if hint is None:
                hint = self._level_hints[key] = self._level_hint(choices, width, option)
            return hint
        html = self._html(index, option)
        height = int(self._layout(html, width - 2 * PAD, option).size().height())
        if self._clamped(index):
            extra = 1 if index.data(gm.FlagRole) else 0  # the « À discuter » line
            height = min(height, self._lines_bottom(html, width - 2 * PAD, option,
                                                    CLAMP_LINES + extra))
        elif col == gm.COL_OBSERVATION and self.compact:
            height = min(height, self._lines_bottom(html, width - 2 * PAD, option, CLAMP_LINES))
        return QSize(width, max(line, height) + 2 * pad)

    def _level_hint(self, choices: tuple[gm.LevelChoice, ...], width: int,
                    option: QStyleOptionViewItem) -> QSize:
        """The same for every row of an assessment at one width."""
        fm = option.fontMetrics
        line = fm.height()
        if self.compact:
            # One line: « 1 Non acquis », the key hint in small before the label.
            return QSize(BUTTON_MIN_W * max(1, len(choices)), line + 2 * COMPACT_PAD + 4)
        rects = self.button_rects(QRect(0, 0, width, 100), len(choices))
        # Two lines for a label such as « En cours d'acquisition » when it wraps.
        wraps = any(fm.horizontalAdvance(c.label) > r.width() - 8
                    for c, r in zip(choices, rects, strict=True))
        hint = int(line * 0.8) + 4
        height = hint + (2 if wraps else 1) * line + 2 * PAD + 8
        return QSize(BUTTON_MIN_W * max(1, len(choices)), height)

    def _lines_bottom(self, html: str, width: int, option: QStyleOptionViewItem,
                      lines: int) -> int:
        """Where the ``lines``-th laid-out line of the text ends: a clamp that
        never cuts a line in half."""
        doc = self._layout(html, width, option)
        seen = 0
        block = doc.begin()
        bottom = 0.0
        while block.isValid():
            layout = block.layout()
            top = doc.documentLayout().blockBoundingRect(block).top()
            for i in range(layout.lineCount()):
                bottom = top + layout.lineAt(i).rect().bottom()
                seen += 1
                if seen == lines:
                    return int(bottom + 1)
            block = block.next()
        return int(doc.size().height())

    def _layout(self, html: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        key = (html, width, option.font.key())
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 2000:  # widths change when the window is resized
                self._docs.clear()
            doc = self._docs[key] = _doc(html, width, option)
        return doc

    # -- painting --------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        pal = option.palette
        rect = option.rect
        if index.data(gm.IsGroupRole):
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Mid).lighter(125))
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(rect.adjusted(PAD, 0, -PAD, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             index.data(gm.TextRole) or "")
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            # With the keyboard in the grid the current row is unmistakable (a
            # strong tint, a bar and a frame); without it, a faint tint only.
            focused = self._view.hasFocus()
            highlight = pal.color(QPalette.ColorRole.Highlight)
            tint = QColor(highlight)
            tint.setAlpha(80 if focused else 28)
            painter.fillRect(rect, tint)
            if focused:
                painter.setPen(highlight)
                painter.drawLine(rect.topLeft(), rect.topRight())
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())
                if index.column() == gm.COL_CRITERION:
                    painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()),
                                     highlight)
        col = index.column()
        if col == gm.COL_LEVEL:
            self._paint_level(painter, option, index)
        else:
            html = self._html(index, option)
            empty_obs = col == gm.COL_OBSERVATION and not html
            if empty_obs and selected and not index.data(gm.LockedRole):
                grey = pal.color(QPalette.ColorRole.PlaceholderText).name()
                hint = _esc(self.tr("Entrée : écrire une observation"))
                html = f"<span style='color:{grey}'>{hint}</span>"
            pad = self.pad()
            doc = self._layout(html, rect.width() - 2 * PAD, option)
            visible = QRect(0, 0, rect.width() - 2 * PAD, rect.height() - 2 * pad)
            painter.translate(rect.left() + PAD, rect.top() + pad)
            doc.drawContents(painter, visible)
            if doc.size().height() > visible.height() + 1:
                # Clamped: say there is more (Espace or the tooltip shows it whole).
                more = "…"
                fm = option.fontMetrics
                w = fm.horizontalAdvance(more) + 4
                corner = QRect(visible.right() - w, visible.bottom() - fm.height() + 1,
                               w, fm.height())
                painter.fillRect(corner, pal.color(QPalette.ColorRole.Base))
                painter.setPen(pal.color(QPalette.ColorRole.Text))
                painter.drawText(corner, Qt.AlignmentFlag.AlignRight, more)
        painter.restore()

    def _paint_level(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: AnyIndex) -> None:
        pal = option.palette
        value = index.data(gm.ValueRole)
        choices: tuple[gm.LevelChoice, ...] = index.data(gm.ChoicesRole) or ()
        locked = bool(index.data(gm.LockedRole))
        if not choices:  # points
            text = index.data(Qt.ItemDataRole.DisplayRole)
            font = QFont(option.font)
            font.setBold(value is not None)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.Text if value is not None
                                     else QPalette.ColorRole.PlaceholderText))
            painter.drawText(option.rect.adjusted(PAD, 0, -PAD, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
        if self.compact:
            self._paint_compact_levels(painter, option, choices, value, locked)
            return
        for choice, r in zip(choices, self.button_rects(option.rect, len(choices)), strict=True):
            on = choice.code == value
            base = PASS_COLOUR if choice.passing else FAIL_COLOUR
            if on:
                painter.setBrush(base if not locked else base.lighter(130))
                painter.setPen(base.darker(120))
                text_colour = QColor("#ffffff")
            else:
                painter.setBrush(pal.color(QPalette.ColorRole.Button))
                painter.setPen(pal.color(QPalette.ColorRole.Mid))
                text_colour = pal.color(QPalette.ColorRole.ButtonText)
                if locked:
                    text_colour = pal.color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.ButtonText)
            painter.drawRoundedRect(r.adjusted(0, 0, -1, -1), 5, 5)
            painter.setPen(text_colour)
            painter.setFont(small)
            hint = choice.digit + (f" · {choice.letter}" if choice.letter else "")
            painter.drawText(r.adjusted(5, 2, -4, 0),
                             Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, hint)
            font = QFont(option.font)
            font.setBold(on)
            painter.setFont(font)
            hint_h = QFontMetrics(small).height()
            painter.drawText(r.adjusted(4, hint_h, -4, -2),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             choice.label)

    def _paint_compact_levels(self, painter: QPainter, option: QStyleOptionViewItem,
                              choices: tuple[gm.LevelChoice, ...], value: object,
                              locked: bool) -> None:
        pal = option.palette
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
        for choice, r in zip(choices, self.button_rects(option.rect, len(choices)), strict=True):
            on = choice.code == value
            base = PASS_COLOUR if choice.passing else FAIL_COLOUR
            if on:
                painter.setBrush(base if not locked else base.lighter(130))
                painter.setPen(base.darker(120))
                text_colour = QColor("#ffffff")
            else:
                painter.setBrush(pal.color(QPalette.ColorRole.Button))
                painter.setPen(pal.color(QPalette.ColorRole.Mid))
                text_colour = pal.color(QPalette.ColorRole.ButtonText)
                if locked:
                    text_colour = pal.color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.ButtonText)
            painter.drawRoundedRect(r.adjusted(0, 0, -1, -1), 4, 4)
            painter.setPen(text_colour)
            painter.setFont(small)
            hint = choice.digit
            hint_w = QFontMetrics(small).horizontalAdvance(hint) + 6
            painter.drawText(r.adjusted(4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, hint)
            font = QFont(option.font)
            font.setBold(on)
            painter.setFont(font)
            label = QFontMetrics(font).elidedText(choice.label, Qt.TextElideMode.ElideRight,
                                                  r.width() - hint_w - 6)
            painter.drawText(r.adjusted(hint_w, 0, -3, 0),
                             Qt.AlignmentFlag.AlignCenter, label)

    # -- mouse -----------------------------------------------------------
    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        if (index.column() == gm.COL_LEVEL and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)):
            choices = index.data(gm.ChoicesRole) or ()
            for choice, r in zip(choices, self.button_rects(option.rect, len(choices)),
                                 strict=True):
                if r.contains(event.position().toPoint()):
                    model.setData(index, choice.code, Qt.ItemDataRole.EditRole)
                    return True
        return super().editorEvent(event, model, option, index)

    # -- editors ---------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        if index.column() == gm.COL_LEVEL:
            spin = QDoubleSpinBox(parent)
            spin.setObjectName("pointsEditor")
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0.0, float(index.data(gm.MaxPointsRole) or 0.0))
            spin.setAccessibleName(self.tr("Points du critère"))
            return spin
        editor = ObservationEditor(parent)
        editor.installEventFilter(self)
        editor.paused.connect(lambda: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            value = index.data(gm.ValueRole)
            editor.setValue(float(value) if value is not None else 0.0)
        elif isinstance(editor, ObservationEditor):
            editor.setPlainText(index.data(gm.ObservationRole) or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, ObservationEditor):
            text = editor.toPlainText().strip()
            if text != (index.data(gm.ObservationRole) or ""):
                model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        r = option.rect
        if isinstance(editor, ObservationEditor):
            tall = max(r.height(), 4 * option.fontMetrics.height())
            r = QRect(r.left(), r.top(), r.width(), tall)
        editor.setGeometry(r)

    def eventFilter(self, obj: QObject, event: QEvent) -> Any:
        if (isinstance(obj, ObservationEditor) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            key = event.key()
            plain_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if plain_enter or key == Qt.Key.Key_Escape:
                # Leaving keeps the text: an observation typed is never thrown away.
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(obj, event)
