"""Sign and reopen the current sheet of a grading window: the summary
dialog first, then the core's ``sign_sheet`` / ``reopen_sheet``.

They act on the window's sheet-editing half (``SheetEditsMixin``: the sheet,
its grid, the side panel, ``sheet_op``), not on the whole window, which
builds them."""

from PySide6.QtCore import QCoreApplication, QObject

from grader.ui.dialogs import ReopenDialog
from grader.ui.grading_edits import SheetEditsMixin
from grader.ui.key_dialog import ready_to_sign
from grader.ui.labels import outcome_label
from grader.ui.sign_dialog import SignDialog, SignSummary

translate = QCoreApplication.translate




class SignActions(QObject):
    def __init__(self, window: SheetEditsMixin) -> None:
        super().__init__(window)
        self.w = window

    def summary(self) -> SignSummary | None:
        w = self.w
        if w.sheet is None or w.assessment is None:
            return None
        model = w.grid_model
        unmarked: list[str] = []
        flagged: list[str] = []
        values = model.values()
        for crit in w.assessment.criteria:
            label = f"{crit.code} — {crit.text}" if crit.code else crit.text
            if values.get(crit.id) is None:
                unmarked.append(label)
            mark = model.mark(crit.id)
            if mark is not None and mark.flag_discuss:
                flagged.append(label + (f" ({mark.flag_note})" if mark.flag_note else ""))
        if w.sheet.flag_discuss:
            flagged.insert(0, translate("SignActions", "La grille entière") + (
                f" ({w.sheet.flag_note})" if w.sheet.flag_note else ""))
        proposal = w.ctl.proposal(w.assessment, values)
        cand = w.candidate()
        return SignSummary(
            candidate_name=cand.display_name if cand else "",
            assessment_title=w.assessment.title,
            marked=len(values) - len(unmarked),
            total=len(values),
            unmarked=tuple(unmarked),
            flagged=tuple(flagged),
            proposal=f"{outcome_label(proposal.outcome)} — {proposal.reason}",
        )

    def sign(self) -> None:
        w = self.w
        if w.sheet is None:
            return
        if w.sheet.status == "signed":
            done = translate("SignActions", "Cette grille est déjà signée.")
            w.statusBar().showMessage(done, 6000)
            return
        observation = w.side.observation.toPlainText().strip()
        if observation != w.sheet.observation:
            w.save_sheet_observation(observation)
        summary = self.summary()
        if summary is None or not SignDialog.ask(w, summary):
            return
        if not ready_to_sign(w, w.ctl):  # the juror's key: created, unlocked
            return
        w.side.timer.stop()
        w.sheet_op("sign")
        w.grid.setFocus()

    def reopen(self) -> None:
        w = self.w
        if w.sheet is None or w.sheet.status != "signed":
            return
        cand = w.candidate()
        reason, ok = ReopenDialog.ask(w, cand.display_name if cand else "")
        if ok:
            w.sheet_op("reopen", reason)
            w.grid.setFocus()
