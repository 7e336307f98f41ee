"""Checks across the document: references, duplicates, consistent scales and rules.

Runs on the located data of ``structure`` even when that step found problems,
so it must cope with any key being absent (a value of the wrong type is left out).
"""

from typing import Any

from grader.referential.structure import LDict, LList
from grader.referential.yamltext import Problems, quoted

BUILTIN_SCALE = "binary"

# Rule keys that only make sense for one kind of rule.
RULE_KEYS: dict[str, str] = {
    "share": "min_share",
    "at_least": "every_group",
    "groups": "every_group",
    "pass_mark": "points",
    "out_of": "points",
    "floors": "points",
}


def group_id(group: LDict, position: int) -> str:
    return str(group.get("id") or f"g{position}")


def criterion_id(bloc: str, assessment: str, group: str, crit: LDict, position: int) -> str:
    """``bloc/assessment/group/code``, or ``…/c<position>`` when the source numbers nothing."""
    if crit.get("id"):
        return str(crit["id"])
    return f"{bloc}/{assessment}/{group}/{crit.get('code') or f'c{position}'}"


def _items(data: LDict, key: str) -> list[tuple[Any, int]]:
    value = data.get(key)
    if not isinstance(value, LList):
        return []
    return list(zip(value, value.item_lines, strict=True))


def _records(data: LDict, key: str) -> list[LDict]:
    return [v for v, _ in _items(data, key) if isinstance(v, LDict)]


class _Unique:
    """Reports a second use of the same value, naming the line of the first."""

    def __init__(self, problems: Problems, what: str, advice: str) -> None:
        self.problems, self.what, self.advice = problems, what, advice
        self.seen: dict[str, int] = {}

    def add(self, value: object, line: int) -> None:
        if value is None:
            return
        key = str(value)
        if key in self.seen:
            self.problems.add(
                line,
                f"{self.what} {quoted(key)} est déjà utilisé ligne {self.seen[key]} ; "
                f"{self.advice}",
            )
        else:
            self.seen[key] = line


def validate(root: LDict, problems: Problems) -> None:
    scales = _check_scales(root, problems)
    default = root.get("scale", BUILTIN_SCALE)
    if default not in scales:
        _unknown_scale(default, root.at("scale"), scales, problems)
    bloc_codes = _Unique(problems, "le code de bloc", "chaque bloc doit avoir son propre code.")
    assessment_ids = _Unique(
        problems,
        "l'identifiant d'épreuve",
        "chaque épreuve du référentiel doit avoir son propre identifiant.",
    )
    criterion_ids = _Unique(
        problems,
        "l'identifiant de critère",
        "donnez des codes différents aux critères du groupe, ou un « id » explicite.",
    )
    for bloc in _records(root, "blocs"):
        bloc_codes.add(bloc.get("code"), bloc.at("code"))
        _check_bloc(bloc, scales, default, assessment_ids, criterion_ids, problems)


# -- scales ----------------------------------------------------------------------------


def _check_scales(root: LDict, problems: Problems) -> dict[str, LDict | None]:
    """Scale id → its definition (``None`` for the built-in binary scale)."""
    scales: dict[str, LDict | None] = {BUILTIN_SCALE: None}
    lines: dict[str, int] = {}
    for scale in _records(root, "scales"):
        sid = scale.get("id")
        if sid == BUILTIN_SCALE:
            problems.add(
                scale.at("id"),
                f"l'échelle {quoted(BUILTIN_SCALE)} est intégrée (Acquis / Non acquis) "
                "et ne peut pas être redéfinie ; choisissez un autre identifiant.",
            )
        elif sid in lines:
            problems.add(
                scale.at("id"),
                f"l'échelle {quoted(sid)} est déjà définie ligne {lines[sid]}.",
            )
        elif sid is not None:
            lines[sid] = scale.at("id")
            scales[sid] = scale
        _check_scale(scale, problems)
    return scales


