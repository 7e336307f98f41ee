"""``grader acquis add | list | remove``: the blocs a candidate validated in
an earlier session (capitalisation), recorded in the session file before
the deliberation; they count for the certification and the PV prints them."""

import argparse
import functools
import sys
from collections.abc import Callable
from datetime import date

from grader.cli.common import CommandFailed, bloc_code, open_session, parse_date
from grader.errors import GraderError
from grader.grading import deliberation
from grader.grading.candidate_lookup import find_candidate
from grader.grading.capitalisation import (
    AcquiredBlocView,
    acquired_blocs,
    record_acquired_bloc,
    remove_acquired_bloc,
)
from grader.grading.deliberation_table import candidate_row
from grader.grading.session_ops import list_candidates
from grader.grading.views import CandidateView
from grader.models.store import GraderFile
from grader.referential.model import Referential

Command = Callable[[argparse.Namespace], int]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
    p = sub.add_parser(
        "acquis", help="blocs déjà acquis lors d'une session antérieure (capitalisation)"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="enregistrer (ou corriger) un bloc déjà acquis")
    add.add_argument("session", metavar="SESSION", help="fichier de session (.jury)")
    add.add_argument("--candidate", required=True, metavar="NOM_OU_ID",
                     help="« NOM Prénom », nom, numéro ou identifiant du candidat")
    add.add_argument("--bloc", required=True, metavar="CODE", help="code du bloc (ou BC01)")
    add.add_argument("--date", required=True, type=parse_date, metavar="DATE",
                     help="date à laquelle le bloc a été acquis, JJ/MM/AAAA ou AAAA-MM-JJ")
    add.add_argument("--source", required=True, metavar="TEXTE",
                     help="session d'origine, par exemple « Jury du 14/06/2024, Lyon »")
    add.set_defaults(func=cmd_add)

    show = actions.add_parser("list", help="blocs déjà acquis des candidats")
    show.add_argument("session", metavar="SESSION")
    show.add_argument("--candidate", metavar="NOM_OU_ID", help="un seul candidat")
    show.set_defaults(func=cmd_list)

    remove = actions.add_parser("remove", help="retirer un bloc enregistré par erreur")
    remove.add_argument("session", metavar="SESSION")
    remove.add_argument("--candidate", required=True, metavar="NOM_OU_ID")
    remove.add_argument("--bloc", required=True, metavar="CODE")
    remove.set_defaults(func=cmd_remove)


def _guarded(func: Command) -> Command:
    """The project's refusals become a French message on stderr and exit 1."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except GraderError as exc:
            print(str(exc), file=sys.stderr)
            return 1

    return run


def _require_open(gfile: GraderFile) -> None:
    # Once closed, the PV is final: its certification must not change under it.
    if deliberation.is_closed(gfile):
        raise CommandFailed(
            "La délibération est clôturée : les blocs déjà acquis ne peuvent plus être modifiés."
        )


def _line(ref: Referential, a: AcquiredBlocView) -> str:
    title = next((b.title for b in ref.blocs if b.code == a.bloc_code), "")
    where = f" — {a.source_session}" if a.source_session else ""
    return f"{a.bloc_code} ({title}) acquis le {a.acquired_on:%d/%m/%Y}{where}"


def _certification(gfile: GraderFile, candidate: CandidateView) -> str:
    row = candidate_row(gfile, candidate.id)
    return f"Résultat : {row.outcome_label}. {row.reason}"


@_guarded
def cmd_add(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        candidate = find_candidate(gfile, args.candidate)
        code = bloc_code(gfile.referential, args.bloc)
        _require_open(gfile)
        if not args.source.strip():
            raise CommandFailed("Indiquez la session d'origine du bloc avec --source.")
        acquired_on: date = args.date
        view = record_acquired_bloc(gfile, candidate.id, code, acquired_on, args.source)
        print(f"{candidate.display_name} : {_line(gfile.referential, view)}.")
        print(_certification(gfile, candidate))
    return 0


@_guarded
def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        ref = gfile.referential
        candidates = (
            [find_candidate(gfile, args.candidate)] if args.candidate else list_candidates(gfile)
        )
        found = 0
        for candidate in candidates:
            rows = acquired_blocs(gfile, candidate.id)
            if not rows:
                continue
            print(candidate.display_name)
            order = {b.code: i for i, b in enumerate(ref.blocs)}
            for a in sorted(rows.values(), key=lambda a: order.get(a.bloc_code, len(order))):
                print(f"  {_line(ref, a)}")
                found += 1
    if not found:
        who = f" pour {candidates[0].display_name}" if args.candidate else ""
        print(f"Aucun bloc déjà acquis enregistré{who}.")
    return 0


@_guarded
def cmd_remove(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        candidate = find_candidate(gfile, args.candidate)
        code = bloc_code(gfile.referential, args.bloc)
        _require_open(gfile)
        if code not in acquired_blocs(gfile, candidate.id):
            raise CommandFailed(
                f"Le bloc {code} n'est pas enregistré comme acquis pour {candidate.display_name}."
            )
        remove_acquired_bloc(gfile, candidate.id, code)
        print(f"{candidate.display_name} : le bloc {code} n'est plus enregistré comme acquis.")
        print(_certification(gfile, candidate))
    return 0
