"""``grader export pv|sheets|attestations|xlsx|candidate SESSION --out DIR``:
the exports without a screen; prints the paths written."""

import argparse
import sys
from pathlib import Path

from grader.errors import GraderError
from grader.export import (
    ExportError,
    export_attestations,
    export_candidate_data,
    export_pv,
    export_sheets,
    export_workbook,
)
from grader.grading.candidate_lookup import find_candidate
from grader.models.store import GraderFile, open_file

KINDS = ("pv", "sheets", "attestations", "xlsx", "candidate")


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
    p = sub.add_parser(
        "export",
        help="exporter PV, grilles, attestations, classeur ou données d'un candidat",
    )
    p.add_argument("kind", choices=KINDS, metavar="QUOI", help=" | ".join(KINDS))
    p.add_argument("session", metavar="SESSION", help="fichier de session (.jury)")
    p.add_argument("--out", required=True, metavar="DOSSIER", help="dossier où écrire")
    p.add_argument("--candidate", metavar="NOM", help="candidat (nom, prénom ou numéro)")
    p.add_argument("--anonymised", action="store_true", help="classeur sans les noms")
    p.add_argument(
        "--separate-only", action="store_true", help="grilles : sans le PDF regroupant tout"
    )
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        with open_file(args.session, readonly=True) as gfile:
            paths = _run(args, gfile, out)
    except GraderError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except OSError as exc:
        print(f"Erreur : impossible d'écrire dans {out} ({exc.strerror}).", file=sys.stderr)
        return 1
    if not paths:
        print("Rien à exporter (aucun candidat en validation partielle).")
    for path in paths:
        print(path)
    return 0


def _run(args: argparse.Namespace, gfile: GraderFile, out: Path) -> list[Path]:
    kind = args.kind
    if kind == "candidate":
        if not args.candidate:
            raise ExportError("Indiquez le candidat avec --candidate NOM.")
        return export_candidate_data(gfile, find_candidate(gfile, args.candidate).id, out)
    if kind == "pv":
        return [export_pv(gfile, out)]
    if kind == "sheets":
        return export_sheets(gfile, out, combined=not args.separate_only)
    if kind == "attestations":
        return export_attestations(gfile, out)
    return [export_workbook(gfile, out, anonymised=args.anonymised)]
