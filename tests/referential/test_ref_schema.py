"""The JSON Schema is derived from the one format description and kept up to date."""

import json
from pathlib import Path

import pytest
import yaml

from grader.referential import spec
from grader.referential.schema import SCHEMA_PATH, json_schema, main, schema_text

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "data" / "mini.yaml"


def test_committed_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH == ROOT / "referentials" / "schema.json"
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "referentials/schema.json est périmé : lancez python -m grader.referential.schema"
    )


def test_main_writes_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "schema.json"
    assert main([str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json_schema()
    assert list(tmp_path.iterdir()) == [target]
    assert str(target) in capsys.readouterr().out


def _walk(record: spec.Record, schema: dict) -> None:
    """Every key of every record is in the schema, required ones listed as such."""
    obj = schema["anyOf"][1] if record.shorthand else schema
    assert set(obj["properties"]) == set(record.keys)
    assert obj["additionalProperties"] is False
    assert set(obj.get("required", [])) == {f.key for f in record.fields if f.required}
    for f in record.fields:
        prop = obj["properties"][f.key]
        if f.nullable:
            prop = prop["anyOf"][0]
        inner = f.type.item if isinstance(f.type, spec.ListOf) else f.type
        if isinstance(inner, spec.Record):
            _walk(inner, prop["items"] if isinstance(f.type, spec.ListOf) else prop)


def test_schema_mirrors_the_format_description() -> None:
    schema = json_schema()
    _walk(spec.FORMAT, schema)
    roles = schema["properties"]["jury"]["properties"]["required_roles"]["items"]["enum"]
    assert set(roles) == {"president", "professionnel", "responsable_pedagogique", "formateur"}


def test_schema_validates_mini_and_rejects_an_unknown_key() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    jsonschema.validate(data, json_schema())
    data["blocs"][0]["titel"] = "faute"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())
