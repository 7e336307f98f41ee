"""Command line: the same operations as the application, without a screen.

Each area registers its own sub-commands from its own module, listed in
``COMMAND_MODULES``; a command's function takes the parsed arguments and
returns the exit code.
"""

import argparse
import importlib
import os
import sys

from grader import __version__
from grader.cli import french_argparse
from grader.cli.common import explain_arguments

COMMAND_MODULES = (
    "grader.cli.referential_cmd",
    "grader.cli.session_cmd",
    "grader.cli.sheet_cmd",
    "grader.cli.merge_cmd",
    "grader.cli.export_cmd",
    "grader.cli.app_cmd",
    "grader.cli.prepare_cmd",
    "grader.cli.lock_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    french_argparse.install()
    parser = argparse.ArgumentParser(
        prog="grader",
        description="Grilles d'évaluation et procès-verbaux de jury (certifications RNCP).",
    )
    # argparse 3.11 translates this help when it is imported, before install().
    parser.add_argument(
        "--version",
        action="version",
        version=f"grader {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="vérifie l'installation (référentiels, session, PV, fenêtre) et quitte",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    explain_arguments(parser)
    return parser


OPENABLE_SUFFIXES = (".jury", ".grille")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].lower().endswith(OPENABLE_SUFFIXES):
        # « grader fichier.grille »: what the desktop's file association runs.
        return start_window([sys.argv[0], *argv])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from grader.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        return start_window(None)
    return run_command(args)


def start_window(argv: list[str] | None) -> int:
    """The application, once this system is known to have what Qt's window
    needs (else a French message naming the missing library, exit code 1)."""
    from grader.ui.system_libraries import check

    problem = check()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from grader.ui.app import run_app  # Qt only when the window is wanted

    return run_app(argv)


def run_command(args: argparse.Namespace) -> int:
    """Run one sub-command: grader's own errors (:class:`GraderError`) are a
    French message and exit code 1; anything else is a bug, logged with its
    traceback and reported as such (exit code 70, « internal software error »)."""
    from grader.bug_report import bug_sentence, write_bug_report
    from grader.errors import GraderError

    try:
        return int(args.func(args) or 0)
    except GraderError as exc:
        problems = getattr(exc, "problems", None)
        for line in problems if isinstance(problems, list) else [str(exc)]:
            print(line, file=sys.stderr)
        return 1
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:
        path = write_bug_report(type(exc), exc, exc.__traceback__)
        print(bug_sentence(path), file=sys.stderr)
        return 70


def entry_point() -> int:
    """The ``grader`` console script: ``main`` with a quiet exit when the output
    is piped into a program that stops reading (``grader … | head``)."""
    try:
        return main()
    except BrokenPipeError:
        # Python would print an error while flushing a closed stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(entry_point())
