"""How long a soutenance lasts in this session.

Many référentiels say only « d'une durée calibrée »: the session then sets the
minutes per épreuve, and that value wins over the référentiel's. Everything
that shows or prints an allowed time (the juror's clock, the evaluation
sheets, the CLI) asks :func:`effective_duration`, so they can never disagree.
"""

import json
from collections.abc import Mapping

from grader.errors import Refusal
from grader.grading.audit import log_event
from grader.grading.closure import require_open
from grader.grading.views import SessionView, parse_durations, session_view_of
from grader.models import tables
from grader.models.store import GraderFile
from grader.referential import Assessment, Referential
from grader.referential.spec import MAX_DURATION_MINUTES, MIN_DURATION_MINUTES

MIN_MINUTES = MIN_DURATION_MINUTES
MAX_MINUTES = MAX_DURATION_MINUTES


def check_minutes(minutes: object, title: str) -> int:
    """``minutes`` as a whole number of minutes, or a French ``ValueError``."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise Refusal(
            f"Durée de l'épreuve « {title} » invalide : « {minutes} » "
            "(attendu un nombre entier de minutes, par exemple 30)."
        )
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise Refusal(
            f"Durée de l'épreuve « {title} » invalide : {minutes} min "
            f"(attendu entre {MIN_MINUTES} et {MAX_MINUTES} minutes)."
        )
    return minutes


def _assessment(ref: Referential, assessment_id: str) -> Assessment:
    try:
        return ref.assessment(assessment_id)
    except KeyError:
        known = ", ".join(a.id for a in ref.assessments)
        raise Refusal(
            f"Épreuve inconnue : « {assessment_id} » (épreuves du référentiel : {known})."
        ) from None


def check_durations(ref: Referential, durations: Mapping[str, object]) -> dict[str, int]:
    """Every entry checked (known épreuve, 1–600 min), in the référentiel's order."""
    checked = {
        aid: check_minutes(minutes, _assessment(ref, aid).title)
        for aid, minutes in durations.items()
    }
    return {a.id: checked[a.id] for a in ref.assessments if a.id in checked}


def session_durations(source: GraderFile | SessionView) -> Mapping[str, int]:
    if isinstance(source, SessionView):
        return source.durations
    with source.new_session() as s:
        js = s.get(tables.JurySession, source.session_id)
    return parse_durations(js.durations if js is not None else None)


def effective_duration(source: GraderFile | SessionView, assessment: Assessment) -> int | None:
    """The soutenance minutes of ``assessment``: the session's, else the
    référentiel's, else ``None`` (no duration foreseen). Before any
    accommodation: the caller extends it by the candidate's extra time."""
    minutes = session_durations(source).get(assessment.id)
    return minutes if minutes is not None else assessment.duration_minutes


def extended_minutes(minutes: int | None, extra_time_ratio: float) -> int | None:
    """The allowed time with the candidate's extra time (tiers-temps: 30 → 40)."""
    if minutes is None:
        return None
    return round(minutes * (1.0 + max(0.0, extra_time_ratio)))


def set_duration(gfile: GraderFile, assessment_id: str, minutes: int | None) -> SessionView:
    """Set (``None``: remove, back to the référentiel's) the soutenance duration
    of one épreuve for this session. One audited transaction; refused once the
    deliberation is closed. Juror files exported afterwards carry it."""
    if gfile.kind != "session":
        raise Refusal(
            f"{gfile.path.name} est une grille de juré : la durée des soutenances "
            "se fixe dans le fichier de session."
        )
    assessment = _assessment(gfile.referential, assessment_id)
    if minutes is not None:
        minutes = check_minutes(minutes, assessment.title)
    with gfile.transaction() as s:
        js = require_open(s, gfile)
        durations = parse_durations(js.durations)
        old = durations.get(assessment_id)
        if minutes is None:
            durations.pop(assessment_id, None)
        else:
            durations[assessment_id] = minutes
        ref = gfile.referential
        ordered = {a.id: durations[a.id] for a in ref.assessments if a.id in durations}
        js.durations = json.dumps(ordered)
        js.updated_at = tables.utc_now()
        s.add(js)
        log_event(
            s,
            gfile,
            "session.duration",
            "jurysession",
            js.id,
            {"assessment": assessment_id, "minutes": old},
            {"assessment": assessment_id, "minutes": minutes},
        )
        s.flush()
        return session_view_of(js)
