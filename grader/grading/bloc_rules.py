"""What a bloc's rule proposes from the marks of its criteria.

Pure functions, no database: the side panel calls them live for one sheet,
the deliberation calls them on the consolidated marks of all the jurors.
The rule only proposes; the jury decides.
"""

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from grader.grading.typography import number
from grader.grading.vocabulary import INCOMPLET, NON_VALIDE, VALIDE
from grader.referential.model import (
    Assessment,
    Bloc,
    BlocRule,
    CriteriaGroup,
    Criterion,
    Scale,
    ScaleKind,
)

Value = str | float | None

# Float sums such as 0.1 + 0.2 must not miss a pass mark by a rounding error.
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the rule proposes for one bloc, with the sentence shown to the jury."""

    outcome: str  # valide | non_valide | incomplet
    reason: str
    failing: tuple[str, ...] = ()  # criterion ids marked and not passing
    marked: int = 0
    total: int = 0
    points: float | None = None
    out_of: float | None = None


def fr_number(value: float, decimals: int = 2) -> str:
    """« 14,5 », « 10 », « 0,25 »: see ``typography.number``."""
    return number(value, decimals)


def _plural(n: int, singular: str, plural: str) -> str:
    return singular if n <= 1 else plural


@dataclass(frozen=True, slots=True)
class _Item:
    """One criterion under evaluation, with its group and its scale."""

    criterion: Criterion
    group: CriteriaGroup
    assessment: Assessment
    value: Value
    passing: bool | None

    @property
    def scale(self) -> Scale:
        return self.assessment.scale

    def label(self) -> str:
        """« CE.3 (Pertinence de la veille) »: the code repeats, the group tells which."""
        name = self.criterion.code
        if not name:
            text = self.criterion.text
            name = f"« {text[:40]}… »" if len(text) > 40 else f"« {text} »"
        return f"{name} ({self.group.title})"


def _items(
    bloc: Bloc, values: Mapping[str, Value], assessment_ids: Collection[str] | None
) -> list[_Item]:
    items = []
    for assessment in bloc.assessments:
        if assessment_ids is not None and assessment.id not in assessment_ids:
            continue
        for group in assessment.groups:
            for criterion in group.criteria:
                value = values.get(criterion.id)
                items.append(
                    _Item(
                        criterion=criterion,
                        group=group,
                        assessment=assessment,
                        value=value,
                        passing=assessment.scale.is_passing(value),
                    )
                )
    return items


def _failing_sentence(failing: list[_Item]) -> str:
    labels = ", ".join(item.label() for item in failing)
    n = len(failing)
    return f"{n} {_plural(n, 'critère non acquis', 'critères non acquis')} : {labels}."


def _unmarked_sentence(items: list[_Item]) -> str:
    marked = sum(1 for i in items if i.passing is not None)
    return f"{marked}/{len(items)} critères notés."


def _proposal(outcome: str, reason: str, items: list[_Item], **extra: float | None) -> Proposal:
    return Proposal(
        outcome=outcome,
        reason=reason,
        failing=tuple(i.criterion.id for i in items if i.passing is False),
        marked=sum(1 for i in items if i.passing is not None),
        total=len(items),
        points=extra.get("points"),
        out_of=extra.get("out_of"),
    )


def _all_criteria(items: list[_Item]) -> Proposal:
    failing = [i for i in items if i.passing is False]
    unmarked = [i for i in items if i.passing is None]
    if failing:
        reason = _failing_sentence(failing)
        if unmarked:
            # Certain already: one failed criterion is enough under this rule.
            n = len(unmarked)
            rest = _plural(n, "du critère restant", f"des {n} critères restants")
            reason += f" Non validé quelles que soient les notes {rest}."
        return _proposal(NON_VALIDE, reason, items)
    if unmarked:
        return _proposal(INCOMPLET, _unmarked_sentence(items), items)
    n = len(items)
    return _proposal(VALIDE, f"Tous les critères sont acquis ({n}/{n}).", items)


def _required(share: float, total: int) -> int:
    return max(0, math.ceil(share * total - _EPS))


def _min_share(items: list[_Item], share: float) -> Proposal:
    total = len(items)
    passed = sum(1 for i in items if i.passing is True)
    unmarked = sum(1 for i in items if i.passing is None)
    required = _required(share, total)
    pct = fr_number(100 * passed / total, 0) if total else "0"
    threshold = fr_number(100 * share, 1)
    head = f"{passed}/{total} critères acquis ({pct} %), seuil {threshold} % ({required} requis)."
    failing = [i for i in items if i.passing is False]
    if passed >= required:
        tail = f" {unmarked} critère(s) non noté(s) sans effet." if unmarked else ""
        return _proposal(VALIDE, head + tail, items)
    if passed + unmarked < required:
        reason = head + " " + _failing_sentence(failing)
        if unmarked:
            reason += " Le seuil ne peut plus être atteint."
        return _proposal(NON_VALIDE, reason, items)
    return _proposal(INCOMPLET, f"{_unmarked_sentence(items)} {head}", items)


def _group_selected(rule: BlocRule, assessment: Assessment, group: CriteriaGroup) -> bool:
    # A group id (g1…) repeats from one épreuve to the next: accept « oral/g1 » too.
    qualified = f"{assessment.id}/{group.id}"
    return not rule.groups or group.id in rule.groups or qualified in rule.groups


def _every_group(items: list[_Item], rule: BlocRule) -> Proposal:
    groups: dict[tuple[str, str], list[_Item]] = {}
    for item in items:
        if _group_selected(rule, item.assessment, item.group):
            groups.setdefault((item.assessment.id, item.group.id), []).append(item)
    failed: list[str] = []
    pending: list[str] = []
    for members in groups.values():
        title = members[0].group.title
        size = len(members)
        # More required than the group holds would make it impossible: ask for all.
        needed = size if rule.at_least is None else min(rule.at_least, size)
        passed = sum(1 for i in members if i.passing is True)
        unmarked = sum(1 for i in members if i.passing is None)
        if passed >= needed:
            continue
        what = f"« {title} » : {passed}/{size} acquis, {needed} requis"
        if passed + unmarked < needed:
            failed.append(what)
        else:
            pending.append(what)
    need = "tous les critères" if rule.at_least is None else f"au moins {rule.at_least} critère(s)"
    scope = f"{len(groups)} {_plural(len(groups), 'groupe', 'groupes')}"
    if failed:
        reason = f"Groupe(s) non validé(s) ({need} par groupe) : " + " ; ".join(failed) + "."
        return _proposal(NON_VALIDE, reason, items)
    if pending:
        reason = f"{_unmarked_sentence(items)} En attente : " + " ; ".join(pending) + "."
        return _proposal(INCOMPLET, reason, items)
    return _proposal(VALIDE, f"Chaque groupe a {need} acquis ({scope}).", items)


def _max_points(item: _Item) -> float:
    if item.scale.kind is ScaleKind.POINTS:
        return float(item.criterion.max_points or item.scale.max_points or 0.0)
    # A points rule over a levels grid: a passing criterion scores one point.
    return 1.0


def _score(item: _Item) -> float | None:
    if item.value is None or item.passing is None:
        return None
    if item.scale.kind is ScaleKind.POINTS:
        return float(item.value)
    return 1.0 if item.passing else 0.0


def _points(items: list[_Item], rule: BlocRule, restricted: bool, full_max: float) -> Proposal:
    floors = dict(rule.floors)
    sub_max = sum(_max_points(i) for i in items)
    base_out_of = float(rule.out_of) if rule.out_of else full_max
    pass_mark = float(rule.pass_mark) if rule.pass_mark is not None else base_out_of / 2
    # One épreuve of several: judge it on its share of the bloc's total.
    factor = sub_max / full_max if restricted and full_max > 0 else 1.0
    out_of = base_out_of * factor
    pass_mark *= factor
    ratio = out_of / sub_max if sub_max > 0 else 1.0
    low = sum(_score(i) or 0.0 for i in items) * ratio
    high = sum(s if (s := _score(i)) is not None else _max_points(i) for i in items) * ratio
    unmarked = [i for i in items if i.passing is None]
    eliminated = []
    floors_pending = False
    for item in items:
        floor = floors.get(item.criterion.id)
        if floor is None:
            continue
        score = _score(item)
        if score is None:
            floors_pending = True
        elif score < float(floor) - _EPS:
            eliminated.append(f"{item.label()} {fr_number(score)} < {fr_number(float(floor))}")
    total_text = f"{fr_number(low)} / {fr_number(out_of)} points (seuil {fr_number(pass_mark)})"
    extra = {"points": round(low, 4), "out_of": out_of}
    if eliminated:
        word = "Critère éliminatoire" if len(eliminated) == 1 else "Critères éliminatoires"
        reason = f"{word} : {' ; '.join(eliminated)}. {total_text}."
        return _proposal(NON_VALIDE, reason, items, **extra)
    if high < pass_mark - _EPS:
        reason = f"{total_text} : insuffisant."
        if unmarked:
            n = len(unmarked)
            reason += f" Le seuil ne peut plus être atteint ({n} critère(s) non noté(s))."
        return _proposal(NON_VALIDE, reason, items, **extra)
    if low >= pass_mark - _EPS and not floors_pending:
        tail = f" ; {len(unmarked)} critère(s) non noté(s) sans effet" if unmarked else ""
        return _proposal(VALIDE, f"{total_text}{tail}.", items, **extra)
    reason = f"{_unmarked_sentence(items)} Pour l'instant {total_text}."
    return _proposal(INCOMPLET, reason, items, **extra)


def evaluate_bloc(
    bloc: Bloc,
    values: Mapping[str, Value],
    *,
    assessment_ids: Collection[str] | None = None,
) -> Proposal:
    """The rule's proposal for ``bloc`` given one value per criterion id
    (level code or points; missing or ``None`` = not marked).

    With ``assessment_ids`` only the criteria of those épreuves count (one
    sheet, live). Unmarked criteria make the proposal « incomplet » unless
    the outcome is already certain whatever their marks.
    """
    items = _items(bloc, values, assessment_ids)
    if not items:
        return Proposal(outcome=INCOMPLET, reason="Aucun critère évalué pour ce bloc.")
    rule = bloc.rule
    if rule.kind == "min_share":
        return _min_share(items, rule.share if rule.share is not None else 1.0)
    if rule.kind == "every_group":
        return _every_group(items, rule)
    if rule.kind == "points":
        full = _items(bloc, values, None)
        restricted = len(full) != len(items)
        return _points(items, rule, restricted, sum(_max_points(i) for i in full))
    return _all_criteria(items)
