"""The French format reference cannot drift from the format, the schema or the loader."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from grader.referential import ReferentialError, docgen, load_referential_text
from grader.referential.spec import FORMAT, ListOf, Record

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "format-referentiel.md"
SCHEMA = ROOT / "referentials" / "schema.json"


@pytest.fixture(scope="module")
def document() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def _yaml_blocks(text: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)


def _schema_paths(node: Any, path: str = "") -> set[str]:
    """Every property of the JSON Schema as a document path (``blocs[].rule.kind``)."""
    found: set[str] = set()
    if not isinstance(node, dict):
        return found
    for key, sub in node.get("properties", {}).items():
        here = f"{path}.{key}" if path else key
        found.add(here)
        found |= _schema_paths(sub, here)
    if "items" in node:
        found |= _schema_paths(node["items"], path + "[]")
    for alternative in node.get("anyOf", []):
        found |= _schema_paths(alternative, path)
    return found


def _spec_fields(record: Record) -> list[tuple[str, str]]:
    found = []
    for f in record.fields:
        found.append((f.key, f.description))
        sub = f.type.item if isinstance(f.type, ListOf) else f.type
        if isinstance(sub, Record):
            found += _spec_fields(sub)
    return found


def test_committed_reference_is_the_generated_one(document: str) -> None:
    assert document == docgen.format_reference(), (
        "docs/format-referentiel.md est périmé : lancez "
        "`.venv/bin/python -m grader.referential.docgen`."
    )


def test_every_schema_property_is_documented_at_its_path(document: str) -> None:
    paths = _schema_paths(json.loads(SCHEMA.read_text(encoding="utf-8")))
    # The schema nests five levels deep; a walk that found little would prove nothing.
    assert "blocs[].assessments[].groups[].criteria[].max_points" in paths
    missing = sorted(p for p in paths if f"`{p}`" not in document)
    assert missing == []


def test_every_field_description_of_the_spec_is_in_the_document(document: str) -> None:
    for key, description in _spec_fields(FORMAT):
        assert description in document, key


def test_complete_example_loads_and_uses_every_scale_and_rule(document: str) -> None:
    example = document.split("## Exemple complet", 1)[1]
    blocks = _yaml_blocks(example)
    assert len(blocks) == 1
    ref = load_referential_text(blocks[0], source="exemple")
    assert {s.kind.value for s in ref.scales} == {"binary", "levels", "points"}
    assert {b.rule.kind for b in ref.blocs} == {
        "all_criteria",
        "min_share",
        "every_group",
        "points",
    }
    assert any(b.rule.floors for b in ref.blocs)
    # The ids listed in the criterion-id section are the ones the loader derives.
    for bloc in ref.blocs:
        for crit in bloc.criteria:
            assert f"- `{crit.id}`" in document


def test_every_yaml_snippet_is_valid_yaml_with_known_keys(document: str) -> None:
    known = set(_schema_paths(json.loads(SCHEMA.read_text(encoding="utf-8"))))
    leaf_keys = {p.rsplit(".", 1)[-1] for p in known}
    blocks = _yaml_blocks(document)
    assert len(blocks) >= 8
    for block in blocks:
        data = yaml.safe_load(block)
        assert isinstance(data, dict), block
        for key in data:
            assert key in leaf_keys, (key, block)


def test_error_example_shows_the_loaders_located_messages(document: str) -> None:
    lines = [ln for ln in document.splitlines() if ln.startswith("mon-referentiel.yaml:")]
    assert len(lines) == 2
    assert all(re.match(r"mon-referentiel\.yaml:\d+: ", ln) for ln in lines)
    with pytest.raises(ReferentialError) as err:
        load_referential_text(docgen.prose.BROKEN, source="mon-referentiel.yaml")
    assert err.value.problems == lines


def test_main_writes_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "format.md"
    target.write_text("ancienne version", encoding="utf-8")
    assert docgen.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == docgen.format_reference()
    assert [p.name for p in tmp_path.iterdir()] == ["format.md"]


def test_generation_refuses_a_broken_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "exemple.yaml"
    broken.write_text("format: grader-referential/1\nid: x\n", encoding="utf-8")
    monkeypatch.setattr(docgen, "EXAMPLE_PATH", broken)
    with pytest.raises(ReferentialError):
        docgen.format_reference()
