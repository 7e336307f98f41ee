"""How far the jurors agree, and whether one juror marks far more leniently
or severely than the others.

The maths (percent agreement, Cohen's and Fleiss' kappa, leniency) are pure
functions on plain values; :func:`session_statistics` reads a session file and
feeds them.

Choices, so that the figures can be explained to a jury:

- A *subject* is one criterion of one candidate marked by at least two
  jurors; its *categories* are the level codes (binary and level scales) or
  « acquis / non acquis » for a points scale (points are not nominal).
- Percent agreement is the mean, over subjects, of the share of juror pairs
  who gave the same category; with two jurors this is the plain share of
  subjects on which they agree.
- Fleiss' kappa accepts subjects rated by different numbers of jurors (a
  recused juror, a missing sheet): each subject's agreement uses its own
  number of raters, the category shares pool every rating. With the same
  number of raters everywhere this is exactly Fleiss (1971).
- When every rating falls in one category, chance agreement is 1 and kappa is
  0/0: it is reported as undefined (``None``), never as a division error.
- A juror is flagged as lenient or severe when their share of passing marks
  differs from the other jurors' share *on the same candidates and criteria*
  by at least 15 points AND by at least twice the standard error of that
  difference (a two-proportion test at about 95 %): large enough to matter,
  unlikely to be chance on a handful of marks; and only when that juror
  is beyond every other juror in the same direction (more lenient than each
  of them, or more severe than each), so that with three jurors the two who
  agree are not flagged because of the third.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from grader.errors import Refusal
from grader.grading.disagreements import JurorGrid, juror_grids
from grader.grading.session_ops import evaluated_assessments, list_jurors
from grader.grading.typography import number
from grader.models.store import GraderFile
from grader.referential.model import Assessment, Scale, ScaleKind

MIN_CANDIDATES = 10
LENIENCY_MIN_POINTS = 15.0
LENIENCY_MIN_SE = 2.0


# ---------------------------------------------------------------- pure maths


def percent_agreement(subjects: Sequence[Sequence[Hashable]]) -> float | None:
    """Mean share of agreeing rater pairs per subject (0–1); subjects with
    fewer than two ratings are ignored; ``None`` when none is left."""
    shares = []
    for ratings in subjects:
        n = len(ratings)
        if n < 2:
            continue
        agreeing = sum(c * (c - 1) for c in Counter(ratings).values())
        shares.append(agreeing / (n * (n - 1)))
    return sum(shares) / len(shares) if shares else None


def cohen_kappa(rater_a: Sequence[Hashable], rater_b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters over the same subjects, in the same order.

    ``None`` when undefined: no subject, or chance agreement of 1 (both raters
    always used one and the same category)."""
    if len(rater_a) != len(rater_b):
        raise Refusal("Les deux jurés doivent avoir noté les mêmes critères.")
    n = len(rater_a)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(rater_a, rater_b, strict=True)) / n
    count_a, count_b = Counter(rater_a), Counter(rater_b)
    expected = sum(count_a[c] * count_b[c] for c in count_a) / (n * n)
    if math.isclose(expected, 1.0):
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(table: Sequence[Mapping[Hashable, int]]) -> float | None:
    """Fleiss' kappa from, per subject, the number of raters per category.

    Subjects with fewer than two ratings are ignored. ``None`` when undefined
    (no subject left, or every rating in one category)."""
    rows = [row for row in table if sum(row.values()) >= 2]
    if not rows:
        return None
    total = 0
    per_category: Counter[Hashable] = Counter()
    p_bar = 0.0
    for row in rows:
        n = sum(row.values())
        total += n
        per_category.update(row)
        p_bar += (sum(c * c for c in row.values()) - n) / (n * (n - 1))
    p_bar /= len(rows)
    p_e = sum((c / total) ** 2 for c in per_category.values())
    if math.isclose(p_e, 1.0):
        return None
    return (p_bar - p_e) / (1 - p_e)


