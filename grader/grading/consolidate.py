"""From several jurors' sheets to one proposal per bloc, and from the blocs
to the certification (with the blocs capitalised in earlier sessions)."""

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Protocol

from sqlmodel import select

from grader.grading.bloc_rules import Proposal, Value, evaluate_bloc
from grader.grading.capitalisation import acquired_blocs
from grader.grading.marks import load_sheet
from grader.grading.session_ops import evaluated_assessments
from grader.grading.vocabulary import (
    SIGNED,
    VALIDE,
)
from grader.models.store import GraderFile
from grader.models.tables import Recusal, Sheet
from grader.referential.model import Assessment, Referential, Scale, ScaleKind


@lru_cache(maxsize=4096)
def _consolidate_levels(scale: Scale, values: tuple[str, ...]) -> str | None:
    # Cached: a session repeats the same few combinations (« A, A, NA »…)
    # tens of thousands of times, and the deliberation table reads them all.
    known = sorted((v for v in values if scale.rank(v) >= 0), key=scale.rank)
    if not known:
        return None
    if scale.kind is ScaleKind.LEVELS:
        # Lower median: with an even count the jury keeps the more prudent level.
        return known[(len(known) - 1) // 2]
    passing = [v for v in known if scale.is_passing(v)]
    failing = [v for v in known if not scale.is_passing(v)]
    if len(passing) > len(failing):
        return max(set(passing), key=passing.count)
    # A tie is not a majority: the criterion is not acquired.
    if failing:
        return max(set(failing), key=failing.count)
    return next(lvl.code for lvl in scale.levels if not lvl.passing)


def consolidate_values(
    assessment: Assessment, per_juror: Sequence[Mapping[str, Value]]
) -> dict[str, Value]:
    """One value per criterion from several jurors' marks: binary → majority
    (a tie is not passing), levels → lower median, points → mean. A criterion
    no juror marked stays ``None``."""
    scale = assessment.scale
    result: dict[str, Value] = {}
    for criterion in assessment.criteria:
        given = [v for m in per_juror if (v := m.get(criterion.id)) is not None]
        if not given:
            result[criterion.id] = None
        elif scale.kind is ScaleKind.POINTS:
            result[criterion.id] = round(sum(float(v) for v in given) / len(given), 4)
        else:
            result[criterion.id] = _consolidate_levels(scale, tuple(str(v) for v in given))
    return result






def _signed_values(
    gfile: GraderFile, candidate_id: str
) -> dict[str, list[Mapping[str, Value]]]:
    """Per assessment id, one {criterion id: value} per signed sheet of a
    juror who is not recused for this candidate."""
    with gfile.new_session() as s:
        recused = set(s.exec(select(Recusal.juror_id).where(Recusal.candidate_id == candidate_id)))
        # Only this candidate's sheets: ``list_sheets`` reads the whole session,
        # too much when the PV asks for every candidate in turn.
        sheet_ids = s.exec(
            select(Sheet.id)
            .where(Sheet.candidate_id == candidate_id, Sheet.status == SIGNED)
            .order_by(Sheet.juror_id)
        ).all()
        sheets = [load_sheet(s, gfile, sid) for sid in sheet_ids]
    by_assessment: dict[str, list[Mapping[str, Value]]] = {}
    for sheet in sheets:
        if sheet.juror_id not in recused:
            by_assessment.setdefault(sheet.assessment_id, []).append(sheet.values())
    return by_assessment


class EarlierAcquisition(Protocol):
    """A bloc acquired in an earlier session, as the stores read it."""

    @property
    def acquired_on(self) -> date: ...

    @property
    def source_session(self) -> str: ...


def propose_blocs(
    referential: Referential,
    evaluated: Collection[str],
    signed_values: Mapping[str, Sequence[Mapping[str, Value]]],
    earlier: Mapping[str, EarlierAcquisition],
) -> dict[str, Proposal]:
    """The rule's proposal for each bloc with an evaluated épreuve, from the
    signed sheets' values (per épreuve, one mapping per juror taking part),
    consolidated across jurors. A bloc acquired in an earlier session is
    proposed « validé » with its date, whatever the sheets say. Pure: the
    session screen and the exports feed it from their own reads."""
    proposals: dict[str, Proposal] = {}
    for bloc in referential.blocs:
        ids = [a.id for a in bloc.assessments if a.id in evaluated]
        if not ids:
            continue
        if bloc.code in earlier:
            acq = earlier[bloc.code]
            source = f", {acq.source_session}" if acq.source_session else ""
            proposals[bloc.code] = Proposal(
                outcome=VALIDE,
                reason=f"Bloc déjà acquis le {acq.acquired_on:%d/%m/%Y}{source}.",
                total=len(bloc.criteria),
            )
            continue
        values: dict[str, Value] = {}
        for assessment in bloc.assessments:
            if assessment.id in ids:
                values.update(consolidate_values(assessment, signed_values.get(assessment.id, [])))
        proposals[bloc.code] = evaluate_bloc(bloc, values, assessment_ids=ids)
    return proposals


def session_proposals(gfile: GraderFile, candidate_id: str) -> dict[str, Proposal]:
    """``propose_blocs`` for one candidate of a session file: signed sheets of
    jurors not recused for them, and their earlier acquisitions."""
    referential = gfile.referential
    earlier = acquired_blocs(gfile, candidate_id) if referential.certification.capitalisable else {}
    return propose_blocs(
        referential,
        {a.id for a in evaluated_assessments(gfile)},
        _signed_values(gfile, candidate_id),
        earlier,
    )
