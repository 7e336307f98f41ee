"""The shipped « Chef de projet marketing & communication » référentiel matches
its source document (seed 004).

Every expected figure below was counted by hand in the source. Competencies:
per activity, the synthesis paragraph « En …, … » plus its bullets (1.1: 5,
1.2: 7, 2: 9, 3.1: 10, 3.2: 6, 3.3: 7). One assessment per « productions
suivantes » + modality pair; criteria are the dashes under each « • … : » heading.
"""

from pathlib import Path

import pytest

from grader.referential import load_referential
from grader.referential.model import Referential

PATH = (
    Path(__file__).resolve().parents[2]
    / "referentials"
    / "chef-de-projet-marketing-communication.yaml"
)

# bloc code → (competencies, {assessment id: criteria per group})
EXPECTED: dict[str, tuple[int, dict[str, list[int]]]] = {
    "BC01": (14, {"etude-tendances": [4, 5], "besoin-client": [6, 5, 6]}),
    "BC02": (10, {"plan-marketing": [6, 5, 6, 3]}),
    "BC03": (
        26,
        {
            "action-marketing": [6, 7, 9],
            "supports-communication": [3, 6],
            "e-reputation": [5, 4, 3],
        },
    ),
}


@pytest.fixture(scope="module")
def ref() -> Referential:
    return load_referential(PATH)


def test_identity_and_certification_rule(ref: Referential) -> None:
    assert ref.id == "chef-de-projet-marketing-communication"
    assert ref.title == "Chef de projet marketing & communication"
    # Neither RNCP code nor level appear in the source.
    assert ref.rncp is None
    assert ref.level is None
    # « La validation cumulative des 3 blocs est nécessaire … peut être capitalisé. »
    assert ref.certification.kind == "all_blocs"
    assert ref.certification.capitalisable is True


def test_three_blocs_with_source_titles(ref: Referential) -> None:
    assert [(b.code, b.title) for b in ref.blocs] == [
        ("BC01", "Conduite d'études marketing et qualification des besoins de l'entité cliente"),
        ("BC02", "Conception du plan marketing/communication de l'entité cliente"),
        (
            "BC03",
            "Pilotage de la mise en œuvre et évaluation des actions marketing/communication "
            "de l'entité cliente",
        ),
    ]


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_counts_per_bloc(ref: Referential, code: str) -> None:
    n_competencies, per_assessment = EXPECTED[code]
    bloc = ref.bloc(code)
    assert len(bloc.competencies) == n_competencies
    assert [a.id for a in bloc.assessments] == list(per_assessment)
    for assessment in bloc.assessments:
        assert [len(g.criteria) for g in assessment.groups] == per_assessment[assessment.id]
    assert len(bloc.criteria) == sum(sum(sizes) for sizes in per_assessment.values())


def test_totals(ref: Referential) -> None:
    assert sum(len(b.competencies) for b in ref.blocs) == 50
    assert len(ref.assessments) == 6
    assert sum(len(a.groups) for a in ref.assessments) == 17
    assert sum(len(b.criteria) for b in ref.blocs) == 89


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_each_competency_is_evaluated_by_exactly_one_assessment(
    ref: Referential, code: str
) -> None:
    bloc = ref.bloc(code)
    evaluated = [c for a in bloc.assessments for c in a.competencies]
    assert sorted(evaluated) == sorted(c.code for c in bloc.competencies)


def test_modalities_word_for_word(ref: Referential) -> None:
    for assessment in ref.assessments:
        lines = assessment.modality.splitlines()
        assert lines[0] == "Les candidats doivent présenter les productions suivantes :"
        assert "Modalités d'évaluation pour les candidats issus de la formation :" in lines
        # The source gives no duration for any assessment.
        assert assessment.duration_minutes is None
    plan = ref.assessment("plan-marketing").modality.splitlines()
    assert plan[-3:] == [
        "Mise en situation professionnelle simulée fondée sur une étude de cas réel",
        "Travail collectif",
        "Production orale et écrite",
    ]
    # The production list of 3.3 continues on the next page of the source.
    e_rep = ref.assessment("e-reputation").modality.splitlines()
    assert "- la charte de community management," in e_rep
    assert "- les indicateurs de mesure d'audience et de performance." in e_rep


def test_group_titles(ref: Referential) -> None:
    titles = [g.title for a in ref.assessments for g in a.groups]
    assert titles[0] == "Pertinence de la démarche d'investigation"
    assert "Qualité de l'éventail des solutions proposées" in titles
    assert "Adéquation des supports au regard du positionnement du client et de son public" in (
        titles
    )
    assert titles[-1] == "Efficacité des outils d'évaluation"
    assert len(titles) == len(set(titles))


def test_exact_texts(ref: Referential) -> None:
    bloc1 = ref.bloc("BC01")
    # A competency cut by a page break, joined back.
    assert {c.code: c.text for c in bloc1.competencies}["C1.2.2"] == (
        "Reformuler la problématique de l'entité cliente, en explicitant ses objectifs et son "
        "système de contraintes, afin de vérifier la justesse de la première analyse produite."
    )
    etude = ref.assessment("etude-tendances").groups[1]
    assert etude.criteria[-1].text == (
        "les évolutions et tendances du marché, notamment en matière de pratiques de "
        "consommation, sont correctement identifiées"
    )
    plan = ref.assessment("plan-marketing").groups
    assert plan[1].criteria[-1].text == (
        "la mise en œuvre prévisionnelle du plan marketing/communication est sécurisée"
    )
    assert plan[2].criteria[4].text == (
        "les arbitrages sont judicieux et contribuent à la sécurisation et la préservation "
        "de la qualité du projet"
    )
    supports = ref.assessment("supports-communication").groups[1]
    assert supports.criteria[0].text == (
        "les contraintes règlementaires en matière de diffusion de l'information sont respectées"
    )
    bloc3 = {c.code: c.text for c in ref.bloc("BC03").competencies}
    # HTML markup of the extraction (<i>reporting</i>) is gone, the words stay.
    assert "en effectuant son reporting auprès de l'entité cliente" in bloc3["C3.1.8"]


def test_criteria_are_unnumbered_and_clean(ref: Referential) -> None:
    for bloc in ref.blocs:
        for criterion in bloc.criteria:
            assert criterion.code is None
            assert criterion.text == criterion.text.strip()
            assert not criterion.text.endswith((",", ";", ":", ".")), criterion.text
            assert "<" not in criterion.text
        for competency in bloc.competencies:
            assert "<" not in competency.text
            assert competency.text.endswith("."), competency.code


def test_ids_unique(ref: Referential) -> None:
    ids = [c.id for b in ref.blocs for c in b.criteria]
    assert len(ids) == len(set(ids)) == 89
    assert "BC03/e-reputation/g3/c3" in ids
    assessment_ids = [a.id for a in ref.assessments]
    assert len(assessment_ids) == len(set(assessment_ids))
    codes = [c.code for b in ref.blocs for c in b.competencies]
    assert len(codes) == len(set(codes))


def test_default_rule_is_explained(ref: Referential) -> None:
    for bloc in ref.blocs:
        assert bloc.rule.kind == "all_criteria"
        assert "non précisée" in bloc.rule.note
