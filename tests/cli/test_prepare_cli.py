"""``grader acquis add | list | remove`` on a session of mini.yaml."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from grader.cli import main
from grader.grading import deliberation, session_ops
from grader.grading.capitalisation import acquired_blocs
from grader.grading.vocabulary import VALIDE
from grader.models.store import open_file

DATA = Path(__file__).resolve().parent.parent / "data"
Capture = pytest.CaptureFixture[str]


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """Only the « veille » épreuve (bloc BC01) is evaluated; Dupont's BC01 is validated."""
    out = tmp_path / "s.jury"
    with session_ops.create_session(DATA / "mini.yaml", out, assessment_ids=["veille"]) as g:
        session_ops.add_juror(g, "Hélène Côté", "professionnel", function="president")
        dupont = session_ops.add_candidate(g, "Dupont", "Élodie", external_id="2026-001")
        session_ops.add_candidate(g, "Martin", "Zoé")
        session_ops.add_candidate(g, "Martin", "Paul")
        deliberation.record_decision(
            g, dupont.id, "BC01", VALIDE, "Vu en soutenance, démontré.", "Hélène Côté"
        )
    return out


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(session: Path, external_id: str = "2026-001") -> dict[str, date]:
    with open_file(session) as g:
        cand = next(c for c in session_ops.list_candidates(g) if c.external_id == external_id)
        return {k: v.acquired_on for k, v in acquired_blocs(g, cand.id).items()}


def test_add_records_the_bloc_and_shows_the_certification(session: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, "acquis", "add", str(session), "--candidate", "DUPONT Élodie",
                       "--bloc", "BC02", "--date", "2024-06-14", "--source", "Jury de juin 2024")
    assert code == 0
    assert "BC02 (Bloc à quatre niveaux, 80 %) acquis le 14/06/2024 — Jury de juin 2024" in out
    assert "Résultat : Validation partielle" in out
    assert stored(session) == {"BC02": date(2024, 6, 14)}
    # The two blocs left acquired too: every bloc validated, now or earlier.
    for bloc in ("bc03", "BC04"):  # any case
        code, out, _ = run(capsys, "acquis", "add", str(session), "--candidate", "2026-001",
                           "--bloc", bloc, "--date", "2023-01-10", "--source", "Jury 2023")
        assert code == 0
    assert "Résultat : Certifié" in out
    assert set(stored(session)) == {"BC02", "BC03", "BC04"}


def test_list_shows_each_candidates_blocs(session: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, "acquis", "list", str(session))
    assert (code, out.strip()) == (0, "Aucun bloc déjà acquis enregistré.")
    run(capsys, "acquis", "add", str(session), "--candidate", "Dupont", "--bloc", "BC03",
        "--date", "2024-01-05", "--source", "Session de janvier")
    code, out, _ = run(capsys, "acquis", "list", str(session))
    assert code == 0
    assert out.splitlines()[0] == "DUPONT Élodie"
    assert "BC03" in out.splitlines()[1]
    assert "05/01/2024" in out
    code, out, _ = run(capsys, "acquis", "list", str(session), "--candidate", "Zoé Martin")
    assert (code, out.strip()) == (0, "Aucun bloc déjà acquis enregistré pour MARTIN Zoé.")


def test_remove_undoes_the_capitalisation(session: Path, capsys: Capture) -> None:
    run(capsys, "acquis", "add", str(session), "--candidate", "Dupont", "--bloc", "BC02",
        "--date", "2024-06-14", "--source", "Jury de juin 2024")
    code, out, _ = run(capsys, "acquis", "remove", str(session), "--candidate", "Dupont",
                       "--bloc", "BC02")
    assert code == 0
    assert "n'est plus enregistré comme acquis" in out
    assert stored(session) == {}
    code, _, err = run(capsys, "acquis", "remove", str(session), "--candidate", "Dupont",
                       "--bloc", "BC02")
    assert code == 1
    assert "n'est pas enregistré comme acquis pour DUPONT Élodie" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--candidate", "Inconnu", "--bloc", "BC02"], "Aucun candidat ne correspond à"),
        (["--candidate", "Martin", "--bloc", "BC02"], "Plusieurs candidats répondent"),
        (["--candidate", "Dupont", "--bloc", "BC09"], "Aucun bloc « BC09 »"),
        (["--candidate", "Dupont", "--bloc", "BC02", "--source", "  "],
         "Indiquez la session d'origine"),
    ],
)
def test_add_refusals_are_french_and_change_nothing(
    session: Path, capsys: Capture, argv: list[str], message: str
) -> None:
    extra = [] if "--source" in argv else ["--source", "Jury 2024"]
    code, out, err = run(capsys, "acquis", "add", str(session), "--date", "2024-06-14",
                         *argv, *extra)
    assert code == 1
    assert message in err
    assert "Traceback" not in err + out
    assert stored(session) == {}


def test_a_future_date_is_refused(session: Path, capsys: Capture) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _, err = run(capsys, "acquis", "add", str(session), "--candidate", "Dupont",
                       "--bloc", "BC02", "--date", tomorrow, "--source", "Jury")
    assert code == 1
    assert "est dans le futur" in err
    assert stored(session) == {}


def test_a_badly_written_date_is_refused_by_argparse_in_french(
    session: Path, capsys: Capture
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["acquis", "add", str(session), "--candidate", "Dupont", "--bloc", "BC02",
              "--date", "14 juin 2024", "--source", "Jury"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "date invalide : « 14 juin 2024 » (attendu JJ/MM/AAAA ou AAAA-MM-JJ" in err


def test_nothing_changes_after_the_deliberation_is_closed(
    session: Path, capsys: Capture
) -> None:
    run(capsys, "acquis", "add", str(session), "--candidate", "Dupont", "--bloc", "BC02",
        "--date", "2024-06-14", "--source", "Jury de juin 2024")
    with open_file(session) as g:
        deliberation.close_deliberation(g, "Claire Martin", force=True)
    for argv in (["add", str(session), "--candidate", "Dupont", "--bloc", "BC03",
                  "--date", "2024-06-14", "--source", "Jury"],
                 ["remove", str(session), "--candidate", "Dupont", "--bloc", "BC02"]):
        code, _, err = run(capsys, "acquis", *argv)
        assert code == 1
        assert "La délibération est clôturée" in err
    assert stored(session) == {"BC02": date(2024, 6, 14)}


def test_a_juror_file_is_refused(tmp_path: Path, session: Path, capsys: Capture) -> None:
    with open_file(session) as g:
        session_ops.add_juror(g, "Claire Martin", "professionnel")
        grille = session_ops.export_juror_files(g, tmp_path / "jures")[0]
    code, _, err = run(capsys, "acquis", "list", str(grille))
    assert code == 1
    assert "est une grille de juré" in err
