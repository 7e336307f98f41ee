"""referential_to_dict: the tree as JSON-ready data, for the CLI, UI and exports."""

import json
from pathlib import Path

from grader.referential import load_referential
from grader.referential.serialize import referential_to_dict

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "tests" / "data" / "mini.yaml", *sorted((ROOT / "referentials").glob("*.yaml"))]


def test_every_loadable_referential_serializes_to_json() -> None:
    for path in FILES:
        ref = load_referential(path)
        data = referential_to_dict(ref)
        again = json.loads(json.dumps(data, ensure_ascii=False))
        assert again == data
        ids = [
            c["id"]
            for b in data["blocs"]
            for a in b["assessments"]
            for g in a["groups"]
            for c in g["criteria"]
        ]
        assert ids == [c.id for b in ref.blocs for c in b.criteria]
        assert [b["code"] for b in data["blocs"]] == [b.code for b in ref.blocs]


def test_points_scale_and_rule() -> None:
    data = referential_to_dict(load_referential(FILES[0]))
    sur4 = next(s for s in data["scales"] if s["id"] == "sur-4")
    assert sur4 == {
        "id": "sur-4",
        "kind": "points",
        "label": "Points (sur 4)",
        "max_points": 4.0,
        "pass_points": 2.0,
    }
    bc03 = data["blocs"][2]["rule"]
    assert (bc03["kind"], bc03["pass_mark"], bc03["out_of"]) == ("points", 6.0, 12.0)
    bc04 = data["blocs"][3]["rule"]
    assert bc04 == {"kind": "every_group", "at_least": 1, "groups": []}
