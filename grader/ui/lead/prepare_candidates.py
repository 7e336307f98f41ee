"""« Candidats… »: the session's candidates with their accommodations;
import of a CSV/XLSX list (all or nothing: a refused file shows every
problem with its row number and adds no one), adding one by hand, and the
blocs a candidate acquired in an earlier session."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from grader.grading.candidates_import import ImportReport
from grader.grading.views import CandidateView
from grader.ui.lead.acquired_blocs_dialog import AcquiredBlocsDialog
from grader.ui.lead.candidate_form import CandidateDialog
from grader.ui.lead.controller import LeadError
from grader.ui.lead.prepare_ops import ImportRefused, PrepareOps
from grader.ui.rows_model import RowsTableModel

translate = QCoreApplication.translate
CandidateIdRole = Qt.ItemDataRole.UserRole + 1
REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"
DONE_STYLE = "color: #1b5e20; font-weight: bold;"


def extra_time_text(ratio: float) -> str:
    return f"+{round(ratio * 100)} %" if ratio > 0 else ""


def accommodation_text(c: CandidateView) -> str:
    """Type and detail, without saying « tiers-temps » twice when the detail
    already starts with the type (as the imported lists often do)."""
    kind, detail = c.accommodation_type, c.accommodation_detail
    if kind and detail.casefold().startswith(kind.casefold()):
        return detail
    return " — ".join(p for p in (kind, detail) if p)


class CandidatesModel(RowsTableModel[CandidateView]):
    COLUMNS = 5

    def set_candidates(self, candidates: list[CandidateView]) -> None:
        self.set_rows(candidates)

    def candidate(self, row: int) -> CandidateView:
        return self.row(row)

    def candidates(self) -> list[CandidateView]:
        return self.rows()

    def row_of(self, candidate_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == candidate_id), -1)

    def headers(self) -> list[str]:
        return [translate("PrepareLabels", "Candidat"), translate("PrepareLabels", "N°"),
                translate("PrepareLabels", "Email"), translate("PrepareLabels", "Aménagement"),
                translate("PrepareLabels", "Temps supplémentaire")]

    def cell(self, c: CandidateView, column: int, role: int) -> Any:
        if role == CandidateIdRole:
            return c.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (c.display_name, c.external_id, c.email, accommodation_text(c),
                    extra_time_text(c.extra_time_ratio))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and (
                c.accommodation_authorised_by):
            return translate("PrepareLabels", "Autorisé par : %1").replace(
                "%1", c.accommodation_authorised_by)
        return None


class CandidatesDialog(QDialog):
    changed = Signal()

    def __init__(self, ops: PrepareOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidatesDialog")
        self.ops = ops
        self.active_dialog: QDialog | None = None
        self.count = QLabel(self)
        self.count.setObjectName("candidateCount")
        self.count.setWordWrap(True)
        self.model = CandidatesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("candidatesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_acquired())
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importCandidates")
        self.import_button.clicked.connect(self.choose_and_import)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCandidate")
        self.add_button.clicked.connect(self.open_add)
        self.acquired_button = QPushButton(self)
        self.acquired_button.setObjectName("openAcquiredBlocs")
        self.acquired_button.clicked.connect(self.open_acquired)
        for button in (self.import_button, self.add_button, self.acquired_button):
            button.setAutoDefault(False)
        self.report_heading = QLabel(self)
        self.report_heading.setObjectName("importHeading")
        self.report_heading.setWordWrap(True)
        self.report_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.report = QListWidget(self)
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        self.report.setSpacing(2)
        self.report.setMaximumHeight(170)
        self.report_heading.hide()
        self.report.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(self.acquired_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.count)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        lay.addWidget(self.report_heading)
        lay.addWidget(self.report)
        lay.addWidget(self.buttons)
        self.resize(860, 560)
        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Candidats de la session"))
        self.import_button.setText(self.tr("&Importer un fichier…"))
        self.import_button.setToolTip(self.tr(
            "Liste CSV ou Excel (.xlsx) : une ligne d'en-tête puis un candidat par ligne."))
        self.add_button.setText(self.tr("&Ajouter un candidat…"))
        self.acquired_button.setText(self.tr("&Blocs déjà acquis…"))
        self.acquired_button.setToolTip(self.tr(
            "Blocs validés lors d'une session antérieure (capitalisation) pour le candidat "
            "choisi"))
        self.close_button.setText(self.tr("Fermer"))
        self.table.setAccessibleName(self.tr("Candidats de la session"))
        self._render_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.model.set_candidates(self.ops.candidates())
            closed = self.ops.is_closed()
        except LeadError as exc:
            self._show_report(self.tr("Lecture de la session impossible."), [str(exc)], False)
            return
        # The core refuses an import after closing; adding by hand follows suit.
        self.import_button.setEnabled(not closed)
        self.add_button.setEnabled(not closed)
        self._render_count()

    def _render_count(self) -> None:
        n = self.model.rowCount()
        text = self.tr("%1 candidat(s) dans la session.").replace("%1", str(n))
        try:
            exported = self.ops.exported_jurors()
        except LeadError:
            exported = []
        if exported:
            text += " " + self.tr(
                "Les grilles des jurés sont déjà exportées : un candidat ajouté maintenant "
                "n'y figure pas.")
        self.count.setText(text)

    def selected_candidate(self) -> CandidateView | None:
        index = self.table.currentIndex()
        return self.model.candidate(index.row()) if index.isValid() else None

    # -- import ------------------------------------------------------------
    def choose_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Importer une liste de candidats"), str(self.ops.gfile.path.parent),
            self.tr("Listes de candidats (*.csv *.xlsx);;Tous les fichiers (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportReport | None:
        """Import the list; the outcome (or every problem) shows under the table."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self.ops.import_candidates(path)
        except ImportRefused as exc:
            self._show_report(self.tr("%1 est refusé : aucun candidat n'a été importé. "
                                      "Corrigez ces lignes puis importez à nouveau.")
                              .replace("%1", Path(path).name), exc.problems, False)
            return None
        except LeadError as exc:
            self._show_report(self.tr("%1 n'a pas pu être importé : aucun candidat n'a été "
                                      "ajouté.").replace("%1", Path(path).name), [str(exc)],
                              False)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        heading = self.tr("%1 : %2 candidat(s) importé(s).").replace(
            "%1", Path(path).name).replace("%2", str(report.imported))
        lines = [self.tr("Déjà dans la session, ignoré — %1").replace("%1", s)
                 for s in report.skipped_duplicates]
        lines += [f"⚠ {w}" for w in report.warnings]
        self._show_report(heading, lines, True)
        self.reload()
        self.changed.emit()
        return report

    def _show_report(self, heading: str, lines: list[str], ok: bool) -> None:
        self.report_heading.setText(heading)
        self.report_heading.setStyleSheet(DONE_STYLE if ok else REFUSED_STYLE)
        self.report.clear()
        self.report.addItems(lines)
        if not ok:
            for i in range(self.report.count()):
                self.report.item(i).setForeground(QBrush(QColor("#b71c1c")))
        self.report_heading.show()
        self.report.setVisible(bool(lines))

    # -- one candidate -----------------------------------------------------
    def open_add(self) -> CandidateDialog:
        dialog = CandidateDialog(self.ops, self)
        dialog.accepted.connect(lambda: self._on_added(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _on_added(self, dialog: CandidateDialog) -> None:
        self.reload()
        if dialog.added is not None:
            row = self.model.row_of(dialog.added.id)
            self.table.selectRow(row)
        self.changed.emit()

    def open_acquired(self) -> AcquiredBlocsDialog | None:
        candidate = self.selected_candidate()
        if candidate is None:
            self._show_report(self.tr("Choisissez d'abord un candidat dans la liste."), [],
                              False)
            return None
        dialog = AcquiredBlocsDialog(self.ops, candidate, self)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        self.active_dialog = dialog
        dialog.open()
        return dialog