def fleiss_table(subjects: Sequence[Sequence[Hashable]]) -> list[Counter[Hashable]]:
    """Per subject, the number of raters who chose each category."""
    return [Counter(ratings) for ratings in subjects]


@dataclass(frozen=True, slots=True)
class Leniency:
    """One juror's share of passing marks against the others' on the same items."""

    juror_id: str
    marks: int  # items this juror marked that another juror marked too
    share: float  # % passing, this juror
    others_share: float  # % passing, the other jurors on the same items
    difference: float  # share − others_share, in points of %
    flagged: bool
    comment: str  # French, empty when not flagged


def leniency(
    passes: Mapping[Hashable, Mapping[str, bool]],
    *,
    min_points: float = LENIENCY_MIN_POINTS,
    min_se: float = LENIENCY_MIN_SE,
) -> list[Leniency]:
    """``passes``: per item (e.g. candidate × criterion), per juror, whether the
    mark passes. Returns one :class:`Leniency` per juror who shares at least
    one item with another juror, sorted by juror id."""
    own: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # passing, marks
    others: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pairs: dict[tuple[str, str], int] = defaultdict(int)  # Σ (juror − other) on shared items
    for per_juror in passes.values():
        if len(per_juror) < 2:
            continue
        for juror, passed in per_juror.items():
            own[juror][0] += int(passed)
            own[juror][1] += 1
            for other, other_passed in per_juror.items():
                if other != juror:
                    others[juror][0] += int(other_passed)
                    others[juror][1] += 1
                    pairs[(juror, other)] += int(passed) - int(other_passed)
    result = []
    for juror in sorted(own):
        (p1, n1), (p2, n2) = own[juror], others[juror]
        share, others_share = p1 / n1, p2 / n2
        diff = share - others_share
        pooled = (p1 + p2) / (n1 + n2)
        se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        # With three jurors one outlier pulls the others' mean: only the juror
        # beyond every other one (same direction, pair by pair) is flagged.
        beyond_all = all(
            (total > 0) == (diff > 0) and total != 0
            for (j, _o), total in pairs.items()
            if j == juror
        )
        flagged = abs(diff) * 100 >= min_points and abs(diff) >= min_se * se > 0 and beyond_all
        comment = ""
        if flagged:
            how = "indulgent" if diff > 0 else "sévère"
            comment = (
                f"Plus {how} que les autres jurés : {number(share * 100, 0)} % de critères "
                f"acquis contre {number(others_share * 100, 0)} % sur les mêmes candidats "
                f"(écart de {number(abs(diff) * 100, 0)} points)."
            )
        result.append(
            Leniency(
                juror_id=juror,
                marks=n1,
                share=share * 100,
                others_share=others_share * 100,
                difference=diff * 100,
                flagged=flagged,
                comment=comment,
            )
        )
    return result


# Landis et Koch (1977), in the words French reports use.
_KAPPA_SCALE = (
    (0.0, "accord inférieur au hasard"),
    (0.2, "accord très faible"),
    (0.4, "accord faible"),
    (0.6, "accord modéré"),
    (0.8, "accord fort"),
)


def kappa_meaning(kappa: float | None) -> str:
    """« accord modéré » for 0,41 to 0,60 (Landis et Koch); "" when undefined."""
    if kappa is None:
        return ""
    for upper, words in _KAPPA_SCALE:
        if kappa < upper or (upper > 0 and kappa <= upper):
            return words
    return "accord presque parfait"


def few_candidates_warning(candidates: int) -> str:
    if candidates >= MIN_CANDIDATES:
        return ""
    return f"Trop peu de candidats ({candidates}) pour que le kappa soit significatif."


# ------------------------------------------------------------- session file


