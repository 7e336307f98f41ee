"""The pedagogical lead's window on a session file (.jury): receive the
jurors' files, compare their grids, record each bloc's decision, close the
deliberation and export the documents.

Left, candidates × blocs (proposal or decision, certification outcome);
right, for the selected cell: the jurors' grids side by side, the private
notes and recusals, the reception of the files, the agreement statistics."""

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from grader.grading import vocabulary as v
from grader.grading.merge import MergeReport
from grader.grading.typography import french
from grader.ui import settings
from grader.ui.i18n import current_language
from grader.ui.lead.candidates_blocs_model import CandidatesBlocsModel, certification_label
from grader.ui.lead.close_dialog import CloseDialog
from grader.ui.lead.comparison_view import ComparisonView
from grader.ui.lead.controller import LeadController, LeadError
from grader.ui.lead.decision_dialog import DecisionDialog
from grader.ui.lead.export_dialog import ExportDialog
from grader.ui.lead.merge_worker import MergeRunner
from grader.ui.lead.notes_panel import NotesPanel
from grader.ui.lead.prepare_menu import PrepareMenu
from grader.ui.lead.prepare_ops import PrepareOps
from grader.ui.lead.reception_panel import ReceptionPanel
from grader.ui.lead.stats_panel import StatsPanel
from grader.ui.menus import SettingsMenu
from grader.ui.messages import show_error


