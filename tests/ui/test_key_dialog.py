"""The juror's key on screen: created at the first opening of a .grille (with
or without a passphrase), its fingerprint shown; the passphrase asked before
signing; accepted and cancelled, by keyboard."""

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from qt_helpers import answer_next_dialog, key, type_text

from grader.grading import keys, session_ops
from grader.models.store import open_file
from grader.ui import navigation
from grader.ui.controller import GradingController
from grader.ui.key_dialog import KeyDialog, PassphraseDialog, offer_key, ready_to_sign

pytestmark = pytest.mark.gui


@pytest.fixture
def own_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cles-du-jure"
    monkeypatch.setenv(keys.KEYS_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def juror_file(tmp_path: Path) -> Path:
    """A juror file as the lead sends it: never opened, no key."""
    mini = Path(__file__).resolve().parent.parent / "data" / "mini.yaml"
    with session_ops.create_session(mini, tmp_path / "session.jury", title="Clés") as g:
        session_ops.add_juror(g, "Claire Martin", "responsable_pedagogique")
        session_ops.add_candidate(g, "Dupont", "Élodie")
        [path] = session_ops.export_juror_files(g, tmp_path / "jures")
    return path


def test_first_open_creates_the_key_and_shows_its_fingerprint(
    qtbot: QtBot, juror_file: Path, own_keys: Path, tmp_path: Path
) -> None:
    ctl = GradingController.open(juror_file)
    try:
        shown: list[str] = []

        def create(d: QDialog) -> None:
            assert isinstance(d, KeyDialog)
            assert "Claire Martin" in d.intro.text()
            qtbot.keyClick(d.passphrase, Qt.Key.Key_Return)  # no passphrase
            assert d.pages.currentIndex() == 1
            shown.append(d.fp_label.text())
            d.grab().save(str(tmp_path / "cle-creee.png"))
            qtbot.keyClick(d, Qt.Key.Key_Return)

        answer_next_dialog(qtbot, create)
        assert offer_key(None, ctl) is True  # type: ignore[arg-type]
        state = ctl.key_state()
        assert state.created
        assert shown == [state.fingerprint]
        [pem] = own_keys.iterdir()
        assert stat.S_IMODE(pem.stat().st_mode) == 0o600
        # Opened again: nothing asked.
        assert offer_key(None, ctl) is True  # type: ignore[arg-type]
        assert ready_to_sign(None, ctl) is True  # type: ignore[arg-type]
        assert ctl.signing_key is not None
    finally:
        ctl.close()
    if os.environ.get("GRADER_SAVE_SCREENSHOTS"):
        (tmp_path / "cle-creee.png").replace(Path(os.environ["GRADER_SAVE_SCREENSHOTS"]))


def test_later_leaves_the_file_without_a_key(
    qtbot: QtBot, juror_file: Path, own_keys: Path
) -> None:
    ctl = GradingController.open(juror_file)
    try:
        answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Escape))
        assert offer_key(None, ctl) is False  # type: ignore[arg-type]
        assert not ctl.key_state().created
        assert not own_keys.exists()
    finally:
        ctl.close()


def test_passphrase_typed_twice_then_asked_before_signing(
    qtbot: QtBot, juror_file: Path, own_keys: Path
) -> None:
    ctl = GradingController.open(juror_file)
    try:

        def create(d: QDialog) -> None:
            assert isinstance(d, KeyDialog)
            type_text(d.passphrase, "cheval agrafe")
            type_text(d.again, "cheval agrafé")
            qtbot.keyClick(d.again, Qt.Key.Key_Return)
            assert "pas identiques" in d.problem.text()
            assert d.pages.currentIndex() == 0
            d.again.clear()
            type_text(d.again, "cheval agrafe")
            qtbot.keyClick(d.again, Qt.Key.Key_Return)
            assert d.pages.currentIndex() == 1
            qtbot.keyClick(d, Qt.Key.Key_Return)

        answer_next_dialog(qtbot, create)
        assert offer_key(None, ctl) is True  # type: ignore[arg-type]
    finally:
        ctl.close()
    # A new window on the same file: the key is locked until its passphrase is given.
    ctl = GradingController.open(juror_file)
    try:
        assert ctl.key_state().protected
        answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Escape))
        assert ready_to_sign(None, ctl) is False  # type: ignore[arg-type]
        assert ctl.signing_key is None

        def unlock(d: QDialog) -> None:
            assert isinstance(d, PassphraseDialog)
            type_text(d.field, "mauvaise")
            qtbot.keyClick(d.field, Qt.Key.Key_Return)
            assert "incorrecte" in d.problem.text()
            d.field.clear()
            type_text(d.field, "cheval agrafe")
            qtbot.keyClick(d.field, Qt.Key.Key_Return)

        answer_next_dialog(qtbot, unlock)
        assert ready_to_sign(None, ctl) is True  # type: ignore[arg-type]
        assert ctl.signing_key is not None
    finally:
        ctl.close()


def test_opening_a_juror_file_offers_the_key(
    qtbot: QtBot, juror_file: Path, own_keys: Path, tmp_path: Path
) -> None:
    window = navigation.open_path(juror_file)
    assert window is not None
    try:
        dialog = window.findChild(KeyDialog)
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        fp = dialog.fp_label.text()
        assert fp
        window.grab().save(str(tmp_path / "fenetre.png"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.findChild(KeyDialog) is None or not dialog.isVisible())
    finally:
        window.close()
    with open_file(juror_file, readonly=True) as jf:
        assert keys.key_state(jf).fingerprint == fp
    # Opened again: the key exists, nothing is shown.
    window = navigation.open_path(juror_file)
    assert window is not None
    try:
        assert window.findChild(KeyDialog) is None
    finally:
        window.close()
