"""Plain, immutable objects for a loaded référentiel.

Nothing here knows about YAML, the database or Qt: the loader builds these,
and the grading rules, the storage, the exports and the UI only read them.
"""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal


class ScaleKind(StrEnum):
    BINARY = "binary"
    LEVELS = "levels"
    POINTS = "points"


@dataclass(frozen=True, slots=True)
class Level:
    """One step of a scale, e.g. « Acquis » (passing) or « En cours d'acquisition »."""

    code: str
    label: str
    passing: bool


@dataclass(frozen=True, slots=True)
class Scale:
    """How one criterion is marked.

    binary and levels scales list their levels from lowest to highest;
    a points scale has ``max_points`` and ``pass_points`` (the score from
    which one criterion counts as passing) and no levels.
    """

    id: str
    kind: ScaleKind
    label: str
    levels: tuple[Level, ...] = ()
    max_points: float | None = None
    pass_points: float | None = None
    # Looked up for every mark of every export: built once, not searched.
    _by_code: dict[str, Level] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _rank: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update((lvl.code, lvl) for lvl in self.levels)
        self._rank.update((lvl.code, i) for i, lvl in enumerate(self.levels))

    def level(self, code: str) -> Level | None:
        return self._by_code.get(code)

    def rank(self, code: str) -> int:
        """Position of a level, lowest first (-1 when unknown)."""
        return self._rank.get(code, -1)

    def is_passing(self, value: str | float | None) -> bool | None:
        """Whether a mark passes; ``None`` when the criterion is not marked."""
        if value is None:
            return None
        if self.kind is ScaleKind.POINTS:
            assert self.pass_points is not None
            return float(value) >= self.pass_points
        lvl = self.level(str(value))
        return None if lvl is None else lvl.passing


BINARY_SCALE = Scale(
    id="binary",
    kind=ScaleKind.BINARY,
    label="Acquis / Non acquis",
    levels=(
        Level(code="NA", label="Non acquis", passing=False),
        Level(code="A", label="Acquis", passing=True),
    ),
)


@dataclass(frozen=True, slots=True)
class Criterion:
    """A critère d'évaluation. ``id`` is unique in the référentiel; ``code``
    ("CE.1") repeats from group to group and is ``None`` where the source
    numbers nothing."""

    id: str
    code: str | None
    text: str
    max_points: float | None = None  # points scales only, overrides the scale's max
    line: int = 0  # line in the YAML file, for messages


@dataclass(frozen=True, slots=True)
class CriteriaGroup:
    """A group heading such as « Pertinence du système de veille »."""

    id: str
    title: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True, slots=True)
class Competency:
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """An épreuve: how a set of competencies is evaluated."""

    id: str  # unique in the référentiel
    title: str
    modality: str
    duration_minutes: int | None
    competencies: tuple[str, ...]
    scale: Scale
    groups: tuple[CriteriaGroup, ...]

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for g in self.groups for c in g.criteria)


RuleKind = Literal["all_criteria", "min_share", "every_group", "points"]


@dataclass(frozen=True, slots=True)
class BlocRule:
    """When a bloc is *proposed* « validé ». The jury decides.

    - ``all_criteria``: every criterion of every assessment of the bloc passes;
    - ``min_share``: at least ``share`` (0–1) of the criteria pass;
    - ``every_group``: in every group (or only ``groups``, by group id) at least
      ``at_least`` criteria pass; ``at_least=None`` means all of them;
    - ``points``: the sum of points ≥ ``pass_mark`` (out of ``out_of``), and no
      criterion below its eliminatory floor (``floors``: criterion id → points).
    """

    kind: RuleKind = "all_criteria"
    share: float | None = None
    at_least: int | None = None
    groups: tuple[str, ...] = ()
    pass_mark: float | None = None
    out_of: float | None = None
    floors: tuple[tuple[str, float], ...] = ()
    note: str = ""  # e.g. « règle non précisée par le certificateur »

    def describe(self) -> str:
        """The rule in a French phrase, for screens and documents."""
        if self.kind == "min_share" and self.share is not None:
            return f"au moins {_fr(self.share * 100)} % des critères acquis"
        if self.kind == "every_group":
            where = "dans les groupes cités" if self.groups else "dans chaque groupe"
            if self.at_least is None:
                return f"tous les critères acquis {where}"
            noun = "critère acquis" if self.at_least == 1 else "critères acquis"
            return f"au moins {self.at_least} {noun} {where}"
        if self.kind == "points" and self.pass_mark is not None:
            text = f"au moins {_fr(self.pass_mark)} points"
            if self.out_of is not None:
                text += f" sur {_fr(self.out_of)}"
            if self.floors:
                text += ", avec des notes éliminatoires"
            return text
        return "tous les critères acquis"


