"""``grader merge | disagreements | decide | deliberation close | stats`` on the demo files."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from grader.cli import main
from grader.grading.demo import create_demo

Built = tuple[Path, list[Path]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Built:
    files = create_demo(tmp_path_factory.mktemp("demo"))
    return files.session, files.juror_files


@pytest.fixture
def files(demo: Built, tmp_path: Path) -> Built:
    """A private copy of the demo session and juror files."""
    session, paths = demo
    shutil.copytree(session.parent, tmp_path / "demo")
    return tmp_path / "demo" / session.name, [tmp_path / "demo" / p.name for p in paths]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_merge_reports_each_file(files: Built, capsys: pytest.CaptureFixture[str]) -> None:
    session, paths = files
    code, out, _ = _run(capsys, "merge", str(session), *map(str, paths))
    assert code == 0
    assert out.count("✔ importé") == 3
    code, out, _ = _run(capsys, "merge", str(session), str(paths[0]))
    assert (code, out.count("= déjà présent")) == (0, 1)


def test_merge_exits_1_when_a_file_is_refused(
    files: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    session, paths = files
    conn = sqlite3.connect(paths[1])
    conn.execute("UPDATE mark SET observation = observation || ' (modifié)' WHERE rowid = 1")
    conn.commit()
    conn.close()
    code, out, _ = _run(capsys, "merge", str(session), *map(str, paths))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith("✔ importé (36 grilles)")
    # The first file from each juror records their key: its fingerprint, to confirm.
    assert "Clé de signature de « Claire Dubois » enregistrée" in lines[1]
    assert lines[2].startswith(f"{paths[1].name} : ✘ refusé : grille de ")
    assert "modifiée après sa signature" in lines[2]
    assert "✔ importé" in lines[3]


def test_merge_of_a_missing_session_is_a_french_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "merge", str(tmp_path / "absente.jury"), "x.grille")
    assert code == 1
    assert "n'existe pas" in err
    assert "Traceback" not in out + err


def test_disagreements_stats_decide_and_close(
    files: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    session, paths = files
    _run(capsys, "merge", str(session), *map(str, paths))
    code, out, _ = _run(capsys, "disagreements", str(session), "--candidate", "roussel")
    assert code == 0
    assert out.startswith("ROUSSEL Théo — ")
    assert "écart entre jurés (Claire Dubois : " in out
    assert "point(s) à examiner" in out

    code, out, _ = _run(capsys, "stats", str(session))
    assert code == 0
    assert "kappa de Fleiss" in out
    assert "Karim Haddad :" in out

    code, _, err = _run(
        capsys,
        "decide",
        str(session),
        "--candidate",
        "Théo Roussel",
        "--bloc",
        "RNCP37347BC01",
        "--decision",
        "non_valide",
        "--by",
        "Claire Dubois",
    )
    assert code == 1
    assert "doit être motivée" in err
    code, out, _ = _run(
        capsys,
        "decide",
        str(session),
        "--candidate",
        "ROUSSEL Théo",
        "--bloc",
        "RNCP37347BC01",
        "--decision",
        "non_valide",
        "--motivation",
        "Audit incomplet, veille absente.",
        "--by",
        "Claire Dubois",
    )
    assert code == 0
    assert out.startswith("ROUSSEL Théo, bloc RNCP37347BC01 : Non validé")
    assert "Résultat : " in out

    code, _, err = _run(capsys, "deliberation", "close", str(session), "--by", "Claire Dubois")
    assert code == 1
    assert "Clôture impossible" in err
    assert "DUPONT Élodie" in err
    code, out, _ = _run(
        capsys, "deliberation", "close", str(session), "--by", "Claire Dubois", "--force"
    )
    assert code == 0
    assert "Délibération clôturée" in out
    code, _, err = _run(
        capsys,
        "decide",
        str(session),
        "--candidate",
        "dupont",
        "--bloc",
        "RNCP37347BC01",
        "--decision",
        "valide",
        "--motivation",
        "Rattrapé à l'oral, démontré.",
        "--by",
        "Claire Dubois",
    )
    assert code == 1
    assert "clôturée" in err


def test_unknown_or_ambiguous_candidate(files: Built, capsys: pytest.CaptureFixture[str]) -> None:
    session, _ = files
    code, _, err = _run(capsys, "disagreements", str(session), "--candidate", "Personne")
    assert code == 1
    assert "Aucun candidat ne correspond à « Personne »" in err
