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


def test_argparse_words_come_from_the_shipped_catalogue(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """French even on an English desktop: the compiled catalogue is the one
    argparse reads through gettext, and it holds every entry of the .po."""
    import ast
    import gettext

    from grader.cli.french_argparse import DOMAIN, LOCALE_DIR

    monkeypatch.setenv("LANGUAGE", "en_US:en")
    with pytest.raises(SystemExit):
        main(["merge"])
    assert "arguments obligatoires manquants" in capsys.readouterr().err
    po = (LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po").read_text(encoding="utf-8")
    catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=["fr"])
    for block in po.split("\n\n")[1:]:
        lines = dict(line.split(" ", 1) for line in block.strip().splitlines()
                     if line.startswith("msg"))
        if "msgid_plural" in lines:
            continue
        msgid, msgstr = (ast.literal_eval(lines[k]) for k in ("msgid", "msgstr"))
        assert catalogue.gettext(msgid) == msgstr
    assert catalogue.ngettext("expected %s argument", "expected %s arguments", 2) == (
        "%s valeurs attendues")
