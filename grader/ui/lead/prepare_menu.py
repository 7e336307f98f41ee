"""« Préparation », the lead's menu for the steps before the jury sits:
members of the jury, candidates, soutenance durations, export of the jurors' grilles, blocs a
candidate acquired earlier. Each entry opens its dialog; whatever a dialog
changes in the file is announced by ``changed``, on which the window reloads.

The menu knows its window only as a parent widget and a function giving the
chosen candidate: the window builds the menu, never the other way round."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from grader.ui.lead.acquired_blocs_dialog import AcquiredBlocsDialog
from grader.ui.lead.controller import LeadError
from grader.ui.lead.durations_dialog import DurationsDialog
from grader.ui.lead.juror_files_dialog import JurorFilesDialog
from grader.ui.lead.prepare_candidates import CandidatesDialog
from grader.ui.lead.prepare_jurors import JurorsDialog
from grader.ui.lead.prepare_ops import PrepareOps
from grader.ui.messages import show_error


class PrepareMenu(QMenu):
    changed = Signal()  # a dialog changed the session file

    def __init__(self, ops: PrepareOps, chosen_candidate: Callable[[], str],
                 window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("prepareMenu")
        self.window_ = window
        self.ops = ops
        self.chosen_candidate = chosen_candidate
        self.active_dialog: QDialog | None = None
        self.jurors_action = self._action("jurorsAction", self.open_jurors)
        self.candidates_action = self._action("candidatesAction", self.open_candidates)
        self.durations_action = self._action("durationsAction", self.open_durations)
        self.juror_files_action = self._action("jurorFilesAction", self.open_juror_files)
        self.addSeparator()
        self.acquired_action = self._action("acquiredBlocsAction", self.open_acquired)
        self.presence_action = self._action("candidatePresenceAction", self.toggle_presence)
        self.retranslateUi()

    def _action(self, name: str, slot: object) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("&Préparation"))
        self.jurors_action.setText(self.tr("&Jurés…"))
        self.candidates_action.setText(self.tr("&Candidats…"))
        self.durations_action.setText(self.tr("&Durées des soutenances…"))
        self.juror_files_action.setText(self.tr("&Exporter les grilles des jurés…"))
        self.acquired_action.setText(self.tr("&Blocs déjà acquis du candidat choisi…"))
        self.presence_action.setText(self.tr("Candidat choisi &absent ou présent à la session"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _refresh_window(self) -> None:
        self.changed.emit()

    def _show(self, dialog: QDialog) -> QDialog:
        if hasattr(dialog, "changed"):
            dialog.changed.connect(self._refresh_window)
        dialog.finished.connect(dialog.deleteLater)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_jurors(self) -> JurorsDialog:
        dialog = JurorsDialog(self.ops, self.window_)
        self._show(dialog)
        return dialog

    def open_candidates(self) -> CandidatesDialog:
        dialog = CandidatesDialog(self.ops, self.window_)
        self._show(dialog)
        return dialog

    def open_durations(self) -> DurationsDialog:
        dialog = DurationsDialog(self.ops, self.window_)
        self._show(dialog)
        return dialog

    def open_juror_files(self) -> JurorFilesDialog:
        dialog = JurorFilesDialog(self.ops, self.window_)
        # New keys are written back into the session: the window shows them.
        dialog.finished.connect(lambda _r: self._refresh_window())
        self._show(dialog)
        return dialog

    def open_acquired(self) -> AcquiredBlocsDialog | None:
        candidate_id = self.chosen_candidate()
        try:
            candidate = next((c for c in self.ops.candidates() if c.id == candidate_id), None)
        except LeadError as exc:
            show_error(self.window_, self.tr("Blocs déjà acquis"), str(exc))
            return None
        if candidate is None:
            show_error(self.window_, self.tr("Blocs déjà acquis"),
                       self.tr("Choisissez d'abord un candidat dans le tableau."))
            return None
        dialog = AcquiredBlocsDialog(self.ops, candidate, self.window_)
        self._show(dialog)
        return dialog

    def toggle_presence(self) -> bool:
        """Mark the chosen candidate absent for the session (or present again);
        the core refuses while the jury has decisions for them."""
        title = self.tr("Présence du candidat")
        candidate_id = self.chosen_candidate()
        try:
            candidate = next((c for c in self.ops.candidates() if c.id == candidate_id), None)
            if candidate is None:
                show_error(self.window_, title,
                           self.tr("Choisissez d'abord un candidat dans le tableau."))
                return False
            self.ops.set_candidate_presence(candidate.id, not candidate.present)
        except LeadError as exc:
            show_error(self.window_, title, str(exc))
            return False
        self._refresh_window()
        return True
