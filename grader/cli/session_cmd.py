"""``grader session new|show|duration``, ``jurors add``, ``candidates import``,
``juror-file export``, ``demo`` and ``sheet show``: prepare a session and
look at it without a screen."""

import argparse
import json
from pathlib import Path
from typing import Any

from grader.cli import duration_cmd
from grader.cli.common import CommandFailed, parse_date, user_errors
from grader.grading import marks, session_ops
from grader.grading.integrity import check_session
from grader.grading.views import JurorView, SheetView
from grader.grading.vocabulary import JUROR_FUNCTION_LABELS, SHEET_STATUS_LABELS
from grader.models.store import GraderFile, open_file
from grader.referential.model import JUROR_STATUSES


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
    session = sub.add_parser("session", help="créer ou afficher une session de jury (.jury)")
    actions = session.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="créer une session sur un référentiel")
    new.add_argument("referential", metavar="REFERENTIEL", help="fichier YAML du référentiel")
    new.add_argument("--out", required=True, metavar="SESSION.jury", help="fichier à créer")
    new.add_argument("--title", default="", help="intitulé (par défaut : celui du référentiel)")
    new.add_argument("--date", type=parse_date, default=None, metavar="DATE",
                     help="date de la session, JJ/MM/AAAA ou AAAA-MM-JJ")
    new.add_argument("--place", default="", help="lieu")
    new.add_argument(
        "--assessment",
        action="append",
        default=[],
        metavar="ID",
        help="épreuve évaluée (répétable ; par défaut toutes)",
    )
    duration_cmd.add_arguments(new)
    new.set_defaults(func=cmd_session_new)
    show = actions.add_parser("show", help="référentiel, jury, candidats et grilles d'une session")
    show.add_argument("--json", action="store_true", help="sortie JSON")
    show.add_argument("session", metavar="SESSION")
    show.set_defaults(func=cmd_session_show)
    duration_cmd.add_parser(actions)

    jurors = sub.add_parser("jurors", help="membres du jury d'une session")
    jactions = jurors.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = jactions.add_parser("add", help="ajouter un membre du jury")
    add.add_argument("session", metavar="SESSION")
    add.add_argument("--name", required=True, help="prénom et nom")
    add.add_argument(
        "--status",
        "--role",
        dest="role",
        required=True,
        metavar="STATUT",
        help="statut : " + ", ".join(k for k in JUROR_STATUSES if k)
        + " (« president » : président du jury, statut non précisé)",
    )
    add.add_argument(
        "--function",
        choices=("president", "membre"),
        default="membre",
        help="fonction dans le jury (un président peut être professionnel extérieur)",
    )
    add.add_argument("--email", default="", help="adresse électronique (facultative)")
    add.set_defaults(func=cmd_jurors_add)
    presence = jactions.add_parser("presence", help="noter un membre présent ou absent au jury")
    presence.add_argument("session", metavar="SESSION")
    presence.add_argument("--name", required=True, help="prénom et nom du membre")
    state = presence.add_mutually_exclusive_group(required=True)
    state.add_argument("--present", dest="present", action="store_true", help="présent")
    state.add_argument("--absent", dest="present", action="store_false", help="absent")
    presence.set_defaults(func=cmd_jurors_presence)

    cands = sub.add_parser("candidates", help="candidats d'une session")
    cactions = cands.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = cactions.add_parser("import", help="importer une liste de candidats (CSV ou XLSX)")
    imp.add_argument("session", metavar="SESSION")
    imp.add_argument("file", metavar="FICHIER", help="liste des candidats (CSV ou XLSX)")
    imp.set_defaults(func=cmd_candidates_import)
    cpres = cactions.add_parser("presence", help="noter un candidat présent ou absent à la session")
    cpres.add_argument("session", metavar="SESSION")
    cpres.add_argument("--candidate", required=True, metavar="NOM_OU_ID",
                       help="« NOM Prénom », nom, numéro ou identifiant du candidat")
    cstate = cpres.add_mutually_exclusive_group(required=True)
    cstate.add_argument("--present", dest="present", action="store_true", help="présent")
    cstate.add_argument("--absent", dest="present", action="store_false", help="absent")
    cpres.set_defaults(func=cmd_candidates_presence)

    jfile = sub.add_parser("juror-file", help="grilles des jurés (.grille)")
    factions = jfile.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = factions.add_parser(
        "export",
        help="un fichier .grille par juré (sans clé : chaque juré crée la sienne à la première "
        "ouverture)",
    )
    exp.add_argument("session", metavar="SESSION")
    exp.add_argument("--out", required=True, metavar="DOSSIER",
                     help="dossier où écrire une grille (.grille) par juré")
    exp.set_defaults(func=cmd_juror_file_export)

    demo = sub.add_parser("demo", help="créer une session de démonstration complète")
    demo.add_argument("dir", metavar="DOSSIER", help="dossier où créer la session et les grilles")
    demo.add_argument("--referential", default=None, metavar="FICHIER",
                      help="référentiel YAML (par défaut : Community Manager)")
    demo.add_argument("--candidates", type=_positive, default=None, metavar="N",
                      help="nombre de candidats (par défaut 12)")
    demo.add_argument("--jurors", type=_positive, default=None, metavar="M",
                      help="nombre de jurés (par défaut 3)")
    demo.set_defaults(func=cmd_demo)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 5000:
        raise argparse.ArgumentTypeError(
            f"nombre invalide : « {text} » (attendu un entier de 1 à 5000)"
        )
    return value



