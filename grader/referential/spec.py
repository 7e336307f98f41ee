"""The référentiel format, described once: keys, types, required or optional,
allowed values and a French description of each.

The loader's key and type checks (``structure``) and the published JSON Schema
(``schema``, written to ``referentials/schema.json``) are both derived from
``FORMAT`` below, so the two can never disagree. After a change here, run
``python -m grader.referential.schema`` to rewrite the JSON file.
"""

from dataclasses import dataclass

from grader.referential.model import JUROR_ROLES

FORMAT_ID = "grader-referential/1"


# -- The vocabulary of the description ------------------------------------------------


# Bounds of every number a référentiel may hold: far above any real
# certification, far below what would overflow a widget or a computation.
MIN_DURATION_MINUTES = 1
MAX_DURATION_MINUTES = 600  # ten hours: anything longer is a typing mistake
MAX_POINTS = 1000  # one criterion's maximum
MAX_TOTAL_POINTS = 100_000  # a bloc's total
MAX_COUNT = 1000  # members of a jury, criteria per group


@dataclass(frozen=True)
class Text:
    """A text. Unquoted numbers are accepted and kept as written (``nsf: 0320``)
    because a non-programmer cannot be expected to know YAML's typing."""

    pattern: str | None = None
    pattern_hint: str = ""  # says in French what the pattern requires
    allow_empty: bool = False
    what: str = "un texte"


@dataclass(frozen=True)
class Integer:
    minimum: int | None = None
    maximum: int | None = None
    what: str = "un nombre entier"


@dataclass(frozen=True)
class Number:
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    what: str = "un nombre"


@dataclass(frozen=True)
class Boolean:
    what: str = "oui ou non (true / false)"


@dataclass(frozen=True)
class Choice:
    values: tuple[str, ...]
    what: str = "une valeur de la liste"


@dataclass(frozen=True)
class ListOf:
    item: "Type"
    min_items: int = 0
    what: str = "une liste"


@dataclass(frozen=True)
class MapOf:
    """Free keys (texts) each with a value of one type, e.g. eliminatory floors."""

    value: "Type"
    what: str = "une liste « clé: valeur »"


@dataclass(frozen=True)
class Field:
    key: str
    type: "Type"
    description: str
    required: bool = False
    nullable: bool = False


@dataclass(frozen=True)
class Record:
    """A mapping with known keys; any other key is refused.

    ``noun`` names it in messages (« le bloc »), ``ident`` is the key whose
    value identifies one instance (« le bloc « BC01 » »), ``shorthand`` the key
    a lone text stands for (``rule: all_criteria`` = ``rule: {kind: all_criteria}``).
    """

    noun: str
    fields: tuple[Field, ...]
    description: str = ""
    ident: str | None = None
    shorthand: str | None = None
    what: str = "une liste de clés (clé: valeur)"

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


Type = Text | Integer | Number | Boolean | Choice | ListOf | MapOf | Record

SLUG = Text(
    pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
    pattern_hint="minuscules sans accents, chiffres et tirets, par exemple « rncp37347-cm »",
)
LOCAL_ID = Text(
    pattern=r"^[^\s/]+$",
    pattern_hint="sans espace ni barre oblique « / »",
)


# -- The format itself -----------------------------------------------------------------

LEVEL = Record(
    noun="le niveau",
    ident="code",
    description="Un échelon de l'échelle, du plus bas au plus haut.",
    fields=(
        Field("code", Text(), "Code court du niveau, par exemple « A ».", required=True),
        Field("label", Text(), "Libellé du niveau, par exemple « Acquis ».", required=True),
        Field("passing", Boolean(), "Le critère est-il réussi à ce niveau ?", required=True),
    ),
)

SCALE = Record(
    noun="l'échelle",
    ident="id",
    description="Une échelle de notation nommée.",
    fields=(
        Field("id", LOCAL_ID, "Identifiant de l'échelle, cité par « scale ».", required=True),
        Field("kind", Choice(("levels", "points")), "levels (niveaux) ou points.", required=True),
        Field("label", Text(), "Libellé affiché de l'échelle."),
        Field("levels", ListOf(LEVEL, min_items=2), "Les niveaux, du plus bas au plus haut."),
        Field(
            "max_points",
            Number(minimum=0, maximum=MAX_POINTS, exclusive_minimum=True),
            "Note maximale.",
        ),
        Field(
            "pass_points",
            Number(minimum=0, maximum=MAX_POINTS),
            "Note à partir de laquelle un critère réussit.",
        ),
    ),
)

JURY = Record(
    noun="la composition du jury",
    description="Composition exigée par le certificateur.",
    fields=(
        Field("min_members", Integer(minimum=1, maximum=MAX_COUNT), "Nombre minimal de membres."),
        Field(
            "required_roles",
            ListOf(Choice(tuple(JUROR_ROLES))),
            "Rôles obligatoires dans le jury.",
        ),
        Field(
            "min_outside_share",
            Number(minimum=0, maximum=1),
            "Part minimale de professionnels extérieurs (entre 0 et 1).",
        ),
        Field("text", Text(allow_empty=True), "Les mots du certificateur."),
    ),
)

CERTIFICATION = Record(
    noun="la règle de certification",
    shorthand="rule",
    description="Quand la certification est délivrée.",
    fields=(
        Field("rule", Choice(("all_blocs",)), "all_blocs : tous les blocs validés."),
        Field("capitalisable", Boolean(), "Un bloc validé lors d'une session antérieure compte."),
    ),
)

