"""The lead's preparation screens: jurors, candidates (import and by hand),
export of the jurors' grilles, blocs acquired earlier — real widgets on
sessions of mini.yaml."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from grader.grading import deliberation, session_ops
from grader.grading.audit import list_events
from grader.grading.capitalisation import acquired_blocs
from grader.grading.deliberation_table import candidate_row
from grader.grading.vocabulary import VALIDE, Outcome
from grader.models.store import GraderFile
from grader.ui.lead.acquired_blocs_dialog import AcquiredBlocsDialog
from grader.ui.lead.candidate_form import CandidateDialog
from grader.ui.lead.candidates_blocs_model import cell_text
from grader.ui.lead.juror_files_dialog import JurorFilesDialog
from grader.ui.lead.prepare_candidates import CandidatesDialog
from grader.ui.lead.prepare_jurors import JurorsDialog, JurorsModel
from grader.ui.lead.prepare_ops import PrepareOps
from grader.ui.messages import open_boxes

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def gfile(tmp_path: Path):
    """A session on mini.yaml (épreuve « veille » only: bloc BC01), one
    juror, two candidates, nothing exported."""
    g = session_ops.create_session(DATA / "mini.yaml", tmp_path / "s.jury",
                                   title="Session test", assessment_ids=["veille"])
    session_ops.add_juror(g, "Claire Martin", "responsable_pedagogique")
    session_ops.add_candidate(g, "Dupont", "Élodie")
    session_ops.add_candidate(g, "Nguyen", "Thi")
    yield g
    g.close()


@pytest.fixture
def ops(gfile: GraderFile) -> PrepareOps:
    return PrepareOps(gfile)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- jurors ------------------------------------------------------------------
def test_jurors_dialog_adds_a_member_and_updates_the_checks(
    qtbot: QtBot, qtmodeltester, ops: PrepareOps
) -> None:
    dialog = JurorsDialog(ops)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert "Un responsable pédagogique et deux professionnels extérieurs" in dialog.rule.text()
    assert "Professionnel extérieur" in dialog.warnings.text()
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    qtbot.keyClicks(dialog.name, "Karim Benali")
    dialog.role.setCurrentIndex(dialog.role.findData("professionnel"))
    qtbot.keyClicks(dialog.email, "karim@exemple.fr")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden()
    assert changed == [True]
    stored = session_ops.list_jurors(ops.gfile)
    assert [(j.name, j.role, j.email) for j in stored][-1] == (
        "Karim Benali", "professionnel", "karim@exemple.fr")
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, 1).data() == "Professionnel extérieur"
    assert dialog.model.index(1, 3).data() == "grille pas encore exportée"
    assert dialog.name.text() == ""
    # Still 2 members of 3 required: the warning follows the core's check.
    assert dialog.warnings.text() == "\n".join(f"⚠ {w}" for w in ops.jury_warnings())
    assert "2 membres du jury seulement" in dialog.warnings.text()


def test_a_member_marked_absent_is_recorded_and_no_longer_counted(
    qtbot: QtBot, ops: PrepareOps
) -> None:
    session_ops.add_juror(ops.gfile, "Karim Benali", "professionnel")
    dialog = JurorsDialog(ops)
    qtbot.addWidget(dialog)
    before = dialog.warnings.text()
    present = dialog.model.index(1, JurorsModel.PRESENT_COLUMN)
    assert present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    rect = dialog.table.visualRect(present)
    dialog.show()
    qtbot.waitExposed(dialog)
    # A click on the check box itself, as a lead would do.
    check = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=check)
    qtbot.waitUntil(lambda: not session_ops.list_jurors(ops.gfile)[1].present, timeout=2000)
    assert dialog.model.index(1, JurorsModel.PRESENT_COLUMN).data() == "absent"
    # The composition check no longer counts the absent member.
    assert dialog.warnings.text() != before
    assert dialog.warnings.text() == "\n".join(f"⚠ {w}" for w in ops.jury_warnings())
    events = list_events(ops.gfile, action="juror.presence")
    assert len(events) == 1
    dialog.model.setData(dialog.model.index(1, JurorsModel.PRESENT_COLUMN),
                         Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert session_ops.list_jurors(ops.gfile)[1].present


@pytest.mark.parametrize(
    ("name", "email", "message"),
    [
        ("", "", "Indiquez le prénom et le nom"),
        ("Karim Benali", "karim@", "n'est pas valide"),
        ("claire martin", "", "est déjà membre du jury"),
        ("=HYPERLINK()", "", "formule"),
    ],
)
def test_jurors_dialog_refuses_bad_input_in_french(
    qtbot: QtBot, ops: PrepareOps, name: str, email: str, message: str
) -> None:
    dialog = JurorsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    dialog.email.setText(email)
    assert dialog.add_juror() is None
    assert message in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert len(session_ops.list_jurors(ops.gfile)) == 1
    assert dialog.name.text() == name  # what was typed is kept


def test_closing_the_jurors_dialog_adds_nothing(qtbot: QtBot, ops: PrepareOps) -> None:
    dialog = JurorsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Karim Benali")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert [j.name for j in session_ops.list_jurors(ops.gfile)] == ["Claire Martin"]


# -- candidates --------------------------------------------------------------
GOOD = ("N° candidat;Nom;Prénom;Tiers-temps;Handicap\n"
        "2026-001;Fontaine;Léa;oui;dyslexie\n"
        "2026-002;Benali;Mehdi;non;\n"
        ";Dupont;Élodie;non;\n")
BROKEN = ("Nom;Prénom;Email\n"
          "Fontaine;;lea@exemple.fr\n"
          "=cmd;Mehdi;\n"
          "Girard;Chloé;pas-une-adresse\n")


def test_a_good_list_is_imported_with_its_report(
    qtbot: QtBot, qtmodeltester, ops: PrepareOps, tmp_path: Path
) -> None:
    dialog = CandidatesDialog(ops)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    report = dialog.import_file(write(tmp_path / "candidats.csv", GOOD))
    assert report is not None
    assert report.imported == 2
    assert changed == [True]
    assert dialog.report_heading.text() == "candidats.csv : 2 candidat(s) importé(s)."
    lines = [dialog.report.item(i).text() for i in range(dialog.report.count())]
    assert any("Déjà dans la session" in ln and "DUPONT Élodie" in ln for ln in lines)
    assert any("« Handicap »" in ln and "santé" in ln for ln in lines)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == len(session_ops.list_candidates(ops.gfile)) == 4
    row = next(r for r in range(4) if dialog.model.candidate(r).last_name == "Fontaine")
    assert dialog.model.index(row, 4).data() == "+33 %"
    assert dialog.model.index(row, 3).data() == "tiers-temps"
    assert "4 candidat(s)" in dialog.count.text()


def test_a_broken_list_shows_every_row_and_imports_nobody(
    qtbot: QtBot, ops: PrepareOps, tmp_path: Path
) -> None:
    dialog = CandidatesDialog(ops)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    assert dialog.import_file(write(tmp_path / "mauvais.csv", BROKEN)) is None
    assert "mauvais.csv est refusé : aucun candidat n'a été importé" in (
        dialog.report_heading.text())
    lines = [dialog.report.item(i).text() for i in range(dialog.report.count())]
    assert [ln.split(" : ")[0] for ln in lines] == [
        "mauvais.csv, ligne 2", "mauvais.csv, ligne 3", "mauvais.csv, ligne 4"]
    assert "formule" in lines[1]
    assert "pas-une-adresse" in lines[2]
    assert changed == []
    assert dialog.model.rowCount() == len(session_ops.list_candidates(ops.gfile)) == 2


def test_candidate_dialog_accept_records_the_accommodation(
    qtbot: QtBot, ops: PrepareOps
) -> None:
    parent = CandidatesDialog(ops)
    qtbot.addWidget(parent)
    dialog = parent.open_add()
    assert isinstance(dialog, CandidateDialog)
    qtbot.keyClicks(dialog.last_name, "Roussel")
    dialog.first_name.setText("Théo")  # keyClicks: ASCII only
    dialog.kind.setCurrentText("tiers-temps")
    assert dialog.extra.value() == 33  # a tiers-temps gives a third more time
    dialog.detail.setText("3/5/2026")
    dialog.authorised_by.setText("Référente handicap")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = next(c for c in session_ops.list_candidates(ops.gfile) if c.last_name == "Roussel")
    assert (added.accommodation_type, added.accommodation_detail,
            added.accommodation_authorised_by) == ("tiers-temps", "Décision du 03/05/2026",
                                                   "Référente handicap")
    assert added.extra_time_ratio == pytest.approx(1 / 3)
    assert parent.model.rowCount() == 3
    assert parent.selected_candidate() == added


def test_candidate_dialog_refuses_then_cancel_adds_nothing(
    qtbot: QtBot, ops: PrepareOps
) -> None:
    dialog = CandidateDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Théo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "Le nom du candidat est vide."
    dialog.last_name.setText("Roussel")
    dialog.email.setText("theo@")
    dialog.accept()
    assert "n'est pas valide" in dialog.error.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(session_ops.list_candidates(ops.gfile)) == 2


# -- juror files -------------------------------------------------------------
def grilles(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.grille")) if folder.exists() else []


def test_first_export_writes_and_lists_the_grilles(
    qtbot: QtBot, ops: PrepareOps, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_ops.add_juror(ops.gfile, "Karim Benali", "professionnel")
    dialog = JurorFilesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isHidden()
    assert dialog.folder.text() == str(tmp_path / "grilles des jurés")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    folder = tmp_path / "grilles des jurés"
    assert grilles(folder) == ["Claire Martin.grille", "Karim Benali.grille"]
    jurors = session_ops.list_jurors(ops.gfile)
    assert not any(j.fingerprint for j in jurors)  # born on each juror's machine
    shown = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert shown == [
        f"{j.name}.grille  —  clé créée par le juré à la première ouverture" for j in jurors
    ]
    assert "2 grille(s) écrite(s)" in dialog.done_label.text()
    assert dialog.export_button.isHidden()
    assert dialog.cancel_button.text() == "Fermer"
    opened: list[str] = []
    monkeypatch.setattr("grader.ui.lead.juror_files_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(folder)]
    # The next export proposes a fresh folder: the core never overwrites a grille.
    assert JurorFilesDialog(ops).folder.text() == str(tmp_path / "grilles des jurés (2)")


def test_cancel_exports_nothing(qtbot: QtBot, ops: PrepareOps, tmp_path: Path) -> None:
    dialog = JurorFilesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert grilles(tmp_path / "grilles des jurés") == []
    assert session_ops.list_jurors(ops.gfile)[0].fingerprint is None


def test_reexport_warns_and_needs_confirmation(
    qtbot: QtBot, ops: PrepareOps, tmp_path: Path
) -> None:
    session_ops.export_juror_files(ops.gfile, tmp_path / "premier envoi")
    before = session_ops.list_jurors(ops.gfile)[0].fingerprint
    dialog = JurorFilesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "Claire Martin" in dialog.warning.text()
    assert "Les nouvelles grilles sont vides" in dialog.warning.text()
    assert dialog.cancel_button.isDefault()
    assert not dialog.export_button.isDefault()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Cochez « J'ai compris »" in dialog.error.text()
    assert grilles(Path(dialog.folder.text())) == []
    assert session_ops.list_jurors(ops.gfile)[0].fingerprint == before
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert grilles(Path(dialog.folder.text())) == ["Claire Martin.grille"]
    assert session_ops.list_jurors(ops.gfile)[0].fingerprint == before  # keys unchanged


def test_reexport_cancelled_keeps_the_keys(
    qtbot: QtBot, ops: PrepareOps, tmp_path: Path
) -> None:
    session_ops.export_juror_files(ops.gfile, tmp_path / "premier envoi")
    before = session_ops.list_jurors(ops.gfile)[0].fingerprint
    dialog = JurorFilesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert session_ops.list_jurors(ops.gfile)[0].fingerprint == before


def test_export_into_a_folder_of_old_grilles_is_refused_whole(
    qtbot: QtBot, ops: PrepareOps, tmp_path: Path
) -> None:
    old = tmp_path / "vieux"
    session_ops.export_juror_files(ops.gfile, old)
    dialog = JurorFilesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(old))
    dialog.confirm.setChecked(True)
    assert dialog.export() == []
    assert "existent déjà" in dialog.error.text()
    assert dialog.files.isHidden()


# -- blocs acquired earlier, through the session window -----------------------
def cert(window, candidate_id: str) -> str:
    line = window.model.line(window.model.row_of(candidate_id))
    return line.certification


def test_acquired_blocs_change_the_certification_in_the_table(
    qtbot: QtBot, gfile: GraderFile, open_lead
) -> None:
    nguyen = next(c for c in session_ops.list_candidates(gfile) if c.last_name == "Nguyen")
    dupont = next(c for c in session_ops.list_candidates(gfile) if c.last_name == "Dupont")
    member = session_ops.list_jurors(gfile)[0].name
    deliberation.record_decision(gfile, dupont.id, "BC01", VALIDE, "Vu en soutenance, validé.",
                                 member)  # fmt: skip
    path = gfile.path
    gfile.close()
    window = open_lead(path)
    assert (cert(window, nguyen.id), cert(window, dupont.id)) == (
        Outcome.NON_DELIBERE, Outcome.VALIDATION_PARTIELLE)
    window.select(nguyen.id, "BC01")
    dialog = window.prepare_menu.open_acquired()
    assert isinstance(dialog, AcquiredBlocsDialog)
    assert "NGUYEN Thi" in dialog.windowTitle()
    dialog.bloc.setCurrentIndex(dialog.bloc.findData("BC01"))
    dialog.date.setDate(QDate(2024, 6, 14))
    qtbot.keyClicks(dialog.source, "Jury de juin 2024")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "14/06/2024"
    # Acquired earlier: the evaluated bloc counts, the others are missing.
    assert cert(window, nguyen.id) == Outcome.VALIDATION_PARTIELLE
    line = window.model.line(window.model.row_of(nguyen.id))
    assert line.cell("BC01").acquired_earlier
    assert cell_text(line.cell("BC01")).lstrip("⚠ ") == "Déjà acquis (14/06/2024)"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1  # asked first
    assert dialog.confirmation is not None
    qtbot.mouseClick(dialog.confirmation.yes_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert cert(window, nguyen.id) == Outcome.NON_DELIBERE
    dialog.reject()
    # Dupont validated BC01 today: the three other blocs acquired earlier complete it.
    window.select(dupont.id, "BC01")
    dialog = window.prepare_menu.open_acquired()
    for code in ("BC02", "BC03", "BC04"):
        dialog.bloc.setCurrentIndex(dialog.bloc.findData(code))
        dialog.source.setText("Session 2023")
        assert dialog.record() is not None
    assert cert(window, dupont.id) == Outcome.CERTIFIE
    assert set(acquired_blocs(window.ctrl.gfile, dupont.id)) == {"BC02", "BC03", "BC04"}
    dialog.reject()


def test_acquired_blocs_refusals(qtbot: QtBot, ops: PrepareOps) -> None:
    cand = session_ops.list_candidates(ops.gfile)[0]
    dialog = AcquiredBlocsDialog(ops, cand)
    qtbot.addWidget(dialog)
    dialog.source.setText("   ")
    assert dialog.record() is None
    assert "Indiquez la session d'origine" in dialog.error.text()
    assert not dialog.remove_selected()
    assert acquired_blocs(ops.gfile, cand.id) == {}
    # The date cannot be set after today.
    dialog.date.setDate(QDate.currentDate().addDays(3))
    assert dialog.date.date() == QDate.currentDate()


def test_acquired_blocs_are_locked_after_closing(qtbot: QtBot, ops: PrepareOps) -> None:
    cand = session_ops.list_candidates(ops.gfile)[0]
    ops.record_acquired(cand.id, "BC02", date(2024, 6, 14), "Jury de juin 2024")
    deliberation.close_deliberation(ops.gfile, "Claire Martin", force=True)
    dialog = AcquiredBlocsDialog(ops, cand)
    qtbot.addWidget(dialog)
    assert not dialog.form_box.isEnabled()
    assert "clôturée" in dialog.note.text()
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()
    assert not dialog.remove_selected()
    assert "clôturée" in dialog.error.text()
    assert set(acquired_blocs(ops.gfile, cand.id)) == {"BC02"}


def test_the_menu_asks_for_a_candidate_first(gfile: GraderFile, open_lead) -> None:
    path = gfile.path
    gfile.close()
    window = open_lead(path)
    window.table.setCurrentIndex(window.model.index(-1, -1))
    window.table.clearSelection()
    window.table.selectionModel().clearCurrentIndex()
    assert window.prepare_menu.open_acquired() is None
    assert any("Choisissez d'abord un candidat" in b.text() for b in open_boxes())
    for box in open_boxes():
        box.close()
    titles = [a.text() for a in window.prepare_menu.actions() if a.text()]
    assert titles == ["&Jurés…", "&Candidats…", "&Durées des soutenances…",
                      "&Exporter les grilles des jurés…",
                      "&Blocs déjà acquis du candidat choisi…",
                      "Candidat choisi &absent ou présent à la session"]


def test_the_chosen_candidate_is_marked_absent_then_present(
    qtbot: QtBot, gfile: GraderFile, open_lead
) -> None:
    nguyen = next(c for c in session_ops.list_candidates(gfile) if c.last_name == "Nguyen")
    dupont = next(c for c in session_ops.list_candidates(gfile) if c.last_name == "Dupont")
    member = session_ops.list_jurors(gfile)[0].name
    deliberation.record_decision(gfile, dupont.id, "BC01", VALIDE, "Vu en soutenance, validé.",
                                 member)  # fmt: skip
    path = gfile.path
    gfile.close()
    window = open_lead(path)
    window.select(nguyen.id, "BC01")
    assert window.prepare_menu.toggle_presence()
    row = candidate_row(window.ctrl.gfile, nguyen.id)
    assert (row.candidate.present, row.outcome) == (False, Outcome.ABSENT)
    assert window.prepare_menu.toggle_presence()
    assert candidate_row(window.ctrl.gfile, nguyen.id).candidate.present
    # Refused while the jury has a decision for the candidate: a message, nothing changed.
    window.select(dupont.id, "BC01")
    boxes = len(open_boxes())
    assert not window.prepare_menu.toggle_presence()
    assert len(open_boxes()) == boxes + 1
    assert "Retirez-les" in open_boxes()[-1].text()
    open_boxes()[-1].close()
    assert candidate_row(window.ctrl.gfile, dupont.id).candidate.present


def test_a_president_who_is_an_outside_professional_counts_as_one(
    qtbot: QtBot, ops: PrepareOps
) -> None:
    """Function and status apart: the président chosen in the form keeps the
    status « professionnel extérieur », and the composition counts it."""
    session_ops.add_juror(ops.gfile, "Karim Benali", "professionnel")
    dialog = JurorsDialog(ops)
    qtbot.addWidget(dialog)
    assert "2 membres du jury seulement" in dialog.warnings.text()
    qtbot.keyClicks(dialog.name, "Nadia Ferhat")
    dialog.function.setCurrentIndex(dialog.function.findData("president"))
    dialog.role.setCurrentIndex(dialog.role.findData("professionnel"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.error.isHidden()
    nadia = session_ops.list_jurors(ops.gfile)[-1]
    assert (nadia.name, nadia.function, nadia.role) == (
        "Nadia Ferhat", "president", "professionnel")
    row = [j.name for j in dialog.model.jurors()].index("Nadia Ferhat")
    assert dialog.model.index(row, 1).data() == "Président du jury — Professionnel extérieur"
    assert dialog.function.currentData() == "membre"  # the next member is a member again
    # One responsable pédagogique and two outside professionals, the président among them.
    assert ops.jury_warnings() == []
    assert dialog.warnings.text() == "✔ Le jury respecte la composition exigée."
