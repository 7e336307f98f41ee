"""The command line answers in French, down to argparse's own words."""

import pytest

from grader.cli import main


def test_help_is_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage : grader")
    assert "afficher cette aide et quitter" in out
    assert "show this help" not in out


def test_missing_arguments_are_named_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["merge"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "erreur : arguments obligatoires manquants : SESSION, FICHIER" in err


def test_a_file_argument_opens_the_application_not_the_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[list[str]] = []
    import grader.ui.app

    monkeypatch.setattr(grader.ui.app, "run_app", lambda argv: opened.append(argv) or 0)
    assert main(["Claire Dubois.grille"]) == 0
    assert opened[0][1:] == ["Claire Dubois.grille"]


def test_version_option_is_described_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    # argparse (3.11) fixes this help text when the module is imported, before
    # the French table is installed: it must be given explicitly.
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "afficher la version et quitter" in out
    assert "show program's version" not in out
