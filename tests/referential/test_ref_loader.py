"""Loading good référentiels: the objects built, ids, lines, hash, leniencies."""

import hashlib
from pathlib import Path

import pytest

from grader.referential import (
    BINARY_SCALE,
    ReferentialError,
    ScaleKind,
    load_referential,
    load_referential_text,
)

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.yaml"

SMALL = """\
format: grader-referential/1
id: petit
title: Petit
certifier: ÉCOLE
nsf: 0320
blocs:
  - code: BC01
    title: Bloc
    rule: min_share
    competencies:
      - {code: 1.1, text: Faire.}
    assessments:
      - id: oral
        title: Oral
        competencies: [1.1]
        groups:
          - title: Groupe
            criteria:
              - {code: CE.1, text: Un.}
              - {id: mon-critere, code: CE.2, text: Deux.}
"""


def test_mini_builds_the_whole_tree() -> None:
    ref = load_referential(MINI)
    assert ref.id == "mini-test"
    assert ref.certifier == "ÉCOLE TEST"
    assert (ref.rncp, ref.level, ref.nsf, ref.formacode) == ("RNCP00001", 6, "320", "46252")
    assert [b.code for b in ref.blocs] == ["BC01", "BC02", "BC03", "BC04"]
    assert ref.source == "mini.yaml"
    assert ref.jury.required_roles == ("responsable_pedagogique", "professionnel")
    assert ref.jury.min_members == 3
    assert ref.certification.kind == "all_blocs"
    assert ref.certification.capitalisable


def test_criterion_ids_follow_the_documented_path_and_keep_their_line() -> None:
    ref = load_referential(MINI)
    veille = ref.assessment("veille")
    assert [c.id for c in veille.criteria] == [
        "BC01/veille/g1/CE.1",
        "BC01/veille/g1/CE.2",
        "BC01/veille/g2/CE.1",
    ]
    unnumbered = ref.assessment("contenus").criteria[2]
    assert unnumbered.code is None
    assert unnumbered.id == "BC02/contenus/g1/c3"
    lines = MINI.read_text(encoding="utf-8").splitlines()
    for criterion in ref.assessment("oral").criteria:
        assert criterion.text in lines[criterion.line - 1]
    assert ref.locate("BC03/oral/g1/CE.2")[0].code == "BC03"


def test_scales_and_rules() -> None:
    ref = load_referential(MINI)
    assert ref.assessment("veille").scale == BINARY_SCALE
    four = ref.assessment("contenus").scale
    assert four.kind is ScaleKind.LEVELS
    assert [lv.passing for lv in four.levels] == [False, False, True, True]
    points = ref.assessment("oral").scale
    assert (points.kind, points.max_points, points.pass_points) == (ScaleKind.POINTS, 4, 2)
    assert ref.bloc("BC01").rule.kind == "all_criteria"
    assert ref.bloc("BC02").rule.share == pytest.approx(0.8)
    bc03 = ref.bloc("BC03").rule
    assert (bc03.pass_mark, bc03.out_of, bc03.floors) == (6, 12, (("BC03/oral/g1/CE.1", 1.0),))
    assert ref.bloc("BC04").rule.at_least == 1


def test_hash_is_sha256_of_the_file_bytes() -> None:
    ref = load_referential(MINI)
    assert ref.hash == hashlib.sha256(MINI.read_bytes()).hexdigest()
    changed = load_referential_text(MINI.read_text(encoding="utf-8") + "# modifié\n")
    assert changed.hash != ref.hash


