"""The shipped ALLOKOM référentiel matches its source document (seed 003).

Every expected figure below was counted by hand in the source: 7 competencies
C1…C7, one real-situation assessment of 30 minutes, one bullet list of
criteria per competency (3, 4, 3, 4, 4, 2, 4 bullets).
"""

from pathlib import Path

import pytest

from grader.referential import load_referential
from grader.referential.model import Referential

PATH = (
    Path(__file__).resolve().parents[2]
    / "referentials"
    / "allokom-communication-digitale-reseaux-sociaux.yaml"
)
TITLE = "Gérer la communication digitale d'une entreprise via les réseaux sociaux"


@pytest.fixture(scope="module")
def ref() -> Referential:
    return load_referential(PATH)


def test_identity(ref: Referential) -> None:
    assert ref.id == "allokom-communication-digitale-reseaux-sociaux"
    assert ref.title == TITLE
    assert ref.certifier == "ALLOKOM"
    # The source gives no RNCP/RS code, level, NSF or formacode.
    assert ref.rncp is None
    assert ref.level is None
    assert ref.nsf is None
    assert ref.formacode is None


def test_one_bloc_named_after_the_certification(ref: Referential) -> None:
    assert [b.code for b in ref.blocs] == ["BC01"]
    assert ref.blocs[0].title == TITLE


def test_counts_per_bloc(ref: Referential) -> None:
    bloc = ref.bloc("BC01")
    assert [c.code for c in bloc.competencies] == ["C1", "C2", "C3", "C4", "C5", "C6", "C7"]
    assert len(bloc.assessments) == 1
    assessment = bloc.assessments[0]
    assert [len(g.criteria) for g in assessment.groups] == [3, 4, 3, 4, 4, 2, 4]
    assert len(bloc.criteria) == 24


def test_single_real_situation_assessment(ref: Referential) -> None:
    assessment = ref.assessment("mise-en-situation-reelle")
    assert assessment.title == "Mise en situation réelle"
    assert assessment.duration_minutes == 30
    assert assessment.competencies == ("C1", "C2", "C3", "C4", "C5", "C6", "C7")
    assert assessment.scale.id == "binary"
    lines = assessment.modality.splitlines()
    assert lines[0] == "Mise en situation réelle"
    assert "Durée de la présentation 30min" in lines
    assert lines[-1] == (
        "A l'issue de la présentation, le jury peut poser des questions pour éclaircir "
        "des points de la présentation, si nécessaire"
    )
    # The productions listed across the page break are all there.
    assert "- Une campagne sponsorisée," in lines
    meta = "- La pratique de la solution Meta Suite Business"
    assert any(line.startswith(meta) for line in lines)


def test_group_titles_are_the_candidate_sentences(ref: Referential) -> None:
    groups = ref.assessment("mise-en-situation-reelle").groups
    assert [g.id for g in groups] == ["g1", "g2", "g3", "g4", "g5", "g6", "g7"]
    assert groups[0].title == "Le candidat crée une page professionnelle"
    assert groups[4].title == (
        "Le candidat maîtrise l'outil Meta Business Suite pour optimiser sa gestion "
        "des pages professionnelles"
    )
    assert all(g.title.startswith("Le candidat ") for g in groups)


def test_exact_texts(ref: Referential) -> None:
    bloc = ref.bloc("BC01")
    assert bloc.competencies[4].text == (
        "Optimiser la gestion des pages professionnelles Facebook et Instagram en utilisant "
        "l'outil 2.0 « Meta Business Suite » afin de rendre plus efficiente sa communication "
        "sur les réseaux sociaux"
    )
    texts = [c.text for c in bloc.criteria]
    # The two criteria of C2 that continue on the next page of the source.
    assert texts[5] == (
        "Les visuels doivent comprendre du texte, des images libres de droit, un message "
        "précis et le respect de l'identité visuelle"
    )
    assert texts[6] == (
        "Les visuels sont inclusifs pour tenir compte d'éventuelles situation de handicap "
        "(audiodescription, sous-titrage, adaptation des couleurs et caractères...)"
    )
    assert texts[15] == (
        "La communauté est correctement analysée selon des indicateurs précis : âge, "
        "sexe, localisation..."
    )
    assert texts[-1] == "Le coût par clic est calculé et juste"
    # The certifier's own wording is kept, oddities included.
    assert "La diffusion des publications créées est programmée est juste" in texts


def test_criteria_are_unnumbered_and_clean(ref: Referential) -> None:
    for criterion in ref.bloc("BC01").criteria:
        assert criterion.code is None
        assert criterion.text == criterion.text.strip()
        assert not criterion.text.endswith((",", ";", ":")), criterion.text
        assert "<" not in criterion.text  # no HTML left over from the extraction


def test_ids_unique(ref: Referential) -> None:
    ids = [c.id for c in ref.bloc("BC01").criteria]
    assert len(ids) == len(set(ids)) == 24
    assert ids[0] == "BC01/mise-en-situation-reelle/g1/c1"
    for criterion_id in ids:
        assert ref.criterion(criterion_id).id == criterion_id


def test_default_rule_is_explained(ref: Referential) -> None:
    rule = ref.bloc("BC01").rule
    assert rule.kind == "all_criteria"
    assert "non précisée" in rule.note