@user_errors
def cmd_session_new(args: argparse.Namespace) -> int:
    with session_ops.create_session(
        Path(args.referential),
        Path(args.out),
        title=args.title,
        session_date=args.date,
        place=args.place,
        assessment_ids=args.assessment,
        durations=duration_cmd.durations_of(args),
    ) as g:
        view = session_ops.session_view(g)
        count = len(session_ops.evaluated_assessments(g))
    print(f"Session créée : {args.out} — {view.title} ({view.referential_id}, {count} épreuve(s))")
    return 0


@user_errors
def cmd_jurors_presence(args: argparse.Namespace) -> int:
    with open_file(args.session) as g:
        wanted = session_ops.sort_key(" ".join(args.name.split()))
        found = [j for j in session_ops.list_jurors(g) if session_ops.sort_key(j.name) == wanted]
        if not found:
            names = ", ".join(j.name for j in session_ops.list_jurors(g)) or "aucun"
            raise CommandFailed(f"Aucun membre du jury « {args.name} » (membres : {names}).")
        juror = session_ops.set_juror_presence(g, found[0].id, args.present)
    print(f"{juror.name} : {'présent' if juror.present else 'absent'} au jury.")
    return 0


@user_errors
def cmd_jurors_add(args: argparse.Namespace) -> int:
    with open_file(args.session) as g:
        juror = session_ops.add_juror(g, args.name, args.role, args.email, function=args.function)
    print(f"Membre du jury ajouté : {juror.name} ({juror_words(juror)})")
    return 0


def juror_words(juror: JurorView) -> str:
    """« Président du jury, Professionnel extérieur »."""
    function = JUROR_FUNCTION_LABELS["president" if juror.is_president else "membre"]
    return f"{function}, {JUROR_STATUSES.get(juror.role, juror.role).lower()}"


@user_errors
def cmd_candidates_presence(args: argparse.Namespace) -> int:
    from grader.grading.candidate_lookup import find_candidate
    from grader.grading.deliberation import set_candidate_presence

    with open_file(args.session) as g:
        candidate = find_candidate(g, args.candidate)
        view = set_candidate_presence(g, candidate.id, args.present)
    state = "présent(e)" if view.present else "absent(e)"
    print(f"{view.display_name} : {state} à la session.")
    if not view.present:
        print("Aucune grille d'évaluation ne sera imprimée ; résultat : Absent.")
    return 0


@user_errors
def cmd_candidates_import(args: argparse.Namespace) -> int:
    from grader.grading.candidates_import import import_candidates

    with open_file(args.session) as g:
        report = import_candidates(g, Path(args.file))
    print(f"{report.imported} candidat(s) importé(s) depuis {Path(args.file).name}.")
    for name in report.skipped_duplicates:
        print(f"Déjà dans la session, ignoré : {name}")
    for warning in getattr(report, "warnings", []):
        print(f"Attention : {warning}")
    return 0


@user_errors
def cmd_juror_file_export(args: argparse.Namespace) -> int:
    with open_file(args.session) as g:
        paths = session_ops.export_juror_files(g, Path(args.out))
        jurors = session_ops.list_jurors(g)
    for path, juror in zip(paths, jurors, strict=True):
        key = (
            f"clé déjà enregistrée, empreinte {juror.fingerprint}"
            if juror.fingerprint
            else "clé créée par le juré à la première ouverture"
        )
        print(f"{path} — {juror.name}, {key}")
    return 0


@user_errors
def cmd_demo(args: argparse.Namespace) -> int:
    from grader.grading.demo import create_demo

    referential = Path(args.referential) if args.referential else None
    files = create_demo(
        Path(args.dir), referential, candidates=args.candidates, jurors=args.jurors
    )
    print(f"Session de démonstration : {files.session}")
    for path in files.juror_files:
        print(f"Grille signée : {path}")
    return 0


def _status(sheet: SheetView, total: int) -> str:
    label = SHEET_STATUS_LABELS[sheet.progress]
    return f"{label} ({len(sheet.values())}/{total} critères)"


