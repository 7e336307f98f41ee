"""The juror's window: candidates on the left, the criteria grid in the
middle, the clock and the rule's live proposal on the right. No Save button:
every change is one core operation, and the indicator tells the truth about
the last one."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from grader.grading.durations import effective_duration, extended_minutes
from grader.grading.views import CandidateView, SheetView
from grader.referential.model import Assessment
from grader.ui import settings, theme
from grader.ui.candidates_model import CandidateRow
from grader.ui.candidates_view import CandidatesPanel
from grader.ui.controller import GradingController, GradingError, sheet_status
from grader.ui.dialogs import ShortcutsDialog
from grader.ui.elided_label import ElidedLabel
from grader.ui.grading_edits import SheetEditsMixin
from grader.ui.grid_delegate import ObservationEditor
from grader.ui.grid_model import GridModel
from grader.ui.grid_view import GridView
from grader.ui.menus import SettingsMenu
from grader.ui.side_panel import SidePanel
from grader.ui.sign_actions import SignActions
from grader.ui.timer import SoutenanceKey


class GradingWindow(SheetEditsMixin, QMainWindow):
    def __init__(self, controller: GradingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctl = controller
        self.sheet: SheetView | None = None
        self.assessment: Assessment | None = None
        self.candidate_id: str | None = None
        self._last_error = ""
        self._saved_at = ""
        self._statuses: dict[tuple[str, str], str] | None = None
        # Each soutenance met in this window, with its sheet: a clock left
        # running on another candidate saves its time into the right sheet.
        self._sheet_ids: dict[SoutenanceKey, str] = {}

        self.candidates = CandidatesPanel(self)
        self.candidates.candidateChosen.connect(self.show_candidate)
        self.grid_model = GridModel(self)
        self.grid_model.writer = self._write_mark
        self.grid = GridView(self)
        self.grid.setModel(self.grid_model)
        self.grid.editRefused.connect(self._refuse_edit)
        self.grid.markedByKey.connect(self._after_mark_key)
        self.candidates.searchDone.connect(self.grid.setFocus)
        self.side = SidePanel(self)
        self.side.timer.elapsedChanged.connect(self._save_timer)
        self.side.timer.startRefused.connect(self._refuse_timer)
        self.side.timer.set_large(settings.get(settings.LARGE_CLOCK))
        self.side.timer.large_button.toggled.connect(
            lambda on: settings.put(settings.LARGE_CLOCK, on))
        self.side.observation.escaped.connect(self.grid.setFocus)
        self.side.sheetFlagToggled.connect(self.toggle_sheet_flag)
        self.side.observation.committed.connect(self.save_sheet_observation)
        self.signing = SignActions(self)
        self.side.signRequested.connect(self.signing.sign)
        self.side.reopenRequested.connect(self.signing.reopen)

        self.candidate_title = ElidedLabel(self)
        self.candidate_title.setObjectName("candidateTitle")
        font = self.candidate_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.candidate_title.setFont(font)
        self.assessment_box = QComboBox(self)
        self.assessment_box.setObjectName("assessmentBox")
        self.assessment_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A long épreuve title must not push the window past a 1366 px screen:
        # the box shrinks (its list still shows the titles whole).
        self.assessment_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.assessment_box.setMinimumContentsLength(14)
        self.assessment_box.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Fixed)
        for a in self.ctl.assessments:
            self.assessment_box.addItem(a.title, a.id)
            self.assessment_box.setItemData(self.assessment_box.count() - 1, a.title,
                                            Qt.ItemDataRole.ToolTipRole)
        self.assessment_box.view().setMinimumWidth(
            self.assessment_box.view().sizeHintForColumn(0) + 24)
        self.assessment_box.currentIndexChanged.connect(self._assessment_changed)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sheetStatus")
        # Elided, never wider than its share: a long failure message must not
        # push the clock and « Signer » off a 1366 px screen (full text in
        # its tooltip and in the status bar).
        self.save_label = ElidedLabel(self)
        self.save_label.setObjectName("saveIndicator")
        self.lock_banner = QLabel(self)
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(
            "background:#e8f3ea; color:#1b5e20; border:1px solid #2e7d32;"
            "border-radius:4px; padding:6px;"
        )
        self.lock_banner.hide()

        top = QHBoxLayout()
        top.addWidget(self.candidate_title, 3)
        self.assessment_caption = QLabel(self)
        top.addWidget(self.assessment_caption)
        top.addWidget(self.assessment_box, 2)
        top.addSpacing(12)
        top.addWidget(self.status_label)
        top.addSpacing(12)
        top.addWidget(self.save_label, 2)
        centre = QWidget(self)
        clay = QVBoxLayout(centre)
        clay.setContentsMargins(4, 4, 4, 4)
        clay.addLayout(top)
        clay.addWidget(self.lock_banner)
        clay.addWidget(self.grid, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.candidates)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.candidates.setMinimumWidth(210)
        self.side.setMinimumWidth(270)
        self.side.setMaximumWidth(420)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self.resize(1366, 768)
        geometry = settings.get(settings.GRADING_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        sizes = settings.get(settings.GRADING_SPLITTER)
        if sizes.isEmpty() or not self.splitter.restoreState(sizes):
            # The side panel as narrow as its widest line allows, the rest to the grid.
            side = max(300 if self.width() < 1600 else 360,
                       self.side.minimumSizeHint().width())
            self.splitter.setSizes([220, self.width() - 220 - side, side])
        self.retranslateUi()

        self._load_candidates()
        if self.ctl.candidates:
            self.candidates.select(self.ctl.candidates[0].id)
        self.grid.setFocus()

    # -- actions and menus ------------------------------------------------
    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object,
                name: str) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.act_next = self._action("Ctrl+Right", lambda: self.candidates.step(1), "nextCandidate")
        self.act_prev = self._action("Ctrl+Left", lambda: self.candidates.step(-1), "prevCandidate")
        self.act_timer = self._action("Ctrl+T", self.side.timer.toggle, "toggleTimer")
        # Ctrl+S is everyone's « save » reflex: it says the grid is saved (it
        # always is). Signing is deliberate and has its own chord.
        self.act_saved = self._action(QKeySequence.StandardKey.Save, self.say_saved, "saySaved")
        self.act_sign = self._action("Ctrl+Shift+S", self.signing.sign, "signSheet")
        self.act_next_unmarked = self._action("Ctrl+J", self.grid.go_to_next_unmarked,
                                              "nextUnmarked")
        self.act_observation = self._action("Ctrl+G", self._focus_observation,
                                            "generalObservation")
        self.act_large_clock = self._action("Ctrl+Shift+T", self.side.timer.large_button.toggle,
                                            "largeClock")
        self.act_reopen = self._action("Ctrl+R", self.signing.reopen, "reopenSheet")
        self.act_flag = self._action("Ctrl+D", self.toggle_criterion_flag, "flagCriterion")
        self.act_sheet_flag = self._action("Ctrl+Shift+D", lambda: self.toggle_sheet_flag(
            not (self.sheet and self.sheet.flag_discuss)), "flagSheet")
        self.act_search = self._action("Ctrl+F", self._focus_search, "search")
        self.act_assessment = self._action("Ctrl+E", self._next_assessment, "nextAssessment")
        self.act_comps = self._action("Ctrl+K", self.side.competencies_button.toggle,
                                      "competencies")
        self.act_help = self._action(QKeySequence.StandardKey.HelpContents, self.show_help, "help")
        self.act_help.setShortcut(QKeySequence("F1"))
        self.act_close = self._action(QKeySequence.StandardKey.Close, self.close, "closeWindow")
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.act_close)
        self.sheet_menu = bar.addMenu("")
        for act in (self.act_saved, self.act_sign, self.act_reopen, self.act_flag,
                    self.act_sheet_flag, self.act_observation, self.act_timer,
                    self.act_large_clock):
            self.sheet_menu.addAction(act)
        self.nav_menu = bar.addMenu("")
        for act in (self.act_next_unmarked, self.act_next, self.act_prev, self.act_assessment,
                    self.act_search, self.act_comps):
            self.nav_menu.addAction(act)
        self.settings_menu = SettingsMenu(self)
        self.settings_menu.addSeparator()
        self.act_auto_advance = self._setting_action(settings.AUTO_ADVANCE, "autoAdvance")
        self.act_hide_proposal = self._setting_action(settings.HIDE_PROPOSAL, "hideProposal")
        self.act_hide_proposal.toggled.connect(lambda _on: self._update_proposal())
        self.act_compact = self._setting_action(settings.COMPACT_GRID, "compactGrid")
        self.act_compact.toggled.connect(self.grid.set_compact)
        self.grid.set_compact(settings.get(settings.COMPACT_GRID))
        bar.addMenu(self.settings_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_help)

    def _setting_action(self, key: settings.Key[bool], name: str) -> QAction:
        act = self.settings_menu.addAction("")
        act.setObjectName(name)
        act.setCheckable(True)
        act.setChecked(settings.get(key))
        act.toggled.connect(lambda on: settings.put(key, on))
        return act

    def retranslateUi(self) -> None:
        title = self.tr("Grille de %1 — %2").replace("%1", self.ctl.juror_name())
        self.setWindowTitle(title.replace("%2", self.ctl.session.title))
        self.file_menu.setTitle(self.tr("&Fichier"))
        self.sheet_menu.setTitle(self.tr("&Grille"))
        self.nav_menu.setTitle(self.tr("&Navigation"))
        self.help_menu.setTitle(self.tr("&Aide"))
        texts = {
            self.act_next: self.tr("Candidat suivant"),
            self.act_prev: self.tr("Candidat précédent"),
            self.act_timer: self.tr("Démarrer / arrêter le chronomètre"),
            self.act_saved: self.tr("Enregistrer (tout est enregistré à chaque changement)"),
            self.act_sign: self.tr("Signer la grille…"),
            self.act_next_unmarked: self.tr("Critère suivant non noté"),
            self.act_observation: self.tr("Observation générale"),
            self.act_large_clock: self.tr("Chronomètre en grand"),
            self.act_auto_advance: self.tr("Après une note, aller au critère suivant non noté"),
            self.act_hide_proposal: self.tr(
                "Masquer la proposition tant que des critères sont sans note"),
            self.act_compact: self.tr("Grille compacte (plus de critères à l'écran)"),
            self.act_reopen: self.tr("Rouvrir la grille…"),
            self.act_flag: self.tr("Critère « À discuter »…"),
            self.act_sheet_flag: self.tr("Grille entière « À discuter »…"),
            self.act_search: self.tr("Rechercher un candidat"),
            self.act_assessment: self.tr("Épreuve suivante"),
            self.act_comps: self.tr("Compétences évaluées"),
            self.act_help: self.tr("Raccourcis clavier"), self.act_close: self.tr("Fermer"),
        }
        for act, text in texts.items():
            act.setText(text)
        self.assessment_caption.setText(self.tr("Épreuve :"))
        self.assessment_box.setAccessibleName(self.tr("Épreuve à noter"))
        self.grid.setAccessibleName(self.tr("Grille des critères"))
        self.grid_model.retranslate()
        self._refresh_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------
    def _load_candidates(self) -> None:
        aid = self.current_assessment().id
        if self._statuses is None:
            # Read once: afterwards only this window changes the file, and it
            # updates the statuses itself.
            try:
                self._statuses = self.ctl.statuses()
            except GradingError as exc:
                self._report(str(exc))
                self._statuses = {}
        statuses = {c.id: self._statuses.get((c.id, aid), "todo") for c in self.ctl.candidates}
        if self.candidates.model.rowCount() == len(self.ctl.candidates):
            self.candidates.model.set_statuses(statuses)  # keeps the selection
        else:
            self.candidates.model.set_rows(
                [CandidateRow(c, statuses[c.id]) for c in self.ctl.candidates])

    def _set_status(self, sheet: SheetView) -> None:
        status = sheet_status(sheet)
        if self._statuses is not None:
            self._statuses[(sheet.candidate_id, sheet.assessment_id)] = status
        self.candidates.model.set_status(sheet.candidate_id, status)

    def current_assessment(self) -> Assessment:
        aid = self.assessment_box.currentData()
        return next(a for a in self.ctl.assessments if a.id == aid)

    def _assessment_changed(self, _i: int) -> None:
        current = self.candidate_id
        self._load_candidates()
        if current:
            # The list keeps its current row, so select() opens the sheet only
            # when a search had hidden the candidate: open it once either way.
            before = self.sheet
            self.candidates.select(current)
            if self.sheet is before:
                self.show_candidate(current)

    def _next_assessment(self) -> None:
        n = self.assessment_box.count()
        if n > 1:
            self.assessment_box.setCurrentIndex((self.assessment_box.currentIndex() + 1) % n)

    def show_candidate(self, candidate_id: str) -> None:
        """Open (or create) this candidate's sheet for the current assessment."""
        assessment = self.current_assessment()
        try:
            sheet = self.ctl.sheet(candidate_id, assessment.id)
        except GradingError as exc:
            self._report(str(exc))
            return
        self.candidate_id = candidate_id
        if assessment is not self.assessment:
            self.assessment = assessment
            self.grid_model.set_assessment(assessment, dict(sheet.marks),
                                           sheet.status == "signed")
            bloc = self.ctl.bloc_of(assessment)
            self.side.set_bloc(bloc, assessment.competencies, self.ctl.referential.notes)
        self._show_sheet(sheet, from_save=False)
        cand = self.candidate()
        key = (candidate_id, assessment.id)
        self._sheet_ids[key] = sheet.id
        # The clock of this soutenance; one left running elsewhere keeps running.
        self.side.timer.show_soutenance(
            key,
            extended_minutes(effective_duration(self.ctl.session, assessment),
                             cand.extra_time_ratio if cand else 0.0),
            sheet.timer_elapsed_seconds,
            locked=sheet.status == "signed",
            label=cand.display_name if cand else "",
        )
        self.grid.go_to_next_unmarked(from_start=True)

    def candidate(self) -> CandidateView | None:
        return next((c for c in self.ctl.candidates if c.id == self.candidate_id), None)

    def _show_sheet(self, sheet: SheetView, *, from_save: bool) -> None:
        if self.sheet is not None and self.sheet.id != sheet.id:
            self._retry_unsaved()  # last chance before the grid shows another sheet
            for cid in self.grid_model.unsaved():
                self.grid_model.drop_unsaved(cid)
        was_locked = self.sheet is not None and self.sheet.status == "signed"
        self.sheet = sheet
        locked = sheet.status == "signed"
        if was_locked and not locked:
            self.statusBar().clearMessage()  # « Cette grille est signée… » is over
        self.grid_model.set_marks(dict(sheet.marks), locked)
        self.side.timer.set_locked(locked)
        self.side.show_sheet(signed=locked, flag=sheet.flag_discuss, note=sheet.flag_note,
                             observation=sheet.observation)
        self._saved(sheet.updated_at, from_save)
        self._update_proposal()
        self._set_status(sheet)

    def _refresh_header(self) -> None:
        cand = self.candidate()
        text = cand.display_name if cand else self.tr("Aucun candidat")
        if cand and cand.accommodation_type:
            text += "  ·  " + (cand.accommodation_detail or cand.accommodation_type)
        self.candidate_title.setText(text)
        sheet = self.sheet
        if sheet is None:
            self.status_label.setText("")
            self.lock_banner.hide()
            return
        if sheet.status == "signed":
            self.status_label.setText(self.tr("Signée"))
            self.status_label.setStyleSheet(theme.tone_style("ok", bold=True))
            signed = sheet.signed_at
            when = signed.astimezone().strftime("%d/%m/%Y %H:%M") if signed else ""
            self.lock_banner.setText(self.tr(
                "Grille signée le %1 : lecture seule. Pour la corriger, « Rouvrir la grille » "
                "(Ctrl+R)."
            ).replace("%1", when))
            self.lock_banner.show()
        else:
            self.status_label.setText(self.tr("Brouillon"))
            self.status_label.setStyleSheet("")
            self.lock_banner.hide()
        if self._last_error:
            self.save_label.setText(self._last_error)
            self.save_label.setStyleSheet(theme.tone_style("error"))
        elif sheet_status(sheet) == "todo":
            # Nothing written on this sheet yet: no « Enregistré à » of the
            # moment the file was prepared.
            self.save_label.setText("")
            self.save_label.setStyleSheet("")
        else:
            self.save_label.setText(self.tr("Enregistré à %1").replace("%1", self._saved_at))
            self.save_label.setStyleSheet(theme.tone_style("ok"))

    def _saved(self, updated_at: datetime | None, from_save: bool) -> None:
        if updated_at is not None:
            local = updated_at.astimezone()
            # Another day's save says its date: a time alone would read as today.
            fmt = "%H:%M:%S" if local.date() == datetime.now().astimezone().date() \
                else "%d/%m/%Y %H:%M"
            self._saved_at = local.strftime(fmt)
        if from_save or not self._last_error:
            self._last_error = ""
        self._refresh_header()

    def _report(self, message: str) -> None:
        self._last_error = self.tr("Non enregistré : %1").replace("%1", message)
        self._refresh_header()
        self.statusBar().showMessage(self._last_error, 10_000)

    def say_saved(self) -> None:
        """Ctrl+S: every change is already saved; say so (or say what is not)."""
        if self._last_error:
            self.statusBar().showMessage(self._last_error, 10_000)
            return
        self.statusBar().showMessage(self.tr(
            "Tout est enregistré : chaque note et chaque observation l'est dès sa saisie. "
            "Pour signer la grille : Ctrl+Maj+S."), 8000)

    def _after_mark_key(self) -> None:
        if settings.get(settings.AUTO_ADVANCE):
            self.grid.go_to_next_unmarked()

    def _focus_observation(self) -> None:
        self.side.observation.setFocus()
        self.side.observation.moveCursor(self.side.observation.textCursor().MoveOperation.End)

    def _refuse_timer(self) -> None:
        self.statusBar().showMessage(self.tr(
            "Cette grille est signée : son chronomètre ne peut plus démarrer."), 8000)

    def _refuse_edit(self) -> None:
        self.statusBar().showMessage(
            self.tr("Cette grille est signée : rouvrez-la (Ctrl+R) pour la modifier."), 8000
        )

    def _focus_search(self) -> None:
        self.candidates.search.setFocus()
        self.candidates.search.selectAll()

    def show_help(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.side.timer.stop_all()
        editor = self.grid.findChild(ObservationEditor)
        if editor is not None and editor.isVisible():
            self.grid.commitData(editor)  # an observation being typed is kept
        focus = self.focusWidget()
        if focus is self.side.observation:
            self.save_sheet_observation(self.side.observation.toPlainText().strip())
        settings.put(settings.GRADING_GEOMETRY, self.saveGeometry())
        settings.put(settings.GRADING_SPLITTER, self.splitter.saveState())
        self.ctl.close()
        super().closeEvent(event)

    @classmethod
    def open_path(cls, path: Path) -> "GradingWindow":
        """Raises ``GradingError`` with a French sentence."""
        return cls(GradingController.open(path))
