"""Import the jurors' files in a worker thread with a progress dialog, then
show one line per file: imported / already present / updated / refused with
the reason. The window stays responsive; the merge itself is the core's
``merge_juror_files`` (each file its own transaction)."""

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from grader.errors import GraderError
from grader.grading import merge
from grader.models.store import GraderFile
from grader.ui.lead.background import dispose, modal_progress, run_in_thread
from grader.ui.rows_model import RowsTableModel
from grader.ui.theme import tone

# lupdate finds the strings of translate("LeadLabels", "…") calls.
translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {
        merge.IMPORTED: translate("LeadLabels", "Importé"),
        merge.ALREADY_PRESENT: translate("LeadLabels", "Déjà présent"),
        merge.UPDATED: translate("LeadLabels", "Mis à jour"),
        merge.REFUSED: translate("LeadLabels", "Refusé"),
    }.get(status, status)


class MergeWorker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)  # MergeReport
    failed = Signal(str)

    def __init__(self, gfile: GraderFile, paths: Sequence[Path]) -> None:
        super().__init__()
        self.gfile = gfile
        self.paths = [Path(p) for p in paths]

    @Slot()
    def run(self) -> None:
        try:
            report = merge.merge_juror_files(self.gfile, self.paths, self.progressed.emit)
        except (GraderError, OSError, sqlite3.Error) as exc:
            self.failed.emit(
                translate("LeadLabels", "La fusion a échoué : %1").replace(
                    "%1", str(exc))
            )
            return
        self.succeeded.emit(report)


class MergeReportModel(RowsTableModel[merge.FileResult]):
    def __init__(self, results: Sequence[merge.FileResult], parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(results)

    def headers(self) -> list[str]:
        return [translate("LeadLabels", "Fichier"), translate("LeadLabels", "Résultat"),
                translate("LeadLabels", "Détail")]

    def cell(self, r: merge.FileResult, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = f"{r.reason} {r.key_note}" if r.key_note else r.reason
            return (r.path.name, status_label(r.status), reason)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor(tone("error" if r.status == merge.REFUSED else "ok")))
        if role == Qt.ItemDataRole.UserRole:
            return r.status
        return None


class MergeReportDialog(QDialog):
    def __init__(self, report: merge.MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReportDialog")
        self.report = report
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = MergeReportModel(report.files, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.resize(820, 320)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Réception des grilles"))
        self.close_button.setText(self.tr("Fermer"))
        files = self.report.files
        refused = len(self.report.refused)
        text = self.tr("%1 fichier(s) traité(s).").replace("%1", str(len(files)))
        if refused:
            text += " " + self.tr(
                "%1 refusé(s) : rien n'en a été importé ; demandez au juré un nouvel envoi."
            ).replace("%1", str(refused))
        self.summary.setText(text)
        self.table.setAccessibleName(self.tr("Résultat de l'import, fichier par fichier"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class MergeRunner(QObject):
    """Runs one merge at a time for a window; ``done`` carries the report."""

    done = Signal(object)  # MergeReport
    failed = Signal(str)

    def __init__(self, gfile: GraderFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._gfile = gfile
        self._parent = parent
        self.worker_thread: QThread | None = None
        self.worker: MergeWorker | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: MergeReportDialog | None = None

    def busy(self) -> bool:
        return self.worker_thread is not None

    def start(self, paths: Sequence[Path]) -> bool:
        if self.busy() or not paths:
            return False
        self.progress = modal_progress(
            self._parent, "mergeProgress", self.tr("Import des grilles"),
            self.tr("Vérification et import des grilles…"), len(paths),
        )
        self.worker = MergeWorker(self._gfile, paths)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._on_failure)
        self.worker_thread = run_in_thread(self, self.worker)
        return True

    def _on_progress(self, i: int, n: int, name: str) -> None:
        if self.progress is None:
            return
        if name:
            self.progress.setLabelText(
                self.tr("Vérification de %1 (%2 sur %3)…").replace("%1", name)
                .replace("%2", str(i + 1)).replace("%3", str(n))
            )
        self.progress.setMaximum(max(n, 1))
        # Last: a modal progress dialog processes events here, and the end of
        # the merge may be delivered (and the dialog gone) before it returns.
        self.progress.setValue(i)

    def _finish(self) -> None:
        dispose(self.progress, self.worker_thread, self.worker)
        self.progress, self.worker_thread, self.worker = None, None, None

    def _on_success(self, report: merge.MergeReport) -> None:
        self._finish()
        self.report_dialog = MergeReportDialog(report, self._parent)
        self.report_dialog.open()
        self.done.emit(report)

    def _on_failure(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
