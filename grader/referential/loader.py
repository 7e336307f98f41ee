"""Load a référentiel YAML file into the immutable objects of ``model``.

Provisional: builds the objects without the full located validation.
"""

import hashlib
from pathlib import Path
from typing import Any

import yaml

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


class ReferentialError(Exception):
    """A référentiel was refused; ``problems`` holds every ``file:line: message``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_referential(path: str | Path) -> Referential:
    path = Path(path)
    return load_referential_text(path.read_text(encoding="utf-8"), source=path.name)


def load_referential_text(text: str, source: str = "<texte>") -> Referential:
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ReferentialError([f"{source}: YAML illisible : {exc}"]) from None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    scales = {"binary": BINARY_SCALE}
    for s in data.get("scales") or []:
        kind = ScaleKind(s["kind"])
        scales[s["id"]] = Scale(
            id=s["id"],
            kind=kind,
            label=s.get("label", s["id"]),
            levels=tuple(
                Level(code=str(lv["code"]), label=lv["label"], passing=bool(lv["passing"]))
                for lv in s.get("levels") or []
            ),
            max_points=s.get("max_points"),
            pass_points=s.get("pass_points"),
        )
    default_scale = scales[data.get("scale", "binary")]
    blocs = []
    for b in data["blocs"]:
        assessments = []
        for a in b["assessments"]:
            groups = []
            for gi, g in enumerate(a["groups"], start=1):
                gid = str(g.get("id") or f"g{gi}")
                criteria = tuple(
                    Criterion(
                        id=str(
                            c.get("id")
                            or f"{b['code']}/{a['id']}/{gid}/{c.get('code') or f'c{ci}'}"
                        ),
                        code=c.get("code"),
                        text=c["text"],
                        max_points=c.get("max_points"),
                    )
                    for ci, c in enumerate(g["criteria"], start=1)
                )
                groups.append(CriteriaGroup(id=gid, title=g["title"], criteria=criteria))
            assessments.append(
                Assessment(
                    id=a["id"],
                    title=a["title"],
                    modality=a.get("modality", ""),
                    duration_minutes=a.get("duration_minutes"),
                    competencies=tuple(a.get("competencies") or ()),
                    scale=scales[a["scale"]] if a.get("scale") else default_scale,
                    groups=tuple(groups),
                )
            )
        r = b.get("rule") or {}
        rule = BlocRule(
            kind=r.get("kind", "all_criteria"),
            share=r.get("share"),
            at_least=r.get("at_least"),
            groups=tuple(r.get("groups") or ()),
            pass_mark=r.get("pass_mark"),
            out_of=r.get("out_of"),
            floors=tuple((r.get("floors") or {}).items()),
            note=r.get("note", ""),
        )
        blocs.append(
            Bloc(
                code=b["code"],
                title=b["title"],
                competencies=tuple(
                    Competency(code=c["code"], text=c["text"]) for c in b["competencies"]
                ),
                assessments=tuple(assessments),
                rule=rule,
            )
        )
    cert = data.get("certification") or {}
    jury = data.get("jury") or {}
    return Referential(
        id=data["id"],
        title=data["title"],
        certifier=data["certifier"],
        rncp=data.get("rncp"),
        level=data.get("level"),
        nsf=data.get("nsf"),
        formacode=data.get("formacode"),
        scales=tuple(scales.values()),
        blocs=tuple(blocs),
        certification=CertificationRule(
            kind=cert.get("rule", "all_blocs"), capitalisable=cert.get("capitalisable", True)
        ),
        jury=JuryRule(
            min_members=jury.get("min_members", 1),
            required_roles=tuple(jury.get("required_roles") or ()),
            min_outside_share=jury.get("min_outside_share", 0.0),
            text=jury.get("text", ""),
        ),
        hash=digest,
        source=source,
        notes=data.get("notes", ""),
    )
