"""The juror's signing key, on screen: created at the first opening of a
``.grille`` (an optional passphrase, then the fingerprint to read to the
lead), and unlocked with its passphrase before a signature.

The core does the work (``grader.grading.keys``); these dialogs only ask and
show. Each has an ``ask`` classmethod returning ``(value, ok)``."""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grader.grading import keys

translate = QCoreApplication.translate

MIN_PASSPHRASE = 8


class KeyDialog(QDialog):
    """First opening: explains the key, takes an optional passphrase (typed
    twice), creates the key through ``create`` (passphrase → fingerprint),
    then shows the fingerprint in large type."""

    def __init__(
        self, juror_name: str, create: Callable[[str | None], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyDialog")
        self._create = create
        self.juror_name = juror_name
        self.fingerprint = ""
        self.pages = QStackedWidget(self)

        ask = QWidget(self.pages)
        self.intro = QLabel(ask)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(ask)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(ask)
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(ask)
        self.problem.setObjectName("keyProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        self.form.addRow("", self.passphrase)
        self.form.addRow("", self.again)
        lay = QVBoxLayout(ask)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.problem)
        self.ask_buttons = QDialogButtonBox(ask)
        self.create_button = self.ask_buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createKey")
        self.create_button.setDefault(True)
        self.later_button = self.ask_buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ask_buttons.accepted.connect(self._create_key)
        self.ask_buttons.rejected.connect(self.reject)
        lay.addWidget(self.ask_buttons)

        shown = QWidget(self.pages)
        self.done_text = QLabel(shown)
        self.done_text.setWordWrap(True)
        self.fp_label = QLabel(shown)
        self.fp_label.setObjectName("fingerprint")
        self.fp_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fp_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.fp_label.setFont(font)
        self.after_text = QLabel(shown)
        self.after_text.setWordWrap(True)
        self.ok_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, shown)
        self.ok_buttons.accepted.connect(self.accept)
        lay2 = QVBoxLayout(shown)
        lay2.addWidget(self.done_text)
        lay2.addWidget(self.fp_label)
        lay2.addWidget(self.after_text)
        lay2.addStretch(1)
        lay2.addWidget(self.ok_buttons)

        self.pages.addWidget(ask)
        self.pages.addWidget(shown)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("KeyDialog", "Votre clé de signature"))
        self.intro.setText(
            translate(
                "KeyDialog",
                "Bonjour %1. Pour signer vos grilles, grader crée maintenant votre clé de "
                "signature. Elle reste sur cet ordinateur, dans votre dossier personnel : "
                "elle ne part jamais avec la grille. Vous pouvez la protéger par une phrase "
                "secrète (au moins %2 caractères), demandée à chaque signature ; laissez vide "
                "pour ne pas en mettre.",
            )
            .replace("%1", self.juror_name)
            .replace("%2", str(MIN_PASSPHRASE))
        )
        label = self.form.labelForField(self.passphrase)
        if isinstance(label, QLabel):
            label.setText(translate("KeyDialog", "Phrase secrète (facultative) :"))
        label = self.form.labelForField(self.again)
        if isinstance(label, QLabel):
            label.setText(translate("KeyDialog", "La même, encore :"))
        self.create_button.setText(translate("KeyDialog", "Créer ma clé"))
        self.later_button.setText(translate("KeyDialog", "Plus tard"))
        self.done_text.setText(
            translate("KeyDialog", "Votre clé est créée. Son empreinte :")
        )
        self.after_text.setText(
            translate(
                "KeyDialog",
                "Lisez cette empreinte au responsable pédagogique (ou comparez-la à celle "
                "imprimée sur le procès-verbal que vous signez) : c'est elle qui prouve que "
                "vos grilles viennent de vous.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _create_key(self) -> None:
        phrase = self.passphrase.text()
        if phrase != self.again.text():
            self.problem.setText(
                translate("KeyDialog", "Les deux phrases secrètes ne sont pas identiques.")
            )
            return
        if phrase and len(phrase) < MIN_PASSPHRASE:
            self.problem.setText(
                translate("KeyDialog", "La phrase secrète doit faire au moins %1 caractères.")
                .replace("%1", str(MIN_PASSPHRASE))
            )
            return
        try:
            self.fingerprint = self._create(phrase or None)
        except keys.KeyProblem as exc:
            self.problem.setText(str(exc))
            return
        self.fp_label.setText(self.fingerprint)
        self.pages.setCurrentIndex(1)
        self.create_button.setDefault(False)
        ok = self.ok_buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ok.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, juror_name: str, create: Callable[[str | None], str]
    ) -> tuple[str, bool]:
        dialog = cls(juror_name, create, parent)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.fingerprint, ok and bool(dialog.fingerprint)
        finally:
            dialog.deleteLater()


class PassphraseDialog(QDialog):
    """The passphrase of a protected key, before a signature."""

    def __init__(self, unlock: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._unlock = unlock
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("keyProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.field)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("KeyDialog", "Phrase secrète"))
        self.text.setText(
            translate("KeyDialog", "Votre clé de signature est protégée : saisissez sa phrase "
                      "secrète pour signer.")
        )
        self.ok_button.setText(translate("KeyDialog", "Déverrouiller"))
        self.cancel_button.setText(translate("KeyDialog", "Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _try(self) -> None:
        try:
            self._unlock(self.field.text())
        except keys.KeyProblem as exc:
            self.problem.setText(str(exc))
            self.field.selectAll()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, unlock: Callable[[str], None]) -> tuple[None, bool]:
        dialog = cls(unlock, parent)
        try:
            return None, dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class KeyHolder(Protocol):
    """What the dialogs need of the grading controller."""

    @property
    def signing_key(self) -> object: ...

    def key_state(self) -> keys.KeyState: ...
    def juror_name(self) -> str: ...
    def create_key(self, passphrase: str | None) -> str: ...
    def unlock_key(self, passphrase: str | None) -> None: ...


def offer_key(parent: QWidget, ctl: KeyHolder) -> bool:
    """At the first opening of a juror file: create the key (the juror may
    say « Plus tard »; signing asks again). True when the file has a key."""
    if ctl.key_state().created:
        return True
    _fp, ok = KeyDialog.ask(parent, ctl.juror_name(), ctl.create_key)
    return ok


def show_on_first_open(window: QWidget, ctl: KeyHolder) -> KeyDialog | None:
    """When a juror file without a key opens: the key dialog over the window,
    without blocking it (the juror may answer later; signing asks again)."""
    try:
        if ctl.key_state().created:
            return None
    except keys.KeyProblem:
        return None
    dialog = KeyDialog(ctl.juror_name(), ctl.create_key, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def ready_to_sign(parent: QWidget, ctl: KeyHolder) -> bool:
    """Before a signature: a key created, and unlocked (passphrase asked once
    per window). A key kept on another computer is said, not hidden."""
    if ctl.signing_key is not None:
        return True
    try:
        state = ctl.key_state()
        if not state.created:
            return offer_key(parent, ctl)
        if state.stored and state.protected:
            return PassphraseDialog.ask(parent, ctl.unlock_key)[1]
        ctl.unlock_key(None)
        return True
    except keys.KeyProblem as exc:
        QMessageBox.warning(parent, translate("KeyDialog", "Signature impossible"), str(exc))
        return False
