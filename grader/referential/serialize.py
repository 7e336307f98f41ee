"""A loaded référentiel as plain JSON-ready data (for ``grader referential show
--json``, the exports and any tool that wants the tree without our classes)."""

from typing import Any

from grader.referential.model import (
    Assessment,
    Bloc,
    BlocRule,
    Referential,
    Scale,
    ScaleKind,
)


def scale_to_dict(scale: Scale) -> dict[str, Any]:
    out: dict[str, Any] = {"id": scale.id, "kind": str(scale.kind), "label": scale.label}
    if scale.kind is ScaleKind.POINTS:
        out |= {"max_points": scale.max_points, "pass_points": scale.pass_points}
    else:
        out["levels"] = [
            {"code": lv.code, "label": lv.label, "passing": lv.passing} for lv in scale.levels
        ]
    return out


def rule_to_dict(rule: BlocRule) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": rule.kind}
    if rule.kind == "min_share":
        out["share"] = rule.share
    elif rule.kind == "every_group":
        out |= {"at_least": rule.at_least, "groups": list(rule.groups)}
    elif rule.kind == "points":
        out |= {
            "pass_mark": rule.pass_mark,
            "out_of": rule.out_of,
            "floors": dict(rule.floors),
        }
    if rule.note:
        out["note"] = rule.note
    return out


def assessment_to_dict(a: Assessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "modality": a.modality,
        "duration_minutes": a.duration_minutes,
        "scale": a.scale.id,
        "competencies": list(a.competencies),
        "groups": [
            {
                "id": g.id,
                "title": g.title,
                "criteria": [
                    {"id": c.id, "code": c.code, "text": c.text}
                    | ({"max_points": c.max_points} if c.max_points is not None else {})
                    for c in g.criteria
                ],
            }
            for g in a.groups
        ],
    }


def bloc_to_dict(b: Bloc) -> dict[str, Any]:
    return {
        "code": b.code,
        "title": b.title,
        "rule": rule_to_dict(b.rule),
        "competencies": [{"code": c.code, "text": c.text} for c in b.competencies],
        "assessments": [assessment_to_dict(a) for a in b.assessments],
    }


def referential_to_dict(ref: Referential) -> dict[str, Any]:
    """The whole tree; ``code`` is ``None`` where the source numbers nothing."""
    return {
        "id": ref.id,
        "title": ref.title,
        "certifier": ref.certifier,
        "rncp": ref.rncp,
        "level": ref.level,
        "nsf": ref.nsf,
        "formacode": ref.formacode,
        "hash": ref.hash,
        "source": ref.source,
        "notes": ref.notes,
        "scales": [scale_to_dict(s) for s in ref.scales],
        "jury": {
            "min_members": ref.jury.min_members,
            "required_roles": list(ref.jury.required_roles),
            "min_outside_share": ref.jury.min_outside_share,
            "text": ref.jury.text,
        },
        "certification": {
            "rule": ref.certification.kind,
            "capitalisable": ref.certification.capitalisable,
        },
        "blocs": [bloc_to_dict(b) for b in ref.blocs],
    }
