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
from grader.grading.closure import SessionClosed as SessionClosed  # re-exported for callers
from grader.grading.closure import require_open
from grader.grading.deliberation_table import deliberation_table
from grader.grading.jury_checks import composition_sentence
from grader.grading.rules import session_proposals
from grader.grading.session_ops import evaluated_assessments, list_jurors, sort_key
from grader.grading.views import CandidateView, as_utc, candidate_view
from grader.grading.vocabulary import (
    ABSENT,
    BLOC_OUTCOME_LABELS,
    DEJA_ACQUIS,
    INCOMPLET,
    NON_VALIDE,
    VALIDE,
)
from grader.models.store import GraderFile
from grader.models.tables import (
    AcquiredBloc,
    BlocDecision,
    Candidate,
    DeliberationNote,
    Juror,
    JurySession,
    Recusal,
    utc_now,
)

# What the jury records on a bloc. « Déjà acquis » is not a decision: it is
# recorded as an acquired bloc (``capitalisation``), with its date and session.
DECISIONS = (VALIDE, NON_VALIDE, ABSENT)
MIN_MOTIVATION = 15  # characters: a motivation a reader can understand


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


def deliberating_member(s: Session, gfile: GraderFile, name: str) -> Juror:
    """The present member of the jury named ``name`` (case and accents ignored)."""
    wanted = sort_key(" ".join(name.split()))
    jurors = s.exec(select(Juror).where(Juror.session_id == gfile.session_id)).all()
    present = [j for j in jurors if j.present]
    if not wanted:
        names = ", ".join(j.name for j in present) or "aucun membre présent"
        raise DecisionRefused(
            "Indiquez quel membre du jury enregistre la décision (--by) ; membres présents : "
            f"{names}."
        )
    found = next((j for j in jurors if sort_key(j.name) == wanted), None)
    if found is None or not found.present:
        names = ", ".join(j.name for j in present) or "aucun membre présent"
        why = "n'est pas membre du jury" if found is None else "est noté(e) absent(e) au jury"
        raise DecisionRefused(
            f"« {name.strip()} » {why} : une décision est enregistrée par un membre présent "
            f"du jury qui délibère ({names})."
        )
    return found


def record_decision(
    gfile: GraderFile,
    candidate_id: str,
    bloc_code: str,
    decided: str,
    motivation: str = "",
    decided_by: str = "",
) -> BlocDecisionView:
    """Record (or change) the jury's decision for one candidate and bloc.

    Refused: on a bloc acquired in an earlier session (nothing to decide), for
    a candidate absent from the session, without a present member of the
    jury in ``decided_by``, and without a motivation of at least
    ``MIN_MOTIVATION`` characters when the decision is « non validé » or
    departs from the rule's proposal."""
    if decided == DEJA_ACQUIS:
        raise DecisionRefused(
            "« Déjà acquis » n'est pas une décision du jury : enregistrez le bloc comme acquis "
            "lors d'une session antérieure (grader acquis add), avec sa date et sa session."
        )
    if decided not in DECISIONS:
        labels = ", ".join(BLOC_OUTCOME_LABELS[d] for d in DECISIONS)
        raise DecisionRefused(f"Décision inconnue « {decided} » (possibles : {labels}).")
    motivation = motivation.strip()
    proposals = session_proposals(gfile, candidate_id)
    if bloc_code not in proposals:
        raise DecisionRefused(f"Le bloc {bloc_code} n'est pas évalué dans cette session.")
    proposal = proposals[bloc_code]
    with gfile.transaction() as s:
        _require_open(s, gfile)
        candidate = _require_candidate(s, candidate_id)
        who = f"{candidate.last_name.upper()} {candidate.first_name}, bloc {bloc_code}"
        acquired = s.exec(
            select(AcquiredBloc).where(
                AcquiredBloc.candidate_id == candidate_id, AcquiredBloc.bloc_code == bloc_code
            )
        ).first()
        if acquired is not None and gfile.referential.certification.capitalisable:
            source = f" ({acquired.source_session})" if acquired.source_session else ""
            raise DecisionRefused(
                f"{who} : ce bloc est déjà acquis depuis le {acquired.acquired_on:%d/%m/%Y}"
                f"{source}. Il est capitalisé : le jury n'a pas à le délibérer de nouveau. "
                "S'il a été enregistré par erreur, retirez-le d'abord (grader acquis remove)."
            )
        if not candidate.present:
            raise DecisionRefused(
                f"{who} : le candidat est noté absent à la session, il n'y a rien à délibérer. "
                "Notez-le présent d'abord (grader candidates presence --present)."
            )
        member = deliberating_member(s, gfile, decided_by)
        needed = needs_motivation(decided, proposal.outcome, proposal.marked, False)
        if needed and len(motivation) < MIN_MOTIVATION:
            what = "doit être motivée" if not motivation else "demande une motivation plus précise"
            raise DecisionRefused(
                f"{who} : la décision « {BLOC_OUTCOME_LABELS[decided]} » {what} (la règle "
                f"propose « {BLOC_OUTCOME_LABELS[proposal.outcome]} ») : au moins "
                f"{MIN_MOTIVATION} caractères, qui figureront sur le procès-verbal."
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
        row.decided_by, row.decided_at = member.name, utc_now()
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


def withdraw_decision(
    gfile: GraderFile, candidate_id: str, bloc_code: str, withdrawn_by: str
) -> BlocDecisionView:
    """Withdraw the jury's decision on one candidate × bloc: the bloc is
    « non délibéré » again (to record it as acquired, or decide anew)."""
    with gfile.transaction() as s:
        _require_open(s, gfile)
        candidate = _require_candidate(s, candidate_id)
        member = deliberating_member(s, gfile, withdrawn_by)
        row = s.exec(
            select(BlocDecision).where(
                BlocDecision.candidate_id == candidate_id, BlocDecision.bloc_code == bloc_code
            )
        ).first()
        if row is None:
            raise DecisionRefused(
                f"{candidate.last_name.upper()} {candidate.first_name}, bloc {bloc_code} : "
                "aucune décision enregistrée, rien à retirer."
            )
        view = _view(row)
        log_event(
            s, gfile, "decision.withdraw", "blocdecision", row.id,
            {"bloc": bloc_code, "decided": row.decided, "motivation": row.motivation,
             "by": row.decided_by},
            {"bloc": bloc_code, "by": member.name},
        )  # fmt: skip
        s.delete(row)
        return view


def set_candidate_presence(gfile: GraderFile, candidate_id: str, present: bool) -> CandidateView:
    """Mark a candidate present or absent for the session. An absent candidate
    gets no evaluation sheet and the outcome « absent »; refused while the jury
    has decisions recorded for them (withdraw them first)."""
    with gfile.transaction() as s:
        _require_open(s, gfile)
        candidate = _require_candidate(s, candidate_id)
        if not present:
            decided = s.exec(
                select(BlocDecision.bloc_code).where(BlocDecision.candidate_id == candidate_id)
            ).all()
            if decided:
                raise DecisionRefused(
                    f"{candidate.last_name.upper()} {candidate.first_name} : le jury a déjà "
                    f"enregistré des décisions ({', '.join(sorted(decided))}). Retirez-les "
                    "d'abord (grader decide --withdraw) avant de noter le candidat absent."
                )
        if candidate.present != present:
            log_event(
                s, gfile, "candidate.presence", "candidate", candidate.id,
                {"present": candidate.present}, {"present": present},
            )  # fmt: skip
            candidate.present = present
            candidate.updated_at = utc_now()
            s.add(candidate)
        s.flush()
        return candidate_view(candidate)


def decisions(gfile: GraderFile) -> dict[str, dict[str, BlocDecisionView]]:
    """Recorded decisions: candidate id → bloc code → decision."""
    result: dict[str, dict[str, BlocDecisionView]] = {}
    with gfile.new_session() as s:
        for d in s.exec(select(BlocDecision)).all():
            result.setdefault(d.candidate_id, {})[d.bloc_code] = _view(d)
    return result



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
    """(candidate id, bloc code) of the session still « non délibéré », as
    the deliberation table states it."""
    return deliberation_table(gfile).undecided()


def unsigned_grids(gfile: GraderFile) -> list[str]:
    """French lines, one per juror with grids received but not signed: they
    are not taken into account (closure warns about them)."""
    with gfile.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT j.name, COUNT(*) FROM sheet s JOIN juror j ON j.id = s.juror_id"
            " JOIN candidate c ON c.id = s.candidate_id"
            " WHERE s.status != 'signed' AND c.present GROUP BY j.name ORDER BY j.name"
        ).all()
    return [
        f"{name} : {n} grille{'s' if n > 1 else ''} non signée{'s' if n > 1 else ''} — "
        "non prise{} en compte.".format("s" if n > 1 else "")
        for name, n in rows
    ]


