"""The JSON Schema of the référentiel format, derived from ``spec.FORMAT``.

For editors and other tools; the loader does not use it (it checks the same
description directly, with located French messages). ``python -m
grader.referential.schema [FILE]`` rewrites ``referentials/schema.json``.
"""

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from grader.referential.spec import (
    FORMAT,
    Boolean,
    Choice,
    Integer,
    ListOf,
    MapOf,
    Number,
    Record,
    Text,
    Type,
)

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "referentials" / "schema.json"

# -- JSON Schema -------------------------------------------------------------------------


def _type_schema(t: Type) -> dict[str, Any]:
    if isinstance(t, Text):
        # Unquoted numbers and yes/no words are read as text (see ``Text``).
        out: dict[str, Any] = {"type": ["string", "number", "boolean"]}
        if t.pattern:
            out["pattern"] = t.pattern
        if not t.allow_empty:
            out["minLength"] = 1
        return out
    if isinstance(t, Integer | Number):
        out = {"type": "integer" if isinstance(t, Integer) else "number"}
        if t.minimum is not None:
            exclusive = isinstance(t, Number) and t.exclusive_minimum
            out["exclusiveMinimum" if exclusive else "minimum"] = t.minimum
        if t.maximum is not None:
            out["maximum"] = t.maximum
        return out
    if isinstance(t, Boolean):
        return {"type": "boolean"}
    if isinstance(t, Choice):
        return {"enum": list(t.values)}
    if isinstance(t, ListOf):
        out = {"type": "array", "items": _type_schema(t.item)}
        if t.min_items:
            out["minItems"] = t.min_items
        return out
    if isinstance(t, MapOf):
        return {"type": "object", "additionalProperties": _type_schema(t.value)}
    return _record_schema(t)


def _record_schema(r: Record) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for f in r.fields:
        prop = _type_schema(f.type)
        if f.nullable:
            prop = {"anyOf": [prop, {"type": "null"}]}
        props[f.key] = {"description": f.description, **prop}
    obj: dict[str, Any] = {
        "type": "object",
        "description": r.description,
        "properties": props,
        "additionalProperties": False,
    }
    required = [f.key for f in r.fields if f.required]
    if required:
        obj["required"] = required
    if r.shorthand:
        short = r.field(r.shorthand)
        assert short is not None
        return {"anyOf": [_type_schema(short.type), obj]}
    return obj


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the format, for editors and other tools."""
    schema = _record_schema(FORMAT)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://grader.invalid/schemas/grader-referential-1.json",
        "title": "Référentiel grader (grader-referential/1)",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else SCHEMA_PATH
    # Written beside then renamed: an interrupted run leaves the old schema intact.
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".schema-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(schema_text())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; it is a published file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"Schéma écrit : {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
