"""The jurors' grids side by side for one candidate × bloc (one épreuve at a
time), disagreements highlighted, each juror's observations below."""

import html

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from grader.grading.disagreements import DIFFER, FLAG
from grader.referential.model import Assessment
from grader.ui.lead.comparison_model import ComparisonModel, JurorColumn
from grader.ui.lead.controller import LeadController, LeadError


class ComparisonView(QWidget):
    decideRequested = Signal()
    errorRaised = Signal(str)

    def __init__(self, controller: LeadController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.ctrl = controller
        self._candidate_id = ""
        self._candidate_name = ""
        self._bloc_code = ""
        self._assessments: list[Assessment] = []
        self._summary = ""

        self.title = QLabel(self)
        self.title.setObjectName("comparisonTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.assessment_label = QLabel(self)
        self.assessment_box = QComboBox(self)
        self.assessment_box.setObjectName("assessmentBox")
        self.assessment_label.setBuddy(self.assessment_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("comparisonSummary")
        self.summary.setWordWrap(True)
        self.decide_button = QPushButton(self)
        self.decide_button.setObjectName("decideButton")
        self.decide_button.clicked.connect(self.decideRequested)

        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the observations
        self.table.verticalHeader().setVisible(False)
        # Rows follow their wrapped text when the window or a column changes
        # width (measured once, they stayed as tall as at the first width).
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.details = QTextBrowser(self)
        self.details.setObjectName("comparisonDetails")
        self.details.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.assessment_label)
        top.addWidget(self.assessment_box, 1)
        top.addWidget(self.decide_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        self.assessment_box.currentIndexChanged.connect(self._load_assessment)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.assessment_label.setText(self.tr("É&preuve :"))
        self.assessment_box.setAccessibleName(self.tr("Épreuve comparée"))
        self.decide_button.setText(self.tr("&Décider pour ce bloc…"))
        self.decide_button.setAccessibleName(self.tr("Enregistrer la décision du jury"))
        self.table.setAccessibleName(self.tr("Grilles des jurés côte à côte"))
        self.details.setAccessibleName(self.tr("Observations des jurés"))
        self.model.retranslate()
        if not self._candidate_id:
            self.title.setText(self.tr("Choisissez un candidat et un bloc dans le tableau."))
        self._render_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- public --------------------------------------------------------------
    def show_item(self, candidate_id: str, candidate_name: str, bloc_code: str) -> None:
        """Compare the jurors' sheets of this candidate on this bloc's épreuves."""
        self._candidate_id, self._candidate_name = candidate_id, candidate_name
        self._bloc_code = bloc_code
        bloc = self.ctrl.referential.bloc(bloc_code)
        self.title.setText(f"{candidate_name} — {bloc.code} : {bloc.title}")
        self._assessments = self.ctrl.bloc_assessments(bloc_code)
        self.assessment_box.blockSignals(True)
        self.assessment_box.clear()
        for a in self._assessments:
            self.assessment_box.addItem(a.title, a.id)
        self.assessment_box.blockSignals(False)
        self.assessment_box.setEnabled(len(self._assessments) > 1)
        self._load_assessment()

    def refresh(self) -> None:
        if self._candidate_id:
            index = self.assessment_box.currentIndex()
            self.show_item(self._candidate_id, self._candidate_name, self._bloc_code)
            if 0 <= index < self.assessment_box.count():
                self.assessment_box.setCurrentIndex(index)

    def current(self) -> tuple[str, str]:
        return self._candidate_id, self._bloc_code

    def current_assessment(self) -> Assessment | None:
        i = self.assessment_box.currentIndex()
        return self._assessments[i] if 0 <= i < len(self._assessments) else None

    # -- internals -----------------------------------------------------------
    def _load_assessment(self) -> None:
        assessment = self.current_assessment()
        if assessment is None or not self._candidate_id:
            self.model.set_comparison(None, [], {}, set(), set())
            self.table.clearSpans()
            return
        try:
            grids = [g for g in self.ctrl.grids(self._candidate_id)
                     if g.assessment_id == assessment.id]
            found = [d for d in self.ctrl.disagreements(self._candidate_id)
                     if d.assessment_id == assessment.id]
            jurors = self.ctrl.jurors()
            names = {j.id: j.name for j in jurors}
            order = {j.id: i for i, j in enumerate(jurors)}
            grids.sort(key=lambda g: order.get(g.juror_id, len(order)))
        except LeadError as exc:
            self.errorRaised.emit(str(exc))
            return
        columns = [
            JurorColumn(g.juror_id, names.get(g.juror_id, "?"), dict(g.marks), g.observation,
                        g.flag_note, g.flag_discuss)
            for g in grids
        ]
        differ = {d.criterion_id for d in found if d.kind == DIFFER and d.criterion_id}
        flagged = {d.criterion_id for d in found if d.kind == FLAG and d.criterion_id}
        retained = self.ctrl.consolidated(assessment, grids)
        self.model.set_comparison(assessment, columns, retained, differ, flagged)
        self.table.clearSpans()  # spans outlive a model reset
        for row in self.model.group_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._summary_counts = (len(columns), len(differ), len(flagged))
        self._render_summary()
        self._show_sheet_observations()

    def _render_summary(self) -> None:
        counts = getattr(self, "_summary_counts", None)
        if counts is None or not self._candidate_id:
            self.summary.setText("")
            return
        jurors, differ, flagged = counts
        if jurors == 0:
            text = self.tr("Aucune grille signée reçue pour cette épreuve.")
        elif differ == 0 and flagged == 0:
            text = self.tr(
                "%1 grille(s) signée(s) : les jurés sont d'accord sur tous les critères."
            )
        else:
            text = self.tr(
                "%1 grille(s) signée(s) : désaccord sur %2 critère(s) (surlignés en orange), "
                "%3 point(s) « À discuter »."
            )
        self.summary.setText(
            text.replace("%1", str(jurors)).replace("%2", str(differ)).replace("%3", str(flagged))
        )

    def _show_sheet_observations(self) -> None:
        # lupdate does not see a tr() call inside an f-string: strings first.
        heading = html.escape(self.tr("Observations générales des jurés"))
        discuss = html.escape(self.tr("À discuter"))
        parts = [f"<b>{heading}</b>"]
        for j in self.model.jurors():
            text = html.escape(j.observation) if j.observation else "—"
            parts.append(f"<p><b>{html.escape(j.name)}</b> : {text}")
            if j.flagged:
                note = html.escape(j.flag_note or "—")
                parts.append(f"<br>⚑ {discuss} : {note}")
            parts.append("</p>")
        self.details.setHtml("".join(parts))

    def _on_selection(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        crit = self.model.criterion(rows[0].row()) if rows else None
        if crit is None:
            self._show_sheet_observations()
            return
        discuss = html.escape(self.tr("À discuter"))
        parts = [f"<b>{html.escape(crit.code or '')}</b> {html.escape(crit.text)}"]
        for j in self.model.jurors():
            mark = j.marks.get(crit.id)
            value = self.model.value_label(mark.value if mark else None)
            line = f"<p><b>{html.escape(j.name)}</b> : {html.escape(value)}"
            if mark and mark.observation:
                line += f" — {html.escape(mark.observation)}"
            if mark and mark.flag_discuss:
                line += f"<br>⚑ {discuss} : "
                line += html.escape(mark.flag_note or "—")
            parts.append(line + "</p>")
        self.details.setHtml("".join(parts))
