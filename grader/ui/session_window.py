"""The lead's window for a session file (.jury). A placeholder until the
deliberation window exists: the hook ``open_session_window(path)`` is the one
place the rest of the UI calls, so replacing it changes nothing elsewhere."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from grader.grading import session_ops
from grader.models.store import FileRefused, GraderFile, open_file


class SessionWindow(QMainWindow):
    def __init__(self, gfile: GraderFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.gfile = gfile
        self.view = session_ops.session_view(gfile)
        self.jurors = session_ops.list_jurors(gfile)
        self.candidates = session_ops.list_candidates(gfile)
        self.text = QLabel(self)
        self.text.setObjectName("sessionSummary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(24, 24, 24, 24)
        lay.addWidget(self.text)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        v = self.view
        self.setWindowTitle(self.tr("Session — %1").replace("%1", v.title))
        date = v.session_date.strftime("%d/%m/%Y") if v.session_date else "—"
        lines = [
            v.title,
            self.tr("Date : %1 — Lieu : %2").replace("%1", date).replace("%2", v.place or "—"),
            self.tr("Membres du jury : %1").replace(
                "%1", ", ".join(j.name for j in self.jurors) or "—"),
            self.tr("Candidats : %1").replace("%1", str(len(self.candidates))),
            "",
            self.tr("La fenêtre de délibération (fusion des grilles, décisions, procès-verbal) "
                    "s'ouvrira ici. En attendant, utilisez les commandes « grader merge » et "
                    "« grader export »."),
        ]
        self.text.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def closeEvent(self, event: object) -> None:
        self.gfile.close()
        super().closeEvent(event)  # type: ignore[arg-type]


def open_session_window(path: Path) -> QMainWindow:
    """Open the lead's window on a session file. Raises ``FileRefused`` (French).

    The deliberation window (grader.ui.lead) is used when it is there; the
    placeholder above otherwise."""
    try:
        from grader.ui.lead.controller import LeadController, LeadError
        from grader.ui.lead.session_window import LeadSessionWindow
    except ImportError:
        return _open_placeholder(path)
    try:
        controller = LeadController.open(Path(path))
    except LeadError as exc:
        raise FileRefused(str(exc)) from exc
    window: QMainWindow = LeadSessionWindow(controller)
    window.show()
    return window


def _open_placeholder(path: Path) -> QMainWindow:
    gfile = open_file(path)
    if gfile.kind != "session":
        gfile.close()
        raise FileRefused(
            f"{Path(path).name} est la grille d'un juré : ouvrez-la avec « Ouvrir une grille »."
        )
    try:
        window = SessionWindow(gfile)
    except Exception:
        gfile.close()
        raise
    window.show()
    return window