def _fr(number: float) -> str:
    """« 80 », « 12,5 »: French decimals, no useless zeros."""
    return f"{number:g}".replace(".", ",")


@dataclass(frozen=True, slots=True)
class Bloc:
    code: str
    title: str
    competencies: tuple[Competency, ...]
    assessments: tuple[Assessment, ...]
    rule: BlocRule

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for a in self.assessments for c in a.criteria)


@dataclass(frozen=True, slots=True)
class CertificationRule:
    """Across blocs: ``all_blocs`` grants the certification when every bloc is
    validated; with ``capitalisable`` a bloc validated in an earlier session
    counts (its date and source session are kept)."""

    kind: Literal["all_blocs"] = "all_blocs"
    capitalisable: bool = True


@dataclass(frozen=True, slots=True)
class JuryRule:
    """Composition the certifier requires for a valid jury."""

    min_members: int = 1
    required_roles: tuple[str, ...] = ()
    min_outside_share: float = 0.0  # share of « professionnels extérieurs »
    text: str = ""  # the certifier's own words


JUROR_ROLES: dict[str, str] = {
    "president": "Président du jury",
    "professionnel": "Professionnel extérieur",
    "responsable_pedagogique": "Responsable pédagogique",
    "formateur": "Formateur",
}

# A jury member's status towards the training organisation (the function,
# président or membre, is apart: a président may be an outside professional).
# Only « professionnel » counts as a professionnel extérieur.
OUTSIDE_STATUS = "professionnel"
JUROR_STATUSES: dict[str, str] = {
    "professionnel": "Professionnel extérieur",
    "interne": "Interne à l'organisme",
    "responsable_pedagogique": "Responsable pédagogique",
    "formateur": "Formateur",
    "": "Statut non précisé",
}


@dataclass(frozen=True, slots=True)
class Referential:
    id: str
    title: str
    certifier: str
    rncp: str | None
    level: int | None
    nsf: str | None
    formacode: str | None
    scales: tuple[Scale, ...]
    blocs: tuple[Bloc, ...]
    certification: CertificationRule
    jury: JuryRule
    hash: str  # SHA-256 of the YAML text, hex
    source: str = ""  # file name it was loaded from
    notes: str = ""
    _index: dict[str, tuple[Bloc, Assessment, CriteriaGroup, Criterion]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for bloc in self.blocs:
            for assessment in bloc.assessments:
                for group in assessment.groups:
                    for criterion in group.criteria:
                        self._index[criterion.id] = (bloc, assessment, group, criterion)

    @property
    def assessments(self) -> tuple[Assessment, ...]:
        return tuple(a for b in self.blocs for a in b.assessments)

    def assessment(self, assessment_id: str) -> Assessment:
        for a in self.assessments:
            if a.id == assessment_id:
                return a
        raise KeyError(assessment_id)

    def bloc(self, code: str) -> Bloc:
        for b in self.blocs:
            if b.code == code:
                return b
        raise KeyError(code)

    def bloc_of(self, assessment_id: str) -> Bloc:
        for b in self.blocs:
            if any(a.id == assessment_id for a in b.assessments):
                return b
        raise KeyError(assessment_id)

    def criterion(self, criterion_id: str) -> Criterion:
        return self._index[criterion_id][3]

    def locate(self, criterion_id: str) -> tuple[Bloc, Assessment, CriteriaGroup, Criterion]:
        return self._index[criterion_id]
