"""``grader merge | disagreements | decide | deliberation close | stats``:
collect the jurors' files, see where they disagree, record the jury's
decisions and close the deliberation, without a screen."""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from grader.cli.common import bloc_code, open_session
from grader.errors import GraderError
from grader.grading.bloc_rules import fr_number
from grader.grading.candidate_lookup import find_candidate
from grader.grading.deliberation import (
    DECISIONS,
    MIN_MOTIVATION,
    close_deliberation,
    record_decision,
    unsigned_grids,
    withdraw_decision,
)
from grader.grading.deliberation_table import (
    DeliberationTable,
    candidate_row,
    deliberation_table,
    table_json,
)
from grader.grading.disagreements import DIFFER, disagreements
from grader.grading.jury_checks import composition_sentence
from grader.grading.merge import ALREADY_PRESENT, REFUSED, UPDATED, merge_juror_files
from grader.grading.session_ops import list_candidates, list_jurors, session_view
from grader.grading.statistics import kappa_meaning, session_statistics
from grader.grading.typography import fixed, number, signed
from grader.grading.views import fr_datetime
from grader.grading.vocabulary import BLOC_OUTCOME_LABELS, OUTCOME_TOTAL_LABELS, BlocState
from grader.referential.model import Referential

Command = Callable[[argparse.Namespace], int]


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
    p = sub.add_parser("merge", help="importer les grilles des jurés dans la session")
    p.add_argument("session", metavar="SESSION", help="fichier de session (.jury)")
    p.add_argument("files", nargs="+", metavar="FICHIER", help="grilles des jurés (.grille)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("disagreements", help="écarts entre jurés et points « À discuter »")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--candidate", metavar="NOM", help="un seul candidat (nom ou numéro)")
    p.set_defaults(func=cmd_disagreements)

    p = sub.add_parser("decide", help="enregistrer (ou retirer) la décision du jury pour un bloc")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--candidate", required=True, metavar="NOM_OU_ID")
    p.add_argument("--bloc", required=True, metavar="CODE", help="code du bloc (ou BC01)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--decision", choices=DECISIONS, help="décision du jury")
    what.add_argument("--withdraw", action="store_true",
                      help="retirer la décision enregistrée (le bloc redevient non délibéré)")
    p.add_argument("--motivation", default="",
                   help=f"obligatoire pour « non validé » ou un écart à la proposition "
                        f"(au moins {MIN_MOTIVATION} caractères)")
    p.add_argument("--by", required=True, metavar="NOM",
                   help="membre présent du jury qui délibère")
    p.set_defaults(func=cmd_decide)

    p = sub.add_parser("deliberation", help="tableau de délibération, clôture")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="état de chaque bloc et résultat de chaque candidat")
    show.add_argument("--json", action="store_true", help="sortie JSON")
    show.add_argument("session", metavar="SESSION")
    show.set_defaults(func=cmd_show)
    close = actions.add_parser("close", help="clôturer : plus aucune décision modifiable")
    close.add_argument("session", metavar="SESSION")
    close.add_argument("--by", required=True, metavar="NOM", help="président du jury")
    close.add_argument(
        "--force",
        action="store_true",
        help="clôturer malgré des blocs non délibérés ou une composition du jury non conforme "
        "(la raison figure sur le procès-verbal)",
    )
    close.add_argument("--reason", default="", metavar="TEXTE",
                       help="motif d'une clôture forcée, imprimé sur le procès-verbal")
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
        if r.key_note:
            print(f"  {r.key_note}")
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
        print("Aucun écart entre jurés ni point « À discuter » sur les grilles signées.")
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
        what = "écart entre jurés" if d.kind == DIFFER else "à discuter"
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
        code = bloc_code(gfile.referential, args.bloc)
        if args.withdraw:
            view = withdraw_decision(gfile, candidate.id, code, args.by)
            print(
                f"{candidate.display_name}, bloc {view.bloc_code} : décision "
                f"« {BLOC_OUTCOME_LABELS[view.decided]} » retirée ; le bloc est non délibéré."
            )
        else:
            view = record_decision(
                gfile, candidate.id, code, args.decision, args.motivation, args.by
            )
            print(
                f"{candidate.display_name}, bloc {view.bloc_code} : "
                f"{BLOC_OUTCOME_LABELS[view.decided]} (proposition : "
                f"{BLOC_OUTCOME_LABELS[view.proposed]}), enregistré par {view.decided_by}."
            )
        row = candidate_row(gfile, candidate.id)
    print(f"Résultat : {row.outcome_label}. {row.reason}")
    return 0