def close_deliberation(
    gfile: GraderFile, closed_by: str, *, force: bool = False, reason: str = ""
) -> datetime:
    """Close the deliberation. Always refused while two facts contradict each
    other (a decision over an acquired bloc, a decision for an absent
    candidate). Refused while a bloc is « non délibéré » or the jury's
    composition does not meet the référentiel's rule, unless ``force``: the
    closure then records why (printed on the PV), with ``reason`` if given.
    Returns when it was closed."""
    if not closed_by.strip():
        raise DecisionRefused("Indiquez qui clôture la délibération (le président du jury).")
    with gfile.new_session() as s:
        _require_open(s, gfile)
    table = deliberation_table(gfile)
    contradictions = table.contradictions()
    if contradictions:
        lines = "\n".join(f"  - {c}" for c in contradictions)
        raise DecisionRefused(
            f"Clôture impossible : {len(contradictions)} contradiction(s) à résoudre d'abord "
            f"(même avec --force).\n{lines}"
        )
    missing = table.undecided()
    composition = composition_sentence(gfile.referential.jury, list_jurors(gfile))
    if missing and not force:
        names = {r.candidate.id: r.candidate.display_name for r in table.rows}
        per: dict[str, list[str]] = {}
        for cand, bloc in missing:
            per.setdefault(names.get(cand, cand), []).append(bloc)
        lines = "\n".join(f"  - {name} : {', '.join(blocs)}" for name, blocs in per.items())
        raise DecisionsMissing(
            f"Clôture impossible : {len(missing)} décision(s) de bloc manquent encore.\n{lines}",
            missing,
        )
    if composition and not force:
        raise DecisionRefused(
            f"Clôture impossible : {composition} Complétez le jury, ou clôturez avec --force "
            "(la raison figurera sur le procès-verbal)."
        )
    why = []
    if missing:
        why.append(f"{len(missing)} bloc(s) non délibéré(s), sans résultat")
    if composition:
        why.append("composition du jury non conforme au référentiel")
    if why and reason.strip():
        why.append(f"motif : {reason.strip()}")
    closure_note = f"Clôture forcée : {' ; '.join(why)}." if why else ""
    with gfile.transaction() as s:
        js = _require_open(s, gfile)
        js.closed_at, js.closed_by, js.updated_at = utc_now(), closed_by.strip(), utc_now()
        js.closure_note = closure_note
        log_event(
            s,
            gfile,
            "deliberation.close",
            "jurysession",
            js.id,
            None,
            {"by": js.closed_by, "forced": force, "missing": len(missing),
             "composition": composition, "note": closure_note},
        )  # fmt: skip
        return js.closed_at


