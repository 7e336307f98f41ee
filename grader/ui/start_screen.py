"""The first window: open a juror's grille or a lead's session, create a
session, or try the application on an example. A file dropped on the window
opens too."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grader.ui import navigation, settings
from grader.ui.menus import SettingsMenu
from grader.ui.messages import show_error
from grader.ui.new_session_dialog import NewSessionDialog, NewSessionRequest


class StartWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.setAcceptDrops(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("startHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setObjectName("startIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.open_grid = self._button("openGrid", self.choose_grid)
        self.open_session = self._button("openSession", self.choose_session)
        self.new_session = self._button("newSession", self.create_session)
        self.demo = self._button("tryDemo", self.try_demo)
        self.open_grid.setDefault(True)
        self.recent_title = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.setSpacing(4)
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.open_grid, 0, 0)
        grid.addWidget(self.open_session, 0, 1)
        grid.addWidget(self.new_session, 1, 1)
        grid.addWidget(self.demo, 1, 0)
        content = QWidget(self)
        content.setMaximumWidth(1100)  # lines stay readable on a wide screen
        lay = QVBoxLayout(content)
        lay.setContentsMargins(48, 32, 48, 32)
        lay.setSpacing(14)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        lay.addLayout(grid)
        lay.addWidget(self.recent_title)
        lay.addWidget(self.recent, 1)
        lay.addWidget(self.drop_hint)
        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(content)
        self.setCentralWidget(central)
        self.settings_menu = SettingsMenu(self)
        self.menuBar().addMenu(self.settings_menu)
        self.resize(1000, 680)
        geometry = settings.get(settings.START_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.retranslateUi()
        self.refresh_recent()

    def _button(self, name: str, slot: object) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName(name)
        b.setMinimumHeight(56)
        font = b.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        b.setFont(font)
        b.clicked.connect(slot)
        return b

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("grader — grilles d'évaluation du jury"))
        self.heading.setText(self.tr("Grilles d'évaluation du jury"))
        self.intro.setText(self.tr(
            "<p><b>Juré</b> : ouvrez la grille (.grille) que le responsable vous a remise, "
            "notez chaque candidat critère par critère, puis signez. Tout est enregistré au "
            "fur et à mesure, sans bouton « Enregistrer ».</p>"
            "<p><b>Responsable pédagogique</b> : créez une session à partir du référentiel, "
            "remettez à chaque juré sa grille, puis ouvrez la session pour réunir les grilles "
            "et délibérer.</p>"
        ))
        self.open_grid.setText(self.tr("Ouvrir une grille (juré)"))
        self.open_session.setText(self.tr("Ouvrir une session (responsable)"))
        self.new_session.setText(self.tr("Nouvelle session…"))
        self.demo.setText(self.tr("Essayer avec un exemple"))
        self.recent_title.setText(self.tr("Fichiers récents (Entrée ou double-clic pour ouvrir)"))
        self.recent.setAccessibleName(self.tr("Fichiers récents"))
        self.drop_hint.setText(self.tr(
            "Vous pouvez aussi déposer un fichier .grille ou .jury sur cette fenêtre."))
        self.refresh_recent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not self.recent.count():
            item = QListWidgetItem(self.tr("Aucun fichier récent"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    # -- opening ----------------------------------------------------------
    def open(self, path: Path) -> QWidget | None:
        window = navigation.open_path(path, self)
        self.refresh_recent()
        return window

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _ask_file(self, title: str, pattern: str) -> Path | None:
        start = settings.get(settings.LAST_DIRECTORY) or str(Path.home())
        path, _f = QFileDialog.getOpenFileName(self, title, start, pattern)
        if not path:
            return None
        settings.put(settings.LAST_DIRECTORY, str(Path(path).parent))
        return Path(path)

    def choose_grid(self) -> None:
        path = self._ask_file(self.tr("Ouvrir une grille de juré"),
                              self.tr("Grilles de juré (*.grille)"))
        if path:
            self.open(path)

    def choose_session(self) -> None:
        path = self._ask_file(self.tr("Ouvrir une session"), self.tr("Sessions de jury (*.jury)"))
        if path:
            self.open(path)

    def create_session(self) -> None:
        request, ok = NewSessionDialog.ask(self)
        if ok and request is not None:
            self.create_from(request)

    def create_from(self, request: NewSessionRequest) -> QWidget | None:
        # The storage layer is imported when first needed: the start screen
        # must show at once.
        from grader.errors import GraderError
        from grader.grading.session_ops import create_session

        try:
            gfile = create_session(request.referential, request.out, title=request.title,
                                   session_date=request.session_date, place=request.place,
                                   durations=request.durations)
        except (GraderError, OSError) as exc:
            show_error(self, self.tr("Session non créée"), str(exc))
            return None
        gfile.close()
        return self.open(request.out)

    def try_demo(self) -> QWidget | None:
        """A demo session in a temporary folder; opens the first juror's grille."""
        try:
            from grader.grading.demo import create_demo

            folder = Path(tempfile.mkdtemp(prefix="grader-exemple-"))
            result = create_demo(folder)
        except Exception as exc:  # the example must never show a traceback
            show_error(self, self.tr("Exemple indisponible"), self.tr(
                "L'exemple n'a pas pu être préparé : %1").replace("%1", str(exc)))
            return None
        grids = demo_grids(result, folder)
        if not grids:
            show_error(self, self.tr("Exemple indisponible"),
                       self.tr("L'exemple n'a produit aucune grille de juré."))
            return None
        return self.open(grids[0])

    # -- drag and drop ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put(settings.START_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)


def demo_grids(result: object, folder: Path) -> list[Path]:
    """The juror files of a demo, whatever shape ``create_demo`` returned."""
    for attr in ("juror_files", "jurors", "grilles"):
        files = getattr(result, attr, None)
        if files:
            return [Path(p) for p in files]
    return sorted(folder.rglob("*.grille"))
