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
from grader.text import DATE_FORMATS
from grader.text import parse_date as text_date

Command = Callable[[argparse.Namespace], int]


class CommandFailed(Refusal):
    """A French message for the user; the command exits with 1."""


# The same argument means the same thing in every command: its explanation,
# when the command gives none of its own.
STANDARD_HELP = {
    "session": "fichier de la session (.jury)",
    "--candidate": "« NOM Prénom », nom, numéro ou identifiant du candidat",
    "--bloc": "code du bloc (par exemple BC01)",
    "--assessment": "identifiant de l'épreuve",
    "--juror": "nom du membre du jury",
}


def explain_arguments(parser: argparse.ArgumentParser) -> None:
    """Give ``STANDARD_HELP`` to the arguments of ``parser`` and of its
    sub-commands that have no help of their own."""
    for action in parser._actions:  # argparse lists arguments only there
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                explain_arguments(sub)
        elif not action.help:
            names = action.option_strings or [action.dest]
            action.help = next((STANDARD_HELP[n] for n in names if n in STANDARD_HELP), None)


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
    """argparse ``type=`` for dates typed JJ/MM/AAAA or AAAA-MM-JJ, with a French error."""
    try:
        return text_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide : « {text} » (attendu {DATE_FORMATS}, par exemple 12/06/2025)"
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
