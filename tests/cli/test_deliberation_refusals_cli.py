"""Each refusal of the deliberation through the command line: a French
sentence on stderr, exit code 1, and the session file unchanged."""

import json
import sqlite3
from pathlib import Path

import pytest

from grader.cli import main

Capture = pytest.CaptureFixture[str]
BY = "Claire Dubois"  # a present member of the demo jury


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(session: Path) -> list[tuple]:
    """What the deliberation is made of, every row."""
    conn = sqlite3.connect(session)
    try:
        rows: list[tuple] = []
        for table in ("blocdecision", "acquiredbloc", "candidate", "juror", "jurysession"):
            rows += [(table, *r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1")]
        return rows
    finally:
        conn.close()


@pytest.fixture
def session(tmp_path: Path, capsys: Capture) -> Path:
    assert run(capsys, "demo", str(tmp_path / "demo"))[0] == 0
    jury = next((tmp_path / "demo").glob("*.jury"))
    grilles = sorted(str(p) for p in (tmp_path / "demo").glob("*.grille"))
    assert run(capsys, "merge", str(jury), *grilles)[0] == 0
    return jury


def refused(capsys: Capture, session: Path, *argv: str) -> str:
    before = snapshot(session)
    code, _, err = run(capsys, *argv)
    assert code == 1, err
    assert "Traceback" not in err
    assert snapshot(session) == before
    return err


def decide(session: Path, *extra: str) -> tuple[str, ...]:
    return ("decide", str(session), "--candidate", "Dupont", "--bloc", "BC01", *extra)


def test_decision_on_an_acquired_bloc(session: Path, capsys: Capture) -> None:
    # The demo evaluates BC01 only: record BC01 as acquired for Dupont.
    code, _, err = run(
        capsys, "acquis", "add", str(session), "--candidate", "Dupont",
        "--bloc", "BC01", "--date", "2025-06-13", "--source", "Juin 2025",
    )  # fmt: skip
    assert code == 0, err
    motive = ("--motivation", "Une motivation assez longue.")
    err = refused(capsys, session, *decide(session, "--decision", "valide", "--by", BY, *motive))
    assert "déjà acquis depuis le 13/06/2025" in err
    assert "capitalisé" in err


def test_acquired_over_a_decision_until_withdrawn(session: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, *decide(session, "--decision", "non_valide", "--by", BY,
                                       "--motivation", "Critères non acquis."))  # fmt: skip
    assert code == 0, err
    acquis = ("acquis", "add", str(session), "--candidate", "Dupont", "--bloc", "BC01",
              "--date", "2025-06-13", "--source", "Juin 2025")  # fmt: skip
    err = refused(capsys, session, *acquis)
    assert "decide --withdraw" in err
    code, out, err = run(capsys, *decide(session, "--withdraw", "--by", BY))
    assert code == 0, err
    assert "retirée" in out
    assert run(capsys, *acquis)[0] == 0


def test_closure_refused_while_a_contradiction_exists(session: Path, capsys: Capture) -> None:
    assert run(capsys, *decide(session, "--decision", "non_valide", "--by", BY,
                               "--motivation", "Critères non acquis."))[0] == 0  # fmt: skip
    conn = sqlite3.connect(session)  # an older file could hold both facts
    conn.execute(
        "INSERT INTO acquiredbloc (id, candidate_id, bloc_code, acquired_on, source_session,"
        " created_at) SELECT 'x', candidate_id, bloc_code, '2025-06-13', 'Juin 2025',"
        " '2025-06-13 00:00:00' FROM blocdecision"
    )
    conn.commit()
    conn.close()
    err = refused(capsys, session, "deliberation", "close", str(session), "--by", BY, "--force")
    assert "contradiction" in err
    assert "Retirez la décision ou le bloc acquis" in err


def test_decision_needs_a_present_member(session: Path, capsys: Capture) -> None:
    motive = ("--motivation", "Critères non acquis.")
    err = refused(capsys, session, *decide(session, "--decision", "non_valide", "--by",
                                           "Personne", *motive))  # fmt: skip
    assert "n'est pas membre du jury" in err
    assert run(capsys, "jurors", "presence", str(session), "--name", BY, "--absent")[0] == 0
    err = refused(capsys, session, *decide(session, "--decision", "non_valide", "--by", BY,
                                           *motive))  # fmt: skip
    assert "absent(e) au jury" in err
    with pytest.raises(SystemExit) as exited:  # --by is required by the command itself
        run(capsys, *decide(session, "--decision", "non_valide", *motive))
    assert exited.value.code == 2
    assert "--by" in capsys.readouterr().err


def test_departure_needs_fifteen_characters(session: Path, capsys: Capture) -> None:
    _code, out, _ = run(capsys, "deliberation", "show", "--json", str(session))
    data = json.loads(out)
    dupont = next(c for c in data["candidates"] if c["last_name"] == "Dupont")
    proposal = next(b["proposal"] for b in dupont["blocs"] if b["state"] != "non_evalue")
    against = "non_valide" if proposal == "valide" else "valide"
    err = refused(capsys, session, *decide(session, "--decision", against, "--by", BY,
                                           "--motivation", "Vu à l'oral."))  # fmt: skip
    assert "au moins 15 caractères" in err
    assert run(capsys, *decide(session, "--decision", against, "--by", BY,
                               "--motivation", "Vu à l'oral, démontré."))[0] == 0  # fmt: skip


def test_closure_refused_when_the_composition_is_not_met(session: Path, capsys: Capture) -> None:
    assert run(capsys, "jurors", "presence", str(session), "--name", "Karim Haddad",
               "--absent")[0] == 0  # fmt: skip
    err = refused(capsys, session, "deliberation", "close", str(session), "--by", BY)
    assert "décision(s) de bloc manquent" in err
    code, out, err = run(capsys, "session", "show", str(session))
    assert "Composition du jury non conforme au référentiel" in out
    code, out, err = run(capsys, "deliberation", "close", str(session), "--by", BY, "--force",
                         "--reason", "Jury réduit le jour même")  # fmt: skip
    assert code == 0, err
    assert "Clôture forcée" in out
    assert "composition du jury non conforme" in out
    assert "Jury réduit le jour même" in out
