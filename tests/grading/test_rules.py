"""The bloc rules: every kind, on every scale, at the boundaries, with
unmarked criteria, and the French sentences a juror reads."""

from pathlib import Path

import pytest

from grader.grading.rules import Proposal, evaluate_bloc, fr_number
from grader.grading.vocabulary import INCOMPLET, NON_VALIDE, VALIDE
from grader.referential import Referential, load_referential, load_referential_text

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def mini() -> Referential:
    return load_referential(DATA / "mini.yaml")


def referential(rule: str, criteria_per_group: list[int], scale: str = "binary") -> Referential:
    """A one-bloc référentiel: groups g1, g2… of CE.1…CE.n on ``scale``."""
    groups = []
    for gi, n in enumerate(criteria_per_group, start=1):
        crits = "\n".join(
            f"              - {{code: CE.{ci}, text: Critère {gi}.{ci}.}}" for ci in range(1, n + 1)
        )
        groups.append(f"          - title: Groupe {gi}\n            criteria:\n{crits}")
    text = f"""\
format: grader-referential/1
id: test-rules
title: Test des règles
certifier: TEST
scale: {scale}
scales:
  - id: niveaux
    kind: levels
    label: Quatre niveaux
    levels:
      - {{code: NA, label: Non acquis, passing: false}}
      - {{code: EC, label: En cours, passing: false}}
      - {{code: A, label: Acquis, passing: true}}
      - {{code: M, label: Maîtrisé, passing: true}}
  - id: sur-5
    kind: points
    label: Sur 5
    max_points: 5
    pass_points: 2.5
blocs:
  - code: B1
    title: Bloc
    rule: {rule}
    competencies:
      - {{code: C1, text: Compétence.}}
    assessments:
      - id: ep
        title: Épreuve
        modality: Soutenance
        competencies: [C1]
        groups:
{chr(10).join(groups)}
"""
    return load_referential_text(text, source="test.yaml")


def ids(ref: Referential) -> list[str]:
    return [c.id for c in ref.blocs[0].criteria]


def marks(ref: Referential, *values: str | float | None) -> dict[str, str | float | None]:
    return dict(zip(ids(ref), values, strict=True))


# ---------------------------------------------------------------- all_criteria


def test_all_criteria_valid(mini: Referential) -> None:
    bloc = mini.bloc("BC01")
    p = evaluate_bloc(bloc, {c.id: "A" for c in bloc.criteria})
    assert p == Proposal(VALIDE, "Tous les critères sont acquis (3/3).", (), 3, 3, None, None)


def test_all_criteria_failing_lists_criteria_with_group(mini: Referential) -> None:
    bloc = mini.bloc("BC01")
    values = dict.fromkeys((c.id for c in bloc.criteria), "NA")
    values["BC01/veille/g1/CE.2"] = "A"
    p = evaluate_bloc(bloc, values)
    assert p.outcome == NON_VALIDE
    assert p.reason == (
        "2 critères non acquis : CE.1 (Pertinence du système de veille), "
        "CE.1 (Qualité de la présentation)."
    )
    assert p.failing == ("BC01/veille/g1/CE.1", "BC01/veille/g2/CE.1")


def test_all_criteria_unmarked_is_incomplete(mini: Referential) -> None:
    bloc = mini.bloc("BC01")
    p = evaluate_bloc(bloc, {"BC01/veille/g1/CE.1": "A", "BC01/veille/g1/CE.2": "A"})
    assert (p.outcome, p.reason, p.marked, p.total) == (INCOMPLET, "2/3 critères notés.", 2, 3)


def test_all_criteria_one_failure_is_certain_despite_unmarked(mini: Referential) -> None:
    bloc = mini.bloc("BC01")
    p = evaluate_bloc(bloc, {"BC01/veille/g1/CE.2": "NA"})
    assert p.outcome == NON_VALIDE
    assert p.reason.startswith("1 critère non acquis : CE.2 (Pertinence du système de veille).")
    assert "quelles que soient les notes des 2 critères restants" in p.reason


def test_unknown_level_counts_as_unmarked(mini: Referential) -> None:
    bloc = mini.bloc("BC01")
    p = evaluate_bloc(bloc, {c.id: "Z" for c in bloc.criteria})
    assert (p.outcome, p.marked) == (INCOMPLET, 0)


