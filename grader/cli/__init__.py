"""Command line: the same operations as the application, without a screen.

Each area registers its own sub-commands from its own module, listed in
``COMMAND_MODULES``; a command's function takes the parsed arguments and
returns the exit code.
"""

import argparse
import importlib
import sys

from grader import __version__

COMMAND_MODULES = (
    "grader.cli.referential_cmd",
    "grader.cli.session_cmd",
    "grader.cli.merge_cmd",
    "grader.cli.export_cmd",
    "grader.cli.app_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grader",
        description="Grilles d'évaluation et procès-verbaux de jury (certifications RNCP).",
    )
    parser.add_argument("--version", action="version", version=f"grader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from grader.ui.app import run_app  # Qt only when the window is wanted

        return run_app()
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
