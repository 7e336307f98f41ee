"""What the sub-commands share: the refusal that becomes a French message and
exit code 1, opening a session file, reading a date."""

import argparse
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from grader.errors import GraderError, Refusal
from grader.models.store import FileRefused, GraderFile, open_file
from grader.referential import ReferentialError
from grader.referential.model import Referential

Command = Callable[[argparse.Namespace], int]


class CommandFailed(Refusal):
    """A French message for the user; the command exits with 1."""


def fail(lines: list[str]) -> int:
    """Print each line on stderr; the command's exit code 1."""
    for line in lines:
        print(line, file=sys.stderr)
    return 1


def user_errors(func: Command) -> Command:
    """The project's own errors become a French message and exit code 1."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        from grader.grading.candidates_import import CandidateImportError

        try:
            return func(args)
        except (ReferentialError, CandidateImportError) as exc:
            return fail(exc.problems)
        except GraderError as exc:
            return fail([str(exc)])
        except BrokenPipeError:
            raise  # the reader of our output went away: handled by the entry point
        except FileNotFoundError as exc:
            return fail([f"Fichier introuvable : {exc.filename}"])
        except OSError as exc:
            return fail([f"Impossible d'accéder à {exc.filename} ({exc.strerror})."])

    return wrapper


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


def bloc_code(ref: Referential, wanted: str) -> str:
    """The référentiel's code for ``wanted``: the full code, any case, or its
    end when only one bloc ends so (« BC01 » for « RNCP37347BC01 »)."""
    text = wanted.strip().casefold()
    codes = [b.code for b in ref.blocs]
    exact = [c for c in codes if c.casefold() == text]
    ending = [c for c in codes if text and c.casefold().endswith(text)]
    if exact or len(ending) == 1:
        return (exact or ending)[0]
    raise CommandFailed(
        f"Aucun bloc « {wanted} » dans le référentiel « {ref.title} » "
        f"(blocs : {', '.join(codes)})."
        if not ending
        else f"Plusieurs blocs répondent à « {wanted} » : {', '.join(ending)}. Précisez."
    )
