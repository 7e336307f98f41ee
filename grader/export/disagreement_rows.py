"""The disagreements and « À discuter » flags of a session, from the sheets
the export has already read.

Same rules and order as ``grader.grading.disagreements.disagreements`` (a
test holds the two together), without reading every mark a second time."""

from grader.export.data import ExportData
from grader.grading.disagreements import DIFFER, FLAG, Disagreement
from grader.grading.views import MarkView, SheetView
from grader.grading.vocabulary import SIGNED
from grader.referential.model import ScaleKind

Value = str | float | None


def _note(names: dict[str, str], juror_id: str, text: str) -> str:
    name = names.get(juror_id, juror_id)
    return f"{name} : {text}" if text else name


def _differ(values: list[Value], points: bool, tolerance: float) -> bool:
    if len(values) < 2:
        return False
    if points:
        numbers = [float(v) for v in values if v is not None]
        return max(numbers) - min(numbers) > tolerance + 1e-9
    return len(set(values)) > 1


def session_disagreements(data: ExportData) -> list[Disagreement]:
    """Every disagreement between the signed sheets of the jurors taking part
    and every « À discuter » flag, candidate by candidate, in the
    référentiel's order of épreuves and criteria."""
    names = {j.id: j.name for j in data.jurors}
    tolerance = data.session.points_tolerance
    found: list[Disagreement] = []
    for c in data.candidates:
        cand = c.candidate.id
        for assessment in data.referential.assessments:
            signed = [s for s in c.sheets.get(assessment.id, ()) if s.status == SIGNED]
            if not signed:
                continue
            grids: list[SheetView] = sorted(signed, key=lambda s: s.juror_id)
            aid = assessment.id
            flagged = {g.juror_id: g.flag_note for g in grids if g.flag_discuss}
            if flagged:
                notes = [_note(names, j, n) for j, n in flagged.items()]
                found.append(Disagreement(cand, aid, "", FLAG, {}, notes))
            points = assessment.scale.kind is ScaleKind.POINTS
            for criterion in assessment.criteria:
                marks: dict[str, MarkView] = {
                    g.juror_id: g.marks[criterion.id] for g in grids if criterion.id in g.marks
                }
                values = {j: m.value for j, m in marks.items() if m.value is not None}
                if _differ(list(values.values()), points, tolerance):
                    observations = [
                        _note(names, j, m.observation) for j, m in marks.items() if m.observation
                    ]
                    found.append(
                        Disagreement(cand, aid, criterion.id, DIFFER, values, observations)
                    )
                flags = {j: m.flag_note for j, m in marks.items() if m.flag_discuss}
                if flags:
                    notes = [_note(names, j, n) for j, n in flags.items()]
                    found.append(Disagreement(cand, aid, criterion.id, FLAG, values, notes))
    return found