def test_null_code_criterion_named_by_its_text(mini: Referential) -> None:
    bloc = mini.bloc("BC02")
    p = evaluate_bloc(bloc, dict.fromkeys((c.id for c in bloc.criteria), "NA"))
    assert "« Les contenus sont accessibles. » (Qualité des contenus)" in p.reason


# ---------------------------------------------------------------- min_share


def test_min_share_exactly_80_percent_is_valid() -> None:
    ref = referential("{kind: min_share, share: 0.8}", [5])
    p = evaluate_bloc(ref.blocs[0], marks(ref, "A", "A", "A", "A", "NA"))
    assert p.outcome == VALIDE
    assert p.reason == "4/5 critères acquis (80 %), seuil 80 % (4 requis)."
    assert p.failing == (ids(ref)[4],)


def test_min_share_just_below_is_not_valid() -> None:
    ref = referential("{kind: min_share, share: 0.8}", [5])
    p = evaluate_bloc(ref.blocs[0], marks(ref, "A", "A", "A", "NA", "NA"))
    assert p.outcome == NON_VALIDE
    assert p.reason.startswith("3/5 critères acquis (60 %), seuil 80 % (4 requis). 2 critères")


def test_min_share_on_four_levels(mini: Referential) -> None:
    bloc = mini.bloc("BC02")
    a, b, c = (x.id for x in bloc.criteria)
    # 2/3 = 67 % < 80 %: « En cours » does not pass.
    assert evaluate_bloc(bloc, {a: "M", b: "A", c: "EC"}).outcome == NON_VALIDE
    assert evaluate_bloc(bloc, {a: "M", b: "A", c: "A"}).outcome == VALIDE
    # 3 required of 3: one unmarked left, nothing failed yet.
    p = evaluate_bloc(bloc, {a: "M", b: "A"})
    assert p.outcome == INCOMPLET
    assert p.reason.startswith("2/3 critères notés.")


def test_min_share_certain_with_unmarked() -> None:
    ref = referential("{kind: min_share, share: 0.6}", [5])
    ok = evaluate_bloc(ref.blocs[0], marks(ref, "A", "A", "A", None, None))
    assert ok.outcome == VALIDE
    assert "2 critère(s) non noté(s) sans effet" in ok.reason
    ko = evaluate_bloc(ref.blocs[0], marks(ref, "NA", "NA", "NA", None, "A"))
    assert ko.outcome == NON_VALIDE
    assert ko.reason.endswith("Le seuil ne peut plus être atteint.")


def test_min_share_float_share_does_not_round_up() -> None:
    # 0.7 × 10 is 7.000000000000001 in binary floating point: 7 must suffice.
    ref = referential("{kind: min_share, share: 0.7}", [10])
    p = evaluate_bloc(ref.blocs[0], marks(ref, *(["A"] * 7 + ["NA"] * 3)))
    assert p.outcome == VALIDE


# ---------------------------------------------------------------- every_group


def test_every_group_at_least_one(mini: Referential) -> None:
    bloc = mini.bloc("BC04")
    i1, i2, r1 = (c.id for c in bloc.criteria)
    assert evaluate_bloc(bloc, {i1: "NA", i2: "A", r1: "A"}).outcome == VALIDE
    p = evaluate_bloc(bloc, {i1: "A", i2: "A", r1: "NA"})
    assert p.outcome == NON_VALIDE
    assert "« Recommandations » : 0/1 acquis, 1 requis" in p.reason
    pending = evaluate_bloc(bloc, {i1: "NA", r1: "A"})
    assert pending.outcome == INCOMPLET
    assert "« Indicateurs » : 0/2 acquis, 1 requis" in pending.reason
    # One group is enough to decide: the other one's gap does not matter.
    assert evaluate_bloc(bloc, {r1: "NA"}).outcome == NON_VALIDE


def test_every_group_all_criteria_of_each_group() -> None:
    ref = referential("{kind: every_group}", [2, 1])
    bloc = ref.blocs[0]
    assert evaluate_bloc(bloc, marks(ref, "A", "A", "A")).outcome == VALIDE
    p = evaluate_bloc(bloc, marks(ref, "A", "NA", "A"))
    assert p.outcome == NON_VALIDE
    assert p.reason.startswith("Groupe(s) non validé(s) (tous les critères par groupe)")


