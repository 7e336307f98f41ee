"""« Exporter… »: choose the documents (PV, evaluation sheets, attestations,
workbook, anonymised workbook) and the folder; the export runs in a worker
thread with a progress dialog; at the end the files written are listed and
« Ouvrir le dossier » shows them."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStringListModel, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grader import export
from grader.export.data import ExportData, gather
from grader.grading.session_ops import session_view
from grader.models.store import GraderFile
from grader.paths import default_exports_dir
from grader.ui import settings
from grader.ui.confirm import Confirmation, confirm
from grader.ui.lead.background import dispose, modal_progress, run_in_thread
from grader.ui.theme import tone_style

PV, SHEETS, ATTESTATIONS, WORKBOOK, ANONYMISED = (
    "pv", "sheets", "attestations", "workbook", "anonymised")
DOCUMENTS = (PV, SHEETS, ATTESTATIONS, WORKBOOK, ANONYMISED)
Job = Callable[[GraderFile, Path, Callable[[int, int], None], ExportData], list[Path]]

# The session is read once (``gather``) and handed to every chosen document.
JOBS: dict[str, Job] = {
    PV: lambda g, d, p, x: [export.export_pv(g, d, progress=p, data=x)],
    SHEETS: lambda g, d, p, x: export.export_sheets(g, d, combined=True, progress=p, data=x),
    ATTESTATIONS: lambda g, d, p, x: export.export_attestations(g, d, progress=p, data=x),
    WORKBOOK: lambda g, d, p, x: [export.export_workbook(g, d, progress=p, data=x)],
    ANONYMISED: lambda g, d, p, x: [
        export.export_workbook(g, d, anonymised=True, progress=p, data=x)
    ],
}


class ExportWorker(QObject):
    progressed = Signal(int, str)  # percent, document code
    succeeded = Signal(list)  # list[Path]
    failed = Signal(str)

    def __init__(self, gfile: GraderFile, folder: Path, documents: list[str]) -> None:
        super().__init__()
        self.gfile, self.folder, self.documents = gfile, folder, documents

    @Slot()
    def run(self) -> None:
        written: list[Path] = []
        n = len(self.documents)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = gather(self.gfile)
            for k, code in enumerate(self.documents):
                def tick(done: int, total: int, k: int = k, code: str = code) -> None:
                    share = done / total if total else 1.0
                    self.progressed.emit(int(100 * (k + share) / n), code)

                self.progressed.emit(int(100 * k / n), code)
                written += JOBS[code](self.gfile, self.folder, tick, data)
        except export.ExportError as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(f"{self.folder} : {exc.strerror or exc}")
            return
        self.progressed.emit(100, "")
        self.succeeded.emit(written)


class ExportDialog(QDialog):
    finishedExport = Signal(list)  # list[Path]

    def __init__(
        self, gfile: GraderFile, closed: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.gfile = gfile
        self._closed = closed
        self.written: list[Path] = []
        self.worker_thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.confirmation: Confirmation | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.draft_warning = QLabel(self)
        self.draft_warning.setWordWrap(True)
        self.draft_warning.setStyleSheet(tone_style("warning"))
        self.draft_warning.setVisible(not closed)
        self.documents_box = QGroupBox(self)
        self.checks: dict[str, QCheckBox] = {}
        box = QVBoxLayout(self.documents_box)
        for code in DOCUMENTS:
            check = QCheckBox(self.documents_box)
            check.setObjectName(f"doc_{code}")
            check.setChecked(code in (PV, SHEETS, WORKBOOK))
            self.checks[code] = check
            box.addWidget(check)
        self.folder_label = QLabel(self)
        # The folder the lead exported to last time, else exports/.
        remembered = settings.get(settings.EXPORT_DIRECTORY)
        self.folder = QLineEdit(remembered or str(default_exports_dir()), self)
        self.folder.setObjectName("exportFolder")
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_model = QStringListModel(self)
        self.result_list = QListView(self)
        self.result_list.setModel(self.result_model)
        self.result_list.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("runExport")
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openFolder")
        self.open_button.setEnabled(False)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self._close)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.draft_warning)
        lay.addWidget(self.documents_box)
        lay.addWidget(self.folder_label)
        lay.addLayout(row)
        lay.addWidget(self.result_label)
        lay.addWidget(self.result_list, 1)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Exporter les documents de la session"))
        self.intro.setText(self.tr("Choisissez les documents à produire et le dossier où les "
                                   "écrire. Un fichier du même nom est remplacé."))
        self.draft_warning.setText(self.tr(
            "La délibération n'est pas clôturée : chaque page portera la mention « Projet — "
            "délibération non clôturée »."
        ))
        self.documents_box.setTitle(self.tr("Documents"))
        labels = {
            PV: self.tr("&Procès-verbal de délibération (PDF)"),
            SHEETS: self.tr("&Grilles d'évaluation, une par candidat et épreuve (PDF)"),
            ATTESTATIONS: self.tr("&Attestations de blocs pour les validations partielles (PDF)"),
            WORKBOOK: self.tr("&Classeur de la session (Excel)"),
            ANONYMISED: self.tr("Classeur a&nonymisé (Excel, sans les noms)"),
        }
        for code, check in self.checks.items():
            check.setText(labels[code])
        self.folder_label.setText(self.tr("&Dossier :"))
        self.folder.setAccessibleName(self.tr("Dossier d'export"))
        self.browse.setText(self.tr("Parcourir…"))
        self.export_button.setText(self.tr("&Exporter"))
        self.open_button.setText(self.tr("&Ouvrir le dossier"))
        self.close_button.setText(self.tr("Fermer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- public --------------------------------------------------------------
    def chosen(self) -> list[str]:
        return [code for code, check in self.checks.items() if check.isChecked()]

    def set_chosen(self, codes: list[str]) -> None:
        for code, check in self.checks.items():
            check.setChecked(code in codes)

    def busy(self) -> bool:
        return self.worker_thread is not None

    def start_export(self) -> bool:
        documents = self.chosen()
        if not documents:
            self._show_result(self.tr("Cochez au moins un document."), error=True)
            return False
        if self.busy():
            return False
        folder = Path(self.folder.text().strip() or default_exports_dir()).expanduser()
        session = session_view(self.gfile)
        names = export.export_names(self.gfile.referential.title, session.session_date)
        there = [n for code in documents for n in names.get(code, []) if (folder / n).exists()]
        if there:
            text = self.tr("Ces fichiers existent déjà dans %1 et seront remplacés :\n%2")
            listed = "\n".join(f"• {n}" for n in there)
            self.confirmation = confirm(
                self, self.tr("Remplacer les fichiers exportés"),
                text.replace("%1", str(folder)).replace("%2", listed),
                self.tr("&Remplacer"), lambda: self._start(documents, folder))
            return True
        return self._start(documents, folder)

    def _start(self, documents: list[str], folder: Path) -> bool:
        if self.busy():
            return False
        self.progress = modal_progress(
            self, "exportProgress", self.tr("Export en cours"),
            self.tr("Préparation des documents…"), 100,
        )
        self.export_button.setEnabled(False)
        self.worker = ExportWorker(self.gfile, folder, documents)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._on_failure)
        self.worker_thread = run_in_thread(self, self.worker)
        return True

    def open_folder(self) -> bool:
        folder = Path(self.folder.text().strip() or default_exports_dir()).expanduser()
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- internals -----------------------------------------------------------
    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier d'export"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _on_progress(self, percent: int, code: str) -> None:
        if self.progress is None:
            return
        if code in self.checks:
            label = self.checks[code].text().replace("&", "")
            self.progress.setLabelText(self.tr("Export : %1").replace("%1", label))
        # Last: a modal progress dialog processes events here, and the end of
        # the export may be delivered (and the dialog gone) before it returns.
        self.progress.setValue(percent)

    def _finish(self) -> None:
        dispose(self.progress, self.worker_thread, self.worker)
        self.progress, self.worker_thread, self.worker = None, None, None
        self.export_button.setEnabled(True)

    def _on_success(self, written: list[Path]) -> None:
        self._finish()
        self.written += written
        folder = Path(self.folder.text().strip() or default_exports_dir()).expanduser()
        settings.put(settings.EXPORT_DIRECTORY, str(folder))
        names = [str(p.relative_to(folder)) if p.is_relative_to(folder) else str(p)
                 for p in written]
        self.result_model.setStringList(names)
        self.result_list.setVisible(True)
        if written:
            text = self.tr("%1 fichier(s) écrit(s) dans %2.").replace("%1", str(len(written)))
            self._show_result(text.replace("%2", str(folder)))
        else:
            self._show_result(self.tr("Aucun fichier à écrire (aucune validation partielle)."))
        self.open_button.setEnabled(True)
        self.finishedExport.emit(written)

    def _on_failure(self, message: str) -> None:
        self._finish()
        self._show_result(self.tr("L'export a échoué : %1").replace("%1", message), error=True)

    def _show_result(self, text: str, *, error: bool = False) -> None:
        self.result_label.setStyleSheet(tone_style("error") if error else "")
        self.result_label.setText(text)

    def _close(self) -> None:
        if self.busy():
            return  # the files being written must be finished first
        if self.written:
            self.accept()
        else:
            self.reject()
