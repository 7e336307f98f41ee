"""The shipped Community Manager référentiel (RNCP37347) says what the certifier says.

Every pinned figure below was counted by hand in the seed documents
(000_137d28332b70e49f.txt for the référentiel, 002_de8a162e47c0f718.txt for
the France Compétences sheet), not read back from the YAML.
"""

import re
from pathlib import Path

import pytest

from grader.referential import Referential, load_referential

# tests/ is not a package, so the path is found from this file rather than conftest.
PATH = Path(__file__).resolve().parents[2] / "referentials" / "rncp37347-community-manager.yaml"


@pytest.fixture(scope="module")
def ref() -> Referential:
    return load_referential(PATH)


def test_identity_from_the_france_competences_sheet(ref: Referential) -> None:
    assert ref.id == "rncp37347-community-manager"
    assert ref.certifier == "OPENCLASSROOMS"
    assert ref.rncp == "RNCP37347"
    assert ref.level == 6
    assert ref.nsf == "320"
    assert ref.formacode == "46252"


def test_bloc_codes_and_official_titles(ref: Referential) -> None:
    assert {b.code: b.title for b in ref.blocs} == {
        "RNCP37347BC01": "Développer la stratégie social media de la marque sur les médias sociaux",
        "RNCP37347BC02": "Gérer la communication de la marque sur les médias sociaux",
        "RNCP37347BC03": (
            "Évaluer et optimiser la communication de la marque sur les médias sociaux"
        ),
        "RNCP37347BC04": "Gérer un projet en community management",
    }
    assert [b.code for b in ref.blocs] == sorted(b.code for b in ref.blocs)


# bloc: (competencies, assessments = modality cells, groups, criteria), counted in 000.
HAND_COUNTS = {
    "RNCP37347BC01": (11, 3, 3 + 4 + 4, 11 + 17 + 10),
    "RNCP37347BC02": (13, 7, 2 + 7 + 4 + 3 + 1 + 2 + 4, 4 + 14 + 7 + 7 + 3 + 6 + 9),
    "RNCP37347BC03": (7, 2, 1 + 5, 3 + 9),
    "RNCP37347BC04": (9, 1, 8, 15),
}


@pytest.mark.parametrize(("code", "counts"), HAND_COUNTS.items())
def test_counts_per_bloc(ref: Referential, code: str, counts: tuple[int, int, int, int]) -> None:
    bloc = ref.bloc(code)
    groups = sum(len(a.groups) for a in bloc.assessments)
    assert (len(bloc.competencies), len(bloc.assessments), groups, len(bloc.criteria)) == counts


def test_four_blocs_and_totals(ref: Referential) -> None:
    assert len(ref.blocs) == 4
    assert sum(len(b.competencies) for b in ref.blocs) == 40
    assert sum(len(b.criteria) for b in ref.blocs) == 115


def test_each_modality_evaluates_the_competencies_of_its_row(ref: Referential) -> None:
    assert {a.id: a.competencies for a in ref.assessments} == {
        "veille": ("C1.1", "C1.2", "C1.3"),
        "strategie-social-media": ("C1.4", "C1.5", "C1.6", "C1.7", "C1.8"),
        "declinaison-strategie": ("C1.9", "C1.10", "C1.11"),
        "calendrier-editorial": ("C2.1", "C2.2"),
        "contenus": ("C2.3", "C2.4", "C2.5"),
        "campagne-publicitaire": ("C2.6", "C2.7"),
        "influence": ("C2.8", "C2.9"),
        "pages-comptes": ("C2.10",),
        "moderation-crise": ("C2.11", "C2.12"),
        "evenement": ("C2.13",),
        "performance-campagne": ("C3.1", "C3.2", "C3.3", "C3.4"),
        "performance-globale": ("C3.5", "C3.6", "C3.7"),
        "gestion-projet": tuple(f"C4.{n}" for n in range(1, 10)),
    }


def test_every_competency_is_evaluated_once_inside_its_bloc(ref: Referential) -> None:
    for bloc in ref.blocs:
        prefix = f"C{bloc.code[-1]}."
        own = [c.code for c in bloc.competencies]
        assert all(code.startswith(prefix) for code in own), bloc.code
        evaluated = [code for a in bloc.assessments for code in a.competencies]
        assert sorted(evaluated) == sorted(own), bloc.code


def test_criterion_ids_are_unique_and_codes_normalised(ref: Referential) -> None:
    ids = [c.id for b in ref.blocs for c in b.criteria]
    assert len(ids) == len(set(ids)) == 115
    for a in ref.assessments:
        for g in a.groups:
            # numbering restarts at CE.1 in every group and has no gap
            assert [c.code for c in g.criteria] == [
                f"CE.{n}" for n in range(1, len(g.criteria) + 1)
            ], (a.id, g.title)


