"""Offscreen renders of the lead's window for the documentation: the session
window with some decisions, the comparison of the grids, the decision
dialog, the merge report, the export dialog and the statistics (1366×768),
and the session window at 1920×1080."""

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from grader.grading import deliberation
from grader.grading import vocabulary as v
from grader.grading.demo import DemoFiles, create_demo
from grader.grading.merge import MergeReport, merge_juror_files
from grader.models.store import open_file
from grader.ui.lead.merge_worker import MergeReportDialog
from grader.ui.lead.session_window import LeadSessionWindow

SIZE = (1366, 768)
LARGE = (1920, 1080)


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _decide_some(session: Path) -> None:
    """A deliberation under way: a few decisions, one departing from the rule."""
    with open_file(session) as gfile:
        from grader.grading.rules import session_proposals
        from grader.grading.session_ops import list_candidates, list_jurors

        by = list_jurors(gfile)[0].name
        for n, cand in enumerate(list_candidates(gfile)[:5]):
            for code, proposal in session_proposals(gfile, cand.id).items():
                if n == 1 and proposal.outcome == v.NON_VALIDE:
                    deliberation.record_decision(
                        gfile, cand.id, code, v.VALIDE,
                        "Lacunes écrites compensées à l'oral : jury unanime.", by)
                elif proposal.outcome == v.NON_VALIDE:
                    deliberation.record_decision(
                        gfile, cand.id, code, v.NON_VALIDE,
                        "Analyse d'audience insuffisante ; à représenter.", by)
                elif proposal.outcome == v.VALIDE:
                    deliberation.record_decision(gfile, cand.id, code, v.VALIDE, "", by)


def render_lead_screenshots(out_dir: Path, demo: DemoFiles | None = None,
                            large_dir: Path | None = None) -> list[Path]:
    """Write lead-*.png into ``out_dir`` (and lead-session.png at 1920×1080
    into ``large_dir`` when given); needs a QApplication. ``demo``: the demo
    files to use (its session gets merged and decided), else a fresh one."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="grader-lead-shots-") as tmp:
        if demo is None:
            demo = create_demo(Path(tmp))
        with open_file(demo.session) as gfile:
            report = merge_juror_files(gfile, demo.juror_files)
        _decide_some(demo.session)
        written = _session_screens(demo.session, report, out_dir)
        if large_dir is not None:
            written += _session_screens(demo.session, None, Path(large_dir), LARGE)
    return written


def _session_screens(session: Path, report: MergeReport | None, out_dir: Path,
                     size: tuple[int, int] = SIZE) -> list[Path]:
    """The session window (and, with a merge report, its dialogs and tabs)."""
    from grader.ui.lead.controller import LeadController

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = LeadSessionWindow(LeadController.open(session))
    try:
        window.resize(*size)
        window.show()
        lines = window.model.lines()
        # The candidate with the most disagreements still to decide.
        target = max(
            (ln for ln in lines if any(c.decided is None for c in ln.cells)),
            key=lambda ln: sum(c.disagreements for c in ln.cells),
            default=lines[0],
        )
        bloc = next((c.bloc_code for c in target.cells if c.decided is None),
                    target.cells[0].bloc_code)
        window.select(target.candidate.id, bloc)
        view = window.comparison
        best = max(range(view.assessment_box.count()), key=lambda i: _differ(window, i))
        view.assessment_box.setCurrentIndex(best)
        window.tabs.setCurrentWidget(view)
        written.append(_save(window, out_dir / "lead-session.png"))
        if report is None:
            return written
        if view.model.disagreement_rows():
            view.table.selectRow(view.model.disagreement_rows()[0])
        written.append(_save(window, out_dir / "lead-comparison.png"))
        dialog = window.open_decision()
        if dialog is not None:
            dialog.adjustSize()
            written.append(_save(dialog, out_dir / "lead-decision.png"))
            dialog.reject()
        merge_dialog = MergeReportDialog(report, window)
        merge_dialog.show()
        written.append(_save(merge_dialog, out_dir / "lead-merge-report.png"))
        merge_dialog.close()
        export = window.open_export()
        export.adjustSize()
        written.append(_save(export, out_dir / "lead-export.png"))
        export.reject()
        window.tabs.setCurrentWidget(window.stats)
        written.append(_save(window, out_dir / "lead-statistics.png"))
    finally:
        window.close()
    return written


def _differ(window: LeadSessionWindow, index: int) -> int:
    window.comparison.assessment_box.setCurrentIndex(index)
    return len(window.comparison.model.disagreement_rows())
