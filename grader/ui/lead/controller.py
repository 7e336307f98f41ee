"""The lead's window's link to the core: one session file, the core's
functions called one by one (each change is its own transaction in the
core), every failure turned into a French sentence (``LeadError``).

Only plain views and ids leave this module; the widgets never see an ORM
row nor a grading rule.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from grader.errors import GraderError
from grader.grading import (
    deliberation,
    disagreements,
    jury_checks,
    rules,
    session_ops,
    statistics,
)
from grader.grading.deliberation_table import CandidateRow, candidate_row, deliberation_table
from grader.grading.disagreements import Disagreement, JurorGrid
from grader.grading.jury_checks import ExpectedSheet, JurorReception
from grader.grading.statistics import SessionStatistics
from grader.grading.views import CandidateView, JurorView, SessionView
from grader.grading.vocabulary import INCOMPLET, BlocState
from grader.models.store import GraderFile
from grader.referential.model import Assessment, Bloc, Referential
from grader.ui.core_calls import call_core, open_for

T = TypeVar("T")


class LeadError(GraderError, ValueError):
    """``str(exc)`` is a French sentence for the pedagogical lead (a ValueError,
    so that the start screen's error handling shows it like any refusal)."""


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one core function; its own refusals keep their French message."""
    return call_core(LeadError, "L'opération", fn, *args, **kwargs)


@dataclass(frozen=True, slots=True)
class BlocCell:
    """One candidate × bloc as the deliberation table shows it."""

    candidate_id: str
    bloc_code: str
    proposed: str  # valide | non_valide | incomplet
    reason: str  # the rule's French sentence
    decided: str | None  # None until the jury decides
    motivation: str
    disagreements: int  # criteria on which the jurors differ (signed sheets)
    flags: int  # criteria or sheets flagged « À discuter »
    marked: int = 0  # criteria marked (consolidated), for the motivation rule
    total: int = 0
    acquired_earlier: bool = False
    # The jurors' grids taken one by one would not all lead to the proposal:
    # the disagreement is what the jury has to settle.
    decisive: bool = False
    # The deliberation table's state of this cell: what every document prints.
    state: BlocState = BlocState.NON_DELIBERE
    acquired_on: date | None = None
    contradiction: str = ""  # French sentence when two recorded facts disagree

    def needs_motivation(self, decided: str) -> bool:
        """Whether recording ``decided`` here needs a motivation (the core's rule)."""
        return deliberation.needs_motivation(
            decided, self.proposed, self.marked, self.acquired_earlier
        )


@dataclass(frozen=True, slots=True)
class CandidateLine:
    candidate: CandidateView
    cells: tuple[BlocCell, ...]
    certification: str  # an ``Outcome`` of the deliberation table
    certification_reason: str

    def cell(self, bloc_code: str) -> BlocCell | None:
        return next((c for c in self.cells if c.bloc_code == bloc_code), None)


class LeadController:
    def __init__(self, gfile: GraderFile) -> None:
        if gfile.kind != "session":
            raise LeadError(
                f"{gfile.path.name} est la grille d'un juré : ouvrez-la avec « Ouvrir une "
                "grille ». Le responsable ouvre le fichier de session (.jury)."
            )
        self.gfile = gfile
        self.referential: Referential = gfile.referential
        self.assessments: list[Assessment] = session_ops.evaluated_assessments(gfile)
        ids = {a.id for a in self.assessments}
        self.blocs: list[Bloc] = [
            b for b in self.referential.blocs if any(a.id in ids for a in b.assessments)
        ]

    @classmethod
    def open(cls, path: Path) -> "LeadController":
        """Raises ``LeadError`` (French) when the file cannot be opened."""
        return open_for(path, cls, LeadError, "un fichier de session grader")

    def close(self) -> None:
        self.gfile.close()

    # -- reading -----------------------------------------------------------
    def session(self) -> SessionView:
        return call(session_ops.session_view, self.gfile)

    def is_closed(self) -> bool:
        return self.session().closed_at is not None

    def jurors(self) -> list[JurorView]:
        return call(session_ops.list_jurors, self.gfile)

    def candidates(self) -> list[CandidateView]:
        return call(session_ops.list_candidates, self.gfile)

    def bloc_assessments(self, bloc_code: str) -> list[Assessment]:
        bloc = self.referential.bloc(bloc_code)
        ids = {a.id for a in self.assessments}
        return [a for a in bloc.assessments if a.id in ids]

    def lines(self) -> list[CandidateLine]:
        """Every candidate with each bloc's proposal, decision and disagreements."""
        return self._lines(None)

    def line(self, candidate_id: str) -> CandidateLine:
        """One candidate's line, read again after a change that concerns only
        them (a decision): the rest of the table stands."""
        [found] = self._lines(candidate_id)
        return found

    def _lines(self, candidate_id: str | None) -> list[CandidateLine]:
        """The deliberation table's rows (the one outcome every document prints),
        with what the lead needs beside it: the jurors' disagreements."""
        rows = self._table_rows(candidate_id)
        grids = call(disagreements.juror_grids, self.gfile, candidate_id)
        found = call(disagreements.disagreements, self.gfile, candidate_id, grids=grids)
        bloc_of = {a.id: self.referential.bloc_of(a.id).code for a in self.assessments}
        differ: Counter[tuple[str, str]] = Counter()
        flagged: Counter[tuple[str, str]] = Counter()
        for d in found:
            key = (d.candidate_id, bloc_of.get(d.assessment_id, ""))
            (differ if d.kind == disagreements.DIFFER else flagged)[key] += 1
        by_candidate: dict[str, list[JurorGrid]] = {}
        for g in grids:
            by_candidate.setdefault(g.candidate_id, []).append(g)
        result = []
        for row in rows:
            cand = row.candidate
            # Only where the jurors differ can a difference decide a bloc.
            differing = {b.code for b in self.blocs if differ[(cand.id, b.code)]}
            decisive = (self._decisive_blocs(by_candidate.get(cand.id, []), differing)
                        if differing else set())
            cells = []
            for bloc in self.blocs:
                tc = row.cell(bloc.code)
                p = tc.proposal
                n_differ = differ[(cand.id, bloc.code)]
                # No decision awaited on an acquired bloc or for an absent
                # candidate: a difference there decides nothing.
                awaited = tc.state not in (BlocState.DEJA_ACQUIS, BlocState.ABSENT)
                cells.append(
                    BlocCell(
                        candidate_id=cand.id,
                        bloc_code=bloc.code,
                        proposed=p.outcome if p else INCOMPLET,
                        reason=p.reason if p else "",
                        decided=tc.decision.decided if tc.decision else None,
                        motivation=tc.motivation,
                        disagreements=n_differ,
                        flags=flagged[(cand.id, bloc.code)],
                        marked=p.marked if p else 0,
                        total=p.total if p else 0,
                        acquired_earlier=tc.acquired is not None,
                        decisive=bool(n_differ) and awaited and bloc.code in decisive,
                        state=tc.state,
                        acquired_on=tc.acquired.acquired_on if tc.acquired else None,
                        contradiction=tc.contradiction,
                    )
                )
            result.append(CandidateLine(cand, tuple(cells), str(row.outcome), row.reason))
        return result

    def _table_rows(self, candidate_id: str | None) -> tuple[CandidateRow, ...]:
        if candidate_id is None:
            return call(deliberation_table, self.gfile).rows

        def one() -> CandidateRow:
            try:
                return candidate_row(self.gfile, candidate_id)
            except KeyError:
                raise LeadError("Ce candidat n'est plus dans la session.") from None

        return (call(one),)

    def _decisive_blocs(self, grids: list[JurorGrid], differing: set[str]) -> set[str]:
        """The blocs whose proposal hangs on the jurors' disagreement: resolved
        every time in the candidate's favour, then every time against them,
        the disputed criteria do not lead to the same proposal. Only the
        ``differing`` blocs (jurors differ on one of their criteria) can be."""
        wanted = {a.id for code in differing for a in self.bloc_assessments(code)}
        by_assessment: dict[str, list[dict[str, rules.Value]]] = {}
        for g in grids:
            by_assessment.setdefault(g.assessment_id, []).append(dict(g.values()))
        high: dict[str, rules.Value] = {}
        low: dict[str, rules.Value] = {}
        disputed: set[str] = set()
        for assessment in self.assessments:
            if assessment.id not in wanted:
                continue
            sheets = by_assessment.get(assessment.id, [])
            consolidated = rules.consolidate_values(assessment, sheets)
            high.update(consolidated)
            low.update(consolidated)
            scale = assessment.scale

            def weight(value: rules.Value, scale: Any = scale) -> tuple[bool, float]:
                number = float(value) if isinstance(value, int | float) else 0.0
                return bool(scale.is_passing(value)), number

            for criterion in assessment.criteria:
                values = [s[criterion.id] for s in sheets if s.get(criterion.id) is not None]
                if len(values) > 1 and len({weight(x) for x in values}) > 1:
                    high[criterion.id] = max(values, key=weight)
                    low[criterion.id] = min(values, key=weight)
                    disputed.add(assessment.id)
        decisive = set()
        for bloc in self.blocs:
            if bloc.code not in differing:
                continue
            ids = [a.id for a in self.bloc_assessments(bloc.code)]
            if disputed.isdisjoint(ids):
                continue
            best = rules.evaluate_bloc(bloc, high, assessment_ids=ids).outcome
            worst = rules.evaluate_bloc(bloc, low, assessment_ids=ids).outcome
            if best != worst:
                decisive.add(bloc.code)
        return decisive

    def grids(self, candidate_id: str) -> list[JurorGrid]:
        """The signed sheets of the jurors taking part for this candidate."""
        return call(disagreements.juror_grids, self.gfile, candidate_id)

    def disagreements(self, candidate_id: str) -> list[Disagreement]:
        return call(disagreements.disagreements, self.gfile, candidate_id)

    def consolidated(
        self, assessment: Assessment, grids: list[JurorGrid]
    ) -> dict[str, rules.Value]:
        return rules.consolidate_values(assessment, [g.values() for g in grids])

    def jury_warnings(self, candidate_id: str | None = None) -> list[str]:
        return call(jury_checks.check_jury, self.gfile, candidate_id)

    def reception(self) -> list[JurorReception]:
        return call(jury_checks.reception_summary, self.gfile)

    def missing_sheets(self) -> list[ExpectedSheet]:
        return [e for e in call(jury_checks.reception_status, self.gfile) if e.status != "signed"]

    def unsigned_grids(self) -> list[str]:
        """One line per juror whose grids arrived unsigned (not taken into account)."""
        return call(deliberation.unsigned_grids, self.gfile)

    def missing_decisions(self) -> list[tuple[str, str]]:
        return call(deliberation.missing_decisions, self.gfile)

    def session_statistics(self) -> SessionStatistics:
        return call(statistics.session_statistics, self.gfile)

    def private_note(self, candidate_id: str) -> str:
        return call(deliberation.private_note, self.gfile, candidate_id)

    def recusals(self, candidate_id: str) -> dict[str, str]:
        """Juror id → reason, for the jurors recused for this candidate."""
        return call(deliberation.recusals, self.gfile, candidate_id)

    # -- writing: one core operation each ---------------------------------
    def deciding_member(self) -> str:
        """Who records a decision from this window: the président when present,
        else the first present member (the core refuses anyone else)."""
        present = [j for j in self.jurors() if j.present]
        chosen = next((j for j in present if j.is_president), present[0] if present else None)
        return chosen.name if chosen is not None else ""

    def record_decision(
        self, candidate_id: str, bloc_code: str, decided: str, motivation: str,
        decided_by: str | None = None,
    ) -> Any:  # fmt: skip
        return call(
            deliberation.record_decision,
            self.gfile,
            candidate_id,
            bloc_code,
            decided,
            motivation,
            decided_by=self.deciding_member() if decided_by is None else decided_by,
        )

    def set_private_note(self, candidate_id: str, text: str) -> None:
        call(deliberation.set_private_note, self.gfile, candidate_id, text)

    def recuse(self, candidate_id: str, juror_id: str, reason: str) -> None:
        call(deliberation.recuse_juror, self.gfile, candidate_id, juror_id, reason)

    def lift_recusal(self, candidate_id: str, juror_id: str) -> None:
        call(deliberation.lift_recusal, self.gfile, candidate_id, juror_id)

    def close_deliberation(self, closed_by: str, *, force: bool = False) -> None:
        call(deliberation.close_deliberation, self.gfile, closed_by, force=force)
