"""The deliberation: the jury's decision for each candidate and bloc.

The rule only proposes (``session_proposals``); the jury decides. A decision
that departs from the proposal, and every « non validé », needs a motivation
(it is printed on the PV). Once the deliberation is closed nothing here can
change any more: decisions, recusals and private notes are frozen.

Every function that changes something is one transaction with its audit
event, and the closed state is read inside that same transaction.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from grader.errors import Refusal
from grader.grading.audit import log_event
from grader.grading.capitalisation import acquired_blocs
from grader.grading.closure import SessionClosed as SessionClosed  # re-exported for callers
from grader.grading.closure import require_open
from grader.grading.rules import CertificationProposal, propose_certification, session_proposals
from grader.grading.session_ops import evaluated_assessments, list_candidates
from grader.grading.views import as_utc
from grader.grading.vocabulary import (
    ABSENT,
    BLOC_OUTCOME_LABELS,
    CERTIFICATION_LABELS,
    DEJA_ACQUIS,
    INCOMPLET,
    NON_VALIDE,
    VALIDE,
)
from grader.models.store import GraderFile
from grader.models.tables import (
    BlocDecision,
    Candidate,
    DeliberationNote,
    Juror,
    JurySession,
    Recusal,
    utc_now,
)

DECISIONS = (VALIDE, NON_VALIDE, ABSENT, DEJA_ACQUIS)


class DecisionRefused(Refusal):
    """A deliberation operation is refused; ``str(exc)`` is French."""


class DecisionsMissing(DecisionRefused):
    """Closing refused: ``missing`` lists (candidate id, bloc code) without decision."""

    def __init__(self, message: str, missing: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass(frozen=True, slots=True)
class BlocDecisionView:
    candidate_id: str
    bloc_code: str
    proposed: str  # what the rule proposed when the decision was recorded
    decided: str
    motivation: str
    decided_by: str
    decided_at: datetime


def _view(d: BlocDecision) -> BlocDecisionView:
    return BlocDecisionView(
        d.candidate_id,
        d.bloc_code,
        d.proposed,
        d.decided,
        d.motivation,
        d.decided_by,
        as_utc(d.decided_at) or d.decided_at,
    )


def _require_open(s: Session, gfile: GraderFile) -> JurySession:
    return require_open(s, gfile)


def _require_candidate(s: Session, candidate_id: str) -> Candidate:
    candidate = s.get(Candidate, candidate_id)
    if candidate is None:
        raise DecisionRefused(f"Candidat introuvable dans la session ({candidate_id}).")
    return candidate


def _evaluated_blocs(gfile: GraderFile) -> list[str]:
    ids = {a.id for a in evaluated_assessments(gfile)}
    return [b.code for b in gfile.referential.blocs if any(a.id in ids for a in b.assessments)]


def is_closed(gfile: GraderFile) -> bool:
    with gfile.new_session() as s:
        js = s.get(JurySession, gfile.session_id)
        return js is not None and js.closed_at is not None


def needs_motivation(decided: str, proposed: str, marked: int, acquired_earlier: bool) -> bool:
    """A « non validé », or a decision that departs from what the rule proposed.
    « Absent » agrees with a bloc where nothing was marked; « déjà acquis »
    with a bloc recorded as acquired in an earlier session."""
    if decided == NON_VALIDE:
        return True
    if decided == ABSENT:
        return not (proposed == INCOMPLET and marked == 0)
    if decided == DEJA_ACQUIS:
        return not acquired_earlier
    return decided != proposed


def record_decision(
    gfile: GraderFile,
    candidate_id: str,
    bloc_code: str,
    decided: str,
    motivation: str = "",
    decided_by: str = "",
) -> BlocDecisionView:
    """Record (or change) the jury's decision for one candidate and bloc."""
    if decided not in DECISIONS:
        labels = ", ".join(BLOC_OUTCOME_LABELS[d] for d in DECISIONS)
        raise DecisionRefused(f"Décision inconnue « {decided} » (possibles : {labels}).")
    motivation = motivation.strip()
    proposals = session_proposals(gfile, candidate_id)
    if bloc_code not in proposals:
        raise DecisionRefused(f"Le bloc {bloc_code} n'est pas évalué dans cette session.")
    proposal = proposals[bloc_code]
    earlier = bloc_code in acquired_blocs(gfile, candidate_id)
    with gfile.transaction() as s:
        _require_open(s, gfile)
        candidate = _require_candidate(s, candidate_id)
        if not motivation and needs_motivation(decided, proposal.outcome, proposal.marked, earlier):
            raise DecisionRefused(
                f"{candidate.last_name.upper()} {candidate.first_name}, bloc {bloc_code} : "
                f"la décision « {BLOC_OUTCOME_LABELS[decided]} » doit être motivée (la règle "
                f"propose « {BLOC_OUTCOME_LABELS[proposal.outcome]} »). Saisissez la motivation."
            )
        row = s.exec(
            select(BlocDecision).where(
                BlocDecision.candidate_id == candidate_id, BlocDecision.bloc_code == bloc_code
            )
        ).first()
        old: dict[str, Any] | None = None
        if row is None:
            row = BlocDecision(
                session_id=gfile.session_id,
                candidate_id=candidate_id,
                bloc_code=bloc_code,
                proposed=proposal.outcome,
                decided=decided,
            )
            s.add(row)
        else:
            old = {"decided": row.decided, "motivation": row.motivation, "by": row.decided_by}
        row.proposed, row.decided, row.motivation = proposal.outcome, decided, motivation
        row.decided_by, row.decided_at = decided_by.strip(), utc_now()
        s.flush()
        new = {
            "bloc": bloc_code,
            "proposed": proposal.outcome,
            "decided": decided,
            "motivation": motivation,
            "by": row.decided_by,
        }
        log_event(s, gfile, "decision.record", "blocdecision", row.id, old, new)
        return _view(row)