def test_every_group_restricted_to_named_groups() -> None:
    ref = referential("{kind: every_group, at_least: 2, groups: [g2]}", [2, 3])
    bloc = ref.blocs[0]
    # g1 fails entirely, but only g2 counts.
    assert evaluate_bloc(bloc, marks(ref, "NA", "NA", "A", "A", "NA")).outcome == VALIDE
    assert evaluate_bloc(bloc, marks(ref, "A", "A", "A", "NA", "NA")).outcome == NON_VALIDE
    # g1 unmarked does not leave the bloc incomplete either.
    assert evaluate_bloc(bloc, marks(ref, None, None, "A", "A", None)).outcome == VALIDE


def test_every_group_on_levels_scale() -> None:
    ref = referential("{kind: every_group, at_least: 1}", [2, 2], scale="niveaux")
    bloc = ref.blocs[0]
    assert evaluate_bloc(bloc, marks(ref, "EC", "M", "A", "NA")).outcome == VALIDE
    assert evaluate_bloc(bloc, marks(ref, "EC", "NA", "A", "NA")).outcome == NON_VALIDE


# ---------------------------------------------------------------- points


def test_points_exactly_the_pass_mark(mini: Referential) -> None:
    bloc = mini.bloc("BC03")
    p = evaluate_bloc(bloc, {c.id: 2 for c in bloc.criteria})
    assert p.outcome == VALIDE
    assert p.reason == "6 / 12 points (seuil 6)."
    assert (p.points, p.out_of) == (6.0, 12.0)


def test_points_below_pass_mark(mini: Referential) -> None:
    bloc = mini.bloc("BC03")
    a, b, c = (x.id for x in bloc.criteria)
    p = evaluate_bloc(bloc, {a: 2, b: 1.5, c: 2})
    assert p.outcome == NON_VALIDE
    assert p.reason == "5,5 / 12 points (seuil 6) : insuffisant."
    assert p.failing == (b,)


def test_points_eliminatory_floor(mini: Referential) -> None:
    bloc = mini.bloc("BC03")
    a, b, c = (x.id for x in bloc.criteria)
    p = evaluate_bloc(bloc, {a: 0.5, b: 4, c: 4})
    assert p.outcome == NON_VALIDE
    assert p.reason == "Critère éliminatoire : CE.1 (Pilotage) 0,5 < 1. 8,5 / 12 points (seuil 6)."
    # Exactly the floor is not eliminatory.
    assert evaluate_bloc(bloc, {a: 1, b: 4, c: 4}).outcome == VALIDE
    # The floor decides even before the other criteria are marked.
    assert evaluate_bloc(bloc, {a: 0}).outcome == NON_VALIDE


def test_points_unmarked_floor_keeps_it_incomplete(mini: Referential) -> None:
    bloc = mini.bloc("BC03")
    a, b, c = (x.id for x in bloc.criteria)
    p = evaluate_bloc(bloc, {b: 4, c: 4})
    assert p.outcome == INCOMPLET  # 8 ≥ 6 already, but CE.1 may still fall under its floor
    assert p.reason == "2/3 critères notés. Pour l'instant 8 / 12 points (seuil 6)."
    assert evaluate_bloc(bloc, {a: 4, b: 4}).outcome == VALIDE  # 8 ≥ 6, floor met


def test_points_unreachable_pass_mark_is_certain(mini: Referential) -> None:
    bloc = mini.bloc("BC03")
    a, b, _ = (x.id for x in bloc.criteria)
    p = evaluate_bloc(bloc, {a: 1, b: 0})  # at most 1 + 0 + 4 = 5 < 6
    assert p.outcome == NON_VALIDE
    assert "Le seuil ne peut plus être atteint (1 critère(s) non noté(s))" in p.reason


