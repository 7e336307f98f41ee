"""The shipped « Community Manager — Niveau 6 » référentiel (seed 001, OCR).

The expected figures were counted by hand on the seed
(shared/seeds/001_84bf4752dd15d84e.txt), not read back from the YAML.
"""

from pathlib import Path

import pytest

from grader.referential import Referential, load_referential

PATH = Path(__file__).resolve().parents[2] / "referentials" / "community-manager-niveau-6.yaml"

# bloc code → (competencies, assessments, groups, criteria), counted on the seed.
EXPECTED = {
    "BC01": (11, 2, 2, 34),  # two case studies: C1.1–C1.5 (16 criteria), C1.6–C1.11 (18)
    "BC02": (11, 1, 1, 36),
    "BC03": (11, 1, 1, 32),
    "BC04": (11, 1, 1, 33),
}


@pytest.fixture(scope="module")
def ref() -> Referential:
    return load_referential(PATH)


def test_identity(ref: Referential) -> None:
    assert ref.id == "community-manager-niveau-6"
    assert ref.title == "Community Manager — Niveau 6"
    assert ref.level == 6
    assert ref.rncp is None  # the seed gives no RNCP code
    assert [b.title for b in ref.blocs] == [
        "Elaborer une stratégie de communication digitale adaptée aux objectifs",
        "Produire et diffuser des contenus engageants",
        "Gérer et animer des communautés sur les réseaux sociaux",
        "Surveiller et améliorer la réputation numérique",
    ]


def test_counts_per_bloc(ref: Referential) -> None:
    got = {
        b.code: (
            len(b.competencies),
            len(b.assessments),
            sum(len(a.groups) for a in b.assessments),
            len(b.criteria),
        )
        for b in ref.blocs
    }
    assert got == EXPECTED
    assert [len(a.criteria) for a in ref.bloc("BC01").assessments] == [16, 18]


def test_competency_codes_and_coverage(ref: Referential) -> None:
    for n, bloc in enumerate(ref.blocs, start=1):
        codes = [c.code for c in bloc.competencies]
        assert codes == [f"C{n}.{i}" for i in range(1, 12)]
        # « Compétences visées » of the épreuves cover the bloc exactly once.
        covered = [code for a in bloc.assessments for code in a.competencies]
        assert sorted(covered) == sorted(codes)
        assert len(covered) == len(set(covered))
    assert ref.assessment("bc01-etude-de-cas-1").competencies == (
        "C1.1",
        "C1.2",
        "C1.3",
        "C1.4",
        "C1.5",
    )


def test_modalities_word_for_word(ref: Referential) -> None:
    assert [a.modality for a in ref.assessments] == [
        "Etude de cas (épreuve écrite)",
        "Etude de cas (épreuve écrite)",
        "Présentation d’un projet + entretien technique devant le jury",
        "Présentation d’un projet + entretien technique devant le jury",
        "Mise en situation professionnelle (entretien oral à partir d’un sujet donné)",
    ]
    assert all(a.duration_minutes is None for a in ref.assessments)


def test_competency_texts(ref: Referential) -> None:
    texts = {c.code: c.text for b in ref.blocs for c in b.competencies}
    assert texts["C1.5"] == (
        "Cartographier les audiences cibles et leurs comportements numériques, en exploitant "
        "les données issues des réseaux sociaux (ex. Instagram Insights, Facebook Insights), "
        "pour orienter la stratégie de communication."
    )
    assert texts["C3.7"] == (
        "Adapter les campagnes et événements communautaires aux besoins spécifiques des "
        "publics, en mobilisant des guides de bonnes pratiques (ex. W3C, Accessibilité "
        "numérique), afin de favoriser l’inclusion."
    )
    # Rebuilt across interleaved columns (C2.4 ends on the next page of the seed).
    assert texts["C2.4"].endswith(
        "les échéances définies, et les exigences réglementaires (droit à l’image, "
        "copyright), afin d’assurer une mise en œuvre efficace et cohérente des publications."
    )
    assert texts["C4.7"].startswith("Mettre en œuvre des protocoles de gestion de crise")


def test_criterion_texts(ref: Referential) -> None:
    bc1 = ref.bloc("BC01").criteria
    assert bc1[0].text.startswith("La stratégie de veille inclut trois axes prioritaires")
    assert bc1[15].text == (
        "La cartographie des audiences est accompagnée de personas détaillés, incluant les "
        "caractéristiques clés (nom, rôle, motivations, freins)."
    )
    bc2 = [c.text for c in ref.bloc("BC02").criteria]
    assert "La transparence sur le ciblage publicitaire est respectée." in bc2
    assert bc2[-1] == (
        "Les recommandations sont réalistes et alignées avec les objectifs définis dans le projet."
    )
    bc3 = [c.text for c in ref.bloc("BC03").criteria]
    assert (
        "Les propositions de collaboration incluent des objectifs clairs et des cibles précises."
        in bc3
    )
    bc4 = ref.bloc("BC04").criteria
    assert bc4[-1].text == (
        "Les propositions sont expliquées de manière claire et démontrent leur pertinence "
        "lors de l’entretien."
    )


def test_ocr_artefacts_are_gone(ref: Referential) -> None:
    texts = [c.text for b in ref.blocs for c in b.competencies] + [
        c.text for b in ref.blocs for c in b.criteria
    ]
    for artefact in ("ceuvre", "U'", "Uentre", "d’lA", "KPls", "regles", "matiere", "  "):
        assert not [t for t in texts if artefact in t], artefact


def test_criteria_unnumbered_with_unique_ids(ref: Referential) -> None:
    criteria = [c for b in ref.blocs for c in b.criteria]
    assert len(criteria) == sum(e[3] for e in EXPECTED.values())
    assert all(c.code is None for c in criteria)
    ids = [c.id for c in criteria]
    assert len(ids) == len(set(ids))
    assert ids[0] == "BC01/bc01-etude-de-cas-1/g1/c1"
    assert ids[-1] == "BC04/bc04-mise-en-situation/g1/c33"
    assessment_ids = [a.id for a in ref.assessments]
    assert len(assessment_ids) == len(set(assessment_ids))


def test_default_rule_is_explained(ref: Referential) -> None:
    for bloc in ref.blocs:
        assert bloc.rule.kind == "all_criteria"
        assert "non précisée par le certificateur" in bloc.rule.note
