"""Is the jury valid, and has every juror handed in their sheets?

- :func:`check_jury`: the composition the certifier requires (``JuryRule``):
  enough members present, the required roles, the share of « professionnels
  extérieurs ». A formateur never counts as an outside professional, and a
  juror recused for a candidate does not count for that candidate.
- :func:`reception_status` / :func:`reception_summary`: the sheets the
  session expects and what the merge has brought in so far.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass

from grader.grading.session_ops import list_candidates, list_jurors
from grader.grading.views import JurorView
from grader.models.store import GraderFile
from grader.referential.model import JUROR_ROLES, OUTSIDE_STATUS, JuryRule

OUTSIDE_ROLE = OUTSIDE_STATUS  # the status that makes a professionnel extérieur


def _percent(share: float) -> str:
    return f"{share * 100:.0f} %"


def _has(juror: JurorView, role: str) -> bool:
    """A required « role » of the référentiel is a function (président) or a status."""
    if role == "president":
        return juror.is_president
    return juror.role == role


def composition_problems(rule: JuryRule, members: Sequence[JurorView]) -> list[str]:
    """Sentences (without prefix) saying how ``members`` — the members who sit —
    fail the référentiel's rule; empty when it is met. A président counts for
    their status too: an outside professional who presides is one."""
    problems = []
    n = len(members)
    if n < rule.min_members:
        problems.append(
            f"{n} membre{'s' if n > 1 else ''} du jury seulement, "
            f"le référentiel en demande au moins {rule.min_members}."
        )
    for role in rule.required_roles:
        if not any(_has(j, role) for j in members):
            label = JUROR_ROLES.get(role, role)
            problems.append(f"aucun membre « {label} », rôle exigé par le référentiel.")
    outside = sum(1 for j in members if j.role == OUTSIDE_STATUS)
    if rule.min_outside_share > 0 and (n == 0 or outside / n < rule.min_outside_share - 1e-9):
        share = outside / n if n else 0.0
        text = (
            f"{outside} professionnel{'s' if outside > 1 else ''} extérieur"
            f"{'s' if outside > 1 else ''} sur {n} membres ({_percent(share)}), "
            f"le référentiel en demande au moins {_percent(rule.min_outside_share)}"
        )
        if any(j.role == "formateur" for j in members):
            text += " (les formateurs ne comptent pas comme professionnels extérieurs)"
        problems.append(text + ".")
    return problems


def composition_sentence(rule: JuryRule, jurors: Sequence[JurorView]) -> str:
    """One sentence for the PV, ``session show`` and closure; "" when the rule is met."""
    problems = composition_problems(rule, [j for j in jurors if j.present])
    if not problems:
        return ""
    return "Composition du jury non conforme au référentiel : " + " ; ".join(
        p.rstrip(".") for p in problems
    ) + "."


def check_jury(gfile: GraderFile, candidate_id: str | None = None) -> list[str]:
    """French warnings, empty when the jury satisfies the référentiel's rule.

    Without a candidate: the jury as a whole (members marked present). With
    one: the members who actually judge that candidate (recused ones left out)."""
    rule = gfile.referential.jury
    present = [j for j in list_jurors(gfile) if j.present]
    prefix = "Jury"
    if candidate_id is not None:
        with gfile.engine.connect() as conn:
            recused = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT juror_id FROM recusal WHERE candidate_id = ?", (candidate_id,)
                )
            }
        names = {c.id: c.display_name for c in list_candidates(gfile)}
        present = [j for j in present if j.id not in recused]
        prefix = f"Jury de {names.get(candidate_id, candidate_id)}"
    return [f"{prefix} : {p}" for p in composition_problems(rule, present)]


@dataclass(frozen=True, slots=True)
class ExpectedSheet:
    juror_id: str
    candidate_id: str
    assessment_id: str
    status: str  # missing | draft | signed


@dataclass(frozen=True, slots=True)
class JurorReception:
    """What the lead has received from one juror."""

    juror_id: str
    name: str
    expected: int
    signed: int
    draft: int

    @property
    def missing(self) -> int:
        return self.expected - self.signed - self.draft

    @property
    def received(self) -> int:
        return self.signed + self.draft


def reception_status(gfile: GraderFile) -> list[ExpectedSheet]:
    """Every sheet the session expects (present juror × candidate × evaluated
    épreuve, recused pairs left out) and what has arrived of it."""
    with gfile.engine.connect() as conn:
        js = conn.exec_driver_sql(
            "SELECT assessment_ids FROM jurysession WHERE id = ?", (gfile.session_id,)
        ).one()
        recused = set(conn.exec_driver_sql("SELECT juror_id, candidate_id FROM recusal").all())
        got = {
            (r[0], r[1], r[2]): r[3]
            for r in conn.exec_driver_sql(
                "SELECT juror_id, candidate_id, assessment_id, status FROM sheet"
            )
        }
    chosen = set(json.loads(js[0] or "[]"))
    assessments = [a.id for a in gfile.referential.assessments if not chosen or a.id in chosen]
    jurors = [j.id for j in list_jurors(gfile) if j.present]
    candidates = [c.id for c in list_candidates(gfile)]
    return [
        ExpectedSheet(j, c, a, got.get((j, c, a), "missing"))
        for j in jurors
        for c in candidates
        if (j, c) not in recused
        for a in assessments
    ]


def reception_summary(gfile: GraderFile) -> list[JurorReception]:
    """Per present juror: sheets expected, signed, in draft (missing = the rest)."""
    names = {j.id: j.name for j in list_jurors(gfile) if j.present}
    counts = {j: {"missing": 0, "draft": 0, "signed": 0} for j in names}
    for e in reception_status(gfile):
        counts[e.juror_id][e.status] += 1
    return [
        JurorReception(j, names[j], sum(c.values()), c["signed"], c["draft"])
        for j, c in counts.items()
    ]