def test_points_out_of_20_with_criterion_max() -> None:
    text = (DATA / "mini.yaml").read_text(encoding="utf-8").replace(
        "rule: {kind: points, pass_mark: 6, out_of: 12, floors: {BC03/oral/g1/CE.1: 1}}",
        "rule: {kind: points, pass_mark: 10, out_of: 20}",
    ).replace(
        "{code: CE.3, text: Le budget est suivi.}",
        "{code: CE.3, text: Le budget est suivi., max_points: 8}",
    )
    bloc = load_referential_text(text, source="mini-20.yaml").bloc("BC03")
    a, b, c = (x.id for x in bloc.criteria)  # max 4 + 4 + 8 = 16, reported on 20
    p = evaluate_bloc(bloc, {a: 3, b: 2.6, c: 6})
    assert p.points == pytest.approx(14.5)
    assert p.reason == "14,5 / 20 points (seuil 10)."
    assert p.outcome == VALIDE
    assert evaluate_bloc(bloc, {a: 3, b: 2, c: 2.9}).outcome == NON_VALIDE  # 7,9 → 9,875


def test_points_scale_with_all_criteria_rule() -> None:
    ref = referential("all_criteria", [3], scale="sur-5")
    bloc = ref.blocs[0]
    assert evaluate_bloc(bloc, marks(ref, 2.5, 5, 3)).outcome == VALIDE  # 2,5 passes exactly
    p = evaluate_bloc(bloc, marks(ref, 2.4, 5, 3))
    assert p.outcome == NON_VALIDE
    assert p.failing == (ids(ref)[0],)


# ---------------------------------------------------------------- scope


TWO_ASSESSMENTS = """\
format: grader-referential/1
id: deux-epreuves
title: Deux épreuves
certifier: TEST
blocs:
  - code: B1
    title: Bloc à deux épreuves
    competencies:
      - {code: C1, text: Compétence.}
    assessments:
      - id: projet
        title: Projet
        modality: Dossier
        competencies: [C1]
        groups:
          - title: Dossier
            criteria:
              - {code: CE.1, text: Le dossier est complet.}
              - {code: CE.2, text: Le dossier est clair.}
      - id: oral
        title: Oral
        modality: Soutenance
        competencies: [C1]
        groups:
          - title: Soutenance
            criteria:
              - {code: CE.1, text: L'exposé est structuré.}
"""


def test_assessment_ids_restrict_to_one_sheet() -> None:
    bloc = load_referential_text(TWO_ASSESSMENTS, source="deux.yaml").bloc("B1")
    values = {c.id: "A" for c in bloc.assessments[0].criteria}
    live = evaluate_bloc(bloc, values, assessment_ids=["projet"])
    assert (live.outcome, live.total, live.reason) == (
        VALIDE, 2, "Tous les critères sont acquis (2/2).",
    )
    whole = evaluate_bloc(bloc, values)
    assert (whole.outcome, whole.total, whole.marked) == (INCOMPLET, 3, 2)


def test_no_criteria_in_scope(mini: Referential) -> None:
    p = evaluate_bloc(mini.bloc("BC01"), {}, assessment_ids=["oral"])
    assert (p.outcome, p.total) == (INCOMPLET, 0)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(14.5, 2, "14,5"), (10.0, 2, "10"), (0.25, 2, "0,25"), (1 / 3, 2, "0,33"), (0, 2, "0"),
     (80, 0, "80"), (83.3, 0, "83"), (100, 1, "100"), (-0.001, 2, "0")],
)
def test_french_numbers(value: float, decimals: int, text: str) -> None:
    assert fr_number(value, decimals) == text


def test_points_one_epreuve_of_two_judged_on_its_share() -> None:
    text = (
        TWO_ASSESSMENTS.replace("certifier: TEST\n", "certifier: TEST\nscale: sur-4\nscales:\n"
                                "  - {id: sur-4, kind: points, label: Sur 4, max_points: 4, "
                                "pass_points: 2}\n")
        .replace(
            "    title: Bloc à deux épreuves\n",
            "    title: Bloc à deux épreuves\n"
            "    rule: {kind: points, pass_mark: 6, out_of: 12}\n",
        )
    )
    bloc = load_referential_text(text, source="points.yaml").bloc("B1")
    projet = {c.id: 2 for c in bloc.assessments[0].criteria}  # 4 of the projet's 8 points
    live = evaluate_bloc(bloc, projet, assessment_ids=["projet"])
    assert (live.outcome, live.points, live.out_of) == (VALIDE, 4.0, 8.0)
    assert live.reason == "4 / 8 points (seuil 4)."
    # On the whole bloc the oral is still unmarked: 4 now, 8 at best, seuil 6.
    assert evaluate_bloc(bloc, projet).outcome == INCOMPLET

