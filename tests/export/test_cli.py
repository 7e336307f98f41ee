"""``grader export …``: paths printed, exit codes, French errors."""

from pathlib import Path

import pytest
from helpers import MakeSession

from grader.cli import main


@pytest.mark.parametrize("kind", ["pv", "sheets", "attestations", "xlsx"])
def test_export_prints_written_paths(
    make_session: MakeSession, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    gfile = make_session(6)
    path = gfile.path
    gfile.close()  # the CLI opens it itself
    out = tmp_path / "sortie"
    assert main(["export", kind, str(path), "--out", str(out)]) == 0
    printed = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert printed
    for p in printed:
        assert p.exists()
        assert out in p.parents


def test_export_candidate_by_name(
    make_session: MakeSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gfile = make_session(3)
    path = gfile.path
    gfile.close()
    code = main(["export", "candidate", str(path), "--out", str(tmp_path), "--candidate", "ecuyer"])
    assert code == 0
    names = [Path(line).name for line in capsys.readouterr().out.splitlines()]
    assert names == ["Données ÉCUYER Chloé.xlsx", "Données ÉCUYER Chloé.json"]


def test_export_errors_are_french(
    make_session: MakeSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gfile = make_session(2)
    path = gfile.path
    gfile.close()
    assert main(["export", "candidate", str(path), "--out", str(tmp_path), "--candidate", "x"]) == 1
    assert "Aucun candidat ne correspond à « x »" in capsys.readouterr().err
    assert main(["export", "candidate", str(path), "--out", str(tmp_path)]) == 1
    assert "--candidate" in capsys.readouterr().err
    missing = tmp_path / "absent.jury"
    assert main(["export", "pv", str(missing), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "n'existe pas" in err
    assert "Traceback" not in err
