"""Right-hand panel of the grading window: the clock, the rule's live
proposal for the bloc, progress, the whole-sheet « À discuter » flag and
observation, the competencies covered, sign / reopen."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from grader.grading.rules import Proposal
from grader.referential.model import Bloc
from grader.ui.labels import outcome_colour, outcome_label
from grader.ui.timer import TimerWidget
from grader.ui.typing_pause import typing_pause_timer


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SheetObservationEdit(QPlainTextEdit):
    """The general observation; saved after a short pause in the typing and
    when the juror leaves the field."""

    committed = Signal(str)
    escaped = Signal()  # Échap: back to the grid (the text is saved on leaving)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pause_timer = typing_pause_timer(self, self._commit)
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.hasFocus():  # text set by the program is not a juror's typing
            self.pause_timer.start()

    def _commit(self) -> None:
        self.committed.emit(self.toPlainText().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.pause_timer.stop()
        self._commit()
        super().focusOutEvent(event)


class SidePanel(QWidget):
    signRequested = Signal()
    reopenRequested = Signal()
    sheetFlagToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self._bloc: Bloc | None = None
        self._proposal: Proposal | None = None
        self._competencies: list[tuple[str, str]] = []
        self._hidden = False
        self._notes = ""
        self.timer = TimerWidget(self)
        self.bloc_title = QLabel(self)
        self.bloc_title.setWordWrap(True)
        self.bloc_title.setObjectName("blocTitle")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("proposalOutcome")
        font = self.outcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.outcome.setFont(font)
        self.reason = QLabel(self)
        self.reason.setObjectName("proposalReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.flag_box = QCheckBox(self)
        self.flag_box.setObjectName("sheetFlag")
        self.flag_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flag_box.clicked.connect(self.sheetFlagToggled)
        self.flag_note = QLabel(self)
        self.flag_note.setWordWrap(True)
        self.observation_title = QLabel(self)
        self.observation = SheetObservationEdit(self)
        self.observation.setObjectName("sheetObservation")
        self.observation.setTabChangesFocus(True)
        self.observation.setMaximumHeight(110)
        self.competencies_button = QPushButton(self)
        self.competencies_button.setObjectName("competenciesButton")
        self.competencies_button.setCheckable(True)
        self.competencies_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.competencies = QLabel(self)
        self.competencies.setObjectName("competenciesList")
        self.competencies.setWordWrap(True)
        self.competencies.setTextFormat(Qt.TextFormat.RichText)
        self.competencies.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long list scrolls inside the panel instead of running off its bottom.
        self.competencies_area = QScrollArea(self)
        self.competencies_area.setObjectName("competenciesArea")
        self.competencies_area.setWidget(self.competencies)
        self.competencies_area.setWidgetResizable(True)
        self.competencies_area.setFrameShape(QFrame.Shape.NoFrame)
        self.competencies_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.competencies_area.setVisible(False)
        self.competencies_button.toggled.connect(self.competencies_area.setVisible)
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signSheetButton")
        self.sign_button.clicked.connect(self.signRequested)
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopenRequested)
        for b in (self.sign_button, self.reopen_button):
            b.setMinimumHeight(34)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addWidget(self.timer)
        lay.addWidget(line)
        lay.addWidget(self.bloc_title)
        lay.addWidget(self.outcome)
        lay.addWidget(self.reason)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.progress)
        lay.addSpacing(6)
        lay.addWidget(self.flag_box)
        lay.addWidget(self.flag_note)
        lay.addWidget(self.observation_title)
        lay.addWidget(self.observation)
        lay.addWidget(self.competencies_button)
        lay.addWidget(self.competencies_area, 1)
        lay.addStretch(0)
        lay.addWidget(self.sign_button)
        lay.addWidget(self.reopen_button)
        self.retranslateUi()

    def set_bloc(self, bloc: Bloc | None, competency_codes: tuple[str, ...],
                 referential_notes: str = "") -> None:
        self._bloc = bloc
        self._notes = referential_notes
        comps = {c.code: c.text for c in bloc.competencies} if bloc else {}
        self._competencies = [(code, comps.get(code, "")) for code in competency_codes]
        self.retranslateUi()

    def _competencies_html(self) -> str:
        html = "<br>".join(f"<b>{_esc(code)}</b> {_esc(text)}"
                           for code, text in self._competencies)
        bloc = self._bloc
        if bloc is not None:
            # Whether the rule is the certifier's or a default: the juror must know.
            rule = _esc(bloc.rule.describe())
            title = _esc(self.tr("Règle du bloc :"))
            html += f"<p><b>{title}</b> {rule}"
            if bloc.rule.note:
                html += f"<br><i>{_esc(bloc.rule.note)}</i>"
            html += "</p>"
        if self._notes:
            title = _esc(self.tr("Notes du référentiel :"))
            html += f"<p><b>{title}</b> {_esc(self._notes)}</p>"
        return html

    def show_proposal(self, proposal: Proposal | None, *, hidden: bool = False) -> None:
        self._proposal = proposal
        self._hidden = hidden
        if proposal is not None and hidden:
            # The juror chose not to see the rule before the grid is complete.
            self.outcome.setText(self.tr("Proposition masquée"))
            self.outcome.setStyleSheet("")
            self.reason.setText(self.tr("Elle s'affichera quand tous les critères seront notés."))
            self.reason.setVisible(True)
            self.progress.setRange(0, max(1, proposal.total))
            self.progress.setValue(proposal.marked)
        elif proposal is None:
            self.outcome.setText("")
            self.reason.setText("")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        else:
            self.outcome.setText(outcome_label(proposal.outcome))
            self.outcome.setStyleSheet(f"color: {outcome_colour(proposal.outcome)};")
            # The progress line below already says « n / m critères notés »:
            # the rule's reason is shown without that sentence, not twice.
            counted = f"{proposal.marked}/{proposal.total} critères notés."
            reason = proposal.reason.strip()
            if reason.startswith(counted):
                reason = reason[len(counted):].strip()
            reason = reason if proposal.marked else ""
            self.reason.setText(reason)
            self.reason.setVisible(bool(reason))
            self.progress.setRange(0, max(1, proposal.total))
            self.progress.setValue(proposal.marked)
        self._progress_text()

    def show_sheet(self, *, signed: bool, flag: bool, note: str, observation: str) -> None:
        self.flag_box.setChecked(flag)
        self.flag_note.setText(note)
        self.flag_note.setVisible(bool(flag and note))
        if not self.observation.hasFocus():
            self.observation.setPlainText(observation)
        self.observation.setReadOnly(signed)
        self.flag_box.setEnabled(not signed)
        self.sign_button.setVisible(not signed)
        self.reopen_button.setVisible(signed)

    def _progress_text(self) -> None:
        p = self._proposal
        if p is None:
            self.progress_label.setText("")
            return
        self.progress_label.setText(
            self.tr("%1 / %2 critères notés").replace("%1", str(p.marked))
            .replace("%2", str(p.total))
        )

    def retranslateUi(self) -> None:
        if self._bloc is not None:
            self.bloc_title.setText(
                self.tr("Proposition pour le bloc %1").replace("%1", self._bloc.code)
            )
            self.bloc_title.setToolTip(self._bloc.title)
        self.flag_box.setText(self.tr("Grille entière « À discuter » (Ctrl+Maj+D)"))
        self.observation_title.setText(self.tr("Observation générale"))
        self.observation.setAccessibleName(self.tr("Observation générale sur la grille"))
        self.observation.setPlaceholderText(self.tr("Appréciation d'ensemble…"))
        self.competencies_button.setText(self.tr("Compétences évaluées (Ctrl+K)"))
        self.competencies.setText(self._competencies_html())
        self.sign_button.setText(self.tr("Signer la grille… (Ctrl+Maj+S)"))
        self.observation_title.setText(self.tr("Observation générale (Ctrl+G)"))
        self.reopen_button.setText(self.tr("Rouvrir la grille… (Ctrl+R)"))
        if self._proposal is not None:
            self.show_proposal(self._proposal, hidden=self._hidden)
        self._progress_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