@dataclass(frozen=True, slots=True)
class AssessmentAgreement:
    """Agreement between the jurors on one épreuve."""

    assessment_id: str
    title: str
    candidates: int  # candidates marked by at least two jurors
    subjects: int  # candidate × criterion marked by at least two jurors
    jurors: int
    percent_agreement: float | None  # 0–100
    cohen_kappa: float | None  # only when exactly two jurors marked the épreuve
    fleiss_kappa: float | None
    warning: str

    @property
    def kappa(self) -> float | None:
        """The kappa to read: Cohen's between two jurors, else Fleiss'."""
        if self.jurors == 2 and self.cohen_kappa is not None:
            return self.cohen_kappa
        return self.fleiss_kappa

    @property
    def meaning(self) -> str:
        """What the kappa says, in words (« accord modéré »)."""
        return kappa_meaning(self.kappa)


@dataclass(frozen=True, slots=True)
class SessionStatistics:
    agreements: tuple[AssessmentAgreement, ...]
    leniency: tuple[Leniency, ...]
    juror_names: dict[str, str]


def _category(scale: Scale, value: str | float) -> Hashable:
    if scale.kind is ScaleKind.POINTS:
        return "acquis" if scale.is_passing(value) else "non acquis"
    return value


def _agreement(assessment: Assessment, grids: list[JurorGrid]) -> AssessmentAgreement:
    per_subject: dict[tuple[str, str], dict[str, Hashable]] = defaultdict(dict)
    for g in grids:
        for cid, value in g.values().items():
            per_subject[(g.candidate_id, cid)][g.juror_id] = _category(assessment.scale, value)
    shared = {k: v for k, v in per_subject.items() if len(v) >= 2}
    jurors = sorted({j for v in shared.values() for j in v})
    ratings = [list(v.values()) for v in shared.values()]
    cohen = None
    if len(jurors) == 2:
        a, b = jurors
        cohen = cohen_kappa([v[a] for v in shared.values()], [v[b] for v in shared.values()])
    fleiss = fleiss_kappa(fleiss_table(ratings))
    agreement = percent_agreement(ratings)
    candidates = len({cand for cand, _ in shared})
    warnings = [few_candidates_warning(candidates)] if shared else []
    if shared and fleiss is None:
        warnings.append(
            "Toutes les notes tombent dans la même catégorie : le kappa n'est pas défini."
        )
    return AssessmentAgreement(
        assessment_id=assessment.id,
        title=assessment.title,
        candidates=candidates,
        subjects=len(shared),
        jurors=len(jurors),
        percent_agreement=None if agreement is None else agreement * 100,
        cohen_kappa=cohen,
        fleiss_kappa=fleiss,
        warning=" ".join(w for w in warnings if w)
        or ("" if shared else "Aucun critère noté par au moins deux jurés."),
    )


def session_statistics(
    gfile: GraderFile, grids: Sequence[JurorGrid] | None = None
) -> SessionStatistics:
    """Agreement per évaluated épreuve and leniency per juror, from the signed
    sheets of the jurors taking part (recused jurors left out). ``grids``: the
    whole session's ``juror_grids``, when the caller has read them."""
    if grids is None:
        grids = juror_grids(gfile)
    evaluated = evaluated_assessments(gfile)
    by_assessment: dict[str, list[JurorGrid]] = defaultdict(list)
    # Keyed by (candidate, criterion); typed as leniency takes it (Mapping keys are invariant).
    passes: dict[Hashable, dict[str, bool]] = defaultdict(dict)
    scales = {a.id: a.scale for a in evaluated}
    for g in grids:
        if g.assessment_id not in scales:
            continue
        by_assessment[g.assessment_id].append(g)
        for cid, value in g.values().items():
            passed = scales[g.assessment_id].is_passing(value)
            if passed is not None:
                passes[(g.candidate_id, cid)][g.juror_id] = passed
    jurors = list_jurors(gfile)
    # The jury's own order (as on the PV), the same from one reading to the next.
    order = {j.id: i for i, j in enumerate(jurors)}
    return SessionStatistics(
        agreements=tuple(_agreement(a, by_assessment.get(a.id, [])) for a in evaluated),
        leniency=tuple(sorted(leniency(passes),
                              key=lambda r: (order.get(r.juror_id, len(order)), r.juror_id))),
        juror_names={j.id: j.name for j in jurors},
    )