class LeadSessionWindow(QMainWindow):
    def __init__(self, controller: LeadController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadSessionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctrl = controller
        self.merger = MergeRunner(controller.gfile, self)
        self.merger.done.connect(self._on_merged)
        self.merger.failed.connect(lambda text: self.error(self.tr("Import des grilles"), text))
        self.last_merge: MergeReport | None = None
        self.active_dialog: QWidget | None = None
        self._loaded = False
        self._make_actions()
        self.prepare_menu = PrepareMenu(PrepareOps(controller.gfile),
                                        lambda: self.selected()[0], self)
        self.prepare_menu.changed.connect(self.refresh)
        self.menuBar().insertMenu(self.deliberation_menu.menuAction(), self.prepare_menu)
        self._make_widgets()
        self.resize(1280, 760)
        self.retranslateUi()
        self.refresh()
        self._restore_layout()
        if self.model.rowCount():
            self.select(self.model.line(0).candidate.id, self.ctrl.blocs[0].code
                        if self.ctrl.blocs else "")

    # -- construction ----------------------------------------------------------
    def _make_actions(self) -> None:
        def action(name: str, keys: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: object) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.import_action = action("importAction", "Ctrl+I", self.choose_and_import)
        self.export_action = action("exportAction", "Ctrl+E", self.open_export)
        self.decide_action = action("decideAction", None, self.open_decision)
        self.decide_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                         QKeySequence(Qt.Key.Key_Enter)])
        self.decide_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.close_action = action("closeDeliberationAction", None, self.open_close)
        self.refresh_action = action("refreshAction", QKeySequence.StandardKey.Refresh,
                                     self.refresh)
        self.quit_action = action("closeWindowAction", QKeySequence.StandardKey.Close, self.close)
        self.session_menu = self.menuBar().addMenu("")
        for act in (self.import_action, self.export_action, None, self.quit_action):
            self.session_menu.addSeparator() if act is None else self.session_menu.addAction(act)
        self.deliberation_menu = self.menuBar().addMenu("")
        for act in (self.decide_action, self.refresh_action, None, self.close_action):
            if act is None:
                self.deliberation_menu.addSeparator()
            else:
                self.deliberation_menu.addAction(act)
        self.menuBar().addMenu(SettingsMenu(self))

    def _make_widgets(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("sessionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("deliberationStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = CandidatesBlocsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("candidatesBlocsTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Tab leaves the table for the comparison and the panels; the arrows
        # move from cell to cell.
        self.table.setTabKeyNavigation(False)
        self.table.addAction(self.decide_action)
        self.table.doubleClicked.connect(lambda _i: self.open_decision())
        self.table.selectionModel().currentChanged.connect(self._on_current)
        self.comparison = ComparisonView(self.ctrl, self)
        self.comparison.decideRequested.connect(self.open_decision)
        self.comparison.errorRaised.connect(lambda t: self.error(self.tr("Comparaison"), t))
        self.notes = NotesPanel(self.ctrl, self)
        self.notes.changed.connect(self.refresh)
        self.notes.errorRaised.connect(lambda t: self.error(self.tr("Délibération"), t))
        self.reception = ReceptionPanel(self.import_action, self)
        self.stats = StatsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("leadTabs")
        for widget in (self.comparison, self.notes, self.reception, self.stats):
            self.tabs.addTab(widget, "")
        self._stats_stale = True
        self.tabs.currentChanged.connect(lambda _i: self._load_statistics())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("leadSplitter")
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        self.splitter = split
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.heading)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        self.setCentralWidget(central)

    def _restore_layout(self) -> None:
        """Where the lead left the window last time, else a layout that fits."""
        geometry = settings.get(settings.LEAD_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(settings.LEAD_SPLITTER)
        if state.isEmpty() or not self.splitter.restoreState(state):
            # The table gets the room its columns need, the comparison at least
            # 520 pixels (or half a narrow window).
            width = self.width()
            wanted = self.table.horizontalHeader().length() + 24
            table = min(wanted, max(width // 2, width - 520))
            self.splitter.setSizes([table, width - table])
        tab = settings.get(settings.LEAD_TAB)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_layout(self) -> None:
        settings.put(settings.LEAD_GEOMETRY, self.saveGeometry())
        settings.put(settings.LEAD_SPLITTER, self.splitter.saveState())
        settings.put(settings.LEAD_TAB, self.tabs.currentIndex())

    def retranslateUi(self) -> None:
        s = self.ctrl.session()
        self.setWindowTitle(self.tr("Délibération — %1").replace("%1", s.title))
        self.session_menu.setTitle(self.tr("&Session"))
        self.deliberation_menu.setTitle(self.tr("&Délibération"))
        self.import_action.setText(self.tr("&Importer des grilles…"))
        self.export_action.setText(self.tr("&Exporter…"))
        self.decide_action.setText(self.tr("Enregistrer la &décision du bloc choisi…"))
        self.refresh_action.setText(self.tr("&Actualiser"))
        self.close_action.setText(self.tr("&Clôturer la délibération…"))
        self.quit_action.setText(self.tr("&Fermer la session"))
        self.table.setAccessibleName(self.tr("Candidats et blocs : propositions et décisions"))
        for i, label in enumerate((self.tr("Comparaison des grilles"),
                                   self.tr("Notes et récusations"),
                                   self.tr("Réception des grilles"), self.tr("Statistiques"))):
            self.tabs.setTabText(i, label)
        self.model.retranslate()
        self._render_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.ctrl.is_closed()

    def refresh(self) -> None:
        """Reload everything from the file (after a merge, a decision, a recusal)."""
        try:
            lines = self.ctrl.lines()
            reception = self.ctrl.reception()
        except LeadError as exc:
            self.error(self.tr("Lecture de la session"), str(exc))
            return
        if not self._loaded:
            self._loaded = True
            self.model.set_data(self.ctrl.blocs, lines)
            self._size_columns()
        else:
            self.model.update_lines(lines)
        self.reception.set_rows(reception)
        self._stats_stale = True
        self._load_statistics()
        self.comparison.refresh()
        self._apply_lock()
        self._render_heading()

    def _load_statistics(self) -> None:
        """The statistics read the whole session's grids: computed when their
        tab is shown, not on every refresh of a window that may never show them."""
        if not self._stats_stale or self.tabs.currentWidget() is not self.stats:
            return
        try:
            stats = self.ctrl.session_statistics()
        except LeadError as exc:
            self.error(self.tr("Lecture de la session"), str(exc))
            return
        self._stats_stale = False
        self.stats.set_statistics(stats)

    def decision_recorded(self, candidate_id: str) -> None:
        """After a decision: that candidate's row only is read again and
        repainted (the grids, the reception and the statistics are unchanged)."""
        try:
            line = self.ctrl.line(candidate_id)
        except LeadError as exc:
            self.error(self.tr("Lecture de la session"), str(exc))
            return
        self.model.update_line(line)
        self._render_heading()

    def _size_columns(self) -> None:
        """Widths measured once, when the table is read: a column sized to its
        contents on every change would measure every row after each decision."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        # The longest outcome, in bold, whichever rows are on screen.
        last = self.model.columnCount() - 1
        longest = max((certification_label(c) for c in v.Outcome), key=len)
        bold = self.table.font()
        bold.setBold(True)
        wanted = QFontMetrics(bold).horizontalAdvance(longest) + 3 * metrics.averageCharWidth()
        header.resizeSection(last, max(header.sectionSize(last), wanted))
        header.setStretchLastSection(True)

    def _apply_lock(self) -> None:
        locked = self.is_locked()
        # Enter stays bound on a closed session: pressed, it says why nothing
        # can be decided any more (``decision_dialog``).
        self.close_action.setEnabled(not locked)
        self.import_action.setEnabled(not locked)
        self.comparison.decide_button.setEnabled(not locked)
        self.notes.set_locked(locked)

    def _render_heading(self) -> None:
        s = self.ctrl.session()
        when = s.session_date.strftime("%d/%m/%Y") if s.session_date else ""
        self.heading.setText(" — ".join(p for p in (s.title, when, s.place) if p))
        if s.closed_at is not None:
            local = s.closed_at.astimezone()
            text = self.tr("🔒 Délibération clôturée le %1 à %2%3 : les décisions sont "
                           "verrouillées ; les exports sont définitifs.")
            by = self.tr(" par %1").replace("%1", s.closed_by) if s.closed_by else ""
            text = text.replace("%1", local.strftime("%d/%m/%Y")).replace(
                "%2", local.strftime("%H:%M")).replace("%3", by)
            self.status.setStyleSheet(
                "background: #e8eef7; color: #1d2330; padding: 4px; border-radius: 3px;")
        else:
            lines = self.model.lines()
            # Blocs acquired earlier and absent candidates await no decision.
            expected = [c for ln in lines if ln.candidate.present for c in ln.cells
                        if c.state is not v.BlocState.DEJA_ACQUIS]
            total = len(expected)
            done = sum(1 for c in expected if c.decided)
            text = self.tr("Délibération en cours : %1 décision(s) de bloc enregistrée(s) sur "
                           "%2. Entrée ou double-clic sur un bloc pour décider. ⚠n : écart "
                           "entre jurés sur n critères, sur fond jaune quand il change la "
                           "proposition ; ⚑ : point « À discuter ».").replace(
                               "%1", str(done)).replace("%2", str(total))
            self.status.setStyleSheet("padding: 4px;")
        try:
            warnings = self.ctrl.jury_warnings()
        except LeadError:
            warnings = []
        if warnings:
            text += "\n" + "\n".join(f"⚠ {w}" for w in warnings)
        # French typography where the interface reads in French.
        self.status.setText(french(text) if current_language() == "fr" else text)

    # -- selection -------------------------------------------------------------
    def selected(self) -> tuple[str, str]:
        """(candidate id, bloc code) of the current cell; bloc "" off the bloc columns."""
        index = self.table.currentIndex()
        if not index.isValid():
            return "", ""
        cell = self.model.cell(index)
        return self.model.line(index.row()).candidate.id, cell.bloc_code if cell else ""

    def select(self, candidate_id: str, bloc_code: str) -> None:
        row = self.model.row_of(candidate_id)
        col = max(self.model.bloc_column(bloc_code), 0)
        if row >= 0:
            index = self.model.index(row, col)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        line = self.model.line(current.row())
        cell = self.model.cell(current)
        name = line.candidate.display_name
        self.notes.show_candidate(line.candidate.id, name)
        bloc = cell.bloc_code if cell else self.comparison.current()[1]
        if not bloc and self.ctrl.blocs:
            bloc = self.ctrl.blocs[0].code
        if bloc:
            self.comparison.show_item(line.candidate.id, name, bloc)

    # -- actions ---------------------------------------------------------------
    def error(self, title: str, text: str) -> None:
        show_error(self, title, text)

    def choose_and_import(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Importer les grilles des jurés"), str(self.ctrl.gfile.path.parent),
            self.tr("Grilles de juré (*.grille);;Tous les fichiers (*)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> bool:
        """Start merging these juror files in the background (the progress dialog
        shows; the report dialog opens at the end)."""
        if self.is_locked():
            self.error(self.tr("Import des grilles"), self.tr(
                "La délibération est clôturée : aucune grille ne peut plus être importée."))
            return False
        return self.merger.start(paths)

    def _on_merged(self, report: MergeReport) -> None:
        self.last_merge = report
        self.refresh()

    def decision_dialog(self, candidate_id: str, bloc_code: str) -> DecisionDialog | None:
        """The dialog for this cell, or None (with a message) when it cannot open."""
        if self.is_locked():
            self.error(self.tr("Décision du jury"), self.tr(
                "La délibération est clôturée : les décisions sont verrouillées et aucune ne "
                "peut plus être enregistrée ni changée. Les documents exportés sont définitifs."))
            return None
        row = self.model.row_of(candidate_id)
        col = self.model.bloc_column(bloc_code)
        if row < 0 or col < 0:
            self.error(self.tr("Décision du jury"),
                       self.tr("Choisissez d'abord une case de bloc dans le tableau."))
            return None
        cell = self.model.cell(self.model.index(row, col))
        assert cell is not None
        line = self.model.line(row)
        bloc = self.ctrl.referential.bloc(bloc_code)
        if cell.state is v.BlocState.DEJA_ACQUIS and not cell.decided:
            self.error(self.tr("Décision du jury"), self.tr(
                "Ce bloc est déjà acquis (session antérieure) : le jury ne le délibère pas "
                "de nouveau. Retirez-le des blocs déjà acquis (menu Préparation) pour en "
                "décider ici."))
            return None
        if not line.candidate.present and not cell.decided:
            self.error(self.tr("Décision du jury"), self.tr(
                "%1 est noté(e) absent(e) à la session : aucune décision de bloc n'est "
                "enregistrée pour un candidat absent. Notez-le présent (menu Préparation) "
                "pour délibérer.").replace("%1", line.candidate.display_name))
            return None

        def submit(decided: str, motivation: str) -> object:
            return self.ctrl.record_decision(candidate_id, bloc_code, decided, motivation)

        dialog = DecisionDialog(line.candidate.display_name, bloc.title, cell, submit, self)
        dialog.accepted.connect(lambda: self.decision_recorded(candidate_id))
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def open_decision(self) -> DecisionDialog | None:
        candidate_id, bloc_code = self.selected()
        if not bloc_code:
            candidate_id, bloc_code = self.comparison.current()
        dialog = self.decision_dialog(candidate_id, bloc_code)
        if dialog is not None:
            self.active_dialog = dialog
            dialog.open()
        return dialog

    def open_close(self) -> CloseDialog | None:
        if self.is_locked():
            return None
        try:
            missing = self.ctrl.missing_decisions()
            unsigned = self.ctrl.unsigned_grids()
            president = next((j.name for j in self.ctrl.jurors() if j.is_president), "")
        except LeadError as exc:
            self.error(self.tr("Clôturer la délibération"), str(exc))
            return None
        names = {ln.candidate.id: ln.candidate.display_name for ln in self.model.lines()}
        labels = [f"{names.get(c, c)} : {b}" for c, b in missing]
        dialog = CloseDialog(president, labels, self.ctrl.close_deliberation, self, unsigned)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.ctrl.gfile, self.is_locked(), self)
        dialog.finished.connect(dialog.deleteLater)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.merger.busy():
            event.ignore()  # a merge writes to the file: let it finish
            return
        self.notes.save_note()
        self.save_layout()
        self.ctrl.close()
        super().closeEvent(event)
