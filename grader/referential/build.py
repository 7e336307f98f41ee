"""Turn checked, located data into the immutable objects of ``model``.

Only called once ``structure`` and ``validate`` found nothing wrong, so every
required key is present with the right type and every reference resolves.
"""

from grader.referential.model import (
    BINARY_SCALE,
    Assessment,
    Bloc,
    BlocRule,
    CertificationRule,
    Competency,
    CriteriaGroup,
    Criterion,
    JuryRule,
    Level,
    Referential,
    Scale,
    ScaleKind,
)
from grader.referential.structure import LDict, LList
from grader.referential.validate import BUILTIN_SCALE, criterion_id, group_id


def _list(data: LDict, key: str) -> LList:
    value = data.get(key)
    return value if isinstance(value, LList) else LList(data.line)


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


def _scale(data: LDict) -> Scale:
    return Scale(
        id=data["id"],
        kind=ScaleKind(data["kind"]),
        label=data.get("label") or data["id"],
        levels=tuple(
            Level(code=lv["code"], label=lv["label"], passing=lv["passing"])
            for lv in _list(data, "levels")
        ),
        max_points=_number(data.get("max_points")),
        pass_points=_number(data.get("pass_points")),
    )


def _rule(data: LDict | None) -> BlocRule:
    if data is None:
        return BlocRule()
    floors = data.get("floors") or {}
    return BlocRule(
        kind=data["kind"],
        share=_number(data.get("share")),
        at_least=data.get("at_least"),
        groups=tuple(_list(data, "groups")),
        pass_mark=_number(data.get("pass_mark")),
        out_of=_number(data.get("out_of")),
        floors=tuple((cid, float(points)) for cid, points in floors.items()),
        note=data.get("note") or "",
    )


def _assessment(bloc_code: str, data: LDict, scale: Scale) -> Assessment:
    groups = []
    for gpos, g in enumerate(_list(data, "groups"), start=1):
        gid = group_id(g, gpos)
        criteria = tuple(
            Criterion(
                id=criterion_id(bloc_code, data["id"], gid, c, cpos),
                code=c.get("code"),
                text=c["text"],
                max_points=_number(c.get("max_points")),
                line=c.line,
            )
            for cpos, c in enumerate(_list(g, "criteria"), start=1)
        )
        groups.append(CriteriaGroup(id=gid, title=g["title"], criteria=criteria))
    return Assessment(
        id=data["id"],
        title=data["title"],
        modality=data.get("modality") or "",
        duration_minutes=data.get("duration_minutes"),
        competencies=tuple(_list(data, "competencies")),
        scale=scale,
        groups=tuple(groups),
    )


def build(root: LDict, digest: str, source: str) -> Referential:
    scales = {BUILTIN_SCALE: BINARY_SCALE}
    for s in _list(root, "scales"):
        scales[s["id"]] = _scale(s)
    default = scales[root.get("scale", BUILTIN_SCALE)]
    blocs = []
    for b in _list(root, "blocs"):
        blocs.append(
            Bloc(
                code=b["code"],
                title=b["title"],
                competencies=tuple(
                    Competency(code=c["code"], text=c["text"]) for c in _list(b, "competencies")
                ),
                assessments=tuple(
                    _assessment(b["code"], a, scales[a["scale"]] if "scale" in a else default)
                    for a in _list(b, "assessments")
                ),
                rule=_rule(b.get("rule")),
            )
        )
    cert = root.get("certification") or {}
    jury = root.get("jury") or {}
    return Referential(
        id=root["id"],
        title=root["title"],
        certifier=root["certifier"],
        rncp=root.get("rncp"),
        level=root.get("level"),
        nsf=root.get("nsf"),
        formacode=root.get("formacode"),
        scales=tuple(scales.values()),
        blocs=tuple(blocs),
        certification=CertificationRule(
            kind=cert.get("rule", "all_blocs"), capitalisable=cert.get("capitalisable", True)
        ),
        jury=JuryRule(
            min_members=jury.get("min_members", 1),
            required_roles=tuple(jury.get("required_roles") or ()),
            min_outside_share=float(jury.get("min_outside_share", 0.0)),
            text=jury.get("text") or "",
        ),
        hash=digest,
        source=source,
        notes=root.get("notes") or "",
    )
