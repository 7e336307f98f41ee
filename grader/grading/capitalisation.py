"""Blocs a candidate validated in an earlier session (capitalisation).

A bloc de compétences is acquired for good: a candidate who comes back for
the missing blocs keeps the ones validated before, with the date and the
session they come from (printed on the PV).
"""

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from grader.errors import Refusal
from grader.grading.audit import log_event
from grader.grading.closure import require_open
from grader.grading.vocabulary import BLOC_OUTCOME_LABELS
from grader.models.store import GraderFile
from grader.models.tables import AcquiredBloc, BlocDecision, Candidate


class CapitalisationError(Refusal):
    """A bloc cannot be recorded as acquired; ``str(exc)`` is French."""


@dataclass(frozen=True, slots=True)
class AcquiredBlocView:
    id: str
    candidate_id: str
    bloc_code: str
    acquired_on: date
    source_session: str


def _view(row: AcquiredBloc) -> AcquiredBlocView:
    return AcquiredBlocView(
        id=row.id,
        candidate_id=row.candidate_id,
        bloc_code=row.bloc_code,
        acquired_on=row.acquired_on,
        source_session=row.source_session,
    )


def record_acquired_bloc(
    gfile: GraderFile,
    candidate_id: str,
    bloc_code: str,
    acquired_on: date,
    source_session: str,
) -> AcquiredBlocView:
    """Record (or correct) that the candidate acquired ``bloc_code`` earlier.
    One transaction, audited."""
    referential = gfile.referential
    if not any(b.code == bloc_code for b in referential.blocs):
        raise CapitalisationError(
            f"Le bloc {bloc_code} n'existe pas dans le référentiel « {referential.title} »."
        )
    if not referential.certification.capitalisable:
        raise CapitalisationError(
            f"Les blocs du référentiel « {referential.title} » ne sont pas capitalisables."
        )
    if acquired_on > date.today():
        raise CapitalisationError(
            f"La date d'acquisition du bloc {bloc_code} ({acquired_on:%d/%m/%Y}) est dans le futur."
        )
    with gfile.transaction() as s:
        require_open(s, gfile)
        candidate = s.get(Candidate, candidate_id)
        if candidate is None or candidate.session_id != gfile.session_id:
            raise CapitalisationError("Ce candidat n'existe pas dans cette session.")
        decision = s.exec(
            select(BlocDecision).where(
                BlocDecision.candidate_id == candidate_id, BlocDecision.bloc_code == bloc_code
            )
        ).first()
        if decision is not None:
            words = BLOC_OUTCOME_LABELS.get(decision.decided, decision.decided)
            raise CapitalisationError(
                f"{candidate.last_name.upper()} {candidate.first_name}, bloc {bloc_code} : le "
                f"jury a déjà enregistré la décision « {words} » dans cette session. Un bloc ne "
                "peut être à la fois délibéré ici et acquis auparavant : retirez d'abord la "
                "décision (grader decide --withdraw), puis enregistrez le bloc acquis."
            )
        row = s.exec(
            select(AcquiredBloc).where(
                AcquiredBloc.candidate_id == candidate_id, AcquiredBloc.bloc_code == bloc_code
            )
        ).first()
        old = None
        if row is None:
            row = AcquiredBloc(
                candidate_id=candidate_id,
                bloc_code=bloc_code,
                acquired_on=acquired_on,
                source_session=source_session.strip(),
            )
        else:
            old = {"acquired_on": row.acquired_on, "source_session": row.source_session}
            row.acquired_on = acquired_on
            row.source_session = source_session.strip()
        s.add(row)
        s.flush()
        new = {
            "candidate_id": candidate_id,
            "bloc_code": bloc_code,
            "acquired_on": acquired_on,
            "source_session": row.source_session,
        }
        log_event(s, gfile, "bloc.acquired", "acquiredbloc", row.id, old, new)
        return _view(row)


def remove_acquired_bloc(gfile: GraderFile, candidate_id: str, bloc_code: str) -> None:
    """Undo a capitalisation entered by mistake. One transaction, audited."""
    with gfile.transaction() as s:
        require_open(s, gfile)
        candidate = s.get(Candidate, candidate_id)
        if candidate is None or candidate.session_id != gfile.session_id:
            raise CapitalisationError("Ce candidat n'existe pas dans cette session.")
        row = s.exec(
            select(AcquiredBloc).where(
                AcquiredBloc.candidate_id == candidate_id, AcquiredBloc.bloc_code == bloc_code
            )
        ).first()
        if row is None:
            raise CapitalisationError(f"Le bloc {bloc_code} n'est pas enregistré comme acquis.")
        old = {
            "candidate_id": candidate_id,
            "bloc_code": bloc_code,
            "acquired_on": row.acquired_on,
            "source_session": row.source_session,
        }
        log_event(s, gfile, "bloc.acquired.remove", "acquiredbloc", row.id, old, None)
        s.delete(row)


def acquired_blocs(gfile: GraderFile, candidate_id: str) -> dict[str, AcquiredBlocView]:
    """The candidate's earlier-acquired blocs, by bloc code."""
    with gfile.new_session() as s:
        rows = s.exec(select(AcquiredBloc).where(AcquiredBloc.candidate_id == candidate_id)).all()
        return {r.bloc_code: _view(r) for r in rows}
