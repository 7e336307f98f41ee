"""``grader referential check|show`` through ``grader.cli.main``."""

import hashlib
import json
from pathlib import Path

import pytest

from grader.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
MINI = DATA / "mini.yaml"
MALFORMED = DATA / "malformed"


def test_check_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["referential", "check", str(MINI)]) == 0
    assert capsys.readouterr().out == f"{MINI}: OK — 4 blocs, 12 critères\n"


def test_check_lists_every_problem_of_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    bad1, bad2 = MALFORMED / "many_problems.yaml", MALFORMED / "unknown_competency.yaml"
    code = main(["referential", "check", str(MINI), str(bad1), str(bad2)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].endswith("OK — 4 blocs, 12 critères")
    assert sum(line.startswith("many_problems.yaml:") for line in out) == 8
    assert sum(line.startswith("unknown_competency.yaml:15: ") for line in out) == 1
    assert out[-1] == "2 fichier(s) refusé(s) sur 3."
    assert "Traceback" not in "\n".join(out)


def test_check_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["referential", "check", str(tmp_path / "nulle-part.yaml")]) == 1
    assert "nulle-part.yaml: fichier introuvable" in capsys.readouterr().out


def test_show_text_tree_with_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["referential", "show", str(MINI)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Certification de test (mini-test) — ÉCOLE TEST, RNCP00001, niveau 6\n")
    assert hashlib.sha256(MINI.read_bytes()).hexdigest() in out
    assert (
        "BC01 — Bloc binaire, tous les critères [2 compétences, 1 épreuve, 2 groupes, "
        "3 critères ; règle : tous les critères acquis]"
    ) in out
    assert "oral — Oral (échelle Points (sur 4), 20 min)" in out
    assert "g2 — Recommandations (1 critère)" in out


def test_show_json_is_the_whole_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["referential", "show", "--json", str(MINI)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "mini-test"
    assert data["hash"] == hashlib.sha256(MINI.read_bytes()).hexdigest()
    bc02 = data["blocs"][1]
    assert bc02["code"] == "BC02"
    assert bc02["rule"] == {"kind": "min_share", "share": 0.8}
    assert bc02["competencies"] == [{"code": "C2.1", "text": "Créer des contenus."}]
    contenus = bc02["assessments"][0]
    assert contenus["competencies"] == ["C2.1"]
    assert contenus["scale"] == "quatre-niveaux"
    assert contenus["groups"][0]["criteria"][2] == {
        "id": "BC02/contenus/g1/c3",
        "code": None,
        "text": "Les contenus sont accessibles.",
    }
    assert data["blocs"][2]["rule"]["floors"] == {"BC03/oral/g1/CE.1": 1.0}
    assert [s["id"] for s in data["scales"]] == ["binary", "quatre-niveaux", "sur-4"]
    assert data["jury"]["min_members"] == 3
    assert (
        sum(
            len(g["criteria"]) for b in data["blocs"] for a in b["assessments"] for g in a["groups"]
        )
        == 12
    )


def test_show_bad_file_prints_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["referential", "show", "--json", str(MALFORMED / "empty_group.yaml")]) == 1
    assert capsys.readouterr().out.startswith("empty_group.yaml:16: ")


def test_check_requires_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["referential", "check"])
    assert info.value.code == 2
    assert "FICHIER" in capsys.readouterr().err