def session_json(g: GraderFile) -> dict[str, Any]:
    from grader.grading.deliberation_table import deliberation_table, table_json
    from grader.grading.jury_checks import check_jury, composition_sentence

    view = session_ops.session_view(g)
    jurors = session_ops.list_jurors(g)
    candidates = session_ops.list_candidates(g)
    return {
        "id": view.id,
        "title": view.title,
        "date": view.session_date.isoformat() if view.session_date else None,
        "place": view.place,
        "kind": g.kind,
        "referential": {"id": view.referential_id, "hash": view.referential_hash},
        "assessments": [a.id for a in session_ops.evaluated_assessments(g)],
        "durations": duration_cmd.durations_json(g),
        "jurors": [
            {
                "id": j.id,
                "name": j.name,
                "role": j.role,
                "function": j.function if not j.is_president else "president",
                "status": j.role if j.role != "president" else "",
                "email": j.email,
                "fingerprint": j.fingerprint,
                "present": j.present,
            }
            for j in jurors
        ],
        "candidates": [
            {
                "id": c.id,
                "external_id": c.external_id,
                "last_name": c.last_name,
                "first_name": c.first_name,
                "birth_date": c.birth_date.isoformat() if c.birth_date else None,
                "present": c.present,
                "accommodation": c.accommodation_type,
                "decision": c.accommodation_detail,
                "extra_time_ratio": c.extra_time_ratio,
            }
            for c in candidates
        ],
        "sheets": [
            {
                "id": s.id,
                "juror": s.juror_id,
                "candidate": s.candidate_id,
                "assessment": s.assessment_id,
                "status": s.status,
                "version": s.version,
                "digest": s.digest,
                "marks": s.values(),
            }
            for s in marks.list_sheets(g)
        ],
        # The deliberation table: each bloc's state, each candidate's outcome
        # (private notes never).
        "deliberation": {
            **table_json(deliberation_table(g)),
            "jury_warnings": check_jury(g),
            "composition": composition_sentence(g.referential.jury, jurors),
        },
    }


@user_errors
def cmd_session_show(args: argparse.Namespace) -> int:
    with open_file(args.session, readonly=True) as g:
        if args.json:
            print(json.dumps(session_json(g), ensure_ascii=False, indent=2))
            return 0
        problems = check_session(g)
        if problems:
            print(f"⚠ {g.path.name} a été modifié hors de grader : le procès-verbal est refusé.")
            for problem in problems:
                print(f"  {problem}")
            print()
        for line in session_lines(g):
            print(line)
    return 1 if problems else 0


def session_lines(g: GraderFile) -> list[str]:
    from grader.cli.merge_cmd import table_lines
    from grader.grading.deliberation_table import deliberation_table
    from grader.grading.jury_checks import composition_sentence

    view = session_ops.session_view(g)
    ref = g.referential
    jurors = {j.id: j for j in session_ops.list_jurors(g)}
    candidates = {c.id: c for c in session_ops.list_candidates(g)}
    assessments = session_ops.evaluated_assessments(g)
    when = view.session_date.strftime("%d/%m/%Y") if view.session_date else "date à préciser"
    lines = [
        f"{view.title} — {when}" + (f" — {view.place}" if view.place else ""),
        f"Référentiel : {ref.title} ({view.referential_id}), "
        f"empreinte {view.referential_hash[:16]}…",
        "Épreuves évaluées : " + ", ".join(f"{a.title} ({a.id})" for a in assessments),
        duration_cmd.duration_line(g),
        f"Membres du jury ({len(jurors)}) :",
    ]
    composition = composition_sentence(ref.jury, list(jurors.values()))
    for j in jurors.values():
        key = f", empreinte de clé {j.fingerprint}" if j.fingerprint else ""
        absent = "" if j.present else " — absent(e)"
        lines.append(f"  - {j.name} — {juror_words(j)}{key}{absent}")
    if composition:
        lines.append(composition)
    lines.append(f"Candidats ({len(candidates)}) :")
    for c in candidates.values():
        extra = f" [{c.external_id}]" if c.external_id else ""
        if c.birth_date is not None:
            extra += f", né(e) le {c.birth_date:%d/%m/%Y}"
        if not c.present:
            extra += " — absent(e) à la session"
        accommodation = c.accommodation_type + (
            f" ({c.accommodation_detail})" if c.accommodation_detail else ""
        )
        lines.append(
            f"  - {c.display_name}{extra}" + (f" — {accommodation}" if accommodation else "")
        )
    sheets = marks.list_sheets(g)
    lines.append(f"Grilles ({len(sheets)}) :")
    order = {c: i for i, c in enumerate(candidates)}
    for s in sorted(sheets, key=lambda s: (order.get(s.candidate_id, 0), s.assessment_id)):
        total = len(ref.assessment(s.assessment_id).criteria)
        cand = candidates.get(s.candidate_id)
        juror = jurors.get(s.juror_id)
        lines.append(
            f"  - {cand.display_name if cand else s.candidate_id} — "
            f"{ref.assessment(s.assessment_id).title} — {juror.name if juror else s.juror_id} : "
            f"{_status(s, total)}"
        )
    lines.append("Délibération :")
    lines += [f"  {line}" for line in table_lines(deliberation_table(g))]
    return lines
