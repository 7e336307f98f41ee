"""One command line: every argument of every sub-command explained, each
option spelt one way, dates typed the same way everywhere."""

import argparse
from collections.abc import Iterator
from datetime import date

import pytest

from grader.cli import build_parser, main
from grader.cli.common import parse_date


def parsers(parser: argparse.ArgumentParser, path: str = "grader") -> Iterator[
        tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:  # argparse keeps sub-parsers only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, f"{path} {name}")


def arguments() -> Iterator[tuple[str, argparse.Action]]:
    for path, parser in parsers(build_parser()):
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                yield path, action


def test_the_walk_reaches_every_command() -> None:
    paths = {path for path, _ in parsers(build_parser())}
    assert {"grader session new", "grader merge", "grader export", "grader screenshots",
            "grader sheet show", "grader referential check"} <= paths
    assert len(paths) > 20


def test_every_argument_has_a_help_text() -> None:
    missing = [f"{path}: {action.option_strings or action.dest}"
               for path, action in arguments()
               if action.help != argparse.SUPPRESS and not (action.help or "").strip()]
    assert missing == []


def test_each_option_is_spelt_one_way() -> None:
    """Options in English, as the sub-commands are (``--referential``, not
    ``--referentiel`` here and ``--referential`` there); an old spelling may
    stay as a hidden alias."""
    visible = {opt for _path, action in arguments() if action.help != argparse.SUPPRESS
               for opt in action.option_strings}
    assert "--referentiel" not in visible
    assert "--langue" not in visible
    assert "--referential" in visible


@pytest.mark.parametrize("text", ["12/06/2025", "2025-06-12", "12-06-2025", " 12.06.2025 "])
def test_dates_are_read_both_ways(text: str) -> None:
    assert parse_date(text) == date(2025, 6, 12)


def test_a_wrong_date_is_refused_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["session", "new", "mini.yaml", "--out", "x.jury", "--date", "12 juin"])
    err = capsys.readouterr().err
    assert "date invalide : « 12 juin » (attendu JJ/MM/AAAA ou AAAA-MM-JJ" in err


def test_the_old_spelling_still_works() -> None:
    args = build_parser().parse_args(["screenshots", "out", "--referentiel", "r.yaml",
                                      "--langue", "en"])
    assert str(args.referential) == "r.yaml"
    assert args.language == "en"