def test_crlf_file_hash_is_of_its_real_bytes(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(MINI.read_bytes().replace(b"\n", b"\r\n"))
    ref = load_referential(path)
    assert ref.hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (
        ref.assessment("oral").criteria[0].line
        == load_referential(MINI).assessment("oral").criteria[0].line
    )


def test_numbers_are_kept_as_written() -> None:
    text = SMALL.replace("rule: min_share", "rule: all_criteria")
    ref = load_referential_text(text, source="petit.yaml")
    assert ref.nsf == "0320"
    assert ref.bloc("BC01").competencies[0].code == "1.1"
    assert ref.assessment("oral").competencies == ("1.1",)


def test_shorthand_min_share_without_share_is_refused() -> None:
    # ``rule: min_share`` alone lacks the share; the shorthand is otherwise fine.
    with pytest.raises(ReferentialError) as info:
        load_referential_text(SMALL, source="petit.yaml")
    assert any(p.startswith("petit.yaml:9:") and "« share »" in p for p in info.value.problems)


def test_explicit_criterion_id_and_shorthand_rule() -> None:
    text = SMALL.replace("rule: min_share", "rule: all_criteria")
    ref = load_referential_text(text, source="petit.yaml")
    assert [c.id for c in ref.assessment("oral").criteria] == ["BC01/oral/g1/CE.1", "mon-critere"]
    assert ref.bloc("BC01").rule.kind == "all_criteria"


def test_yaml_merge_keys_are_applied() -> None:
    text = SMALL.replace("rule: min_share", "rule: all_criteria").replace(
        "      - id: oral\n        title: Oral\n",
        "      - &base\n        id: oral\n        title: Oral\n",
    )
    ref = load_referential_text(text)
    assert ref.assessment("oral").title == "Oral"


def test_missing_file_and_directory_give_messages(tmp_path: Path) -> None:
    with pytest.raises(ReferentialError) as info:
        load_referential(tmp_path / "absent.yaml")
    assert info.value.problems == [
        f"absent.yaml: fichier introuvable ({tmp_path / 'absent.yaml'})."
    ]
    with pytest.raises(ReferentialError) as info:
        load_referential(tmp_path)
    assert "dossier" in info.value.problems[0]


def test_non_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(MINI.read_bytes().replace(b"Pilotage", "Pilotage ré".encode("latin-1")))
    line = MINI.read_text(encoding="utf-8").splitlines().index("          - title: Pilotage") + 1
    with pytest.raises(ReferentialError) as info:
        load_referential(path)
    assert info.value.problems[0].startswith(f"latin.yaml:{line}: ")
    assert "UTF-8" in info.value.problems[0]


def test_control_character_is_located() -> None:
    text = MINI.read_text(encoding="utf-8").replace("Oral\n", "Or\x07al\n", 1)
    line = text.splitlines().index("        title: Or\x07al") + 1
    with pytest.raises(ReferentialError) as info:
        load_referential_text(text, source="ctl.yaml")
    assert info.value.problems[0].startswith(f"ctl.yaml:{line}: caractère invisible interdit")


def test_deep_nesting_is_a_message_not_a_crash() -> None:
    with pytest.raises(ReferentialError) as info:
        load_referential_text("blocs: " + "[" * 5000 + "]" * 5000, source="deep.yaml")
    assert info.value.problems[0].startswith("deep.yaml:1: ")


def test_null_for_a_list_and_empty_title_are_refused() -> None:
    text = (
        MINI.read_text(encoding="utf-8")
        .replace("title: Bloc binaire, tous les critères", "title: ''")
        .replace("scale: binary\n", "scale: binary\nnotes: null\n", 1)
    )
    with pytest.raises(ReferentialError) as info:
        load_referential_text(text, source="m.yaml")
    problems = info.value.problems
    assert any("« title » dans le bloc « BC01 » est vide" in p for p in problems), problems
    assert len(problems) == 1


def test_each_rule_kind_reads_as_a_french_phrase(mini_referential_path: Path) -> None:
    ref = load_referential(mini_referential_path)
    phrases = {b.code: b.rule.describe() for b in ref.blocs}
    assert phrases == {
        "BC01": "tous les critères acquis",
        "BC02": "au moins 80 % des critères acquis",
        "BC03": "au moins 6 points sur 12, avec des notes éliminatoires",
        "BC04": "au moins 1 critère acquis dans chaque groupe",
    }