def _check_scale(scale: LDict, problems: Problems) -> None:
    name = f"l'échelle {quoted(scale.get('id', '?'))}"
    kind = scale.get("kind")
    if kind == "levels":
        for key in ("max_points", "pass_points"):
            if key in scale:
                problems.add(
                    scale.at(key),
                    f"{quoted(key)} ne sert qu'aux échelles à points ; {name} est à niveaux.",
                )
        if not scale.has("levels"):
            problems.add(scale.line, f"{name} est à niveaux mais ne liste aucun niveau (levels).")
            return
        levels = _records(scale, "levels")
        codes = _Unique(problems, "le code de niveau", "chaque niveau doit avoir son code.")
        for level in levels:
            codes.add(level.get("code"), level.at("code"))
        passing = [lv.get("passing") for lv in levels]
        if levels and not any(passing):
            problems.add(
                scale.at("levels"),
                f"aucun niveau de {name} n'est marqué « passing: true » : "
                "aucun critère ne pourrait jamais être réussi.",
            )
        elif levels and all(passing):
            problems.add(
                scale.at("levels"),
                f"tous les niveaux de {name} sont marqués « passing: true » : "
                "aucun critère ne pourrait jamais être manqué.",
            )
    elif kind == "points":
        if "levels" in scale:
            problems.add(
                scale.at("levels"),
                f"{name} est à points : elle ne doit pas lister de niveaux (levels).",
            )
        for key, meaning in (
            ("max_points", "la note maximale"),
            ("pass_points", "la note de réussite d'un critère"),
        ):
            if not scale.has(key):
                problems.add(
                    scale.line, f"{name} est à points : il manque {quoted(key)} ({meaning})."
                )
        top, passing_at = scale.get("max_points"), scale.get("pass_points")
        if top is not None and passing_at is not None and passing_at > top:
            problems.add(
                scale.at("pass_points"),
                f"dans {name}, la note de réussite ({passing_at:g}) dépasse la note "
                f"maximale ({top:g}).",
            )


def _unknown_scale(
    sid: object, line: int, scales: dict[str, LDict | None], problems: Problems
) -> None:
    problems.add(
        line,
        f"l'échelle {quoted(sid)} n'est pas définie ; échelles disponibles : "
        f"{', '.join(scales)} (ajoutez-la sous « scales »).",
    )


# -- blocs -----------------------------------------------------------------------------


def _check_bloc(
    bloc: LDict,
    scales: dict[str, LDict | None],
    default_scale: str,
    assessment_ids: _Unique,
    criterion_ids: _Unique,
    problems: Problems,
) -> None:
    code = bloc.get("code", "?")
    competency_codes = _Unique(
        problems,
        f"dans le bloc {code}, le code de compétence",
        "chaque compétence du bloc doit avoir son propre code.",
    )
    for comp in _records(bloc, "competencies"):
        competency_codes.add(comp.get("code"), comp.at("code"))
    known = set(competency_codes.seen)
    crit_lines: dict[str, tuple[LDict, LDict | None]] = {}  # criterion id → (criterion, scale)
    for assessment in _records(bloc, "assessments"):
        aid = assessment.get("id", "?")
        assessment_ids.add(assessment.get("id"), assessment.at("id"))
        cited = _Unique(
            problems,
            f"dans l'épreuve {quoted(aid)}, la compétence",
            "il suffit de la citer une fois.",
        )
        for comp_code, line in _items(assessment, "competencies"):
            cited.add(comp_code, line)
            if isinstance(bloc.get("competencies"), LList) and comp_code not in known:
                problems.add(
                    line,
                    f"la compétence {quoted(comp_code)} citée par l'épreuve {quoted(aid)} "
                    f"n'existe pas dans le bloc {code} ; compétences du bloc : "
                    f"{', '.join(sorted(known)) or 'aucune'}.",
                )
        sid = assessment.get("scale", default_scale)
        if sid not in scales:
            if "scale" in assessment:
                _unknown_scale(sid, assessment.at("scale"), scales, problems)
            scale = None
        else:
            scale = scales[sid]
        group_ids = _Unique(
            problems,
            f"dans l'épreuve {quoted(aid)}, l'identifiant de groupe",
            "chaque groupe de l'épreuve doit avoir son propre identifiant "
            "(par défaut g1, g2… selon la position).",
        )
        for gpos, group in enumerate(_records(assessment, "groups"), start=1):
            gid = group_id(group, gpos)
            group_ids.add(gid, group.at("id") if "id" in group else group.line)
            for cpos, crit in enumerate(_records(group, "criteria"), start=1):
                cid = criterion_id(str(code), str(aid), gid, crit, cpos)
                criterion_ids.add(cid, crit.line)
                crit_lines.setdefault(cid, (crit, scale))
                _check_criterion_points(crit, scale, sid, problems)
    _check_rule(bloc, scales, default_scale, crit_lines, problems)


def _check_criterion_points(
    crit: LDict, scale: LDict | None, sid: object, problems: Problems
) -> None:
    if "max_points" not in crit:
        return
    if scale is None or scale.get("kind") != "points":
        problems.add(
            crit.at("max_points"),
            f"« max_points » ne sert qu'aux échelles à points ; ce critère est noté "
            f"avec l'échelle {quoted(sid)}.",
        )
        return
    passing_at = scale.get("pass_points")
    if passing_at is not None and passing_at > crit["max_points"]:
        problems.add(
            crit.at("max_points"),
            f"la note maximale de ce critère ({crit['max_points']:g}) est inférieure à la note "
            f"de réussite de l'échelle {quoted(sid)} ({passing_at:g}) : "
            "il ne pourrait jamais être réussi.",
        )


