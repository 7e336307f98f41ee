"""« Nouvelle session »: a référentiel, a date, a place, the output file and
the soutenance duration of each épreuve."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

import grader
from grader.ui.durations_editor import DurationsEditor
from grader.ui.theme import tone_style

REFERENTIALS_DIR = Path(grader.__file__).resolve().parent.parent / "referentials"


@dataclass(frozen=True, slots=True)
class NewSessionRequest:
    referential: Path
    title: str
    session_date: date
    place: str
    out: Path
    # épreuve id → minutes, only where the référentiel's duration is changed
    durations: Mapping[str, int] = field(default_factory=dict)


def shipped_referentials(folder: Path = REFERENTIALS_DIR) -> list[Path]:
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


class NewSessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None,
                 referentials: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.referential = QComboBox(self)
        self.referential.setObjectName("referentialBox")
        for p in shipped_referentials() if referentials is None else referentials:
            self.referential.addItem(p.stem, str(p))
        self.browse_ref = QPushButton(self)
        self.browse_ref.clicked.connect(self._pick_referential)
        self.title = QLineEdit(self)
        self.title.setObjectName("sessionTitle")
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.place = QLineEdit(self)
        self.place.setObjectName("sessionPlace")
        self.out = QLineEdit(self)
        self.out.setObjectName("sessionOut")
        self.browse_out = QPushButton(self)
        self.browse_out.clicked.connect(self._pick_out)
        self.durations = DurationsEditor(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(tone_style("error"))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        for b in (self.browse_ref, self.browse_out):
            b.setAutoDefault(False)  # Entrée in a field creates the session
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.referential, 1)
        ref_row.addWidget(self.browse_ref)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.browse_out)
        self.form = QFormLayout(self)
        self.form.addRow("", ref_row)
        self.form.addRow("", self.title)
        self.form.addRow("", self.date)
        self.form.addRow("", self.place)
        self.form.addRow("", out_row)
        self.form.addRow("", self.durations)
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()
        self.referential.currentIndexChanged.connect(self._load_assessments)
        self._load_assessments()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Nouvelle session de jury"))
        labels = (self.tr("Référentiel :"), self.tr("Intitulé :"), self.tr("Date :"),
                  self.tr("Lieu :"), self.tr("Fichier de session :"),
                  self.tr("Durée des soutenances :"))
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.title.setPlaceholderText(self.tr("par défaut, le titre du référentiel"))
        self.place.setPlaceholderText(self.tr("par ex. Lyon, salle 204"))
        self.out.setPlaceholderText(self.tr("où enregistrer la session (.jury)"))
        self.browse_ref.setText(self.tr("Autre fichier…"))
        self.browse_out.setText(self.tr("Choisir…"))
        self.referential.setAccessibleName(self.tr("Référentiel"))
        self.date.setAccessibleName(self.tr("Date de la session"))
        self.out.setAccessibleName(self.tr("Fichier de session"))
        self.ok_button.setText(self.tr("Créer la session"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _load_assessments(self) -> None:
        """The chosen référentiel's épreuves, each with its own duration."""
        from grader.referential import ReferentialError, load_referential

        path = self.referential.currentData()
        self.problem.clear()
        if not path:
            self.durations.set_assessments([])
            return
        try:
            ref = load_referential(Path(path))
        except ReferentialError as exc:
            self.durations.set_assessments([])
            self.problem.setText("\n".join(exc.problems))
            return
        self.durations.set_assessments(ref.assessments)

    def _pick_referential(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choisir un référentiel"), str(REFERENTIALS_DIR),
            self.tr("Référentiels (*.yaml *.yml)"))
        if path:
            self.referential.addItem(Path(path).stem, path)
            self.referential.setCurrentIndex(self.referential.count() - 1)

    def _pick_out(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la session"), self.out.text(),
            self.tr("Sessions de jury (*.jury)"))
        if path:
            self.out.setText(path if path.endswith(".jury") else path + ".jury")

    def request(self) -> NewSessionRequest | None:
        ref = self.referential.currentData()
        out = self.out.text().strip()
        if not ref or not out:
            return None
        out_path = Path(out)
        if out_path.suffix != ".jury":
            out_path = out_path.with_suffix(".jury")
        picked = self.date.date()
        return NewSessionRequest(Path(ref), self.title.text().strip(),
                                 date(picked.year(), picked.month(), picked.day()),
                                 self.place.text().strip(),
                                 out_path, self.durations.durations())

    def accept(self) -> None:
        if self.request() is None:
            self.problem.setText(self.tr(
                "Choisissez un référentiel et l'emplacement du fichier de session."))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[NewSessionRequest | None, bool]:
        dialog = cls(parent)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.request() if ok else None), ok
        finally:
            dialog.deleteLater()
