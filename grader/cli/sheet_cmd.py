"""``grader sheet show``: one candidate's grid as text, from a session or a
juror's file (read-only)."""

import argparse

from grader.cli.common import CommandFailed, user_errors
from grader.grading import marks, session_ops
from grader.grading.candidate_lookup import find_candidate
from grader.grading.views import CandidateView, JurorView, SheetView
from grader.grading.vocabulary import SHEET_STATUS_LABELS
from grader.models.store import GraderFile, open_file
from grader.referential import ScaleKind


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``sheet show`` to ``sub``."""
    sheet = sub.add_parser("sheet", help="afficher une grille")
    sactions = sheet.add_subparsers(dest="action", metavar="ACTION", required=True)
    sshow = sactions.add_parser("show", help="la grille d'un candidat, lisible")
    sshow.add_argument("file", metavar="FICHIER", help="session (.jury) ou grille (.grille)")
    sshow.add_argument("--candidate", required=True, metavar="NOM_OU_ID")
    sshow.add_argument("--assessment", default=None, metavar="ID")
    sshow.add_argument("--juror", default=None, metavar="NOM")
    sshow.set_defaults(func=cmd_sheet_show)


def _value_label(g: GraderFile, assessment_id: str, value: str | float | None) -> str:
    if value is None:
        return "non évalué"
    scale = g.referential.assessment(assessment_id).scale
    if scale.kind is ScaleKind.POINTS:
        return f"{float(value):g} / {scale.max_points:g}" if scale.max_points else f"{value}"
    level = scale.level(str(value))
    return level.label if level else str(value)


def sheet_lines(
    g: GraderFile, sheet: SheetView, cand: CandidateView, juror: JurorView | None
) -> list[str]:
    assessment = g.referential.assessment(sheet.assessment_id)
    status = SHEET_STATUS_LABELS[sheet.progress]
    if sheet.signed_at:
        status += " le " + sheet.signed_at.astimezone().strftime("%d/%m/%Y à %H:%M")
    minutes, seconds = divmod(sheet.timer_elapsed_seconds, 60)
    lines = [
        f"{cand.display_name} — {assessment.title} ({assessment.id})",
        f"Juré : {juror.name if juror else sheet.juror_id} — {status} (version {sheet.version})",
        f"Durée chronométrée : {minutes} min {seconds:02d} s"
        + (f" — {cand.accommodation_detail}" if cand.accommodation_detail else ""),
    ]
    for group in assessment.groups:
        lines.append(f"  {group.title}")
        for criterion in group.criteria:
            mark = sheet.marks.get(criterion.id)
            value = _value_label(g, assessment.id, mark.value if mark else None)
            code = criterion.code or "•"
            lines.append(f"    {code:<6} {criterion.text} → {value}")
            if mark and mark.observation:
                lines.append(f"           Observation : {mark.observation}")
            if mark and mark.flag_discuss:
                lines.append(
                    "           À discuter" + (f" : {mark.flag_note}" if mark.flag_note else "")
                )
    if sheet.observation:
        lines.append(f"Observation générale : {sheet.observation}")
    if sheet.flag_discuss:
        lines.append("À discuter" + (f" : {sheet.flag_note}" if sheet.flag_note else ""))
    return lines


@user_errors
def cmd_sheet_show(args: argparse.Namespace) -> int:
    with open_file(args.file, readonly=True) as g:
        cand = find_candidate(g, args.candidate)
        jurors = {j.id: j for j in session_ops.list_jurors(g)}
        sheets = [s for s in marks.list_sheets(g) if s.candidate_id == cand.id]
        if args.assessment:
            sheets = [s for s in sheets if s.assessment_id == args.assessment]
        if args.juror:
            needle = session_ops.sort_key(args.juror)
            sheets = [
                s
                for s in sheets
                if s.juror_id in jurors and needle in session_ops.sort_key(jurors[s.juror_id].name)
            ]
        if not sheets:
            raise CommandFailed(
                f"Aucune grille pour {cand.display_name} avec ces critères de recherche."
            )
        order = {a.id: i for i, a in enumerate(g.referential.assessments)}
        for i, sheet in enumerate(
            sorted(sheets, key=lambda s: (order.get(s.assessment_id, 0), s.juror_id))
        ):
            if i:
                print()
            for line in sheet_lines(g, sheet, cand, jurors.get(sheet.juror_id)):
                print(line)
    return 0
