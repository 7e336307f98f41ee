"""The French reference of the référentiel format, generated from ``spec.FORMAT``.

The key tables are rendered from the same description the loader and the JSON
Schema come from, and the complete example is the checked file
``docs/exemple-referentiel.yaml``, so the document cannot drift from what the
loader accepts. ``python -m grader.referential.docgen [FILE]`` rewrites
``docs/format-referentiel.md``; a test fails when the committed file is stale.
"""

import os
import sys
import tempfile
from pathlib import Path

from grader.referential import docgen_prose as prose
from grader.referential.loader import ReferentialError, load_referential_text
from grader.referential.model import BINARY_SCALE, JUROR_ROLES
from grader.referential.spec import (
    FORMAT,
    FORMAT_ID,
    Boolean,
    Choice,
    Field,
    Integer,
    ListOf,
    MapOf,
    Number,
    Record,
    Text,
    Type,
)

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_PATH = ROOT / "docs" / "format-referentiel.md"
EXAMPLE_PATH = ROOT / "docs" / "exemple-referentiel.yaml"


# -- Types and key tables ---------------------------------------------------------------


def _fr(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _bounds(t: Integer | Number) -> str:
    low, high = t.minimum, t.maximum
    strict = isinstance(t, Number) and t.exclusive_minimum
    if low is not None and high is not None:
        return f" de {_fr(low)} à {_fr(high)}"
    if low is not None:
        return f" {'>' if strict else '≥'} {_fr(low)}"
    if high is not None:
        return f" ≤ {_fr(high)}"
    return ""


def type_label(t: Type) -> str:
    """« nombre entier de 1 à 8 », « liste de blocs (au moins 1) »…"""
    if isinstance(t, Text):
        return "texte"
    if isinstance(t, Integer):
        return "nombre entier" + _bounds(t)
    if isinstance(t, Number):
        return "nombre" + _bounds(t)
    if isinstance(t, Boolean):
        return "true / false"
    if isinstance(t, Choice):
        return "choix"
    if isinstance(t, ListOf):
        item = t.item.noun if isinstance(t.item, Record) else type_label(t.item)
        at_least = f", au moins {t.min_items}" if t.min_items else ""
        return f"liste (chaque élément : {item}{at_least})"
    if isinstance(t, MapOf):
        return f"« clé: valeur » ({type_label(t.value)})"
    return t.noun + (f" (ou `{t.shorthand}` seul)" if t.shorthand else "")


def allowed_values(t: Type) -> str:
    if isinstance(t, Choice):
        return ", ".join(f"`{v}`" for v in t.values)
    if isinstance(t, Text) and t.pattern:
        return f"{t.pattern_hint} (`{t.pattern}`)"
    if isinstance(t, Text) and t.allow_empty:
        return "peut être vide"
    if isinstance(t, ListOf):
        return allowed_values(t.item)
    if isinstance(t, MapOf):
        return allowed_values(t.value)
    return ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _row(path: str, f: Field) -> str:
    presence = "obligatoire" if f.required else "facultative"
    if f.nullable:
        presence += ", peut valoir `null`"
    cells = (f"`{path}`", type_label(f.type), presence, allowed_values(f.type), f.description)
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _records(record: Record, path: str) -> list[tuple[str, Record]]:
    """Every record of the format, depth first, with its path (``blocs[].rule``)."""
    found = [(path, record)]
    for f in record.fields:
        sub = f.type.item if isinstance(f.type, ListOf) else f.type
        if isinstance(sub, Record):
            suffix = "[]" if isinstance(f.type, ListOf) else ""
            found += _records(sub, f"{path}.{f.key}{suffix}" if path else f"{f.key}{suffix}")
    return found


def key_tables() -> str:
    parts = []
    for path, record in _records(FORMAT, ""):
        title = record.noun[0].upper() + record.noun[1:]
        where = f" — `{path}`" if path else " — racine du fichier"
        parts.append(f"### {title}{where}\n")
        intro = record.description
        short = record.field(record.shorthand) if record.shorthand else None
        if short is not None and isinstance(short.type, Choice):
            key, value = path.rsplit(".", 1)[-1], short.type.values[0]
            intro += (
                f" Écriture courte : `{key}: {value}` équivaut à `{key}: {{{short.key}: {value}}}`."
            )
        parts.append(intro + "\n")
        parts.append("| Clé | Type | Présence | Valeurs admises | Description |")
        parts.append("| --- | --- | --- | --- | --- |")
        prefix = f"{path}." if path else ""
        parts.extend(_row(prefix + f.key, f) for f in record.fields)
        parts.append("")
    return "\n".join(parts)


# -- Assembly --------------------------------------------------------------------------


def _broken_messages() -> str:
    try:
        load_referential_text(prose.BROKEN, source="mon-referentiel.yaml")
    except ReferentialError as exc:
        return "\n".join(exc.problems)
    raise AssertionError("the broken example was accepted")  # the test would catch it


def _binary_table() -> str:
    rows = ["| Code | Libellé | Réussi |", "| --- | --- | --- |"]
    for lvl in BINARY_SCALE.levels:
        rows.append(f"| `{lvl.code}` | {lvl.label} | {'oui' if lvl.passing else 'non'} |")
    return "\n".join(rows)


def _roles_list() -> str:
    return "\n".join(f"- `{code}` : {label}" for code, label in JUROR_ROLES.items())


def _ids_list(example: str) -> str:
    # Loading the example both checks it and gives the ids the loader really derives.
    ref = load_referential_text(example, source=EXAMPLE_PATH.name)
    lines = []
    for bloc in ref.blocs:
        for assessment in bloc.assessments:
            for group in assessment.groups:
                for crit in group.criteria:
                    code = crit.code or "sans code"
                    lines.append(f"- `{crit.id}` — {code}, « {group.title} »")
    return "\n".join(lines)


def format_reference() -> str:
    """The complete French reference, in Markdown."""
    example = EXAMPLE_PATH.read_text(encoding="utf-8")
    sections = [
        prose.INTRO.format(format_id=FORMAT_ID, broken=_broken_messages()),
        "## Toutes les clés\n\n"
        "Chaque tableau décrit un niveau du fichier ; le chemin `blocs[].rule` se lit "
        "« la clé `rule` de chaque élément de la liste `blocs` ».\n",
        key_tables(),
        prose.SCALES.format(binary=_binary_table()),
        prose.RULES,
        prose.IDS.format(ids=_ids_list(example)),
        prose.HASH,
        prose.CERTIFICATION.format(roles=_roles_list()),
        prose.EXAMPLE.format(example=example),
    ]
    return "\n".join(s.rstrip("\n") + "\n" for s in sections)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else REFERENCE_PATH
    text = format_reference()
    # Written beside then renamed: an interrupted run leaves the old document intact.
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".format-", suffix=".md")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; it is a published file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"Référence écrite : {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
