"""Command line: the same operations as the application, without a screen."""

import argparse
import sys

from grader import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grader",
        description="Grilles d'évaluation et procès-verbaux de jury (certifications RNCP).",
    )
    parser.add_argument("--version", action="version", version=f"grader {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMANDE")
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
