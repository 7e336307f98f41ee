"""The grading window's changes to the sheet: each one a single core
operation through the controller, then the window shows what the core
returned (saved time, proposal, status). No user-visible text here: the
window's own methods (``_report``, ``_refuse_edit``) word the messages."""

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from grader.grading.views import CandidateView, MarkView, SheetView
from grader.referential.model import Assessment
from grader.ui import settings
from grader.ui.controller import GradingController, GradingError
from grader.ui.dialogs import FlagDialog
from grader.ui.grid_model import GridModel
from grader.ui.grid_view import GridView
from grader.ui.side_panel import SidePanel
from grader.ui.timer import SoutenanceKey


class SheetEditsMixin(QMainWindow):
    """Part of GradingWindow, which sets these attributes and defines the
    methods declared below; declaring them lets mypy check this half."""

    ctl: GradingController
    sheet: SheetView | None
    assessment: Assessment | None
    side: SidePanel
    grid: GridView
    grid_model: GridModel
    _last_error: str
    _sheet_ids: dict[SoutenanceKey, str]

    if TYPE_CHECKING:
        # Declared for mypy only: at run time GradingWindow's own methods are
        # the only ones, so a missing one fails loudly instead of doing nothing.
        def candidate(self) -> CandidateView | None: ...
        def _report(self, message: str) -> None: ...
        def _refuse_edit(self) -> None: ...
        def _saved(self, updated_at: datetime | None, from_save: bool) -> None: ...
        def _set_status(self, sheet: SheetView) -> None: ...
        def _show_sheet(self, sheet: SheetView, *, from_save: bool) -> None: ...

    def _update_proposal(self) -> None:
        if self.assessment is None:
            self.side.show_proposal(None)
            return
        values = self.grid_model.values()
        # Optionally hidden until complete: it must not anchor the juror mid-soutenance.
        hidden = settings.get(settings.HIDE_PROPOSAL) and any(v is None for v in values.values())
        self.side.show_proposal(self.ctl.proposal(self.assessment, values), hidden=hidden)

    # -- writes -----------------------------------------------------------
    def _write_mark(self, criterion_id: str, field: str, value: object) -> MarkView | None:
        if self.sheet is None:
            return None
        if not self._retry_unsaved(skip=criterion_id if field == "observation" else None):
            # The disk still refuses: this write waits with the others.
            if field == "observation":
                self.grid_model.keep_unsaved(criterion_id, str(value))
            return None
        try:
            mark = self.ctl.write_mark(self.sheet.id, criterion_id, field, value)
        except GradingError as exc:
            self._report(str(exc))
            if field == "observation":
                # The text stays on screen, marked « non enregistré », and the
                # next write tries it again.
                self.grid_model.keep_unsaved(criterion_id, str(value))
            return None
        if field == "observation":
            self.grid_model.drop_unsaved(criterion_id)
        self._last_error = ""
        marks = dict(self.sheet.marks)
        marks[criterion_id] = mark
        self.sheet = _with_marks(self.sheet, marks)
        self._saved(mark.updated_at, True)
        self.grid_model.apply_mark(criterion_id, mark)
        self._update_proposal()
        self._set_status(self.sheet)
        return mark

    def _retry_unsaved(self, skip: str | None = None) -> bool:
        """Write again the observations a failed write left on screen; False
        while the disk still refuses."""
        if self.sheet is None:
            return True
        for cid, text in self.grid_model.unsaved().items():
            if cid == skip:
                continue
            try:
                mark = self.ctl.write_mark(self.sheet.id, cid, "observation", text)
            except GradingError as exc:
                self._report(str(exc))
                return False
            self.grid_model.drop_unsaved(cid)
            marks = dict(self.sheet.marks)
            marks[cid] = mark
            self.sheet = _with_marks(self.sheet, marks)
            self.grid_model.apply_mark(cid, mark)
        return True

    def sheet_op(self, op: str, *args: object) -> None:
        if self.sheet is None:
            return
        try:
            sheet = getattr(self.ctl, op)(self.sheet.id, *args)
        except GradingError as exc:
            self._report(str(exc))
            return
        self._show_sheet(sheet, from_save=True)

    def _save_timer(self, key: SoutenanceKey, elapsed: int) -> None:
        sheet_id = self._sheet_ids.get(key)
        if sheet_id is None:
            return
        if self.sheet is not None and sheet_id == self.sheet.id:
            if self.sheet.status != "signed":
                self.sheet_op("save_timer", elapsed)
            return
        # A clock still running on a soutenance the juror is not looking at.
        try:
            sheet = self.ctl.save_timer(sheet_id, elapsed)
        except GradingError as exc:
            self._report(str(exc))
            return
        self._set_status(sheet)

    def save_sheet_observation(self, text: str) -> None:
        if self.sheet is not None and self.sheet.status != "signed" \
                and text != self.sheet.observation:
            self.sheet_op("set_sheet_observation", text)

    def toggle_sheet_flag(self, flag: bool) -> None:
        if self.sheet is None or self.sheet.status == "signed":
            self._refuse_edit()
            self.side.flag_box.setChecked(bool(self.sheet and self.sheet.flag_discuss))
            return
        note = ""
        if flag:
            cand = self.candidate()
            note, ok = FlagDialog.ask(self, cand.display_name if cand else "", self.sheet.flag_note)
            if not ok:
                self.side.flag_box.setChecked(self.sheet.flag_discuss)
                return
        self.sheet_op("set_sheet_flag", flag, note)

    def toggle_criterion_flag(self) -> None:
        idx = self.grid.current_criterion_index()
        crit = self.grid_model.criterion_at(idx)
        if crit is None:
            return
        if self.grid_model.locked:
            self._refuse_edit()
            return
        mark = self.grid_model.mark(crit.id)
        if mark is not None and mark.flag_discuss:
            self.grid_model.write(crit.id, "flag", (False, ""))
            return
        note, ok = FlagDialog.ask(self, f"{crit.code or ''} {crit.text}".strip())
        if ok:
            self.grid_model.write(crit.id, "flag", (True, note))


def _with_marks(sheet: SheetView, marks: dict[str, MarkView]) -> SheetView:
    return replace(sheet, marks=marks)