def decisions(gfile: GraderFile) -> dict[str, dict[str, BlocDecisionView]]:
    """Recorded decisions: candidate id → bloc code → decision."""
    result: dict[str, dict[str, BlocDecisionView]] = {}
    with gfile.new_session() as s:
        for d in s.exec(select(BlocDecision)).all():
            result.setdefault(d.candidate_id, {})[d.bloc_code] = _view(d)
    return result


def certification_outcome(gfile: GraderFile, candidate_id: str) -> CertificationProposal:
    """The certification from the recorded decisions and earlier acquisitions;
    a bloc of the session still without decision leaves it « incomplet »."""
    recorded = decisions(gfile).get(candidate_id, {})
    outcomes = {code: INCOMPLET for code in _evaluated_blocs(gfile)}
    outcomes.update({code: d.decided for code, d in recorded.items()})
    earlier = {code: a.acquired_on for code, a in acquired_blocs(gfile, candidate_id).items()}
    return propose_certification(gfile.referential, outcomes, earlier)


def set_private_note(gfile: GraderFile, candidate_id: str, text: str) -> str:
    """The jury's private note on a candidate (never in any export)."""
    with gfile.transaction() as s:
        _require_open(s, gfile)
        _require_candidate(s, candidate_id)
        note = s.get(DeliberationNote, candidate_id)
        old = note.text if note is not None else ""
        if note is None:
            note = DeliberationNote(candidate_id=candidate_id)
            s.add(note)
        note.text, note.updated_at = text, utc_now()
        # The text itself stays out of the audit trail, which is exported.
        log_event(
            s,
            gfile,
            "note.set",
            "deliberationnote",
            candidate_id,
            {"length": len(old)},
            {"length": len(text)},
        )
        return text


def private_note(gfile: GraderFile, candidate_id: str) -> str:
    with gfile.new_session() as s:
        note = s.get(DeliberationNote, candidate_id)
        return note.text if note is not None else ""


def recuse_juror(gfile: GraderFile, candidate_id: str, juror_id: str, reason: str) -> None:
    """The juror takes no part for this candidate: their sheets are left out
    of the proposals, the disagreements and the statistics."""
    if not reason.strip():
        raise DecisionRefused("Indiquez le motif de la récusation (il figure au dossier).")
    with gfile.transaction() as s:
        _require_open(s, gfile)
        _require_candidate(s, candidate_id)
        juror = s.get(Juror, juror_id)
        if juror is None:
            raise DecisionRefused(f"Membre du jury introuvable dans la session ({juror_id}).")
        row = s.exec(
            select(Recusal).where(
                Recusal.candidate_id == candidate_id, Recusal.juror_id == juror_id
            )
        ).first()
        old = {"reason": row.reason} if row is not None else None
        if row is None:
            row = Recusal(candidate_id=candidate_id, juror_id=juror_id)
            s.add(row)
        row.reason = reason.strip()
        s.flush()
        log_event(
            s,
            gfile,
            "recusal.add",
            "recusal",
            row.id,
            old,
            {"candidate": candidate_id, "juror": juror.name, "reason": row.reason},
        )