CRITERIA = {
    # first and last criterion of each bloc
    "RNCP37347BC01/veille/g1/CE.1": (
        "Les besoins sont définis / qualifiés et en cohérence avec les objectifs fixés."
    ),
    "RNCP37347BC01/declinaison-strategie/g4/CE.2": (
        "Le plan de contingence est exploitable (utilisable, lisible, compréhensible) par les "
        "services concernés. Il est opérationnel."
    ),
    "RNCP37347BC02/calendrier-editorial/g1/CE.1": (
        "Le calendrier de publication est réalisé à l'aide d'un outil digital tableau qui "
        "permet de planifier la publication des actions de communication."
    ),
    "RNCP37347BC02/evenement/g4/CE.2": (
        "Le retour d'expérience est pertinent, les principaux constats sont dressés, en cas "
        "de dysfonctionnement rencontrés des solutions sont proposées."
    ),
    "RNCP37347BC03/performance-campagne/g1/CE.1": (
        "Les données et indicateurs de performance sont identifiés et interprétés."
    ),
    "RNCP37347BC03/performance-globale/g5/CE.3": (
        "Le plan d'actions est en adéquation avec les préconisations effectuées."
    ),
    "RNCP37347BC04/gestion-projet/g1/CE.1": (
        "La proposition commerciale répond aux besoins du client et est adaptée au contexte, "
        "aux contraintes de réalisation, etc."
    ),
    "RNCP37347BC04/gestion-projet/g8/CE.1": (
        "Les contenus sont formulés de manière professionnelle à savoir le ton, la forme et "
        "le respect de la langue, orthographe, etc."
    ),
    # codes written « CE5. » and « C10. » in the source
    "RNCP37347BC01/veille/g1/CE.5": "La veille est réalisée sur la période de référence donnée.",
    "RNCP37347BC01/strategie-social-media/g4/CE.10": (
        "Une démarche RSE est appliquée dans l'élaboration de la stratégie."
    ),
    # cells cut by a page break in the middle of a sentence
    "RNCP37347BC01/strategie-social-media/g4/CE.8": (
        "Les KPI sont en cohérence avec les objectifs et permettent de suivre les "
        "performances des actions mises en place."
    ),
    "RNCP37347BC02/contenus/g1/CE.3": (
        "Les contenus sont propres (pas de faute d'orthographe, lisible, cohérent ...), "
        "agréables visuellement, homogènes."
    ),
    "RNCP37347BC02/influence/g2/CE.1": (
        "La présentation intègre les modalités de la collaboration (scope de la mission, "
        "modalités, temporalité, budget etc.) avec les influenceurs et relais d'influence "
        "en accord avec la proposition de stratégie d'influence."
    ),
}


@pytest.mark.parametrize(("criterion_id", "text"), CRITERIA.items())
def test_criterion_text_word_for_word(ref: Referential, criterion_id: str, text: str) -> None:
    assert ref.criterion(criterion_id).text == text


def test_group_titles_joined_across_page_breaks(ref: Referential) -> None:
    titles = {a.id: [g.title for g in a.groups] for a in ref.assessments}
    assert titles["strategie-social-media"][0] == (
        "Pertinence de l'analyse de la demande (note de cadrage)"
    )
    assert titles["evenement"][3] == "Pertinence et complétude du rapport d'événement."
    assert titles["gestion-projet"][1] == (
        "Pertinence des modalités d'organisation, de pilotage et de suivi du projet"
    )
    assert titles["gestion-projet"][4] == "Pertinence et opérationnalité de l'état d'avancement"


def test_competency_texts_word_for_word(ref: Referential) -> None:
    texts = {c.code: c.text for b in ref.blocs for c in b.competencies}
    assert texts["C1.2"] == (
        "Analyser les données, les transformer en informations pertinentes afin d'identifier "
        "les nouvelles tendances, les évolutions et leurs impacts potentiels sur l'activité "
        "(de community management)."
    )
    assert texts["C3.4"] == (
        "Établir des rapports de campagnes / d'actions de communication à destination du "
        "commanditaire."
    )
    assert texts["C4.9"] == "Adopter une posture professionnelle de conseil."


def test_no_extraction_debris_left(ref: Referential) -> None:
    texts = [c.text for b in ref.blocs for c in b.competencies]
    texts += [c.text for b in ref.blocs for c in b.criteria]
    texts += [g.title for a in ref.assessments for g in a.groups]
    texts += [a.modality for a in ref.assessments]
    for text in texts:
        assert not re.search(r"<|>|●|•|\s{2}|^\s|\s$|\( | \)", text), text


def test_modalities_have_no_invented_duration(ref: Referential) -> None:
    for a in ref.assessments:
        assert a.duration_minutes is None
        assert a.modality.startswith("L'évaluation est réalisée au moyen d'un projet")
        assert a.modality.endswith("d'une durée calibrée à un évaluateur (expert technique).")


def test_rules_jury_and_certification(ref: Referential) -> None:
    for bloc in ref.blocs:
        assert bloc.rule.kind == "all_criteria"
        assert "non précisée" in bloc.rule.note
    assert ref.certification.kind == "all_blocs"
    assert ref.certification.capitalisable is True
    assert ref.jury.min_members == 3
    assert set(ref.jury.required_roles) == {"responsable_pedagogique", "professionnel"}
    # two outside professionals out of three members must be enough
    assert 2 / 3 >= ref.jury.min_outside_share > 1 / 3
    assert ref.jury.text == (
        "Le jury de délivrance de la certification est composé du responsable pédagogique "
        "de la filière Marketing et Communication et deux représentants du monde "
        "professionnel (community manager / social media manager) extérieurs à l’organisme."
    )
