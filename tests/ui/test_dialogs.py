"""Every dialog: accepted, and cancelled — through its ``ask`` entry point,
answered with the keyboard as a juror would."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import answer_next_dialog, key, type_text

from grader.ui.dialogs import FlagDialog, ReopenDialog, ShortcutsDialog
from grader.ui.new_session_dialog import NewSessionDialog
from grader.ui.sign_dialog import SignDialog, SignSummary

pytestmark = pytest.mark.gui

SUMMARY = SignSummary(
    candidate_name="DUPONT Élodie", assessment_title="Veille", marked=2, total=3,
    unmarked=("CE.2 — Les thématiques sont identifiées.",),
    flagged=("CE.1 — Les besoins sont définis. (avis partagés)",),
    proposal="Incomplet — 1 critère non noté",
)


def test_sign_dialog_lists_what_is_missing_and_accepts(qtbot: QtBot) -> None:
    dialog = SignDialog(SUMMARY)
    qtbot.addWidget(dialog)
    assert dialog.progress.text() == "2 / 3 critères notés : il reste des critères sans note."
    assert dialog.unmarked_list.count() == 1
    assert dialog.flagged_list.item(0).text().endswith("(avis partagés)")
    assert "DUPONT Élodie" in dialog.heading.text()
    # Criteria still unmarked: Entrée is « Annuler », signing takes a deliberate click.
    seen = answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Return))
    assert SignDialog.ask(None, SUMMARY) is False
    clicked = answer_next_dialog(qtbot, lambda d: qtbot.mouseClick(
        d.findChild(QWidget, "signButton"), Qt.MouseButton.LeftButton))
    assert SignDialog.ask(None, SUMMARY) is True
    assert seen == clicked == ["signDialog"]


def test_sign_dialog_defaults_to_sign_only_when_every_criterion_is_marked(
        qtbot: QtBot) -> None:
    full = SignSummary("X", "Y", 3, 3, (), (), "Validé")
    seen = answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Return))
    assert SignDialog.ask(None, full) is True
    assert seen == ["signDialog"]
    partial = SignDialog(SUMMARY)
    qtbot.addWidget(partial)
    assert partial.cancel_button.isDefault()
    assert not partial.sign_button.isDefault()


def test_sign_dialog_lists_are_tall_enough_for_their_items(qtbot: QtBot) -> None:
    flagged = tuple(f"CE.{i} — Les besoins sont définis, qualifiés et en cohérence avec "
                    f"les objectifs fixés par l'entreprise. (avis partagés)" for i in range(4))
    dialog = SignDialog(SignSummary("X", "Y", 3, 3, (), flagged, "Validé"))
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.flagged_list.fontMetrics().height()
    assert dialog.flagged_list.height() >= 4 * line  # not one line high


def test_sign_dialog_cancel(qtbot: QtBot) -> None:
    seen = answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Escape))
    assert SignDialog.ask(None, SUMMARY) is False
    assert seen == ["signDialog"]
    full = SignDialog(SignSummary("X", "Y", 3, 3, (), (), "Validé"))
    qtbot.addWidget(full)
    assert full.progress.text() == "Les 3 critères sont notés."
    assert full.unmarked_list.isHidden()


def test_reopen_dialog_returns_the_reason(qtbot: QtBot) -> None:
    def fill(d: QDialog) -> None:
        assert isinstance(d, ReopenDialog)
        type_text(d.reason, "Erreur de saisie sur CE.2")
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill)
    assert ReopenDialog.ask(None, "DUPONT Élodie") == ("Erreur de saisie sur CE.2", True)


def test_reopen_dialog_cancel(qtbot: QtBot) -> None:
    answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Escape))
    assert ReopenDialog.ask(None, "DUPONT Élodie") == ("", False)


def test_flag_dialog_accept_and_cancel(qtbot: QtBot) -> None:
    answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Return))
    assert FlagDialog.ask(None, "CE.1", "note gardée") == ("note gardée", True)
    answer_next_dialog(qtbot, key(qtbot, Qt.Key.Key_Escape))
    assert FlagDialog.ask(None, "CE.1", "note gardée")[1] is False


def test_new_session_dialog_accept(qtbot: QtBot, tmp_path: Path,
                                   mini_referential_path: Path) -> None:
    dialog = NewSessionDialog(referentials=[mini_referential_path])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out.setText(str(tmp_path / "juin"))
    type_text(dialog.place, "Lyon")
    dialog.date.setDate(date(2025, 6, 12))
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.request()
    assert request is not None
    assert request.referential == mini_referential_path
    assert request.out == tmp_path / "juin.jury"
    assert (request.place, request.session_date) == ("Lyon", date(2025, 6, 12))


def test_new_session_dialog_refuses_without_a_file_then_cancel(
    qtbot: QtBot, mini_referential_path: Path
) -> None:
    dialog = NewSessionDialog(referentials=[mini_referential_path])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "emplacement" in dialog.problem.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_shortcuts_dialog_lists_the_keys_and_closes(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Ctrl+S" in keys
    assert "F1" in keys
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
