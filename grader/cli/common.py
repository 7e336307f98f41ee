"""What the sub-commands share: the refusal that becomes a French message and
exit code 1, opening a session file, reading a date."""

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from grader.models.store import FileRefused, GraderFile, open_file


class CommandFailed(ValueError):
    """A French message for the user; the command exits with 1."""


@contextmanager
def open_session(path: str) -> Iterator[GraderFile]:
    """The lead's session file, open for writing; a juror's file is refused."""
    try:
        gfile = open_file(path)
    except FileRefused as exc:
        raise CommandFailed(str(exc)) from None
    try:
        if gfile.kind != "session":
            raise CommandFailed(
                f"{Path(path).name} est une grille de juré, pas un fichier de session."
            )
        yield gfile
    finally:
        gfile.close()


def parse_date(text: str) -> date:
    """argparse ``type=`` for AAAA-MM-JJ dates, with a French error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide : « {text} » (attendu AAAA-MM-JJ, par exemple 2025-06-12)"
        ) from None
