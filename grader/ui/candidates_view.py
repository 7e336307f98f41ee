"""The candidate list: search field and list, each line with the sheet
status (à faire / en cours / signée) and the accommodation badge."""

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from grader.ui import candidates_model as cm
from grader.ui.rows_model import AnyIndex
from grader.ui.theme import tone

STATUS_TONES = {cm.TODO: "muted", cm.DRAFT: "warning", cm.SIGNED: "ok"}


class CandidateDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(180, option.fontMetrics.height() * 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        pal = option.palette
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(r, pal.color(QPalette.ColorRole.Highlight))
        text_colour = pal.color(QPalette.ColorRole.HighlightedText if selected
                                else QPalette.ColorRole.Text)
        line = option.fontMetrics.height()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        name_rect = QRect(r.left() + 8, r.top() + 4, r.width() - 16, line)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(index.data() or "",
                                                       Qt.TextElideMode.ElideRight,
                                                       name_rect.width()))
        status = index.data(cm.StatusRole) or cm.TODO
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        colour = QColor(tone(STATUS_TONES.get(status, "muted")))
        painter.setPen(text_colour if selected else colour)
        label = ("● " if status != cm.TODO else "○ ") + cm.status_label(status)
        second = QRect(r.left() + 8, r.top() + 6 + line, r.width() - 16, line)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        badge = index.data(cm.BadgeRole)
        if badge:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            w = painter.fontMetrics().horizontalAdvance(badge) + 12
            pill = QRect(second.right() - w, second.top(), w, line)
            painter.setBrush(QColor("#1f5fa0"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(pill, line / 2, line / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()


class CandidatesPanel(QWidget):
    candidateChosen = Signal(str)  # candidate id
    searchDone = Signal()  # Entrée in the search box chose a candidate

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = cm.CandidatesModel(self)
        self.proxy = cm.CandidatesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("candidateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._first_match)
        self.list = QListView(self)
        self.list.setObjectName("candidateList")
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(CandidateDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 0, 4)
        lay.addWidget(self.search)
        lay.addWidget(self.list)
        self.retranslateUi()

    def current_id(self) -> str | None:
        idx = self.list.currentIndex()
        return idx.data(cm.CandidateIdRole) if idx.isValid() else None

    def select(self, candidate_id: str) -> None:
        row = self.model.row_of(candidate_id)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():  # hidden by the search: clear it
            self.search.clear()
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.list.setCurrentIndex(idx)

    def step(self, delta: int) -> None:
        n = self.proxy.rowCount()
        if n == 0:
            return
        cur = self.list.currentIndex().row()
        target = 0 if cur < 0 else min(n - 1, max(0, cur + delta))
        self.list.setCurrentIndex(self.proxy.index(target, 0))

    def _first_match(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            # The candidate is found: the keyboard goes back to grading.
            self.searchDone.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.candidateChosen.emit(current.data(cm.CandidateIdRole))

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Rechercher un candidat (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher un candidat par son nom"))
        self.list.setAccessibleName(self.tr("Liste des candidats"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