@_guarded
def cmd_show(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        table = deliberation_table(gfile)
        composition = composition_sentence(gfile.referential.jury, list_jurors(gfile))
    if args.json:
        print(json.dumps(table_json(table), ensure_ascii=False, indent=2))
        return 0
    for line in table_lines(table, composition):
        print(line)
    return 0


def table_lines(table: DeliberationTable, composition: str = "") -> list[str]:
    """The table, readable: one line per candidate, then each bloc's state."""
    session = table.session
    if session.closed_at is not None:
        lines = [f"Délibération close le {fr_datetime(session.closed_at)} "
                 f"par {session.closed_by or 'non renseigné'}."]  # fmt: skip
        if session.closure_note:
            lines.append(session.closure_note)
    else:
        lines = ["Délibération en cours."]
    if composition:
        lines.append(composition)
    for r in table.rows:
        cand = r.candidate
        extra = f" [{cand.external_id}]" if cand.external_id else ""
        born = f", né(e) le {cand.birth_date:%d/%m/%Y}" if cand.birth_date else ""
        lines.append(f"{cand.display_name}{extra}{born} : {r.outcome_label}")
        for c in r.cells:
            text = c.label
            if c.state is BlocState.NON_DELIBERE and c.proposal is not None:
                text += f" (proposé : {c.proposal_label})"
            if c.motivation:
                text += f" — {c.motivation}"
            if c.contradiction:
                text += f" — ⚠ {c.contradiction}"
            lines.append(f"  {c.bloc_code} : {text}")
    counts = table.totals()
    lines.append(
        f"Totaux : {len(table.rows)} candidat(s) ; "
        + " ; ".join(f"{label} : {counts[code]}" for code, label in OUTCOME_TOTAL_LABELS.items())
        + "."
    )
    return lines


@_guarded
def cmd_close(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        warnings = unsigned_grids(gfile)
        when = close_deliberation(gfile, args.by, force=args.force, reason=args.reason)
        note = session_view(gfile).closure_note
    for line in warnings:
        print(f"Attention : {line}")
    print(f"Délibération clôturée le {fr_datetime(when)} par {args.by}.")
    if note:
        print(note)
    return 0


def _kappa(value: float | None) -> str:
    """Two decimals always, so that kappas read against each other: « 0,00 »."""
    if value is None:
        return "non défini"
    meaning = kappa_meaning(value)
    return f"{fixed(value, 2)} ({meaning})"


@_guarded
def cmd_stats(args: argparse.Namespace) -> int:
    with open_session(args.session) as gfile:
        stats = session_statistics(gfile)
    print("Accord entre jurés (grilles signées)")
    for a in stats.agreements:
        line = f"  {a.title} : {a.candidates} candidat(s), {a.subjects} critère(s) comparés"
        if a.percent_agreement is not None:
            line += (
                f", accord {number(a.percent_agreement, 0)} %, "
                f"kappa de Fleiss {_kappa(a.fleiss_kappa)}"
            )
            if a.jurors == 2:
                line += f", kappa de Cohen {_kappa(a.cohen_kappa)}"
        print(line + ".")
        if a.warning:
            print(f"    {a.warning}")
    print("Indulgence ou sévérité (part de critères acquis, comparée aux autres jurés)")
    for row in stats.leniency:
        name = stats.juror_names.get(row.juror_id, row.juror_id)
        print(
            f"  {name} : {number(row.share, 0)} % (autres : {number(row.others_share, 0)} %, "
            f"écart {signed(row.difference, 0)} points sur {row.marks} critères)"
        )
        if row.flagged:
            print(f"    ⚠ {row.comment}")
    return 0
