"""``grader session|jurors|candidates|juror-file|demo|sheet`` from the command line."""

import json
from pathlib import Path

import pytest

from grader.cli import main
from grader.grading import keys
from grader.grading.marks import list_sheets, open_sheet, set_mark, sheet_view
from grader.grading.session_ops import (
    add_candidate,
    add_juror,
    export_juror_files,
    list_candidates,
)
from grader.grading.signing import sign_sheet
from grader.grading.vocabulary import SHEET_STATUS_LABELS
from grader.models.store import open_file


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def session(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    path = tmp_path / "juin.jury"
    code, out, err = run(
        capsys,
        "session",
        "new",
        str(mini_referential_path),
        "--out",
        str(path),
        "--title",
        "Session de juin",
        "--date",
        "2025-06-12",
        "--place",
        "Lyon",
        "--assessment",
        "veille",
        "--assessment",
        "oral",
    )
    assert code == 0, err
    assert "Session créée" in out
    return path


def test_session_new_and_show_json(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            capsys,
            "jurors",
            "add",
            str(session),
            "--name",
            "Zoé Le Bihan",
            "--role",
            "professionnel",
            "--email",
            "zoe@example.fr",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "session", "show", "--json", str(session))
    assert code == 0
    data = json.loads(out)
    assert data["referential"]["id"] == "mini-test"
    assert len(data["referential"]["hash"]) == 64
    assert data["title"] == "Session de juin"
    assert data["assessments"] == ["veille", "oral"]
    assert [(j["name"], j["role"], j["fingerprint"]) for j in data["jurors"]] == [
        ("Zoé Le Bihan", "professionnel", None)
    ]
    assert data["candidates"] == []
    assert data["sheets"] == []


def test_session_new_refusals(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "x.jury"
    code, _, err = run(
        capsys,
        "session",
        "new",
        str(mini_referential_path),
        "--out",
        str(out_file),
        "--assessment",
        "projet",
    )
    assert code == 1
    assert "Épreuve inconnue" in err
    assert "Traceback" not in err
    code, _, err = run(
        capsys, "session", "new", str(tmp_path / "absent.yaml"), "--out", str(out_file)
    )
    assert (code, "absent.yaml n'existe pas" in err) == (1, True)
    assert not out_file.exists()
    (tmp_path / "x.jury").write_text("pas une base", encoding="utf-8")
    code, _, err = run(capsys, "session", "show", str(out_file))
    assert code == 1
    assert "x.jury n'est pas un fichier de grader" in err


def test_jurors_add_refuses_an_unknown_role(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "jurors", "add", str(session), "--name", "Max", "--role", "chef")
    assert code == 1
    assert "Rôle inconnu : « chef »" in err


def test_candidates_import(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "candidats.csv"
    good.write_text(
        "Nom;Prénom;Email\nDupont;Élodie;elodie@example.fr\nN'Diaye;Zoé;zoe@example.fr\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "candidates", "import", str(session), str(good))
    assert code == 0, err
    assert "2 candidat(s) importé(s)" in out
    bad = tmp_path / "mauvais.csv"
    bad.write_text(
        "Nom;Prénom;Email\nMartin;Léa;pas-un-email\n;François;f@example.fr\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "candidates", "import", str(session), str(bad))
    assert code == 1
    assert "mauvais.csv" in err
    assert "ligne" in err
    data = json.loads(run(capsys, "session", "show", "--json", str(session))[1])
    assert sorted(c["last_name"] for c in data["candidates"]) == ["Dupont", "N'Diaye"]


def test_juror_file_export(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        capsys,
        "jurors",
        "add",
        str(session),
        "--name",
        "Élodie Martin",
        "--role",
        "responsable_pedagogique",
    )
    code, out, err = run(
        capsys, "juror-file", "export", str(session), "--out", str(tmp_path / "grilles")
    )
    assert code == 0, err
    assert (tmp_path / "grilles" / "Élodie Martin.grille").exists()
    fingerprint = json.loads(run(capsys, "session", "show", "--json", str(session))[1])["jurors"][
        0
    ]["fingerprint"]
    assert fingerprint is None  # the juror's key is born on the juror's machine
    assert "clé créée par le juré à la première ouverture" in out
    code, _, err = run(
        capsys, "juror-file", "export", str(session), "--out", str(tmp_path / "grilles")
    )
    assert code == 1
    assert "existent déjà" in err


def test_demo_then_show(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "démo"
    code, out, err = run(capsys, "demo", str(demo), "--referential", str(mini_referential_path))
    assert code == 0, err
    assert out.count("Grille signée") == 3
    code, out, _ = run(capsys, "session", "show", str(demo / "session-demo.jury"))
    assert code == 0
    assert "Membres du jury (3)" in out
    assert "Candidats (12)" in out
    assert "tiers-temps (Décision du 02/10/2025)" in out
    assert "Durées des soutenances : Veille : 30 min (référentiel) ; Contenus : 30 min" in out
    grille = demo / "Karim Haddad.grille"
    code, out, _ = run(capsys, "session", "show", "--json", str(grille))
    sheets = json.loads(out)["sheets"]
    assert {s["status"] for s in sheets} == {"signed"}
    assert all(s["marks"] for s in sheets)
    code, out, err = run(
        capsys, "sheet", "show", str(grille), "--candidate", "fontaine", "--assessment", "veille"
    )
    assert code == 0, err
    assert "FONTAINE Léa — Veille (veille)" in out
    assert "Juré : Karim Haddad — Signée le" in out
    assert "Pertinence du système de veille" in out
    assert "CE.1" in out
    assert "Les besoins sont définis. → " in out
    assert "Acquis" in out
    assert "Observation générale :" in out
    code, _, err = run(capsys, "sheet", "show", str(grille), "--candidate", "Personne")
    assert code == 1
    assert "Aucun candidat ne correspond à « Personne »" in err


def _grade_and_sign(path: Path) -> None:
    """What the juror's grader does: the key created at first open, a sheet signed."""
    with open_file(path) as jf:
        keys.create_juror_key(jf)
        sheet = list_sheets(jf)[0]
        for c in jf.referential.assessment(sheet.assessment_id).criteria:
            scale = jf.referential.locate(c.id)[1].scale
            if scale.kind == "points":
                set_mark(jf, sheet.id, c.id, points=1.0)
            else:
                set_mark(jf, sheet.id, c.id, level=scale.levels[0].code)
        sign_sheet(jf, sheet.id)


def test_a_second_export_keeps_the_recorded_key(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exporting again changes no key: the juror who opens the new file on the
    same computer signs with the key the session recorded at the first merge."""
    run(capsys, "jurors", "add", str(session), "--name", "Anne Roux", "--role", "professionnel")
    csv = tmp_path / "candidats.csv"
    csv.write_text("Nom;Prénom\nDupont;Zoé\n", encoding="utf-8")
    assert run(capsys, "candidates", "import", str(session), str(csv))[0] == 0
    code, _, err = run(
        capsys, "juror-file", "export", str(session), "--out", str(tmp_path / "premier")
    )
    assert code == 0, err
    [first] = (tmp_path / "premier").glob("*.grille")
    _grade_and_sign(first)
    code, out, _ = run(capsys, "merge", str(session), str(first))
    assert code == 0
    recorded = json.loads(run(capsys, "session", "show", "--json", str(session))[1])
    fp = recorded["jurors"][0]["fingerprint"]
    assert fp
    assert f"« Anne Roux » enregistrée (première grille reçue) : empreinte {fp}" in out
    code, out, err = run(
        capsys, "juror-file", "export", str(session), "--out", str(tmp_path / "second")
    )
    assert code == 0, err
    assert f"clé déjà enregistrée, empreinte {fp}" in out
    [second] = (tmp_path / "second").glob("*.grille")
    _grade_and_sign(second)  # same computer: the same key
    code, out, err = run(capsys, "merge", str(session), str(second))
    assert code == 0, err + out


def test_session_json_carries_the_deliberation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo", str(tmp_path / "demo"))[0] == 0
    jury = next((tmp_path / "demo").glob("*.jury"))
    grilles = sorted(str(p) for p in (tmp_path / "demo").glob("*.grille"))
    assert run(capsys, "merge", str(jury), *grilles)[0] == 0
    data = json.loads(run(capsys, "session", "show", "--json", str(jury))[1])
    first = data["deliberation"]["candidates"][0]
    assert data["deliberation"]["session"]["closed"] is False
    evaluated = next(b for b in first["blocs"] if b["state"] != "non_evalue")
    assert evaluated["proposal"] in {"valide", "non_valide", "incomplet"}
    assert evaluated["state"] == "non_delibere"
    assert first["outcome"] == "non_delibere"
    code, _, err = run(
        capsys, "decide", str(jury), "--candidate", first["id"],
        "--bloc", evaluated["code"], "--decision", "absent",
        "--motivation", "Candidat absent le jour de la soutenance.", "--by", "Claire Dubois",
    )
    assert code == 0, err
    data = json.loads(run(capsys, "session", "show", "--json", str(jury))[1])
    bloc = data["deliberation"]["candidates"][0]["blocs"][0]
    assert bloc["state"] == "absent"
    assert bloc["decided_by"] == "Claire Dubois"
    assert bloc["motivation"] == "Candidat absent le jour de la soutenance."


def test_a_juror_is_marked_absent_from_the_command_line(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "jurors", "add", str(session), "--name", "Hélène Côté", "--role", "president")
    code, out, err = run(
        capsys, "jurors", "presence", str(session), "--name", "helene cote", "--absent"
    )
    assert code == 0, err
    assert out.strip() == "Hélène Côté : absent au jury."
    data = json.loads(run(capsys, "session", "show", "--json", str(session))[1])
    assert data["jurors"][0]["present"] is False
    code, _, err = run(
        capsys, "jurors", "presence", str(session), "--name", "Personne", "--present"
    )
    assert code == 1
    assert "Aucun membre du jury « Personne »" in err
    assert "Hélène Côté" in err


def test_an_untouched_grid_reads_the_same_on_the_command_line_and_in_the_window(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opened by the juror and not written in yet: « À faire » everywhere,
    « En cours » once a criterion is marked."""
    from grader.ui.controller import sheet_status  # the juror's window, read without a window

    with open_file(session) as g:
        add_juror(g, "Élodie Martin", "responsable_pedagogique")
        add_candidate(g, "Dupont", "Léa")
        [grille] = export_juror_files(g, tmp_path / "grilles")
    with open_file(grille) as jf:
        [lea] = list_candidates(jf)
        sheet = open_sheet(jf, jf.juror_id, lea.id, "veille")
    assert sheet_status(sheet) == "todo"
    code, out, err = run(capsys, "session", "show", str(grille))
    assert code == 0, err
    assert f"Élodie Martin : {SHEET_STATUS_LABELS['todo']} (0/" in out
    code, out, err = run(capsys, "sheet", "show", str(grille), "--candidate", "Dupont",
                         "--assessment", "veille")
    assert code == 0, err
    assert "Juré : Élodie Martin — À faire (version" in out
    with open_file(grille) as jf:
        criterion = jf.referential.assessment("veille").criteria[0]
        marked = set_mark(jf, sheet.id, criterion.id, level="A")
        assert marked.level == "A"
        sheet = sheet_view(jf, sheet.id)
    assert sheet_status(sheet) == "draft"
    code, out, _ = run(capsys, "sheet", "show", str(grille), "--candidate", "Dupont",
                       "--assessment", "veille")
    assert "Juré : Élodie Martin — En cours (version" in out