def _check_rule(
    bloc: LDict,
    scales: dict[str, LDict | None],
    default_scale: str,
    criteria: dict[str, tuple[LDict, LDict | None]],
    problems: Problems,
) -> None:
    rule = bloc.get("rule")
    if not isinstance(rule, LDict) or "kind" not in rule:
        return
    kind, code = rule["kind"], bloc.get("code", "?")
    for key, owner in RULE_KEYS.items():
        if key in rule and owner != kind:
            problems.add(
                rule.at(key),
                f"{quoted(key)} ne sert qu'à la règle {owner} ; la règle du bloc {code} "
                f"est {quoted(kind)}.",
            )
    if kind == "min_share" and not rule.has("share"):
        problems.add(
            rule.line,
            f"la règle min_share du bloc {code} doit donner « share » "
            "(part minimale de critères réussis, par exemple 0.8).",
        )
    elif kind == "every_group":
        _check_every_group(bloc, rule, problems)
    elif kind == "points":
        _check_points_rule(bloc, rule, scales, default_scale, criteria, problems)


def _check_every_group(bloc: LDict, rule: LDict, problems: Problems) -> None:
    groups: list[tuple[str, str, int]] = []  # (group id, title, criteria count)
    for assessment in _records(bloc, "assessments"):
        for gpos, group in enumerate(_records(assessment, "groups"), start=1):
            count = len(_records(group, "criteria"))
            groups.append((group_id(group, gpos), str(group.get("title", "?")), count))
    known = {gid for gid, _, _ in groups}
    chosen = set()
    for gid, line in _items(rule, "groups"):
        if gid not in known:
            problems.add(
                line,
                f"le groupe {quoted(gid)} cité par la règle du bloc {bloc.get('code', '?')} "
                f"n'existe pas ; groupes du bloc : {', '.join(sorted(known)) or 'aucun'}.",
            )
        chosen.add(gid)
    at_least = rule.get("at_least")
    if at_least is None:
        return
    for gid, title, count in groups:
        if (not chosen or gid in chosen) and 0 < count < at_least:
            problems.add(
                rule.at("at_least"),
                f"la règle demande au moins {at_least} critère(s) réussi(s) par groupe, "
                f"mais le groupe {quoted(title)} n'en a que {count}.",
            )


def _check_points_rule(
    bloc: LDict,
    rule: LDict,
    scales: dict[str, LDict | None],
    default_scale: str,
    criteria: dict[str, tuple[LDict, LDict | None]],
    problems: Problems,
) -> None:
    code = bloc.get("code", "?")
    total = 0.0
    for assessment in _records(bloc, "assessments"):
        sid = assessment.get("scale", default_scale)
        scale = scales.get(sid)
        if sid in scales and (scale is None or scale.get("kind") != "points"):
            problems.add(
                rule.at("kind"),
                f"la règle « points » du bloc {code} demande une échelle à points, mais "
                f"l'épreuve {quoted(assessment.get('id', '?'))} est notée avec l'échelle "
                f"{quoted(sid)}.",
            )
    for crit, scale in criteria.values():
        top = crit.get("max_points") or (scale.get("max_points") if scale else None) or 0
        total += top
    if not rule.has("pass_mark"):
        problems.add(
            rule.line,
            f"la règle « points » du bloc {code} doit donner « pass_mark » "
            "(le total minimal pour valider le bloc).",
        )
    out_of = rule.get("out_of") or (total if not rule.has("out_of") else None)
    if out_of and rule.get("pass_mark", 0) > out_of:
        problems.add(
            rule.at("pass_mark"),
            f"dans le bloc {code}, le total minimal ({rule['pass_mark']:g}) dépasse le total "
            f"maximal ({out_of:g}).",
        )
    floors = rule.get("floors")
    if not isinstance(floors, LDict):
        return
    for cid, floor in floors.items():
        if cid not in criteria:
            problems.add(
                floors.at(cid),
                f"le critère {quoted(cid)} cité dans les notes éliminatoires (floors) n'existe "
                f"pas dans le bloc {code} ; identifiants des critères du bloc : "
                f"{', '.join(criteria) or 'aucun'}.",
            )
            continue
        crit, scale = criteria[cid]
        top = crit.get("max_points") or (scale.get("max_points") if scale else None)
        if top is not None and floor > top:
            problems.add(
                floors.at(cid),
                f"la note éliminatoire du critère {quoted(cid)} ({floor:g}) dépasse sa note "
                f"maximale ({top:g}).",
            )
