"""``grader referential check|show``: check référentiel files, show one's tree."""

import argparse
import json

from grader.referential.loader import ReferentialError, load_referential
from grader.referential.model import Referential
from grader.referential.serialize import referential_to_dict


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
    parser = sub.add_parser("referential", help="vérifier ou afficher un référentiel (YAML)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="vérifier un ou plusieurs référentiels et lister tous leurs problèmes"
    )
    check.add_argument("files", nargs="+", metavar="FICHIER",
                       help="fichiers YAML des référentiels à vérifier")
    check.set_defaults(func=cmd_check)
    show = actions.add_parser("show", help="afficher l'arborescence d'un référentiel")
    show.add_argument("file", metavar="FICHIER", help="fichier YAML du référentiel")
    show.add_argument("--json", action="store_true", help="tout le référentiel en JSON")
    show.set_defaults(func=cmd_show)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def cmd_check(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            ref = load_referential(name)
        except ReferentialError as exc:
            failed += 1
            for problem in exc.problems:
                print(problem)
            continue
        criteria = sum(len(b.criteria) for b in ref.blocs)
        print(f"{name}: OK — {_plural(len(ref.blocs), 'bloc')}, {_plural(criteria, 'critère')}")
    if failed and len(args.files) > 1:
        print(f"{failed} fichier(s) refusé(s) sur {len(args.files)}.")
    return 1 if failed else 0


def tree_lines(ref: Referential) -> list[str]:
    """The référentiel as indented text, with counts per bloc."""
    lines = [
        f"{ref.title} ({ref.id}) — {ref.certifier}"
        + (f", {ref.rncp}" if ref.rncp else "")
        + (f", niveau {ref.level}" if ref.level else ""),
        f"Empreinte : {ref.hash}",
    ]
    for bloc in ref.blocs:
        groups = sum(len(a.groups) for a in bloc.assessments)
        lines.append(
            f"  {bloc.code} — {bloc.title} "
            f"[{_plural(len(bloc.competencies), 'compétence')}, "
            f"{_plural(len(bloc.assessments), 'épreuve')}, {_plural(groups, 'groupe')}, "
            f"{_plural(len(bloc.criteria), 'critère')} ; règle : {bloc.rule.describe()}]"
        )
        for a in bloc.assessments:
            duration = f", {a.duration_minutes} min" if a.duration_minutes else ""
            lines.append(f"    {a.id} — {a.title} (échelle {a.scale.label}{duration})")
            for g in a.groups:
                lines.append(f"      {g.id} — {g.title} ({_plural(len(g.criteria), 'critère')})")
    return lines


def cmd_show(args: argparse.Namespace) -> int:
    try:
        ref = load_referential(args.file)
    except ReferentialError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    if args.json:
        print(json.dumps(referential_to_dict(ref), ensure_ascii=False, indent=2))
    else:
        print("\n".join(tree_lines(ref)))
    return 0
