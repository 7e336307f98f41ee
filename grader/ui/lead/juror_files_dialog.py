"""« Exporter les grilles des jurés »: one ``.grille`` per juror into a
folder, then the list of the files written and « Ouvrir le dossier ».

Each export gives every juror a new signing key, so the grilles handed out
by an earlier export are refused at the merge afterwards: when a juror
already has a key, the dialog says so before anything is written and wants
an explicit confirmation."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grader.models.store import JUROR_SUFFIX
from grader.ui.lead.controller import LeadError
from grader.ui.lead.prepare_ops import PrepareOps

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
WARNING_STYLE = ("background: #fff1cc; color: #5c3300; padding: 6px; "
                 "border: 1px solid #e0b252; border-radius: 3px;")
FOLDER_NAME = "grilles des jurés"


def free_folder(parent: Path) -> Path:
    """A folder beside the session that holds no grille yet (the core refuses
    to overwrite one): « grilles des jurés », then « … (2) »…"""
    candidate = parent / FOLDER_NAME
    n = 2
    while candidate.exists() and any(candidate.glob(f"*{JUROR_SUFFIX}")):
        candidate = parent / f"{FOLDER_NAME} ({n})"
        n += 1
    return candidate


class JurorFilesDialog(QDialog):
    def __init__(self, ops: PrepareOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jurorFilesDialog")
        self.ops = ops
        self.written: list[Path] = []
        self.exported = ops.exported_jurors()
        self.jurors = len(ops.jurors())
        self.candidates = len(ops.candidates())
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(str(free_folder(ops.gfile.path.parent)), self)
        self.folder.setObjectName("exportFolder")
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton(self)
        self.browse.setObjectName("browseFolder")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_folder)
        self.warning = QLabel(self)
        self.warning.setObjectName("reexportWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirmReexport")
        self.warning.setVisible(bool(self.exported))
        self.confirm.setVisible(bool(self.exported))
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.done_label = QLabel(self)
        self.done_label.setObjectName("exportDone")
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.files = QListWidget(self)
        self.files.setObjectName("writtenFiles")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openFolder")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        for w in (self.done_label, self.files, self.open_button):
            w.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("confirmExport")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # A re-export invalidates the grilles handed out: never the default.
        self.export_button.setDefault(not self.exported)
        self.cancel_button.setDefault(bool(self.exported))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.folder_label)
        lay.addLayout(folder_row)
        lay.addWidget(self.warning)
        lay.addWidget(self.confirm)
        lay.addWidget(self.error)
        lay.addWidget(self.done_label)
        lay.addWidget(self.files, 1)
        lay.addLayout(open_row)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Exporter les grilles des jurés"))
        intro = self.tr(
            "Un fichier .grille par membre du jury (%1), avec les %2 candidat(s) de la session "
            "et sa propre clé de signature. Remettez à chaque juré son fichier (clé USB, "
            "courriel).").replace("%1", str(self.jurors)).replace("%2", str(self.candidates))
        if self.candidates == 0:
            intro += "\n" + self.tr("⚠ Aucun candidat dans la session : les grilles seraient "
                                    "vides. Importez d'abord la liste des candidats.")
        self.intro.setText(intro)
        self.folder_label.setText(self.tr("&Dossier où écrire les grilles :"))
        self.browse.setText(self.tr("&Parcourir…"))
        self.warning.setText(self.tr(
            "⚠ Les grilles ont déjà été exportées pour : %1.\nLes nouvelles grilles sont "
            "vides : un juré qui a commencé à noter continue dans la sienne. Un juré qui "
            "ouvre la nouvelle sur un autre ordinateur y crée une autre clé, que la fusion "
            "refusera si la session a déjà enregistré la sienne.").replace(
                "%1", ", ".join(self.exported)))
        self.confirm.setText(self.tr(
            "J'ai compris : les nouvelles grilles sont vides"))
        self.open_button.setText(self.tr("&Ouvrir le dossier"))
        self.export_button.setText(self.tr("&Exporter"))
        self.cancel_button.setText(self.tr("Fermer") if self.written else self.tr("Annuler"))
        if self.written:
            self.done_label.setText(self.tr("%1 grille(s) écrite(s) dans %2 :").replace(
                "%1", str(len(self.written))).replace("%2", str(self.written[0].parent)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des grilles des jurés"), self.folder.text())
        if path:
            self.folder.setText(path)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def export(self) -> list[Path]:
        """Write the grilles; the dialog stays open on the list of files
        written (or on the reason nothing was written)."""
        if self.written:
            return self.written
        folder = self.folder.text().strip()
        if not folder:
            self.show_error(self.tr("Choisissez le dossier où écrire les grilles."))
            return []
        if self.exported and not self.confirm.isChecked():
            self.show_error(self.tr(
                "Cochez « J'ai compris » pour exporter à nouveau, ou annulez : rien n'a été "
                "exporté."))
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = self.ops.export_juror_files(Path(folder))
        except LeadError as exc:
            self.show_error(str(exc))
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self.show_error("")
        self.files.clear()
        # The core writes one file per juror, in the order it lists them.
        for juror, path in zip(self.ops.jurors(), self.written, strict=False):
            key = juror.fingerprint or ""
            suffix = "  —  " + (
                self.tr("empreinte %1").replace("%1", key) if key
                else self.tr("clé créée par le juré à la première ouverture"))
            self.files.addItem(path.name + suffix)
        for w in (self.folder_label, self.folder, self.browse, self.warning, self.confirm):
            w.hide()
        self.export_button.hide()
        for shown in (self.done_label, self.files, self.open_button):
            shown.show()
        self.cancel_button.setDefault(True)
        self.retranslateUi()
        return self.written

    def open_folder(self) -> bool:
        if not self.written:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
