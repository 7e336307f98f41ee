"""``grader merge | disagreements | decide | deliberation close | stats``:
collect the jurors' files, see where they disagree, record the jury's
decisions and close the deliberation, without a screen."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from grader.cli.common import open_session
from grader.errors import GraderError
from grader.grading.bloc_rules import fr_number
from grader.grading.candidate_lookup import find_candidate
from grader.grading.deliberation import (
    DECISIONS,
    certification_outcome,
    close_deliberation,
    record_decision,
)
from grader.grading.disagreements import DIFFER, disagreements
from grader.grading.merge import ALREADY_PRESENT, REFUSED, UPDATED, merge_juror_files
from grader.grading.session_ops import list_candidates, list_jurors
from grader.grading.statistics import session_statistics
from grader.grading.vocabulary import BLOC_OUTCOME_LABELS, CERTIFICATION_LABELS
from grader.referential.model import Referential

Command = Callable[[argparse.Namespace], int]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
    p = sub.add_parser("merge", help="importer les grilles des jurés dans la session")
    p.add_argument("session", metavar="SESSION", help="fichier de session (.jury)")
    p.add_argument("files", nargs="+", metavar="FICHIER", help="grilles des jurés (.grille)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("disagreements", help="désaccords entre jurés et points « À discuter »")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--candidate", metavar="NOM", help="un seul candidat (nom ou numéro)")
    p.set_defaults(func=cmd_disagreements)

    p = sub.add_parser("decide", help="enregistrer la décision du jury pour un bloc")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--candidate", required=True, metavar="NOM_OU_ID")
    p.add_argument("--bloc", required=True, metavar="CODE")
    p.add_argument("--decision", required=True, choices=DECISIONS)
    p.add_argument("--motivation", default="", help="obligatoire pour « non validé » ou un écart")
    p.add_argument("--by", default="", metavar="NOM", help="qui enregistre la décision")
    p.set_defaults(func=cmd_decide)

    p = sub.add_parser("deliberation", help="clôturer la délibération")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    close = actions.add_parser("close", help="clôturer : plus aucune décision modifiable")
    close.add_argument("session", metavar="SESSION")
    close.add_argument("--by", required=True, metavar="NOM", help="président du jury")
    close.add_argument(
        "--force", action="store_true", help="clôturer malgré des décisions manquantes"
    )
    close.set_defaults(func=cmd_close)

    p = sub.add_parser("stats", help="accord entre jurés (kappa) et indulgence de chacun")
    p.add_argument("session", metavar="SESSION")
    p.set_defaults(func=cmd_stats)


def _guarded(func: Callable[[argparse.Namespace], int]) -> Command:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except GraderError as exc:
            print(str(exc), file=sys.stderr)
            return 1

    return run


_MARKS = {"imported": "✔ importé", UPDATED: "✔ mis à jour", ALREADY_PRESENT: "= déjà présent"}


@_guarded
def cmd_merge(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        report = merge_juror_files(gfile, [Path(f) for f in args.files])
    for r in report.files:
        if r.status == REFUSED:
            print(f"{r.path.name} : ✘ refusé : {r.reason}")
        else:
            print(f"{r.path.name} : {_MARKS[r.status]} ({r.reason.rstrip('.')})")
    refused = len(report.refused)
    if refused:
        print(
            f"{refused} fichier(s) refusé(s) sur {len(report.files)} : "
            "rien n'a été importé de ces fichiers-là ; les autres l'ont été."
            if refused < len(report.files)
            else f"{refused} fichier(s) refusé(s) : rien n'a été importé."
        )
    return 1 if refused else 0


def _value_label(ref: Referential, criterion_id: str, value: str | float | None) -> str:
    if value is None:
        return "—"
    scale = ref.locate(criterion_id)[1].scale
    if isinstance(value, str):
        level = scale.level(value)
        return level.label if level else value
    return fr_number(value)


@_guarded
def cmd_disagreements(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        candidate = find_candidate(gfile, args.candidate) if args.candidate else None
        found = disagreements(gfile, candidate.id if candidate else None)
        ref = gfile.referential
        names = {c.id: c.display_name for c in list_candidates(gfile)}
        jurors = {j.id: j.name for j in list_jurors(gfile)}
    if not found:
        print("Aucun désaccord ni point « À discuter » sur les grilles signées.")
        return 0
    current = None
    for d in found:
        heading = (d.candidate_id, d.assessment_id)
        if heading != current:
            current = heading
            assessment = ref.assessment(d.assessment_id)
            print(f"{names.get(d.candidate_id, d.candidate_id)} — {assessment.title}")
        if d.criterion_id:
            criterion = ref.criterion(d.criterion_id)
            label = f"{criterion.code or '•'} {criterion.text}"
        else:
            label = "Grille entière"
        what = "désaccord" if d.kind == DIFFER else "à discuter"
        values = ", ".join(
            f"{name} : {_value_label(ref, d.criterion_id, d.values[j])}"
            for j, name in jurors.items()
            if j in d.values
        )
        print(f"  {label} — {what}" + (f" ({values})" if values else ""))
        for note in d.notes:
            print(f"      {note}")
    print(f"{len(found)} point(s) à examiner.")
    return 0


@_guarded
def cmd_decide(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        candidate = find_candidate(gfile, args.candidate)
        view = record_decision(
            gfile, candidate.id, args.bloc, args.decision, args.motivation, args.by
        )
        cert = certification_outcome(gfile, candidate.id)
    print(
        f"{candidate.display_name}, bloc {view.bloc_code} : {BLOC_OUTCOME_LABELS[view.decided]}"
        f" (proposition : {BLOC_OUTCOME_LABELS[view.proposed]})."
    )
    print(f"Certification : {CERTIFICATION_LABELS[cert.outcome]}. {cert.reason}")
    return 0


@_guarded
def cmd_close(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        when = close_deliberation(gfile, args.by, force=args.force)
    print(f"Délibération clôturée le {when:%d/%m/%Y à %H:%M} (UTC) par {args.by}.")
    return 0


def _kappa(value: float | None) -> str:
    return "non défini" if value is None else fr_number(value, 2)


@_guarded
def cmd_stats(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        stats = session_statistics(gfile)
    print("Accord entre jurés (grilles signées)")
    for a in stats.agreements:
        line = f"  {a.title} : {a.candidates} candidat(s), {a.subjects} critère(s) comparés"
        if a.percent_agreement is not None:
            line += (
                f", accord {a.percent_agreement:.0f} %, kappa de Fleiss {_kappa(a.fleiss_kappa)}"
            )
            if a.jurors == 2:
                line += f", kappa de Cohen {_kappa(a.cohen_kappa)}"
        print(line + ".")
        if a.warning:
            print(f"    {a.warning}")
    print("Indulgence ou sévérité (part de critères acquis, comparée aux autres jurés)")
    for row in stats.leniency:
        name = stats.juror_names.get(row.juror_id, row.juror_id)
        sign = "+" if row.difference >= 0 else "−"
        print(
            f"  {name} : {row.share:.0f} % (autres : {row.others_share:.0f} %, "
            f"écart {sign}{abs(row.difference):.0f} points sur {row.marks} critères)"
        )
        if row.flagged:
            print(f"    ⚠ {row.comment}")
    return 0
