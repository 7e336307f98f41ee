"""``grader session new --duration`` and ``grader session duration``."""

import json
from pathlib import Path

import pytest

from grader.cli import main
from grader.grading import session_ops
from grader.models.store import open_file


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def show_json(capsys: pytest.CaptureFixture[str], session: Path) -> dict[str, object]:
    code, out, err = run(capsys, "session", "show", "--json", str(session))
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def session(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    path = tmp_path / "juin.jury"
    code, _, err = run(
        capsys, "session", "new", str(mini_referential_path), "--out", str(path),
        "--assessment", "veille", "--assessment", "contenus",
        "--duration", "contenus=45", "--duration", "veille=20",
    )  # fmt: skip
    assert code == 0, err
    return path


def test_new_with_durations_then_show(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert show_json(capsys, session)["durations"] == {"veille": 20, "contenus": 45}
    code, out, _ = run(capsys, "session", "show", str(session))
    assert code == 0
    assert "Durées des soutenances : Veille : 20 min ; Contenus : 45 min" in out


def test_duration_command_sets_and_removes(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "session", "duration", str(session), "contenus", "30")
    assert code == 0, err
    assert "Contenus : soutenance de 30 min pour cette session." in out
    code, out, err = run(capsys, "session", "duration", str(session), "veille", "none")
    assert code == 0, err
    assert "Veille : durée du référentiel, 30 min." in out
    code, out, err = run(capsys, "session", "duration", str(session), "contenus", "aucune")
    assert code == 0, err
    assert "Contenus : plus de durée fixée" in out
    assert show_json(capsys, session)["durations"] == {"veille": 30, "contenus": None}
    code, out, _ = run(capsys, "session", "show", str(session))
    assert "Veille : 30 min (référentiel) ; Contenus : non prévue" in out
    with open_file(session, readonly=True) as g:
        assert session_ops.session_view(g).durations == {}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("contenus", "700"), "entre 1 et 600 minutes"),
        (("contenus", "0"), "entre 1 et 600 minutes"),
        (("soutenance", "30"), "Épreuve inconnue : « soutenance »"),
    ],
)
def test_duration_command_refusals(
    session: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, str], message: str
) -> None:
    code, _, err = run(capsys, "session", "duration", str(session), *argv)
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert show_json(capsys, session)["durations"] == {"veille": 20, "contenus": 45}


def test_duration_command_wants_a_number(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["session", "duration", str(session), "contenus", "trente"])
    assert info.value.code == 2
    assert "durée invalide : « trente »" in capsys.readouterr().err
    assert show_json(capsys, session)["durations"] == {"veille": 20, "contenus": 45}


@pytest.mark.parametrize(
    ("value", "message"),
    [("veille", "attendu ÉPREUVE=MINUTES"), ("veille=abc", "durée invalide : « abc »"),
     ("=30", "attendu ÉPREUVE=MINUTES")],
)
def test_new_refuses_a_malformed_duration(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str],
    value: str, message: str,
) -> None:
    out = tmp_path / "x.jury"
    with pytest.raises(SystemExit) as info:
        main(["session", "new", str(mini_referential_path), "--out", str(out),
              "--duration", value])
    assert info.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_new_refuses_an_unknown_assessment_duration(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.jury"
    code, _, err = run(capsys, "session", "new", str(mini_referential_path), "--out", str(out),
                       "--duration", "veile=20")
    assert code == 1
    assert "Épreuve inconnue : « veile »" in err
    assert not out.exists()