RULE = Record(
    noun="la règle du bloc",
    shorthand="kind",
    description="Quand le bloc est proposé « validé » (le jury décide).",
    fields=(
        Field(
            "kind",
            Choice(("all_criteria", "min_share", "every_group", "points")),
            "Type de règle.",
            required=True,
        ),
        Field("share", Number(minimum=0, maximum=1), "min_share : part minimale (0 à 1)."),
        Field(
            "at_least",
            Integer(minimum=1, maximum=MAX_COUNT),
            "every_group : critères réussis par groupe.",
        ),
        Field("groups", ListOf(Text()), "every_group : groupes concernés (identifiants)."),
        Field("pass_mark", Number(minimum=0, maximum=MAX_TOTAL_POINTS), "points : total minimal."),
        Field(
            "out_of",
            Number(minimum=0, maximum=MAX_TOTAL_POINTS, exclusive_minimum=True),
            "points : total maximal.",
        ),
        Field(
            "floors",
            MapOf(Number(minimum=0, maximum=MAX_POINTS)),
            "points : notes éliminatoires par critère.",
        ),
        Field("note", Text(allow_empty=True), "Remarque sur l'origine de la règle."),
    ),
)

CRITERION = Record(
    noun="le critère",
    ident="code",
    description="Un critère d'évaluation.",
    fields=(
        Field("code", Text(), "Numéro du critère (CE.1…), null s'il n'y en a pas.", nullable=True),
        Field("text", Text(), "Énoncé du critère.", required=True),
        Field("id", LOCAL_ID, "Identifiant explicite (sinon bloc/épreuve/groupe/code)."),
        Field(
            "max_points",
            Number(minimum=0, maximum=MAX_POINTS, exclusive_minimum=True),
            "Échelle à points : note maximale propre à ce critère.",
        ),
    ),
)

GROUP = Record(
    noun="le groupe de critères",
    ident="title",
    description="Un groupe de critères sous un intitulé.",
    fields=(
        Field("title", Text(), "Intitulé du groupe.", required=True),
        Field("id", LOCAL_ID, "Identifiant du groupe (par défaut g1, g2… selon la position)."),
        Field("criteria", ListOf(CRITERION, min_items=1), "Les critères.", required=True),
    ),
)

ASSESSMENT = Record(
    noun="l'épreuve",
    ident="id",
    description="Une épreuve (modalité d'évaluation).",
    fields=(
        Field("id", LOCAL_ID, "Identifiant unique dans tout le référentiel.", required=True),
        Field("title", Text(), "Intitulé de l'épreuve.", required=True),
        Field("modality", Text(allow_empty=True), "Modalité d'évaluation."),
        Field(
            "duration_minutes",
            Integer(minimum=MIN_DURATION_MINUTES, maximum=MAX_DURATION_MINUTES),
            "Durée en minutes.",
            nullable=True,
        ),
        Field("scale", Text(), "Échelle de notation (sinon celle du référentiel)."),
        Field(
            "competencies",
            ListOf(Text(), min_items=1),
            "Codes des compétences du bloc évaluées.",
            required=True,
        ),
        Field("groups", ListOf(GROUP, min_items=1), "Les groupes de critères.", required=True),
    ),
)

COMPETENCY = Record(
    noun="la compétence",
    ident="code",
    description="Une compétence du bloc.",
    fields=(
        Field("code", Text(), "Code de la compétence, par exemple C1.1.", required=True),
        Field("text", Text(), "Énoncé de la compétence.", required=True),
    ),
)

BLOC = Record(
    noun="le bloc",
    ident="code",
    description="Un bloc de compétences.",
    fields=(
        Field("code", LOCAL_ID, "Code du bloc, par exemple RNCP37347BC01.", required=True),
        Field("title", Text(), "Intitulé du bloc.", required=True),
        Field("rule", RULE, "Règle de validation (par défaut all_criteria)."),
        Field(
            "competencies",
            ListOf(COMPETENCY, min_items=1),
            "Compétences du bloc.",
            required=True,
        ),
        Field("assessments", ListOf(ASSESSMENT, min_items=1), "Épreuves du bloc.", required=True),
    ),
)

FORMAT = Record(
    noun="le référentiel",
    ident="id",
    description="Un référentiel de certification pour grader.",
    fields=(
        Field("format", Choice((FORMAT_ID,)), f"Toujours « {FORMAT_ID} ».", required=True),
        Field("id", SLUG, "Identifiant du référentiel.", required=True),
        Field("title", Text(), "Intitulé de la certification.", required=True),
        Field("certifier", Text(), "Certificateur.", required=True),
        Field("rncp", Text(), "Numéro RNCP (ou RS).", nullable=True),
        Field("level", Integer(minimum=1, maximum=8), "Niveau de qualification.", nullable=True),
        Field("nsf", Text(), "Code NSF.", nullable=True),
        Field("formacode", Text(), "Formacode.", nullable=True),
        Field(
            "notes",
            Text(allow_empty=True),
            "Notes libres (sources, reconstitutions).",
            nullable=True,
        ),
        Field("scale", Text(), "Échelle par défaut des épreuves (binary par défaut)."),
        Field("scales", ListOf(SCALE), "Échelles supplémentaires."),
        Field("jury", JURY, "Composition du jury."),
        Field("certification", CERTIFICATION, "Règle de certification."),
        Field("blocs", ListOf(BLOC, min_items=1), "Les blocs de compétences.", required=True),
    ),
)
