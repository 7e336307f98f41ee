"""The disagreements and « À discuter » flags of a session, from the sheets
the export has already read.

The comparison itself is ``grader.grading.disagreements.item_disagreements``,
shared with the lead's screen; only the reading differs (no second pass over
every mark)."""

from grader.export.data import ExportData
from grader.grading.disagreements import Disagreement, item_disagreements
from grader.grading.vocabulary import SIGNED


def session_disagreements(data: ExportData) -> list[Disagreement]:
    """Every disagreement between the signed sheets of the jurors taking part
    and every « À discuter » flag, candidate by candidate, in the
    référentiel's order of épreuves and criteria."""
    names = {j.id: j.name for j in data.jurors}
    tolerance = data.session.points_tolerance
    found: list[Disagreement] = []
    for c in data.candidates:
        for assessment in data.referential.assessments:
            signed = [s for s in c.sheets.get(assessment.id, ()) if s.status == SIGNED]
            if signed:
                grids = sorted(signed, key=lambda s: s.juror_id)
                found += item_disagreements(c.candidate.id, assessment, grids, names, tolerance)
    return found