def recusals(gfile: GraderFile, candidate_id: str) -> dict[str, str]:
    """Juror id → reason, for the members recused for this candidate."""
    with gfile.new_session() as s:
        rows = s.exec(select(Recusal).where(Recusal.candidate_id == candidate_id)).all()
        return {r.juror_id: r.reason for r in rows}


def lift_recusal(gfile: GraderFile, candidate_id: str, juror_id: str) -> None:
    with gfile.transaction() as s:
        _require_open(s, gfile)
        row = s.exec(
            select(Recusal).where(
                Recusal.candidate_id == candidate_id, Recusal.juror_id == juror_id
            )
        ).first()
        if row is None:
            raise DecisionRefused("Ce membre du jury n'est pas récusé pour ce candidat.")
        log_event(
            s,
            gfile,
            "recusal.lift",
            "recusal",
            row.id,
            {"candidate": candidate_id, "juror": juror_id, "reason": row.reason},
            None,
        )
        s.delete(row)


def missing_decisions(gfile: GraderFile) -> list[tuple[str, str]]:
    """(candidate id, bloc code) of the session still without a decision; a
    bloc acquired in an earlier session needs none."""
    recorded = decisions(gfile)
    blocs = _evaluated_blocs(gfile)
    missing = []
    for c in list_candidates(gfile):
        earlier = acquired_blocs(gfile, c.id)
        missing += [
            (c.id, b) for b in blocs if b not in recorded.get(c.id, {}) and b not in earlier
        ]
    return missing


def close_deliberation(gfile: GraderFile, closed_by: str, *, force: bool = False) -> datetime:
    """Close the deliberation; refused while a candidate × bloc has no decision,
    unless ``force``. Returns when it was closed."""
    if not closed_by.strip():
        raise DecisionRefused("Indiquez qui clôture la délibération (le président du jury).")
    with gfile.new_session() as s:
        _require_open(s, gfile)
    missing = missing_decisions(gfile)
    if missing and not force:
        names = {c.id: c.display_name for c in list_candidates(gfile)}
        per: dict[str, list[str]] = {}
        for cand, bloc in missing:
            per.setdefault(names.get(cand, cand), []).append(bloc)
        lines = "\n".join(f"  - {name} : {', '.join(blocs)}" for name, blocs in per.items())
        raise DecisionsMissing(
            f"Clôture impossible : {len(missing)} décision(s) de bloc manquent encore.\n{lines}",
            missing,
        )
    with gfile.transaction() as s:
        js = _require_open(s, gfile)
        js.closed_at, js.closed_by, js.updated_at = utc_now(), closed_by.strip(), utc_now()
        log_event(
            s,
            gfile,
            "deliberation.close",
            "jurysession",
            js.id,
            None,
            {"by": js.closed_by, "forced": force, "missing": len(missing)},
        )
        return js.closed_at


def candidate_summary(gfile: GraderFile) -> list[dict[str, Any]]:
    """Per candidate (alphabetical): each bloc's proposal and decision, and the
    certification outcome; plain JSON-able data (private notes never included)."""
    recorded = decisions(gfile)
    result = []
    for c in list_candidates(gfile):
        blocs = []
        for code, proposal in session_proposals(gfile, c.id).items():
            d = recorded.get(c.id, {}).get(code)
            blocs.append(
                {
                    "bloc": code,
                    "title": gfile.referential.bloc(code).title,
                    "proposed": proposal.outcome,
                    "proposal_reason": proposal.reason,
                    "decided": d.decided if d else None,
                    "motivation": d.motivation if d else "",
                    "decided_by": d.decided_by if d else "",
                }
            )
        cert = certification_outcome(gfile, c.id)
        result.append(
            {
                "candidate_id": c.id,
                "name": c.display_name,
                "external_id": c.external_id,
                "blocs": blocs,
                "certification": {
                    "outcome": cert.outcome,
                    "label": CERTIFICATION_LABELS[cert.outcome],
                    "reason": cert.reason,
                },
            }
        )
    return result
